import type { IdentityMessages } from '../core/messages.js';

/** Swedish messages. */
const sv: IdentityMessages = {
  locale: 'sv',
  phase: {
    not_started: {
      title: 'Verifiera din identitet',
      description:
        'Vi behöver bekräfta vem du är. Det tar några minuter och du behöver en id-handling.',
    },
    action_required: {
      title: 'Din verifiering behöver åtgärdas',
      description: 'Vi kunde inte verifiera din identitet. Se vad som gick fel och försök igen.',
    },
    action_required_final: {
      title: 'Verifieringen kunde inte slutföras',
      description:
        'Resultatet är slutgiltigt: ett nytt försök ändrar inte det. Kontakta oss om du behöver hjälp.',
    },
    processing: {
      title: 'Vi granskar dina handlingar',
      description:
        'Tack för att du skickade in. De flesta kontroller är klara inom en minut; du kan låta sidan vara öppen.',
    },
    verified: {
      title: 'Identiteten är verifierad',
      description: 'Din identitet har bekräftats. Du behöver inte göra något mer.',
    },
    canceled: {
      title: 'Verifieringen har avbrutits',
      description: 'Den här verifieringen har avbrutits och kan inte längre slutföras.',
    },
    unknown: {
      title: 'Verifieringens status är inte tillgänglig',
      description: 'Vi kunde inte läsa av statusen för din verifiering. Titta in igen senare.',
    },
  },
  lastError: {
    abandoned: {
      message: 'Verifieringen påbörjades men slutfördes inte.',
      action: 'Börja om och slutför alla steg.',
    },
    consent_declined: {
      message: 'Du tackade nej till att verifieras av Stripe.',
      action:
        'Börja om och godkänn om du ändrar dig, eller kontakta oss för att verifiera dig på ett annat sätt.',
    },
    country_not_supported: {
      message: 'Identitetsverifiering är inte tillgänglig i ditt land än.',
      action: 'Kontakta oss så hittar vi ett annat sätt att verifiera dig.',
    },
    device_not_supported: {
      message: 'Din enhet saknar kamera, eller så har åtkomsten till kameran blockerats.',
      action: 'Tillåt åtkomst till kameran, eller fortsätt på en telefon eller dator med kamera.',
    },
    under_supported_age: {
      message: 'Du måste vara myndig för att kunna verifieras.',
      action: 'Kontakta oss om du tror att det är fel.',
    },
    document_expired: {
      message: 'Id-handlingen du använde har gått ut.',
      action: 'Försök igen med en giltig id-handling som inte har gått ut.',
    },
    document_type_not_supported: {
      message: 'Den typen av id-handling godtas inte här.',
      action: 'Försök igen med någon av de id-handlingar som godtas.',
    },
    document_unverified_other: {
      message: 'Vi kunde inte verifiera din id-handling.',
      action: 'Försök igen i bra ljus, med hela handlingen i bild och utan reflexer.',
    },
    selfie_document_missing_photo: {
      message: 'Id-handlingen du använde har inget foto av ditt ansikte.',
      action: 'Försök igen med en id-handling som har ditt foto.',
    },
    selfie_face_mismatch: {
      message: 'Din selfie stämde inte med fotot på din id-handling.',
      action: 'Försök igen: titta in i kameran i bra ljus, utan hatt eller solglasögon.',
    },
    selfie_manipulated: {
      message: 'Din selfie kunde inte godkännas.',
      action: 'Kontakta oss för att fortsätta din verifiering.',
    },
    selfie_unverified_other: {
      message: 'Vi kunde inte verifiera din selfie.',
      action: 'Försök igen: titta in i kameran i bra ljus och håll dig stilla.',
    },
    id_number_insufficient_document_data: {
      message:
        'Din id-handling har inte tillräckligt med uppgifter för att kontrollera ditt id-nummer.',
      action: 'Försök igen med en annan id-handling.',
    },
    id_number_mismatch: {
      message: 'Vi kunde inte matcha id-numret du angav.',
      action: 'Kontrollera numret och försök igen.',
    },
    id_number_unverified_other: {
      message: 'Vi kunde inte verifiera ditt id-nummer.',
      action: 'Kontrollera numret och försök igen.',
    },
    email_unverified_other: {
      message: 'Vi kunde inte verifiera din e-postadress.',
      action: 'Kontrollera adressen och försök igen.',
    },
    email_verification_declined: {
      message: 'Din e-postadress verifierades inte.',
      action: 'Försök igen och ange koden vi skickar till din e-post.',
    },
    phone_unverified_other: {
      message: 'Vi kunde inte verifiera ditt telefonnummer.',
      action: 'Kontrollera numret och försök igen.',
    },
    phone_verification_declined: {
      message: 'Ditt telefonnummer verifierades inte.',
      action: 'Försök igen och ange koden vi skickar till din telefon.',
    },
  },
  lastErrorFallback: {
    message: 'Vi kunde inte verifiera din identitet.',
    action: 'Försök igen, eller kontakta oss om det fortsätter att hända.',
  },
  lastErrorWithReason: {
    message: '{reason}',
    action: 'Försök igen, eller kontakta oss om det fortsätter att hända.',
  },
  redaction: {
    processing: 'Personuppgifterna i den här verifieringen håller på att raderas.',
    redacted: 'Personuppgifterna i den här verifieringen har raderats.',
  },
  error: {
    backend_http_error: {
      message: 'Vi kunde inte starta din verifiering.',
      action: 'Försök igen om en liten stund.',
    },
    network_error: {
      message: 'Det verkar som att du är offline.',
      action: 'Kontrollera anslutningen och försök igen.',
    },
    invalid_response: {
      message: 'Något gick fel hos oss.',
      action: 'Försök igen om en liten stund, eller kontakta oss om det fortsätter att hända.',
    },
    stripe_load_failed: {
      message: 'Verifieringsfönstret kunde inte läsas in.',
      action:
        'Stäng av innehållsblockerare för den här webbplatsen, kontrollera anslutningen och försök igen.',
    },
    stripe_error: {
      message: 'Verifieringen kunde inte slutföras.',
      action: 'Försök igen.',
    },
    canceled: {
      message: 'Du stängde verifieringen innan den var klar.',
      action: 'Börja om när du är redo.',
    },
    timeout: {
      message: 'Det här tar längre tid än det borde.',
      action: 'Kontrollera anslutningen och försök igen.',
    },
    aborted: {
      message: 'Verifieringen avbröts oväntat.',
      action: 'Försök igen.',
    },
  },
  serverError: {
    too_many_attempts: {
      message: 'Du har nått gränsen för antal verifieringsförsök för tillfället.',
      action: 'Försök igen senare, eller kontakta oss om du behöver hjälp tidigare.',
    },
    already_verified: {
      message: 'Din identitet är redan verifierad.',
      action: 'Du behöver inte göra något mer.',
    },
    verification_processing: {
      message: 'Din verifiering granskas redan.',
      action: 'Vänta på resultatet: de flesta kontroller är klara inom en minut.',
    },
  },
  button: {
    idle: 'Verifiera din identitet',
    creating: 'Förbereder…',
    verifying: 'Verifierar…',
    submitted: 'Skickat',
    canceled: 'Börja om',
    error: 'Försök igen',
    retry: 'Försök igen',
  },
  card: {
    label: 'Identitetsverifiering',
    loading: 'Läser in din verifiering…',
    loadError: 'Vi kunde inte läsa in din verifiering.',
    reload: 'Läs in igen',
  },
  statusLabel: 'Verifieringens status',
  nextStepLabel: 'Nästa steg:',
};

export default sv;
