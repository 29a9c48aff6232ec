import type { IdentityMessages } from '../core/messages.js';

/** French messages. */
const fr: IdentityMessages = {
  locale: 'fr',
  phase: {
    not_started: {
      title: 'Vérifiez votre identité',
      description:
        'Nous devons confirmer votre identité. Cela prend quelques minutes et nécessite une pièce d’identité.',
    },
    action_required: {
      title: 'Votre vérification nécessite votre attention',
      description:
        'Nous n’avons pas pu vérifier votre identité. Découvrez ce qui n’a pas fonctionné et réessayez.',
    },
    action_required_final: {
      title: 'La vérification n’a pas pu aboutir',
      description:
        'Ce résultat est définitif : une nouvelle tentative n’y changera rien. Contactez-nous si vous avez besoin d’aide.',
    },
    processing: {
      title: 'Vérification de vos documents en cours',
      description:
        'Merci pour votre envoi. La plupart des vérifications se terminent en moins d’une minute ; vous pouvez laisser cette page ouverte.',
    },
    verified: {
      title: 'Identité vérifiée',
      description: 'Votre identité a été confirmée. Vous n’avez plus rien à faire.',
    },
    canceled: {
      title: 'Vérification annulée',
      description: 'Cette vérification a été annulée et ne peut plus être terminée.',
    },
    unknown: {
      title: 'Statut de la vérification indisponible',
      description:
        'Nous n’avons pas pu lire l’état de votre vérification. Veuillez réessayer plus tard.',
    },
  },
  lastError: {
    abandoned: {
      message: 'La vérification a été commencée mais pas terminée.',
      action: 'Recommencez et suivez toutes les étapes jusqu’au bout.',
    },
    consent_declined: {
      message: 'Vous avez refusé d’être vérifié par Stripe.',
      action:
        'Recommencez et acceptez si vous changez d’avis, ou contactez-nous pour vous vérifier autrement.',
    },
    country_not_supported: {
      message: 'La vérification d’identité n’est pas encore disponible dans votre pays.',
      action: 'Contactez-nous pour trouver un autre moyen de vous vérifier.',
    },
    device_not_supported: {
      message: 'Votre appareil n’a pas de caméra, ou l’accès à la caméra a été bloqué.',
      action:
        'Autorisez l’accès à la caméra, ou continuez sur un téléphone ou un ordinateur équipé d’une caméra.',
    },
    under_supported_age: {
      message: 'Vous devez être majeur pour être vérifié.',
      action: 'Contactez-nous si vous pensez qu’il s’agit d’une erreur.',
    },
    document_expired: {
      message: 'La pièce d’identité utilisée a expiré.',
      action: 'Réessayez avec une pièce d’identité valide et non expirée.',
    },
    document_type_not_supported: {
      message: 'Ce type de pièce d’identité n’est pas accepté ici.',
      action: 'Réessayez avec l’une des pièces d’identité acceptées.',
    },
    document_unverified_other: {
      message: 'Nous n’avons pas pu vérifier votre pièce d’identité.',
      action:
        'Réessayez avec un bon éclairage, le document entièrement dans le cadre et sans reflets.',
    },
    selfie_document_missing_photo: {
      message: 'La pièce d’identité utilisée ne comporte pas de photo de votre visage.',
      action: 'Réessayez avec une pièce d’identité qui comporte votre photo.',
    },
    selfie_face_mismatch: {
      message: 'Votre selfie ne correspond pas à la photo de votre pièce d’identité.',
      action:
        'Réessayez : regardez la caméra avec un bon éclairage, sans chapeau ni lunettes de soleil.',
    },
    selfie_manipulated: {
      message: 'Votre selfie n’a pas pu être accepté.',
      action: 'Contactez-nous pour poursuivre votre vérification.',
    },
    selfie_unverified_other: {
      message: 'Nous n’avons pas pu vérifier votre selfie.',
      action: 'Réessayez : regardez la caméra avec un bon éclairage et restez immobile.',
    },
    id_number_insufficient_document_data: {
      message:
        'Votre pièce d’identité ne contient pas assez d’informations pour vérifier votre numéro d’identification.',
      action: 'Réessayez avec une autre pièce d’identité.',
    },
    id_number_mismatch: {
      message: 'Nous n’avons pas pu faire correspondre le numéro d’identification saisi.',
      action: 'Vérifiez le numéro et réessayez.',
    },
    id_number_unverified_other: {
      message: 'Nous n’avons pas pu vérifier votre numéro d’identification.',
      action: 'Vérifiez le numéro et réessayez.',
    },
    email_unverified_other: {
      message: 'Nous n’avons pas pu vérifier votre adresse e-mail.',
      action: 'Vérifiez l’adresse et réessayez.',
    },
    email_verification_declined: {
      message: 'Votre adresse e-mail n’a pas été vérifiée.',
      action: 'Réessayez et saisissez le code que nous envoyons à votre adresse e-mail.',
    },
    phone_unverified_other: {
      message: 'Nous n’avons pas pu vérifier votre numéro de téléphone.',
      action: 'Vérifiez le numéro et réessayez.',
    },
    phone_verification_declined: {
      message: 'Votre numéro de téléphone n’a pas été vérifié.',
      action: 'Réessayez et saisissez le code que nous envoyons sur votre téléphone.',
    },
  },
  lastErrorFallback: {
    message: 'Nous n’avons pas pu vérifier votre identité.',
    action: 'Réessayez, ou contactez-nous si le problème persiste.',
  },
  lastErrorWithReason: {
    message: '{reason}',
    action: 'Réessayez, ou contactez-nous si le problème persiste.',
  },
  redaction: {
    processing: 'Les données personnelles de cette vérification sont en cours de suppression.',
    redacted: 'Les données personnelles de cette vérification ont été supprimées.',
  },
  error: {
    backend_http_error: {
      message: 'Nous n’avons pas pu lancer votre vérification.',
      action: 'Réessayez dans un instant.',
    },
    network_error: {
      message: 'Vous semblez être hors ligne.',
      action: 'Vérifiez votre connexion et réessayez.',
    },
    invalid_response: {
      message: 'Un problème est survenu de notre côté.',
      action: 'Réessayez dans un instant, ou contactez-nous si le problème persiste.',
    },
    stripe_load_failed: {
      message: 'La fenêtre de vérification n’a pas pu se charger.',
      action:
        'Désactivez les bloqueurs de contenu pour ce site, vérifiez votre connexion et réessayez.',
    },
    stripe_error: {
      message: 'La vérification n’a pas pu être terminée.',
      action: 'Réessayez.',
    },
    canceled: {
      message: 'Vous avez fermé la vérification avant de la terminer.',
      action: 'Recommencez quand vous êtes prêt.',
    },
    timeout: {
      message: 'L’opération prend plus de temps que prévu.',
      action: 'Vérifiez votre connexion et réessayez.',
    },
    aborted: {
      message: 'La vérification a été interrompue.',
      action: 'Réessayez.',
    },
  },
  serverError: {
    too_many_attempts: {
      message: 'Vous avez atteint pour l’instant le nombre maximal de tentatives de vérification.',
      action: 'Réessayez plus tard, ou contactez-nous si vous avez besoin d’aide plus tôt.',
    },
    already_verified: {
      message: 'Votre identité est déjà vérifiée.',
      action: 'Vous n’avez rien d’autre à faire.',
    },
    verification_processing: {
      message: 'Votre vérification est déjà en cours d’examen.',
      action: 'Patientez jusqu’au résultat : la plupart des contrôles prennent moins d’une minute.',
    },
  },
  button: {
    idle: 'Vérifier votre identité',
    creating: 'Préparation…',
    verifying: 'Vérification…',
    submitted: 'Envoyé',
    canceled: 'Recommencer',
    error: 'Réessayer',
    retry: 'Réessayer',
  },
  card: {
    label: 'Vérification d’identité',
    loading: 'Chargement de votre vérification…',
    loadError: 'Nous n’avons pas pu charger votre vérification.',
    reload: 'Recharger',
  },
  statusLabel: 'Statut de la vérification',
  nextStepLabel: 'Étape suivante :',
};

export default fr;
