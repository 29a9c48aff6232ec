import type { IdentityMessages } from '../core/messages.js';

/** Italian messages. */
const it: IdentityMessages = {
  locale: 'it',
  phase: {
    not_started: {
      title: 'Verifica la tua identità',
      description: 'Dobbiamo confermare chi sei. Bastano pochi minuti e un documento d’identità.',
    },
    action_required: {
      title: 'La verifica richiede la tua attenzione',
      description:
        'Non siamo riusciti a verificare la tua identità. Scopri cosa non ha funzionato e riprova.',
    },
    action_required_final: {
      title: 'Non è stato possibile completare la verifica',
      description:
        'Questo risultato è definitivo: un nuovo tentativo non lo cambierà. Contattaci se hai bisogno di aiuto.',
    },
    processing: {
      title: 'Stiamo controllando i tuoi documenti',
      description:
        'Grazie per l’invio. La maggior parte dei controlli si conclude entro un minuto; puoi tenere aperta questa pagina.',
    },
    verified: {
      title: 'Identità verificata',
      description: 'La tua identità è stata confermata. Non devi fare nient’altro.',
    },
    canceled: {
      title: 'Verifica annullata',
      description: 'Questa verifica è stata annullata e non può più essere completata.',
    },
    unknown: {
      title: 'Stato della verifica non disponibile',
      description:
        'Non siamo riusciti a leggere lo stato della tua verifica. Ricontrolla più tardi.',
    },
  },
  lastError: {
    abandoned: {
      message: 'La verifica è stata avviata ma non completata.',
      action: 'Ricomincia e completa tutti i passaggi.',
    },
    consent_declined: {
      message: 'Hai rifiutato la verifica da parte di Stripe.',
      action:
        'Ricomincia e accetta se cambi idea, oppure contattaci per verificarti in un altro modo.',
    },
    country_not_supported: {
      message: 'La verifica dell’identità non è ancora disponibile nel tuo Paese.',
      action: 'Contattaci per trovare un altro modo di verificarti.',
    },
    device_not_supported: {
      message:
        'Il tuo dispositivo non ha una fotocamera, oppure l’accesso alla fotocamera è bloccato.',
      action:
        'Consenti l’accesso alla fotocamera oppure continua su un telefono o un computer con fotocamera.',
    },
    under_supported_age: {
      message: 'Per la verifica devi essere maggiorenne.',
      action: 'Contattaci se pensi che si tratti di un errore.',
    },
    document_expired: {
      message: 'Il documento d’identità che hai usato è scaduto.',
      action: 'Riprova con un documento d’identità valido e non scaduto.',
    },
    document_type_not_supported: {
      message: 'Questo tipo di documento d’identità non è accettato.',
      action: 'Riprova con uno dei documenti d’identità accettati.',
    },
    document_unverified_other: {
      message: 'Non siamo riusciti a verificare il tuo documento d’identità.',
      action:
        'Riprova con una buona illuminazione, con tutto il documento nell’inquadratura e senza riflessi.',
    },
    selfie_document_missing_photo: {
      message: 'Il documento d’identità che hai usato non riporta una foto del tuo viso.',
      action: 'Riprova con un documento d’identità che riporti la tua foto.',
    },
    selfie_face_mismatch: {
      message: 'Il tuo selfie non corrisponde alla foto del tuo documento d’identità.',
      action:
        'Riprova: guarda la fotocamera con una buona illuminazione, senza cappello né occhiali da sole.',
    },
    selfie_manipulated: {
      message: 'Non è stato possibile accettare il tuo selfie.',
      action: 'Contattaci per proseguire con la verifica.',
    },
    selfie_unverified_other: {
      message: 'Non siamo riusciti a verificare il tuo selfie.',
      action: 'Riprova: guarda la fotocamera con una buona illuminazione e non muoverti.',
    },
    id_number_insufficient_document_data: {
      message:
        'Il tuo documento d’identità non contiene dati sufficienti per controllare il tuo numero identificativo.',
      action: 'Riprova con un altro documento d’identità.',
    },
    id_number_mismatch: {
      message: 'Il numero identificativo che hai inserito non corrisponde.',
      action: 'Controlla il numero e riprova.',
    },
    id_number_unverified_other: {
      message: 'Non siamo riusciti a verificare il tuo numero identificativo.',
      action: 'Controlla il numero e riprova.',
    },
    email_unverified_other: {
      message: 'Non siamo riusciti a verificare il tuo indirizzo email.',
      action: 'Controlla l’indirizzo e riprova.',
    },
    email_verification_declined: {
      message: 'Il tuo indirizzo email non è stato verificato.',
      action: 'Riprova e inserisci il codice che ti inviamo via email.',
    },
    phone_unverified_other: {
      message: 'Non siamo riusciti a verificare il tuo numero di telefono.',
      action: 'Controlla il numero e riprova.',
    },
    phone_verification_declined: {
      message: 'Il tuo numero di telefono non è stato verificato.',
      action: 'Riprova e inserisci il codice che ti inviamo sul telefono.',
    },
  },
  lastErrorFallback: {
    message: 'Non siamo riusciti a verificare la tua identità.',
    action: 'Riprova, oppure contattaci se il problema persiste.',
  },
  lastErrorWithReason: {
    message: '{reason}',
    action: 'Riprova, oppure contattaci se il problema persiste.',
  },
  redaction: {
    processing: 'I dati personali di questa verifica sono in fase di eliminazione.',
    redacted: 'I dati personali di questa verifica sono stati eliminati.',
  },
  error: {
    backend_http_error: {
      message: 'Non siamo riusciti ad avviare la tua verifica.',
      action: 'Riprova tra qualche istante.',
    },
    network_error: {
      message: 'Sembra che tu sia offline.',
      action: 'Controlla la connessione e riprova.',
    },
    invalid_response: {
      message: 'Si è verificato un problema da parte nostra.',
      action: 'Riprova tra qualche istante, oppure contattaci se il problema persiste.',
    },
    stripe_load_failed: {
      message: 'Non è stato possibile caricare la finestra di verifica.',
      action:
        'Disattiva le estensioni che bloccano i contenuti su questo sito, controlla la connessione e riprova.',
    },
    stripe_error: {
      message: 'Non è stato possibile completare la verifica.',
      action: 'Riprova.',
    },
    canceled: {
      message: 'Hai chiuso la verifica prima di completarla.',
      action: 'Ricomincia quando vuoi.',
    },
    timeout: {
      message: 'Ci vuole più tempo del previsto.',
      action: 'Controlla la connessione e riprova.',
    },
    aborted: {
      message: 'La verifica è stata interrotta.',
      action: 'Riprova.',
    },
  },
  serverError: {
    too_many_attempts: {
      message: 'Per ora hai raggiunto il numero massimo di tentativi di verifica.',
      action: 'Riprova più tardi, oppure contattaci se ti serve aiuto prima.',
    },
    already_verified: {
      message: 'La tua identità è già verificata.',
      action: 'Non devi fare nient’altro.',
    },
    verification_processing: {
      message: 'Stiamo già controllando la tua verifica.',
      action: 'Attendi il risultato: la maggior parte dei controlli si conclude entro un minuto.',
    },
  },
  button: {
    idle: 'Verifica la tua identità',
    creating: 'Preparazione…',
    verifying: 'Verifica in corso…',
    submitted: 'Inviato',
    canceled: 'Ricomincia',
    error: 'Riprova',
    retry: 'Riprova',
  },
  card: {
    label: 'Verifica dell’identità',
    loading: 'Caricamento della verifica…',
    loadError: 'Non siamo riusciti a caricare la tua verifica.',
    reload: 'Ricarica',
  },
  statusLabel: 'Stato della verifica',
  nextStepLabel: 'Prossimo passo:',
};

export default it;
