import type { IdentityMessages } from '../core/messages.js';

/**
 * Simplified Chinese messages. Full-width punctuation, the Chinese ellipsis (……), and a space
 * between Chinese and Latin words (Stripe), as Chinese product copy writes them.
 */
const zhHans: IdentityMessages = {
  locale: 'zh-Hans',
  phase: {
    not_started: {
      title: '验证您的身份',
      description: '我们需要确认您的身份。只需几分钟，请准备好一份身份证件。',
    },
    action_required: {
      title: '身份验证需要您处理',
      description: '我们未能验证您的身份。请查看问题所在，然后重试。',
    },
    action_required_final: {
      title: '无法完成身份验证',
      description: '此结果为最终结果，重试也不会改变。如需帮助，请联系我们。',
    },
    processing: {
      title: '正在审核您的证件',
      description: '感谢您的提交。大多数审核会在一分钟内完成，您可以保持此页面打开。',
    },
    verified: {
      title: '身份已验证',
      description: '您的身份已确认，无需再进行任何操作。',
    },
    canceled: {
      title: '验证已取消',
      description: '此验证已取消，无法再完成。',
    },
    unknown: {
      title: '无法获取验证状态',
      description: '我们无法读取您的验证状态，请稍后再查看。',
    },
  },
  lastError: {
    abandoned: {
      message: '验证已开始，但尚未完成。',
      action: '请重新开始，并完成所有步骤。',
    },
    consent_declined: {
      message: '您拒绝了由 Stripe 进行验证。',
      action: '如果您改变主意，请重新开始并同意；也可以联系我们，了解其他验证方式。',
    },
    country_not_supported: {
      message: '您所在的国家或地区暂不支持身份验证。',
      action: '请联系我们，了解其他验证方式。',
    },
    device_not_supported: {
      message: '您的设备没有摄像头，或者摄像头访问权限已被阻止。',
      action: '请允许访问摄像头，或在带摄像头的手机或电脑上继续。',
    },
    under_supported_age: {
      message: '您必须年满法定年龄才能进行验证。',
      action: '如果您认为这有误，请联系我们。',
    },
    document_expired: {
      message: '您使用的身份证件已过期。',
      action: '请使用在有效期内的身份证件重试。',
    },
    document_type_not_supported: {
      message: '此处不接受该类型的身份证件。',
      action: '请使用可接受的身份证件之一重试。',
    },
    document_unverified_other: {
      message: '我们无法验证您的身份证件。',
      action: '请在光线充足处重试，确保证件完整入框且没有反光。',
    },
    selfie_document_missing_photo: {
      message: '您使用的身份证件上没有您的面部照片。',
      action: '请使用带有您照片的身份证件重试。',
    },
    selfie_face_mismatch: {
      message: '您的自拍与身份证件上的照片不符。',
      action: '请重试：在光线充足处正对摄像头，不要戴帽子或墨镜。',
    },
    selfie_manipulated: {
      message: '无法接受您的自拍。',
      action: '请联系我们以继续验证。',
    },
    selfie_unverified_other: {
      message: '我们无法验证您的自拍。',
      action: '请重试：在光线充足处正对摄像头，并保持不动。',
    },
    id_number_insufficient_document_data: {
      message: '您的身份证件信息不足，无法核对您的证件号码。',
      action: '请使用其他身份证件重试。',
    },
    id_number_mismatch: {
      message: '您输入的证件号码与记录不符。',
      action: '请检查号码后重试。',
    },
    id_number_unverified_other: {
      message: '我们无法验证您的证件号码。',
      action: '请检查号码后重试。',
    },
    email_unverified_other: {
      message: '我们无法验证您的电子邮件地址。',
      action: '请检查地址后重试。',
    },
    email_verification_declined: {
      message: '您的电子邮件地址未通过验证。',
      action: '请重试，并输入我们发送到您邮箱的验证码。',
    },
    phone_unverified_other: {
      message: '我们无法验证您的电话号码。',
      action: '请检查号码后重试。',
    },
    phone_verification_declined: {
      message: '您的电话号码未通过验证。',
      action: '请重试，并输入我们发送到您手机的验证码。',
    },
  },
  lastErrorFallback: {
    message: '我们无法验证您的身份。',
    action: '请重试；如果问题仍然存在，请联系我们。',
  },
  lastErrorWithReason: {
    message: '{reason}',
    action: '请重试；如果问题仍然存在，请联系我们。',
  },
  redaction: {
    processing: '正在删除此次验证的个人数据。',
    redacted: '此次验证的个人数据已删除。',
  },
  error: {
    backend_http_error: {
      message: '我们无法开始您的验证。',
      action: '请稍后重试。',
    },
    network_error: {
      message: '您似乎处于离线状态。',
      action: '请检查网络连接后重试。',
    },
    invalid_response: {
      message: '我们这边出了点问题。',
      action: '请稍后重试；如果问题仍然存在，请联系我们。',
    },
    stripe_load_failed: {
      message: '验证窗口无法加载。',
      action: '请为此网站关闭内容拦截工具，检查网络连接后重试。',
    },
    stripe_error: {
      message: '验证未能完成。',
      action: '请重试。',
    },
    canceled: {
      message: '您在完成之前关闭了验证。',
      action: '准备好后请重新开始。',
    },
    timeout: {
      message: '所需时间比预期更长。',
      action: '请检查网络连接后重试。',
    },
    aborted: {
      message: '验证已中断。',
      action: '请重试。',
    },
  },
  serverError: {
    too_many_attempts: {
      message: '您目前已达到验证尝试次数上限。',
      action: '请稍后重试；如果您需要尽快获得帮助，请联系我们。',
    },
    already_verified: {
      message: '您的身份已验证。',
      action: '无需再进行任何操作。',
    },
    verification_processing: {
      message: '您的验证已在审核中。',
      action: '请等待结果：大多数审核会在一分钟内完成。',
    },
  },
  button: {
    idle: '验证身份',
    creating: '正在准备……',
    verifying: '正在验证……',
    submitted: '已提交',
    canceled: '重新开始',
    error: '重试',
    retry: '重试',
  },
  card: {
    label: '身份验证',
    loading: '正在加载您的验证……',
    loadError: '无法加载您的验证。',
    reload: '重新加载',
  },
  statusLabel: '验证状态',
  nextStepLabel: '下一步：',
};

export default zhHans;
