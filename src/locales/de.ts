import type { IdentityMessages } from '../core/messages.js';

/** German messages. */
const de: IdentityMessages = {
  locale: 'de',
  phase: {
    not_started: {
      title: 'Bestätigen Sie Ihre Identität',
      description:
        'Wir müssen bestätigen, wer Sie sind. Das dauert nur wenige Minuten; Sie benötigen dafür ein Ausweisdokument.',
    },
    action_required: {
      title: 'Ihre Verifizierung erfordert Ihre Aufmerksamkeit',
      description:
        'Wir konnten Ihre Identität nicht bestätigen. Sehen Sie nach, was schiefgelaufen ist, und versuchen Sie es erneut.',
    },
    action_required_final: {
      title: 'Verifizierung nicht möglich',
      description:
        'Dieses Ergebnis ist endgültig: Ein erneuter Versuch ändert daran nichts. Kontaktieren Sie uns, wenn Sie Hilfe brauchen.',
    },
    processing: {
      title: 'Ihre Dokumente werden geprüft',
      description:
        'Vielen Dank für Ihre Einreichung. Die meisten Prüfungen sind in weniger als einer Minute abgeschlossen; Sie können diese Seite geöffnet lassen.',
    },
    verified: {
      title: 'Identität bestätigt',
      description: 'Ihre Identität wurde bestätigt. Sie müssen nichts weiter tun.',
    },
    canceled: {
      title: 'Verifizierung abgebrochen',
      description:
        'Diese Verifizierung wurde abgebrochen und kann nicht mehr abgeschlossen werden.',
    },
    unknown: {
      title: 'Status der Verifizierung nicht verfügbar',
      description:
        'Wir konnten den Stand Ihrer Verifizierung nicht abrufen. Bitte sehen Sie später noch einmal nach.',
    },
  },
  lastError: {
    abandoned: {
      message: 'Die Verifizierung wurde begonnen, aber nicht abgeschlossen.',
      action: 'Beginnen Sie erneut und schließen Sie alle Schritte ab.',
    },
    consent_declined: {
      message: 'Sie haben die Verifizierung durch Stripe abgelehnt.',
      action:
        'Beginnen Sie erneut und stimmen Sie zu, falls Sie es sich anders überlegen, oder kontaktieren Sie uns für eine andere Möglichkeit.',
    },
    country_not_supported: {
      message: 'Die Identitätsprüfung ist in Ihrem Land noch nicht verfügbar.',
      action: 'Kontaktieren Sie uns, damit wir eine andere Möglichkeit finden.',
    },
    device_not_supported: {
      message: 'Ihr Gerät hat keine Kamera, oder der Kamerazugriff wurde blockiert.',
      action:
        'Erlauben Sie den Kamerazugriff oder fahren Sie auf einem Smartphone oder Computer mit Kamera fort.',
    },
    under_supported_age: {
      message: 'Sie müssen volljährig sein, um verifiziert zu werden.',
      action: 'Kontaktieren Sie uns, wenn Sie glauben, dass es sich um einen Fehler handelt.',
    },
    document_expired: {
      message: 'Das verwendete Ausweisdokument ist abgelaufen.',
      action: 'Versuchen Sie es erneut mit einem gültigen, nicht abgelaufenen Ausweisdokument.',
    },
    document_type_not_supported: {
      message: 'Diese Art von Ausweisdokument wird hier nicht akzeptiert.',
      action: 'Versuchen Sie es erneut mit einem der akzeptierten Ausweisdokumente.',
    },
    document_unverified_other: {
      message: 'Wir konnten Ihr Ausweisdokument nicht prüfen.',
      action:
        'Versuchen Sie es erneut bei guter Beleuchtung, mit dem ganzen Dokument im Bild und ohne Spiegelungen.',
    },
    selfie_document_missing_photo: {
      message: 'Das verwendete Ausweisdokument enthält kein Foto Ihres Gesichts.',
      action: 'Versuchen Sie es erneut mit einem Ausweisdokument mit Ihrem Foto.',
    },
    selfie_face_mismatch: {
      message: 'Ihr Selfie stimmt nicht mit dem Foto auf Ihrem Ausweisdokument überein.',
      action:
        'Versuchen Sie es erneut: Blicken Sie bei guter Beleuchtung in die Kamera, ohne Hut oder Sonnenbrille.',
    },
    selfie_manipulated: {
      message: 'Ihr Selfie konnte nicht akzeptiert werden.',
      action: 'Kontaktieren Sie uns, um Ihre Verifizierung fortzusetzen.',
    },
    selfie_unverified_other: {
      message: 'Wir konnten Ihr Selfie nicht prüfen.',
      action:
        'Versuchen Sie es erneut: Blicken Sie bei guter Beleuchtung in die Kamera und halten Sie still.',
    },
    id_number_insufficient_document_data: {
      message:
        'Ihr Ausweisdokument enthält nicht genügend Angaben, um Ihre Ausweisnummer zu prüfen.',
      action: 'Versuchen Sie es erneut mit einem anderen Ausweisdokument.',
    },
    id_number_mismatch: {
      message: 'Die eingegebene Ausweisnummer konnte nicht zugeordnet werden.',
      action: 'Überprüfen Sie die Nummer und versuchen Sie es erneut.',
    },
    id_number_unverified_other: {
      message: 'Wir konnten Ihre Ausweisnummer nicht prüfen.',
      action: 'Überprüfen Sie die Nummer und versuchen Sie es erneut.',
    },
    email_unverified_other: {
      message: 'Wir konnten Ihre E-Mail-Adresse nicht bestätigen.',
      action: 'Überprüfen Sie die Adresse und versuchen Sie es erneut.',
    },
    email_verification_declined: {
      message: 'Ihre E-Mail-Adresse wurde nicht bestätigt.',
      action:
        'Versuchen Sie es erneut und geben Sie den Code ein, den wir an Ihre E-Mail-Adresse senden.',
    },
    phone_unverified_other: {
      message: 'Wir konnten Ihre Telefonnummer nicht bestätigen.',
      action: 'Überprüfen Sie die Nummer und versuchen Sie es erneut.',
    },
    phone_verification_declined: {
      message: 'Ihre Telefonnummer wurde nicht bestätigt.',
      action: 'Versuchen Sie es erneut und geben Sie den Code ein, den wir an Ihr Telefon senden.',
    },
  },
  lastErrorFallback: {
    message: 'Wir konnten Ihre Identität nicht bestätigen.',
    action:
      'Versuchen Sie es erneut oder kontaktieren Sie uns, wenn das Problem weiterhin besteht.',
  },
  lastErrorWithReason: {
    message: '{reason}',
    action:
      'Versuchen Sie es erneut oder kontaktieren Sie uns, wenn das Problem weiterhin besteht.',
  },
  redaction: {
    processing: 'Die personenbezogenen Daten dieser Verifizierung werden gelöscht.',
    redacted: 'Die personenbezogenen Daten dieser Verifizierung wurden gelöscht.',
  },
  error: {
    backend_http_error: {
      message: 'Wir konnten Ihre Verifizierung nicht starten.',
      action: 'Versuchen Sie es gleich noch einmal.',
    },
    network_error: {
      message: 'Sie scheinen offline zu sein.',
      action: 'Überprüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    },
    invalid_response: {
      message: 'Bei uns ist etwas schiefgelaufen.',
      action:
        'Versuchen Sie es gleich noch einmal oder kontaktieren Sie uns, wenn das Problem weiterhin besteht.',
    },
    stripe_load_failed: {
      message: 'Das Verifizierungsfenster konnte nicht geladen werden.',
      action:
        'Deaktivieren Sie Inhaltsblocker für diese Website, überprüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    },
    stripe_error: {
      message: 'Die Verifizierung konnte nicht abgeschlossen werden.',
      action: 'Versuchen Sie es erneut.',
    },
    canceled: {
      message: 'Sie haben die Verifizierung vor dem Abschluss geschlossen.',
      action: 'Beginnen Sie erneut, sobald Sie bereit sind.',
    },
    timeout: {
      message: 'Das dauert länger als erwartet.',
      action: 'Überprüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    },
    aborted: {
      message: 'Die Verifizierung wurde unterbrochen.',
      action: 'Versuchen Sie es erneut.',
    },
  },
  serverError: {
    too_many_attempts: {
      message: 'Sie haben die maximale Anzahl an Verifizierungsversuchen vorerst erreicht.',
      action:
        'Versuchen Sie es später noch einmal, oder kontaktieren Sie uns, wenn Sie früher Hilfe brauchen.',
    },
    already_verified: {
      message: 'Ihre Identität ist bereits bestätigt.',
      action: 'Sie müssen nichts weiter tun.',
    },
    verification_processing: {
      message: 'Ihre Verifizierung wird bereits geprüft.',
      action: 'Warten Sie auf das Ergebnis – die meisten Prüfungen dauern weniger als eine Minute.',
    },
  },
  button: {
    idle: 'Identität bestätigen',
    creating: 'Wird vorbereitet…',
    verifying: 'Wird geprüft…',
    submitted: 'Eingereicht',
    canceled: 'Erneut beginnen',
    error: 'Erneut versuchen',
    retry: 'Erneut versuchen',
  },
  card: {
    label: 'Identitätsprüfung',
    loading: 'Ihre Verifizierung wird geladen…',
    loadError: 'Wir konnten Ihre Verifizierung nicht laden.',
    reload: 'Neu laden',
  },
  statusLabel: 'Status der Verifizierung',
  nextStepLabel: 'Nächster Schritt:',
};

export default de;
