import type { IdentityMessages } from '../core/messages.js';

/** Spanish messages. */
const es: IdentityMessages = {
  locale: 'es',
  phase: {
    not_started: {
      title: 'Verifica tu identidad',
      description:
        'Necesitamos confirmar quién eres. Solo lleva unos minutos y un documento de identidad.',
    },
    action_required: {
      title: 'La verificación requiere tu atención',
      description:
        'No hemos podido verificar tu identidad. Consulta qué ha fallado e inténtalo de nuevo.',
    },
    action_required_final: {
      title: 'No se pudo completar la verificación',
      description:
        'Este resultado es definitivo: volver a intentarlo no lo cambiará. Contáctanos si necesitas ayuda.',
    },
    processing: {
      title: 'Estamos revisando tus documentos',
      description:
        'Gracias por enviarlos. La mayoría de las comprobaciones terminan en menos de un minuto; puedes mantener esta página abierta.',
    },
    verified: {
      title: 'Identidad verificada',
      description: 'Hemos confirmado tu identidad. No tienes que hacer nada más.',
    },
    canceled: {
      title: 'Verificación cancelada',
      description: 'Esta verificación se ha cancelado y ya no se puede completar.',
    },
    unknown: {
      title: 'Estado de la verificación no disponible',
      description:
        'No hemos podido consultar el estado de tu verificación. Vuelve a comprobarlo más tarde.',
    },
  },
  lastError: {
    abandoned: {
      message: 'La verificación se inició, pero no se completó.',
      action: 'Empieza de nuevo y completa todos los pasos.',
    },
    consent_declined: {
      message: 'Has rechazado que Stripe verifique tu identidad.',
      action:
        'Empieza de nuevo y acepta si cambias de opinión, o contáctanos para verificarte de otra forma.',
    },
    country_not_supported: {
      message: 'La verificación de identidad aún no está disponible en tu país.',
      action: 'Contáctanos para encontrar otra forma de verificarte.',
    },
    device_not_supported: {
      message: 'Tu dispositivo no tiene cámara o se ha bloqueado el acceso a ella.',
      action: 'Permite el acceso a la cámara o continúa en un teléfono u ordenador con cámara.',
    },
    under_supported_age: {
      message: 'Debes ser mayor de edad para verificar tu identidad.',
      action: 'Contáctanos si crees que se trata de un error.',
    },
    document_expired: {
      message: 'El documento de identidad que has usado está caducado.',
      action: 'Inténtalo de nuevo con un documento de identidad válido y en vigor.',
    },
    document_type_not_supported: {
      message: 'Ese tipo de documento de identidad no se acepta aquí.',
      action: 'Inténtalo de nuevo con uno de los documentos de identidad aceptados.',
    },
    document_unverified_other: {
      message: 'No hemos podido verificar tu documento de identidad.',
      action:
        'Inténtalo de nuevo con buena luz, con el documento completo en el encuadre y sin reflejos.',
    },
    selfie_document_missing_photo: {
      message: 'El documento de identidad que has usado no tiene una foto de tu cara.',
      action: 'Inténtalo de nuevo con un documento de identidad que muestre tu foto.',
    },
    selfie_face_mismatch: {
      message: 'Tu selfie no coincide con la foto de tu documento de identidad.',
      action: 'Inténtalo de nuevo: mira a la cámara con buena luz, sin gorra ni gafas de sol.',
    },
    selfie_manipulated: {
      message: 'No hemos podido aceptar tu selfie.',
      action: 'Contáctanos para continuar con tu verificación.',
    },
    selfie_unverified_other: {
      message: 'No hemos podido verificar tu selfie.',
      action: 'Inténtalo de nuevo: mira a la cámara con buena luz y no te muevas.',
    },
    id_number_insufficient_document_data: {
      message:
        'Tu documento de identidad no tiene suficiente información para comprobar tu número de identificación.',
      action: 'Inténtalo de nuevo con otro documento de identidad.',
    },
    id_number_mismatch: {
      message: 'No hemos podido validar el número de identificación que has introducido.',
      action: 'Revisa el número e inténtalo de nuevo.',
    },
    id_number_unverified_other: {
      message: 'No hemos podido verificar tu número de identificación.',
      action: 'Revisa el número e inténtalo de nuevo.',
    },
    email_unverified_other: {
      message: 'No hemos podido verificar tu dirección de correo electrónico.',
      action: 'Revisa la dirección e inténtalo de nuevo.',
    },
    email_verification_declined: {
      message: 'Tu dirección de correo electrónico no se ha verificado.',
      action: 'Inténtalo de nuevo e introduce el código que te enviamos por correo electrónico.',
    },
    phone_unverified_other: {
      message: 'No hemos podido verificar tu número de teléfono.',
      action: 'Revisa el número e inténtalo de nuevo.',
    },
    phone_verification_declined: {
      message: 'Tu número de teléfono no se ha verificado.',
      action: 'Inténtalo de nuevo e introduce el código que te enviamos al teléfono.',
    },
  },
  lastErrorFallback: {
    message: 'No hemos podido verificar tu identidad.',
    action: 'Inténtalo de nuevo o contáctanos si el problema persiste.',
  },
  lastErrorWithReason: {
    message: '{reason}',
    action: 'Inténtalo de nuevo o contáctanos si el problema persiste.',
  },
  redaction: {
    processing: 'Se están eliminando los datos personales de esta verificación.',
    redacted: 'Se han eliminado los datos personales de esta verificación.',
  },
  error: {
    backend_http_error: {
      message: 'No hemos podido iniciar tu verificación.',
      action: 'Inténtalo de nuevo en unos momentos.',
    },
    network_error: {
      message: 'Parece que no tienes conexión.',
      action: 'Revisa tu conexión e inténtalo de nuevo.',
    },
    invalid_response: {
      message: 'Algo ha fallado por nuestra parte.',
      action: 'Inténtalo de nuevo en unos momentos o contáctanos si el problema persiste.',
    },
    stripe_load_failed: {
      message: 'No se ha podido cargar la ventana de verificación.',
      action:
        'Desactiva los bloqueadores de contenido para este sitio, revisa tu conexión e inténtalo de nuevo.',
    },
    stripe_error: {
      message: 'No se ha podido completar la verificación.',
      action: 'Inténtalo de nuevo.',
    },
    canceled: {
      message: 'Has cerrado la verificación antes de terminar.',
      action: 'Empieza de nuevo cuando estés listo.',
    },
    timeout: {
      message: 'Esto está tardando más de lo normal.',
      action: 'Revisa tu conexión e inténtalo de nuevo.',
    },
    aborted: {
      message: 'La verificación se ha interrumpido.',
      action: 'Inténtalo de nuevo.',
    },
  },
  serverError: {
    too_many_attempts: {
      message: 'Has alcanzado por ahora el límite de intentos de verificación.',
      action: 'Vuelve a intentarlo más tarde o contáctanos si necesitas ayuda antes.',
    },
    already_verified: {
      message: 'Tu identidad ya está verificada.',
      action: 'No tienes que hacer nada más.',
    },
    verification_processing: {
      message: 'Ya estamos revisando tu verificación.',
      action:
        'Espera el resultado: la mayoría de las comprobaciones terminan en menos de un minuto.',
    },
  },
  button: {
    idle: 'Verificar tu identidad',
    creating: 'Preparando…',
    verifying: 'Verificando…',
    submitted: 'Enviado',
    canceled: 'Empezar de nuevo',
    error: 'Intentar de nuevo',
    retry: 'Intentar de nuevo',
  },
  card: {
    label: 'Verificación de identidad',
    loading: 'Cargando tu verificación…',
    loadError: 'No hemos podido cargar tu verificación.',
    reload: 'Volver a cargar',
  },
  statusLabel: 'Estado de la verificación',
  nextStepLabel: 'Siguiente paso:',
};

export default es;
