import type { IdentityMessages } from '../core/messages.js';

/** Japanese messages. */
const ja: IdentityMessages = {
  locale: 'ja',
  phase: {
    not_started: {
      title: '本人確認を行ってください',
      description:
        'ご本人であることを確認させてください。所要時間は数分で、本人確認書類が必要です。',
    },
    action_required: {
      title: '本人確認の対応が必要です',
      description: '本人確認を完了できませんでした。問題の内容を確認して、もう一度お試しください。',
    },
    action_required_final: {
      title: '本人確認を完了できませんでした',
      description:
        'この結果は確定しています。もう一度お試しいただいても変わりません。お困りの場合はお問い合わせください。',
    },
    processing: {
      title: '書類を確認しています',
      description:
        'ご提出ありがとうございます。ほとんどの確認は1分以内に完了します。このページを開いたままお待ちいただけます。',
    },
    verified: {
      title: '本人確認が完了しました',
      description: 'ご本人であることが確認されました。これ以上の操作は必要ありません。',
    },
    canceled: {
      title: '本人確認はキャンセルされました',
      description: 'この本人確認はキャンセルされたため、完了できません。',
    },
    unknown: {
      title: '本人確認の状況を取得できません',
      description: '本人確認の状況を読み込めませんでした。しばらくしてから再度ご確認ください。',
    },
  },
  lastError: {
    abandoned: {
      message: '本人確認が開始されましたが、完了していません。',
      action: 'もう一度開始して、すべての手順を完了してください。',
    },
    consent_declined: {
      message: 'Stripe による本人確認への同意が拒否されました。',
      action:
        'お考えが変わった場合はもう一度開始して同意してください。別の確認方法をご希望の場合はお問い合わせください。',
    },
    country_not_supported: {
      message: 'お住まいの国では、本人確認をまだご利用いただけません。',
      action: '別の確認方法についてはお問い合わせください。',
    },
    device_not_supported: {
      message: 'お使いのデバイスにカメラがないか、カメラへのアクセスがブロックされています。',
      action:
        'カメラへのアクセスを許可するか、カメラ付きのスマートフォンまたはパソコンで続けてください。',
    },
    under_supported_age: {
      message: '本人確認を行うには成人である必要があります。',
      action: '誤りと思われる場合はお問い合わせください。',
    },
    document_expired: {
      message: 'ご使用の本人確認書類は有効期限が切れています。',
      action: '有効期限内の本人確認書類でもう一度お試しください。',
    },
    document_type_not_supported: {
      message: 'この種類の本人確認書類はご利用いただけません。',
      action: '利用可能な本人確認書類のいずれかでもう一度お試しください。',
    },
    document_unverified_other: {
      message: '本人確認書類を確認できませんでした。',
      action: '明るい場所で、書類全体が写るように、光の反射がない状態でもう一度お試しください。',
    },
    selfie_document_missing_photo: {
      message: 'ご使用の本人確認書類に顔写真がありません。',
      action: '顔写真付きの本人確認書類でもう一度お試しください。',
    },
    selfie_face_mismatch: {
      message: '自撮り写真が本人確認書類の写真と一致しませんでした。',
      action:
        'もう一度お試しください。明るい場所でカメラに顔を向け、帽子やサングラスは外してください。',
    },
    selfie_manipulated: {
      message: '自撮り写真を受け付けることができませんでした。',
      action: '本人確認を続けるには、お問い合わせください。',
    },
    selfie_unverified_other: {
      message: '自撮り写真を確認できませんでした。',
      action: 'もう一度お試しください。明るい場所でカメラに顔を向け、動かないでください。',
    },
    id_number_insufficient_document_data: {
      message: 'ご使用の本人確認書類には、ID番号を確認するための情報が不足しています。',
      action: '別の本人確認書類でもう一度お試しください。',
    },
    id_number_mismatch: {
      message: '入力されたID番号を照合できませんでした。',
      action: '番号をご確認のうえ、もう一度お試しください。',
    },
    id_number_unverified_other: {
      message: 'ID番号を確認できませんでした。',
      action: '番号をご確認のうえ、もう一度お試しください。',
    },
    email_unverified_other: {
      message: 'メールアドレスを確認できませんでした。',
      action: 'メールアドレスをご確認のうえ、もう一度お試しください。',
    },
    email_verification_declined: {
      message: 'メールアドレスの確認が完了していません。',
      action: 'もう一度お試しいただき、メールでお送りするコードを入力してください。',
    },
    phone_unverified_other: {
      message: '電話番号を確認できませんでした。',
      action: '番号をご確認のうえ、もう一度お試しください。',
    },
    phone_verification_declined: {
      message: '電話番号の確認が完了していません。',
      action: 'もう一度お試しいただき、電話にお送りするコードを入力してください。',
    },
  },
  lastErrorFallback: {
    message: '本人確認を完了できませんでした。',
    action: 'もう一度お試しください。問題が続く場合はお問い合わせください。',
  },
  lastErrorWithReason: {
    message: '{reason}',
    action: 'もう一度お試しください。問題が続く場合はお問い合わせください。',
  },
  redaction: {
    processing: 'この本人確認の個人データを削除しています。',
    redacted: 'この本人確認の個人データは削除されました。',
  },
  error: {
    backend_http_error: {
      message: '本人確認を開始できませんでした。',
      action: 'しばらくしてからもう一度お試しください。',
    },
    network_error: {
      message: 'オフラインのようです。',
      action: '接続状況をご確認のうえ、もう一度お試しください。',
    },
    invalid_response: {
      message: '当社側で問題が発生しました。',
      action: 'しばらくしてからもう一度お試しください。問題が続く場合はお問い合わせください。',
    },
    stripe_load_failed: {
      message: '本人確認画面を読み込めませんでした。',
      action:
        'このサイトでコンテンツブロッカーを無効にし、接続状況をご確認のうえ、もう一度お試しください。',
    },
    stripe_error: {
      message: '本人確認を完了できませんでした。',
      action: 'もう一度お試しください。',
    },
    canceled: {
      message: '本人確認が完了する前に画面が閉じられました。',
      action: '準備ができたら、もう一度開始してください。',
    },
    timeout: {
      message: '通常より時間がかかっています。',
      action: '接続状況をご確認のうえ、もう一度お試しください。',
    },
    aborted: {
      message: '本人確認が中断されました。',
      action: 'もう一度お試しください。',
    },
  },
  serverError: {
    too_many_attempts: {
      message: '本人確認の試行回数が上限に達しました。',
      action: '時間をおいてもう一度お試しいただくか、お急ぎの場合はお問い合わせください。',
    },
    already_verified: {
      message: '本人確認はすでに完了しています。',
      action: 'これ以上の操作は必要ありません。',
    },
    verification_processing: {
      message: '本人確認はすでに審査中です。',
      action: '結果をお待ちください。ほとんどの確認は1分以内に完了します。',
    },
  },
  button: {
    idle: '本人確認を行う',
    creating: '準備しています…',
    verifying: '確認しています…',
    submitted: '送信済み',
    canceled: 'もう一度始める',
    error: 'もう一度試す',
    retry: 'もう一度試す',
  },
  card: {
    label: '本人確認',
    loading: '本人確認の情報を読み込んでいます…',
    loadError: '本人確認の情報を読み込めませんでした。',
    reload: '再読み込み',
  },
  statusLabel: '本人確認の状況',
  nextStepLabel: '次の手順：',
};

export default ja;
