import type { IdentityMessages } from '../core/messages.js';

/**
 * Polish messages. Past-tense forms of the second person are marked for gender in Polish
 * ("odrzuciłeś"/"odrzuciłaś"), so sentences about what the user did are impersonal instead.
 */
const pl: IdentityMessages = {
  locale: 'pl',
  phase: {
    not_started: {
      title: 'Potwierdź swoją tożsamość',
      description:
        'Musimy potwierdzić, kim jesteś. Zajmie to kilka minut; przygotuj dokument tożsamości.',
    },
    action_required: {
      title: 'Weryfikacja wymaga Twojej uwagi',
      description:
        'Nie udało się potwierdzić Twojej tożsamości. Sprawdź, co poszło nie tak, i spróbuj ponownie.',
    },
    action_required_final: {
      title: 'Nie udało się ukończyć weryfikacji',
      description:
        'Ten wynik jest ostateczny: ponowna próba go nie zmieni. Skontaktuj się z nami, jeśli potrzebujesz pomocy.',
    },
    processing: {
      title: 'Sprawdzamy Twoje dokumenty',
      description:
        'Dziękujemy za przesłanie. Większość sprawdzeń kończy się w ciągu minuty; możesz zostawić tę stronę otwartą.',
    },
    verified: {
      title: 'Tożsamość potwierdzona',
      description: 'Twoja tożsamość została potwierdzona. Nie musisz robić nic więcej.',
    },
    canceled: {
      title: 'Weryfikacja anulowana',
      description: 'Ta weryfikacja została anulowana i nie można jej już dokończyć.',
    },
    unknown: {
      title: 'Status weryfikacji jest niedostępny',
      description:
        'Nie udało się odczytać statusu Twojej weryfikacji. Sprawdź ponownie za jakiś czas.',
    },
  },
  lastError: {
    abandoned: {
      message: 'Weryfikacja została rozpoczęta, ale nie została ukończona.',
      action: 'Zacznij od nowa i przejdź wszystkie kroki.',
    },
    consent_declined: {
      message: 'Nie wyrażono zgody na weryfikację przez Stripe.',
      action:
        'Zacznij od nowa i wyraź zgodę, jeśli zmienisz zdanie, albo skontaktuj się z nami, aby zweryfikować się w inny sposób.',
    },
    country_not_supported: {
      message: 'Weryfikacja tożsamości nie jest jeszcze dostępna w Twoim kraju.',
      action: 'Skontaktuj się z nami, aby znaleźć inny sposób weryfikacji.',
    },
    device_not_supported: {
      message: 'Twoje urządzenie nie ma kamery albo dostęp do kamery został zablokowany.',
      action: 'Zezwól na dostęp do kamery albo kontynuuj na telefonie lub komputerze z kamerą.',
    },
    under_supported_age: {
      message: 'Aby przejść weryfikację, musisz być osobą pełnoletnią.',
      action: 'Skontaktuj się z nami, jeśli uważasz, że to pomyłka.',
    },
    document_expired: {
      message: 'Użyty dokument tożsamości stracił ważność.',
      action: 'Spróbuj ponownie z ważnym dokumentem tożsamości.',
    },
    document_type_not_supported: {
      message: 'Ten rodzaj dokumentu tożsamości nie jest tu akceptowany.',
      action: 'Spróbuj ponownie z jednym z akceptowanych dokumentów tożsamości.',
    },
    document_unverified_other: {
      message: 'Nie udało się zweryfikować Twojego dokumentu tożsamości.',
      action:
        'Spróbuj ponownie przy dobrym oświetleniu, z całym dokumentem w kadrze i bez odblasków.',
    },
    selfie_document_missing_photo: {
      message: 'Na użytym dokumencie tożsamości nie ma zdjęcia Twojej twarzy.',
      action: 'Spróbuj ponownie z dokumentem tożsamości, na którym jest Twoje zdjęcie.',
    },
    selfie_face_mismatch: {
      message: 'Twoje selfie nie pasuje do zdjęcia w dokumencie tożsamości.',
      action:
        'Spróbuj ponownie: patrz w kamerę przy dobrym oświetleniu, bez czapki i okularów przeciwsłonecznych.',
    },
    selfie_manipulated: {
      message: 'Nie możemy zaakceptować Twojego selfie.',
      action: 'Skontaktuj się z nami, aby kontynuować weryfikację.',
    },
    selfie_unverified_other: {
      message: 'Nie udało się zweryfikować Twojego selfie.',
      action: 'Spróbuj ponownie: patrz w kamerę przy dobrym oświetleniu i nie ruszaj się.',
    },
    id_number_insufficient_document_data: {
      message:
        'Twój dokument tożsamości nie zawiera wystarczających danych, aby sprawdzić Twój numer identyfikacyjny.',
      action: 'Spróbuj ponownie z innym dokumentem tożsamości.',
    },
    id_number_mismatch: {
      message: 'Wpisany numer identyfikacyjny nie zgadza się z danymi.',
      action: 'Sprawdź numer i spróbuj ponownie.',
    },
    id_number_unverified_other: {
      message: 'Nie udało się zweryfikować Twojego numeru identyfikacyjnego.',
      action: 'Sprawdź numer i spróbuj ponownie.',
    },
    email_unverified_other: {
      message: 'Nie udało się zweryfikować Twojego adresu e-mail.',
      action: 'Sprawdź adres i spróbuj ponownie.',
    },
    email_verification_declined: {
      message: 'Twój adres e-mail nie został zweryfikowany.',
      action: 'Spróbuj ponownie i wpisz kod, który wyślemy na Twój adres e-mail.',
    },
    phone_unverified_other: {
      message: 'Nie udało się zweryfikować Twojego numeru telefonu.',
      action: 'Sprawdź numer i spróbuj ponownie.',
    },
    phone_verification_declined: {
      message: 'Twój numer telefonu nie został zweryfikowany.',
      action: 'Spróbuj ponownie i wpisz kod, który wyślemy na Twój telefon.',
    },
  },
  lastErrorFallback: {
    message: 'Nie udało się potwierdzić Twojej tożsamości.',
    action: 'Spróbuj ponownie albo skontaktuj się z nami, jeśli problem się powtarza.',
  },
  lastErrorWithReason: {
    message: '{reason}',
    action: 'Spróbuj ponownie albo skontaktuj się z nami, jeśli problem się powtarza.',
  },
  redaction: {
    processing: 'Trwa usuwanie danych osobowych z tej weryfikacji.',
    redacted: 'Dane osobowe z tej weryfikacji zostały usunięte.',
  },
  error: {
    backend_http_error: {
      message: 'Nie udało się rozpocząć weryfikacji.',
      action: 'Spróbuj ponownie za chwilę.',
    },
    network_error: {
      message: 'Wygląda na to, że nie masz połączenia z internetem.',
      action: 'Sprawdź połączenie i spróbuj ponownie.',
    },
    invalid_response: {
      message: 'Coś poszło nie tak po naszej stronie.',
      action: 'Spróbuj ponownie za chwilę albo skontaktuj się z nami, jeśli problem się powtarza.',
    },
    stripe_load_failed: {
      message: 'Nie udało się załadować okna weryfikacji.',
      action: 'Wyłącz blokowanie treści na tej stronie, sprawdź połączenie i spróbuj ponownie.',
    },
    stripe_error: {
      message: 'Nie udało się dokończyć weryfikacji.',
      action: 'Spróbuj ponownie.',
    },
    canceled: {
      message: 'Okno weryfikacji zostało zamknięte przed jej ukończeniem.',
      action: 'Zacznij od nowa, kiedy zechcesz.',
    },
    timeout: {
      message: 'Trwa to dłużej niż zwykle.',
      action: 'Sprawdź połączenie i spróbuj ponownie.',
    },
    aborted: {
      message: 'Weryfikacja została przerwana.',
      action: 'Spróbuj ponownie.',
    },
  },
  serverError: {
    too_many_attempts: {
      message: 'Na razie wykorzystano limit prób weryfikacji.',
      action:
        'Spróbuj ponownie później albo skontaktuj się z nami, jeśli potrzebujesz pomocy wcześniej.',
    },
    already_verified: {
      message: 'Twoja tożsamość jest już potwierdzona.',
      action: 'Nie musisz robić nic więcej.',
    },
    verification_processing: {
      message: 'Twoja weryfikacja jest już sprawdzana.',
      action: 'Poczekaj na wynik: większość sprawdzeń kończy się w ciągu minuty.',
    },
  },
  button: {
    idle: 'Potwierdź tożsamość',
    creating: 'Przygotowywanie…',
    verifying: 'Weryfikowanie…',
    submitted: 'Przesłano',
    canceled: 'Zacznij od nowa',
    error: 'Spróbuj ponownie',
    retry: 'Spróbuj ponownie',
  },
  card: {
    label: 'Weryfikacja tożsamości',
    loading: 'Wczytywanie weryfikacji…',
    loadError: 'Nie udało się wczytać weryfikacji.',
    reload: 'Wczytaj ponownie',
  },
  statusLabel: 'Status weryfikacji',
  nextStepLabel: 'Następny krok:',
};

export default pl;
