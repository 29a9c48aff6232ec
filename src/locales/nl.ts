import type { IdentityMessages } from '../core/messages.js';

/** Dutch messages. */
const nl: IdentityMessages = {
  locale: 'nl',
  phase: {
    not_started: {
      title: 'Verifieer je identiteit',
      description:
        'We moeten bevestigen wie je bent. Dat duurt een paar minuten en je hebt er een identiteitsbewijs voor nodig.',
    },
    action_required: {
      title: 'Je verificatie vraagt om aandacht',
      description:
        'We konden je identiteit niet verifiëren. Bekijk wat er misging en probeer het opnieuw.',
    },
    action_required_final: {
      title: 'De verificatie kon niet worden voltooid',
      description:
        'Dit resultaat is definitief: opnieuw proberen verandert er niets aan. Neem contact met ons op als je hulp nodig hebt.',
    },
    processing: {
      title: 'We controleren je documenten',
      description:
        'Bedankt voor het insturen. De meeste controles zijn binnen een minuut klaar; je kunt deze pagina openlaten.',
    },
    verified: {
      title: 'Identiteit geverifieerd',
      description: 'Je identiteit is bevestigd. Je hoeft verder niets te doen.',
    },
    canceled: {
      title: 'Verificatie geannuleerd',
      description: 'Deze verificatie is geannuleerd en kan niet meer worden afgerond.',
    },
    unknown: {
      title: 'Status van de verificatie niet beschikbaar',
      description: 'We konden de status van je verificatie niet ophalen. Kijk later nog eens.',
    },
  },
  lastError: {
    abandoned: {
      message: 'De verificatie is gestart, maar niet afgerond.',
      action: 'Begin opnieuw en rond alle stappen af.',
    },
    consent_declined: {
      message: 'Je hebt geweigerd om door Stripe geverifieerd te worden.',
      action:
        'Begin opnieuw en ga akkoord als je van gedachten verandert, of neem contact met ons op om je op een andere manier te verifiëren.',
    },
    country_not_supported: {
      message: 'Identiteitsverificatie is nog niet beschikbaar in jouw land.',
      action: 'Neem contact met ons op voor een andere manier om je te verifiëren.',
    },
    device_not_supported: {
      message: 'Je apparaat heeft geen camera, of de toegang tot de camera is geblokkeerd.',
      action:
        'Geef toegang tot de camera, of ga verder op een telefoon of computer met een camera.',
    },
    under_supported_age: {
      message: 'Je moet meerderjarig zijn om geverifieerd te worden.',
      action: 'Neem contact met ons op als je denkt dat dit niet klopt.',
    },
    document_expired: {
      message: 'Het identiteitsbewijs dat je hebt gebruikt, is verlopen.',
      action: 'Probeer het opnieuw met een geldig identiteitsbewijs dat niet verlopen is.',
    },
    document_type_not_supported: {
      message: 'Dit soort identiteitsbewijs wordt hier niet geaccepteerd.',
      action: 'Probeer het opnieuw met een van de geaccepteerde identiteitsbewijzen.',
    },
    document_unverified_other: {
      message: 'We konden je identiteitsbewijs niet verifiëren.',
      action:
        'Probeer het opnieuw bij goed licht, met het hele document in beeld en zonder lichtreflecties.',
    },
    selfie_document_missing_photo: {
      message: 'Op het identiteitsbewijs dat je hebt gebruikt, staat geen foto van je gezicht.',
      action: 'Probeer het opnieuw met een identiteitsbewijs waar je foto op staat.',
    },
    selfie_face_mismatch: {
      message: 'Je selfie komt niet overeen met de foto op je identiteitsbewijs.',
      action: 'Probeer het opnieuw: kijk bij goed licht in de camera, zonder pet of zonnebril.',
    },
    selfie_manipulated: {
      message: 'Je selfie kan niet worden geaccepteerd.',
      action: 'Neem contact met ons op om verder te gaan met je verificatie.',
    },
    selfie_unverified_other: {
      message: 'We konden je selfie niet verifiëren.',
      action: 'Probeer het opnieuw: kijk bij goed licht in de camera en houd je stil.',
    },
    id_number_insufficient_document_data: {
      message:
        'Je identiteitsbewijs bevat niet genoeg gegevens om je identificatienummer te controleren.',
      action: 'Probeer het opnieuw met een ander identiteitsbewijs.',
    },
    id_number_mismatch: {
      message: 'Het identificatienummer dat je hebt ingevoerd, komt niet overeen.',
      action: 'Controleer het nummer en probeer het opnieuw.',
    },
    id_number_unverified_other: {
      message: 'We konden je identificatienummer niet verifiëren.',
      action: 'Controleer het nummer en probeer het opnieuw.',
    },
    email_unverified_other: {
      message: 'We konden je e-mailadres niet verifiëren.',
      action: 'Controleer het adres en probeer het opnieuw.',
    },
    email_verification_declined: {
      message: 'Je e-mailadres is niet geverifieerd.',
      action: 'Probeer het opnieuw en vul de code in die we naar je e-mailadres sturen.',
    },
    phone_unverified_other: {
      message: 'We konden je telefoonnummer niet verifiëren.',
      action: 'Controleer het nummer en probeer het opnieuw.',
    },
    phone_verification_declined: {
      message: 'Je telefoonnummer is niet geverifieerd.',
      action: 'Probeer het opnieuw en vul de code in die we naar je telefoon sturen.',
    },
  },
  lastErrorFallback: {
    message: 'We konden je identiteit niet verifiëren.',
    action: 'Probeer het opnieuw, of neem contact met ons op als het blijft gebeuren.',
  },
  lastErrorWithReason: {
    message: '{reason}',
    action: 'Probeer het opnieuw, of neem contact met ons op als het blijft gebeuren.',
  },
  redaction: {
    processing: 'De persoonsgegevens van deze verificatie worden verwijderd.',
    redacted: 'De persoonsgegevens van deze verificatie zijn verwijderd.',
  },
  error: {
    backend_http_error: {
      message: 'We konden je verificatie niet starten.',
      action: 'Probeer het zo nog eens.',
    },
    network_error: {
      message: 'Je lijkt offline te zijn.',
      action: 'Controleer je verbinding en probeer het opnieuw.',
    },
    invalid_response: {
      message: 'Er ging bij ons iets mis.',
      action: 'Probeer het zo nog eens, of neem contact met ons op als het blijft gebeuren.',
    },
    stripe_load_failed: {
      message: 'Het verificatievenster kon niet worden geladen.',
      action:
        'Zet contentblockers uit voor deze website, controleer je verbinding en probeer het opnieuw.',
    },
    stripe_error: {
      message: 'De verificatie kon niet worden afgerond.',
      action: 'Probeer het opnieuw.',
    },
    canceled: {
      message: 'Je hebt de verificatie gesloten voordat die klaar was.',
      action: 'Begin opnieuw zodra je er klaar voor bent.',
    },
    timeout: {
      message: 'Dit duurt langer dan verwacht.',
      action: 'Controleer je verbinding en probeer het opnieuw.',
    },
    aborted: {
      message: 'De verificatie is onderbroken.',
      action: 'Probeer het opnieuw.',
    },
  },
  serverError: {
    too_many_attempts: {
      message: 'Je hebt het maximale aantal verificatiepogingen voorlopig bereikt.',
      action:
        'Probeer het later opnieuw, of neem contact met ons op als je eerder hulp nodig hebt.',
    },
    already_verified: {
      message: 'Je identiteit is al geverifieerd.',
      action: 'Je hoeft verder niets te doen.',
    },
    verification_processing: {
      message: 'We controleren je verificatie al.',
      action: 'Wacht op het resultaat: de meeste controles zijn binnen een minuut klaar.',
    },
  },
  button: {
    idle: 'Identiteit verifiëren',
    creating: 'Voorbereiden…',
    verifying: 'Verifiëren…',
    submitted: 'Verstuurd',
    canceled: 'Opnieuw beginnen',
    error: 'Opnieuw proberen',
    retry: 'Opnieuw proberen',
  },
  card: {
    label: 'Identiteitsverificatie',
    loading: 'Je verificatie wordt geladen…',
    loadError: 'We konden je verificatie niet laden.',
    reload: 'Opnieuw laden',
  },
  statusLabel: 'Status van de verificatie',
  nextStepLabel: 'Volgende stap:',
};

export default nl;
