import type { IdentityMessages } from '../core/messages.js';

/**
 * Hebrew messages, right to left. Instructions use the infinitive ("יש לנסות שוב", "אפשר
 * לפנות אלינו") and buttons too, as Israeli product copy does, so no text assumes the reader's
 * gender.
 */
const he: IdentityMessages = {
  locale: 'he',
  phase: {
    not_started: {
      title: 'אימות הזהות שלך',
      description: 'עלינו לאמת את זהותך. התהליך נמשך כמה דקות ודורש מסמך מזהה.',
    },
    action_required: {
      title: 'האימות דורש את תשומת לבך',
      description: 'לא הצלחנו לאמת את זהותך. כדאי לבדוק מה השתבש ולנסות שוב.',
    },
    action_required_final: {
      title: 'לא ניתן היה להשלים את האימות',
      description: 'התוצאה הזו סופית: ניסיון נוסף לא ישנה אותה. אפשר לפנות אלינו אם צריך עזרה.',
    },
    processing: {
      title: 'המסמכים שלך בבדיקה',
      description: 'תודה ששלחת. רוב הבדיקות מסתיימות תוך דקה; אפשר להשאיר את הדף הזה פתוח.',
    },
    verified: {
      title: 'הזהות אומתה',
      description: 'זהותך אושרה. אין צורך לעשות דבר נוסף.',
    },
    canceled: {
      title: 'האימות בוטל',
      description: 'האימות הזה בוטל, ואי אפשר עוד להשלים אותו.',
    },
    unknown: {
      title: 'סטטוס האימות אינו זמין',
      description: 'לא הצלחנו לקרוא את סטטוס האימות שלך. כדאי לבדוק שוב מאוחר יותר.',
    },
  },
  lastError: {
    abandoned: {
      message: 'האימות התחיל אבל לא הושלם.',
      action: 'יש להתחיל מחדש ולהשלים את כל השלבים.',
    },
    consent_declined: {
      message: 'סירבת לאימות על ידי Stripe.',
      action: 'אם שינית את דעתך, אפשר להתחיל מחדש ולאשר, או לפנות אלינו כדי להיאמת בדרך אחרת.',
    },
    country_not_supported: {
      message: 'אימות זהות עדיין אינו זמין במדינה שלך.',
      action: 'אפשר לפנות אלינו כדי למצוא דרך אחרת לאימות.',
    },
    device_not_supported: {
      message: 'למכשיר שלך אין מצלמה, או שהגישה למצלמה נחסמה.',
      action: 'יש לאפשר גישה למצלמה, או להמשיך בטלפון או במחשב עם מצלמה.',
    },
    under_supported_age: {
      message: 'האימות זמין רק מגיל הבגירות ומעלה.',
      action: 'אם לדעתך מדובר בטעות, אפשר לפנות אלינו.',
    },
    document_expired: {
      message: 'תוקף המסמך המזהה שהשתמשת בו פג.',
      action: 'יש לנסות שוב עם מסמך מזהה בתוקף.',
    },
    document_type_not_supported: {
      message: 'סוג המסמך המזהה הזה אינו מתקבל כאן.',
      action: 'יש לנסות שוב עם אחד מהמסמכים המזהים שמתקבלים.',
    },
    document_unverified_other: {
      message: 'לא הצלחנו לאמת את המסמך המזהה שלך.',
      action: 'יש לנסות שוב בתאורה טובה, כשהמסמך כולו בתוך המסגרת וללא השתקפויות.',
    },
    selfie_document_missing_photo: {
      message: 'במסמך המזהה שהשתמשת בו אין תמונה של הפנים שלך.',
      action: 'יש לנסות שוב עם מסמך מזהה שיש בו תמונה שלך.',
    },
    selfie_face_mismatch: {
      message: 'הסלפי שלך לא תואם לתמונה במסמך המזהה.',
      action: 'יש לנסות שוב: להביט ישר אל המצלמה בתאורה טובה, בלי כובע ובלי משקפי שמש.',
    },
    selfie_manipulated: {
      message: 'לא ניתן לקבל את הסלפי שלך.',
      action: 'כדי להמשיך באימות, יש לפנות אלינו.',
    },
    selfie_unverified_other: {
      message: 'לא הצלחנו לאמת את הסלפי שלך.',
      action: 'יש לנסות שוב: להביט אל המצלמה בתאורה טובה ולא לזוז.',
    },
    id_number_insufficient_document_data: {
      message: 'במסמך המזהה שלך אין מספיק מידע כדי לבדוק את מספר הזהות שלך.',
      action: 'יש לנסות שוב עם מסמך מזהה אחר.',
    },
    id_number_mismatch: {
      message: 'לא הצלחנו להתאים את מספר הזהות שהזנת.',
      action: 'יש לבדוק את המספר ולנסות שוב.',
    },
    id_number_unverified_other: {
      message: 'לא הצלחנו לאמת את מספר הזהות שלך.',
      action: 'יש לבדוק את המספר ולנסות שוב.',
    },
    email_unverified_other: {
      message: 'לא הצלחנו לאמת את כתובת האימייל שלך.',
      action: 'יש לבדוק את הכתובת ולנסות שוב.',
    },
    email_verification_declined: {
      message: 'כתובת האימייל שלך לא אומתה.',
      action: 'יש לנסות שוב ולהזין את הקוד שנשלח לאימייל שלך.',
    },
    phone_unverified_other: {
      message: 'לא הצלחנו לאמת את מספר הטלפון שלך.',
      action: 'יש לבדוק את המספר ולנסות שוב.',
    },
    phone_verification_declined: {
      message: 'מספר הטלפון שלך לא אומת.',
      action: 'יש לנסות שוב ולהזין את הקוד שנשלח לטלפון שלך.',
    },
  },
  lastErrorFallback: {
    message: 'לא הצלחנו לאמת את זהותך.',
    action: 'יש לנסות שוב, או לפנות אלינו אם הבעיה חוזרת.',
  },
  lastErrorWithReason: {
    message: '{reason}',
    action: 'יש לנסות שוב, או לפנות אלינו אם הבעיה חוזרת.',
  },
  redaction: {
    processing: 'המידע האישי של האימות הזה נמצא בתהליך מחיקה.',
    redacted: 'המידע האישי של האימות הזה נמחק.',
  },
  error: {
    backend_http_error: {
      message: 'לא הצלחנו להתחיל את האימות שלך.',
      action: 'אפשר לנסות שוב בעוד רגע.',
    },
    network_error: {
      message: 'נראה שאין חיבור לאינטרנט.',
      action: 'יש לבדוק את החיבור ולנסות שוב.',
    },
    invalid_response: {
      message: 'משהו השתבש אצלנו.',
      action: 'אפשר לנסות שוב בעוד רגע, או לפנות אלינו אם הבעיה חוזרת.',
    },
    stripe_load_failed: {
      message: 'לא הצלחנו לטעון את חלון האימות.',
      action: 'יש לכבות חוסמי תוכן באתר הזה, לבדוק את החיבור ולנסות שוב.',
    },
    stripe_error: {
      message: 'לא ניתן היה להשלים את האימות.',
      action: 'יש לנסות שוב.',
    },
    canceled: {
      message: 'חלון האימות נסגר לפני הסיום.',
      action: 'אפשר להתחיל מחדש בכל עת.',
    },
    timeout: {
      message: 'זה לוקח יותר זמן מהרגיל.',
      action: 'יש לבדוק את החיבור ולנסות שוב.',
    },
    aborted: {
      message: 'האימות הופסק.',
      action: 'יש לנסות שוב.',
    },
  },
  serverError: {
    too_many_attempts: {
      message: 'הגעת למספר הניסיונות המרבי לאימות בשלב זה.',
      action: 'אפשר לנסות שוב מאוחר יותר, או לפנות אלינו אם צריך עזרה מוקדם יותר.',
    },
    already_verified: {
      message: 'הזהות שלך כבר אומתה.',
      action: 'אין צורך לעשות דבר נוסף.',
    },
    verification_processing: {
      message: 'האימות שלך כבר בבדיקה.',
      action: 'נא להמתין לתוצאה: רוב הבדיקות מסתיימות תוך דקה.',
    },
  },
  button: {
    idle: 'לאמת את הזהות',
    creating: 'מכינים…',
    verifying: 'מאמתים…',
    submitted: 'נשלח',
    canceled: 'להתחיל מחדש',
    error: 'לנסות שוב',
    retry: 'לנסות שוב',
  },
  card: {
    label: 'אימות זהות',
    loading: 'טוענים את האימות שלך…',
    loadError: 'לא הצלחנו לטעון את האימות שלך.',
    reload: 'לטעון מחדש',
  },
  statusLabel: 'סטטוס האימות',
  nextStepLabel: 'השלב הבא:',
};

export default he;
