import type { IdentityMessages } from '../core/messages.js';

/** Brazilian Portuguese messages. */
const ptBR: IdentityMessages = {
  locale: 'pt-BR',
  phase: {
    not_started: {
      title: 'Verifique sua identidade',
      description:
        'Precisamos confirmar quem você é. Leva só alguns minutos e você vai precisar de um documento de identidade.',
    },
    action_required: {
      title: 'A verificação precisa da sua atenção',
      description:
        'Não conseguimos verificar sua identidade. Veja o que deu errado e tente novamente.',
    },
    action_required_final: {
      title: 'Não foi possível concluir a verificação',
      description:
        'Este resultado é definitivo: tentar novamente não vai mudá-lo. Fale conosco se precisar de ajuda.',
    },
    processing: {
      title: 'Estamos analisando seus documentos',
      description:
        'Obrigado pelo envio. A maioria das verificações termina em menos de um minuto; você pode manter esta página aberta.',
    },
    verified: {
      title: 'Identidade verificada',
      description: 'Sua identidade foi confirmada. Não há mais nada a fazer.',
    },
    canceled: {
      title: 'Verificação cancelada',
      description: 'Esta verificação foi cancelada e não pode mais ser concluída.',
    },
    unknown: {
      title: 'Status da verificação indisponível',
      description:
        'Não conseguimos consultar o status da sua verificação. Confira novamente mais tarde.',
    },
  },
  lastError: {
    abandoned: {
      message: 'A verificação foi iniciada, mas não foi concluída.',
      action: 'Comece novamente e conclua todas as etapas.',
    },
    consent_declined: {
      message: 'Você recusou a verificação pela Stripe.',
      action:
        'Comece novamente e aceite se mudar de ideia, ou fale conosco para se verificar de outra forma.',
    },
    country_not_supported: {
      message: 'A verificação de identidade ainda não está disponível no seu país.',
      action: 'Fale conosco para encontrar outra forma de verificação.',
    },
    device_not_supported: {
      message: 'Seu dispositivo não tem câmera ou o acesso à câmera foi bloqueado.',
      action: 'Permita o acesso à câmera ou continue em um celular ou computador com câmera.',
    },
    under_supported_age: {
      message: 'Você precisa ser maior de idade para ser verificado.',
      action: 'Fale conosco se achar que isso é um engano.',
    },
    document_expired: {
      message: 'O documento de identidade que você usou está vencido.',
      action: 'Tente novamente com um documento de identidade válido e dentro da validade.',
    },
    document_type_not_supported: {
      message: 'Esse tipo de documento de identidade não é aceito aqui.',
      action: 'Tente novamente com um dos documentos de identidade aceitos.',
    },
    document_unverified_other: {
      message: 'Não conseguimos verificar seu documento de identidade.',
      action:
        'Tente novamente com boa iluminação, com o documento inteiro no enquadramento e sem reflexos.',
    },
    selfie_document_missing_photo: {
      message: 'O documento de identidade que você usou não tem uma foto do seu rosto.',
      action: 'Tente novamente com um documento de identidade que tenha sua foto.',
    },
    selfie_face_mismatch: {
      message: 'Sua selfie não corresponde à foto do seu documento de identidade.',
      action:
        'Tente novamente: olhe para a câmera com boa iluminação, sem chapéu ou óculos escuros.',
    },
    selfie_manipulated: {
      message: 'Não foi possível aceitar sua selfie.',
      action: 'Fale conosco para continuar sua verificação.',
    },
    selfie_unverified_other: {
      message: 'Não conseguimos verificar sua selfie.',
      action: 'Tente novamente: olhe para a câmera com boa iluminação e fique parado.',
    },
    id_number_insufficient_document_data: {
      message:
        'Seu documento de identidade não tem informações suficientes para verificar seu número de identificação.',
      action: 'Tente novamente com outro documento de identidade.',
    },
    id_number_mismatch: {
      message: 'Não conseguimos validar o número de identificação informado.',
      action: 'Confira o número e tente novamente.',
    },
    id_number_unverified_other: {
      message: 'Não conseguimos verificar seu número de identificação.',
      action: 'Confira o número e tente novamente.',
    },
    email_unverified_other: {
      message: 'Não conseguimos verificar seu endereço de e-mail.',
      action: 'Confira o endereço e tente novamente.',
    },
    email_verification_declined: {
      message: 'Seu endereço de e-mail não foi verificado.',
      action: 'Tente novamente e digite o código que enviamos para o seu e-mail.',
    },
    phone_unverified_other: {
      message: 'Não conseguimos verificar seu número de telefone.',
      action: 'Confira o número e tente novamente.',
    },
    phone_verification_declined: {
      message: 'Seu número de telefone não foi verificado.',
      action: 'Tente novamente e digite o código que enviamos para o seu telefone.',
    },
  },
  lastErrorFallback: {
    message: 'Não conseguimos verificar sua identidade.',
    action: 'Tente novamente ou fale conosco se o problema continuar.',
  },
  lastErrorWithReason: {
    message: '{reason}',
    action: 'Tente novamente ou fale conosco se o problema continuar.',
  },
  redaction: {
    processing: 'Os dados pessoais desta verificação estão sendo excluídos.',
    redacted: 'Os dados pessoais desta verificação foram excluídos.',
  },
  error: {
    backend_http_error: {
      message: 'Não conseguimos iniciar sua verificação.',
      action: 'Tente novamente daqui a pouco.',
    },
    network_error: {
      message: 'Parece que você está sem conexão.',
      action: 'Verifique sua conexão e tente novamente.',
    },
    invalid_response: {
      message: 'Algo deu errado do nosso lado.',
      action: 'Tente novamente daqui a pouco ou fale conosco se o problema continuar.',
    },
    stripe_load_failed: {
      message: 'Não foi possível carregar a janela de verificação.',
      action:
        'Desative os bloqueadores de conteúdo para este site, verifique sua conexão e tente novamente.',
    },
    stripe_error: {
      message: 'Não foi possível concluir a verificação.',
      action: 'Tente novamente.',
    },
    canceled: {
      message: 'Você fechou a verificação antes de terminar.',
      action: 'Comece novamente quando estiver pronto.',
    },
    timeout: {
      message: 'Isso está demorando mais do que deveria.',
      action: 'Verifique sua conexão e tente novamente.',
    },
    aborted: {
      message: 'A verificação foi interrompida.',
      action: 'Tente novamente.',
    },
  },
  serverError: {
    too_many_attempts: {
      message: 'Você atingiu o limite de tentativas de verificação por enquanto.',
      action: 'Tente novamente mais tarde ou fale com a gente se precisar de ajuda antes.',
    },
    already_verified: {
      message: 'Sua identidade já foi verificada.',
      action: 'Não há mais nada a fazer.',
    },
    verification_processing: {
      message: 'Sua verificação já está sendo analisada.',
      action: 'Aguarde o resultado: a maioria das análises termina em menos de um minuto.',
    },
  },
  button: {
    idle: 'Verificar identidade',
    creating: 'Preparando…',
    verifying: 'Verificando…',
    submitted: 'Enviado',
    canceled: 'Começar de novo',
    error: 'Tentar novamente',
    retry: 'Tentar novamente',
  },
  card: {
    label: 'Verificação de identidade',
    loading: 'Carregando sua verificação…',
    loadError: 'Não conseguimos carregar sua verificação.',
    reload: 'Recarregar',
  },
  statusLabel: 'Status da verificação',
  nextStepLabel: 'Próximo passo:',
};

export default ptBR;
