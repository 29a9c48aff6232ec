import type { IdentityMessages } from '../core/messages.js';

/** Korean messages. */
const ko: IdentityMessages = {
  locale: 'ko',
  phase: {
    not_started: {
      title: '본인 인증을 진행해 주세요',
      description: '본인 확인이 필요합니다. 몇 분 정도 걸리며 신분증이 필요합니다.',
    },
    action_required: {
      title: '본인 인증에 조치가 필요합니다',
      description: '본인 인증을 완료하지 못했습니다. 문제를 확인한 후 다시 시도해 주세요.',
    },
    action_required_final: {
      title: '본인 인증을 완료할 수 없습니다',
      description:
        '이 결과는 최종 결과이며 다시 시도해도 바뀌지 않습니다. 도움이 필요하시면 문의해 주세요.',
    },
    processing: {
      title: '서류를 확인하고 있습니다',
      description:
        '제출해 주셔서 감사합니다. 대부분의 확인은 1분 안에 끝납니다. 이 페이지를 열어 두셔도 됩니다.',
    },
    verified: {
      title: '본인 인증이 완료되었습니다',
      description: '본인 확인이 끝났습니다. 더 하실 일은 없습니다.',
    },
    canceled: {
      title: '본인 인증이 취소되었습니다',
      description: '이 본인 인증은 취소되어 더 이상 완료할 수 없습니다.',
    },
    unknown: {
      title: '본인 인증 상태를 확인할 수 없습니다',
      description: '본인 인증 상태를 불러오지 못했습니다. 잠시 후 다시 확인해 주세요.',
    },
  },
  lastError: {
    abandoned: {
      message: '본인 인증을 시작했지만 완료되지 않았습니다.',
      action: '처음부터 다시 시작해 모든 단계를 완료해 주세요.',
    },
    consent_declined: {
      message: 'Stripe를 통한 본인 인증에 동의하지 않으셨습니다.',
      action: '마음이 바뀌면 다시 시작해 동의해 주세요. 다른 인증 방법이 필요하면 문의해 주세요.',
    },
    country_not_supported: {
      message: '거주 국가에서는 아직 본인 인증을 이용할 수 없습니다.',
      action: '다른 인증 방법을 찾으려면 문의해 주세요.',
    },
    device_not_supported: {
      message: '기기에 카메라가 없거나 카메라 접근이 차단되었습니다.',
      action: '카메라 접근을 허용하거나 카메라가 있는 휴대폰 또는 컴퓨터에서 계속해 주세요.',
    },
    under_supported_age: {
      message: '본인 인증은 성인만 할 수 있습니다.',
      action: '잘못된 결과라고 생각되면 문의해 주세요.',
    },
    document_expired: {
      message: '사용하신 신분증의 유효기간이 지났습니다.',
      action: '유효기간이 지나지 않은 신분증으로 다시 시도해 주세요.',
    },
    document_type_not_supported: {
      message: '이 종류의 신분증은 사용할 수 없습니다.',
      action: '사용할 수 있는 신분증 중 하나로 다시 시도해 주세요.',
    },
    document_unverified_other: {
      message: '신분증을 확인하지 못했습니다.',
      action: '밝은 곳에서 빛 반사 없이 신분증 전체가 화면에 들어오도록 다시 시도해 주세요.',
    },
    selfie_document_missing_photo: {
      message: '사용하신 신분증에 얼굴 사진이 없습니다.',
      action: '얼굴 사진이 있는 신분증으로 다시 시도해 주세요.',
    },
    selfie_face_mismatch: {
      message: '셀카가 신분증 사진과 일치하지 않습니다.',
      action:
        '다시 시도해 주세요. 밝은 곳에서 모자나 선글라스 없이 카메라를 정면으로 바라봐 주세요.',
    },
    selfie_manipulated: {
      message: '셀카를 승인할 수 없습니다.',
      action: '본인 인증을 계속하려면 문의해 주세요.',
    },
    selfie_unverified_other: {
      message: '셀카를 확인하지 못했습니다.',
      action: '다시 시도해 주세요. 밝은 곳에서 카메라를 바라보고 움직이지 마세요.',
    },
    id_number_insufficient_document_data: {
      message: '신분증에 ID 번호를 확인할 수 있는 정보가 충분하지 않습니다.',
      action: '다른 신분증으로 다시 시도해 주세요.',
    },
    id_number_mismatch: {
      message: '입력하신 ID 번호가 일치하지 않습니다.',
      action: '번호를 확인한 후 다시 시도해 주세요.',
    },
    id_number_unverified_other: {
      message: 'ID 번호를 확인하지 못했습니다.',
      action: '번호를 확인한 후 다시 시도해 주세요.',
    },
    email_unverified_other: {
      message: '이메일 주소를 확인하지 못했습니다.',
      action: '주소를 확인한 후 다시 시도해 주세요.',
    },
    email_verification_declined: {
      message: '이메일 주소 인증이 완료되지 않았습니다.',
      action: '다시 시도하고 이메일로 보내 드리는 코드를 입력해 주세요.',
    },
    phone_unverified_other: {
      message: '전화번호를 확인하지 못했습니다.',
      action: '번호를 확인한 후 다시 시도해 주세요.',
    },
    phone_verification_declined: {
      message: '전화번호 인증이 완료되지 않았습니다.',
      action: '다시 시도하고 휴대폰으로 보내 드리는 코드를 입력해 주세요.',
    },
  },
  lastErrorFallback: {
    message: '본인 인증을 완료하지 못했습니다.',
    action: '다시 시도해 주세요. 문제가 계속되면 문의해 주세요.',
  },
  lastErrorWithReason: {
    message: '{reason}',
    action: '다시 시도해 주세요. 문제가 계속되면 문의해 주세요.',
  },
  redaction: {
    processing: '이 본인 인증의 개인 정보를 삭제하고 있습니다.',
    redacted: '이 본인 인증의 개인 정보가 삭제되었습니다.',
  },
  error: {
    backend_http_error: {
      message: '본인 인증을 시작하지 못했습니다.',
      action: '잠시 후 다시 시도해 주세요.',
    },
    network_error: {
      message: '인터넷에 연결되어 있지 않은 것 같습니다.',
      action: '연결 상태를 확인한 후 다시 시도해 주세요.',
    },
    invalid_response: {
      message: '저희 쪽에서 문제가 발생했습니다.',
      action: '잠시 후 다시 시도해 주세요. 문제가 계속되면 문의해 주세요.',
    },
    stripe_load_failed: {
      message: '인증 창을 불러오지 못했습니다.',
      action: '이 사이트에서 콘텐츠 차단 기능을 끄고 연결 상태를 확인한 후 다시 시도해 주세요.',
    },
    stripe_error: {
      message: '본인 인증을 완료하지 못했습니다.',
      action: '다시 시도해 주세요.',
    },
    canceled: {
      message: '본인 인증을 마치기 전에 창을 닫으셨습니다.',
      action: '준비되면 다시 시작해 주세요.',
    },
    timeout: {
      message: '예상보다 시간이 오래 걸리고 있습니다.',
      action: '연결 상태를 확인한 후 다시 시도해 주세요.',
    },
    aborted: {
      message: '본인 인증이 중단되었습니다.',
      action: '다시 시도해 주세요.',
    },
  },
  serverError: {
    too_many_attempts: {
      message: '지금은 본인 인증 시도 횟수 한도에 도달했습니다.',
      action: '나중에 다시 시도해 주세요. 더 빨리 도움이 필요하면 문의해 주세요.',
    },
    already_verified: {
      message: '본인 인증이 이미 완료되었습니다.',
      action: '더 하실 일은 없습니다.',
    },
    verification_processing: {
      message: '본인 인증을 이미 확인하고 있습니다.',
      action: '결과를 기다려 주세요. 대부분의 확인은 1분 안에 끝납니다.',
    },
  },
  button: {
    idle: '본인 인증하기',
    creating: '준비 중…',
    verifying: '인증 중…',
    submitted: '제출 완료',
    canceled: '처음부터 다시 시작',
    error: '다시 시도',
    retry: '다시 시도',
  },
  card: {
    label: '본인 인증',
    loading: '본인 인증 정보를 불러오는 중…',
    loadError: '본인 인증 정보를 불러오지 못했습니다.',
    reload: '다시 불러오기',
  },
  statusLabel: '본인 인증 상태',
  nextStepLabel: '다음 단계:',
};

export default ko;
