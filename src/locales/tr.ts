import type { IdentityMessages } from '../core/messages.js';

/** Turkish messages. */
const tr: IdentityMessages = {
  locale: 'tr',
  phase: {
    not_started: {
      title: 'Kimliğinizi doğrulayın',
      description:
        'Kim olduğunuzu teyit etmemiz gerekiyor. Bu birkaç dakika sürer ve bir kimlik belgesi gerektirir.',
    },
    action_required: {
      title: 'Doğrulamanız için işlem yapmanız gerekiyor',
      description: 'Kimliğinizi doğrulayamadık. Neyin ters gittiğine bakın ve tekrar deneyin.',
    },
    action_required_final: {
      title: 'Doğrulama tamamlanamadı',
      description:
        'Bu sonuç kesindir: tekrar denemek sonucu değiştirmez. Yardıma ihtiyacınız olursa bizimle iletişime geçin.',
    },
    processing: {
      title: 'Belgeleriniz kontrol ediliyor',
      description:
        'Gönderdiğiniz için teşekkür ederiz. Kontrollerin çoğu bir dakika içinde tamamlanır; bu sayfayı açık tutabilirsiniz.',
    },
    verified: {
      title: 'Kimlik doğrulandı',
      description: 'Kimliğiniz teyit edildi. Yapmanız gereken başka bir şey yok.',
    },
    canceled: {
      title: 'Doğrulama iptal edildi',
      description: 'Bu doğrulama iptal edildi ve artık tamamlanamaz.',
    },
    unknown: {
      title: 'Doğrulama durumu alınamıyor',
      description: 'Doğrulamanızın durumunu okuyamadık. Lütfen daha sonra tekrar kontrol edin.',
    },
  },
  lastError: {
    abandoned: {
      message: 'Doğrulama başlatıldı ancak tamamlanmadı.',
      action: 'Yeniden başlayın ve tüm adımları tamamlayın.',
    },
    consent_declined: {
      message: 'Stripe tarafından doğrulanmayı reddettiniz.',
      action:
        'Fikrinizi değiştirirseniz yeniden başlayıp onay verin ya da başka bir doğrulama yolu için bizimle iletişime geçin.',
    },
    country_not_supported: {
      message: 'Kimlik doğrulama henüz ülkenizde kullanılamıyor.',
      action: 'Başka bir doğrulama yolu bulmak için bizimle iletişime geçin.',
    },
    device_not_supported: {
      message: 'Cihazınızda kamera yok veya kamera erişimi engellendi.',
      action:
        'Kamera erişimine izin verin ya da kamerası olan bir telefon veya bilgisayarda devam edin.',
    },
    under_supported_age: {
      message: 'Doğrulama için reşit olmanız gerekir.',
      action: 'Bunun bir hata olduğunu düşünüyorsanız bizimle iletişime geçin.',
    },
    document_expired: {
      message: 'Kullandığınız kimlik belgesinin süresi dolmuş.',
      action: 'Süresi dolmamış, geçerli bir kimlik belgesiyle tekrar deneyin.',
    },
    document_type_not_supported: {
      message: 'Bu kimlik belgesi türü burada kabul edilmiyor.',
      action: 'Kabul edilen kimlik belgelerinden biriyle tekrar deneyin.',
    },
    document_unverified_other: {
      message: 'Kimlik belgenizi doğrulayamadık.',
      action:
        'İyi ışıkta, belgenin tamamı kadrajda olacak şekilde ve yansıma olmadan tekrar deneyin.',
    },
    selfie_document_missing_photo: {
      message: 'Kullandığınız kimlik belgesinde yüzünüzün fotoğrafı yok.',
      action: 'Fotoğrafınızın bulunduğu bir kimlik belgesiyle tekrar deneyin.',
    },
    selfie_face_mismatch: {
      message: 'Selfie fotoğrafınız kimlik belgenizdeki fotoğrafla eşleşmedi.',
      action: 'Tekrar deneyin: iyi ışıkta, şapka ve güneş gözlüğü olmadan kameraya bakın.',
    },
    selfie_manipulated: {
      message: 'Selfie fotoğrafınız kabul edilemedi.',
      action: 'Doğrulamaya devam etmek için bizimle iletişime geçin.',
    },
    selfie_unverified_other: {
      message: 'Selfie fotoğrafınızı doğrulayamadık.',
      action: 'Tekrar deneyin: iyi ışıkta kameraya bakın ve kıpırdamayın.',
    },
    id_number_insufficient_document_data: {
      message: 'Kimlik belgenizde kimlik numaranızı kontrol etmeye yetecek bilgi yok.',
      action: 'Başka bir kimlik belgesiyle tekrar deneyin.',
    },
    id_number_mismatch: {
      message: 'Girdiğiniz kimlik numarasını eşleştiremedik.',
      action: 'Numarayı kontrol edip tekrar deneyin.',
    },
    id_number_unverified_other: {
      message: 'Kimlik numaranızı doğrulayamadık.',
      action: 'Numarayı kontrol edip tekrar deneyin.',
    },
    email_unverified_other: {
      message: 'E-posta adresinizi doğrulayamadık.',
      action: 'Adresi kontrol edip tekrar deneyin.',
    },
    email_verification_declined: {
      message: 'E-posta adresiniz doğrulanmadı.',
      action: 'Tekrar deneyin ve e-posta adresinize gönderdiğimiz kodu girin.',
    },
    phone_unverified_other: {
      message: 'Telefon numaranızı doğrulayamadık.',
      action: 'Numarayı kontrol edip tekrar deneyin.',
    },
    phone_verification_declined: {
      message: 'Telefon numaranız doğrulanmadı.',
      action: 'Tekrar deneyin ve telefonunuza gönderdiğimiz kodu girin.',
    },
  },
  lastErrorFallback: {
    message: 'Kimliğinizi doğrulayamadık.',
    action: 'Tekrar deneyin; sorun devam ederse bizimle iletişime geçin.',
  },
  lastErrorWithReason: {
    message: '{reason}',
    action: 'Tekrar deneyin; sorun devam ederse bizimle iletişime geçin.',
  },
  redaction: {
    processing: 'Bu doğrulamaya ait kişisel veriler siliniyor.',
    redacted: 'Bu doğrulamaya ait kişisel veriler silindi.',
  },
  error: {
    backend_http_error: {
      message: 'Doğrulamanızı başlatamadık.',
      action: 'Birazdan tekrar deneyin.',
    },
    network_error: {
      message: 'Çevrimdışı görünüyorsunuz.',
      action: 'Bağlantınızı kontrol edip tekrar deneyin.',
    },
    invalid_response: {
      message: 'Bizim tarafımızda bir sorun oluştu.',
      action: 'Birazdan tekrar deneyin; sorun devam ederse bizimle iletişime geçin.',
    },
    stripe_load_failed: {
      message: 'Doğrulama penceresi yüklenemedi.',
      action:
        'Bu site için içerik engelleyicileri kapatın, bağlantınızı kontrol edin ve tekrar deneyin.',
    },
    stripe_error: {
      message: 'Doğrulama tamamlanamadı.',
      action: 'Tekrar deneyin.',
    },
    canceled: {
      message: 'Doğrulamayı bitirmeden kapattınız.',
      action: 'Hazır olduğunuzda yeniden başlayın.',
    },
    timeout: {
      message: 'Bu işlem beklenenden uzun sürüyor.',
      action: 'Bağlantınızı kontrol edip tekrar deneyin.',
    },
    aborted: {
      message: 'Doğrulama yarıda kesildi.',
      action: 'Tekrar deneyin.',
    },
  },
  serverError: {
    too_many_attempts: {
      message: 'Şimdilik doğrulama denemesi sınırına ulaştınız.',
      action:
        'Daha sonra tekrar deneyin ya da daha önce yardıma ihtiyacınız olursa bizimle iletişime geçin.',
    },
    already_verified: {
      message: 'Kimliğiniz zaten doğrulandı.',
      action: 'Yapmanız gereken başka bir şey yok.',
    },
    verification_processing: {
      message: 'Doğrulamanız zaten kontrol ediliyor.',
      action: 'Sonucu bekleyin: kontrollerin çoğu bir dakika içinde tamamlanır.',
    },
  },
  button: {
    idle: 'Kimliğinizi doğrulayın',
    creating: 'Hazırlanıyor…',
    verifying: 'Doğrulanıyor…',
    submitted: 'Gönderildi',
    canceled: 'Baştan başlayın',
    error: 'Tekrar deneyin',
    retry: 'Tekrar deneyin',
  },
  card: {
    label: 'Kimlik doğrulama',
    loading: 'Doğrulamanız yükleniyor…',
    loadError: 'Doğrulamanızı yükleyemedik.',
    reload: 'Yeniden yükle',
  },
  statusLabel: 'Doğrulama durumu',
  nextStepLabel: 'Sonraki adım:',
};

export default tr;
