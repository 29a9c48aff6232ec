import type { IdentityMessages } from './messages.js';

// One constant per section, so a component bundles only the texts it renders (a bundler
// cannot drop unused properties of one object). `en` puts them together.

/** English `phase` texts. */
export const enPhase: IdentityMessages['phase'] = {
  not_started: {
    title: 'Verify your identity',
    description: 'We need to confirm who you are. It takes a few minutes and an ID document.',
  },
  action_required: {
    title: 'Verification needs your attention',
    description: 'We could not verify your identity. See what went wrong and try again.',
  },
  action_required_final: {
    title: 'Verification could not be completed',
    description:
      'This result is final: trying again will not change it. Contact us if you need help.',
  },
  processing: {
    title: 'Checking your documents',
    description:
      'Thanks for submitting. Most checks finish within a minute; you can keep this page open.',
  },
  verified: {
    title: 'Identity verified',
    description: 'Your identity has been confirmed. There is nothing more to do.',
  },
  canceled: {
    title: 'Verification canceled',
    description: 'This verification was canceled and can no longer be completed.',
  },
  unknown: {
    title: 'Verification status unavailable',
    description: 'We could not read the state of your verification. Please check back later.',
  },
};

/** English `lastError` texts. */
export const enLastError: IdentityMessages['lastError'] = {
  abandoned: {
    message: 'The verification was started but not finished.',
    action: 'Start again and complete every step.',
  },
  consent_declined: {
    message: 'You declined to be verified by Stripe.',
    action:
      'Start again and accept if you change your mind, or contact us for another way to verify.',
  },
  country_not_supported: {
    message: 'Identity verification is not available in your country yet.',
    action: 'Contact us to find another way to verify.',
  },
  device_not_supported: {
    message: 'Your device has no camera, or camera access was blocked.',
    action: 'Allow camera access, or continue on a phone or computer with a camera.',
  },
  under_supported_age: {
    message: 'You must be of legal age to be verified.',
    action: 'Contact us if you think this is a mistake.',
  },
  document_expired: {
    message: 'The ID document you used has expired.',
    action: 'Try again with a valid, unexpired ID document.',
  },
  document_type_not_supported: {
    message: 'That type of ID document is not accepted here.',
    action: 'Try again with one of the accepted ID documents.',
  },
  document_unverified_other: {
    message: 'We could not verify your ID document.',
    action: 'Try again in good light, with the whole document in frame and no glare.',
  },
  selfie_document_missing_photo: {
    message: 'The ID document you used has no photo of your face.',
    action: 'Try again with an ID document that shows your photo.',
  },
  selfie_face_mismatch: {
    message: 'Your selfie did not match the photo on your ID document.',
    action: 'Try again: face the camera in good light, without a hat or sunglasses.',
  },
  selfie_manipulated: {
    message: 'Your selfie could not be accepted.',
    action: 'Contact us to continue your verification.',
  },
  selfie_unverified_other: {
    message: 'We could not verify your selfie.',
    action: 'Try again: face the camera in good light and hold still.',
  },
  id_number_insufficient_document_data: {
    message: 'Your ID document does not have enough information to check your ID number.',
    action: 'Try again with a different ID document.',
  },
  id_number_mismatch: {
    message: 'We could not match the ID number you entered.',
    action: 'Check the number and try again.',
  },
  id_number_unverified_other: {
    message: 'We could not verify your ID number.',
    action: 'Check the number and try again.',
  },
  email_unverified_other: {
    message: 'We could not verify your email address.',
    action: 'Check the address and try again.',
  },
  email_verification_declined: {
    message: 'Your email address was not verified.',
    action: 'Try again and enter the code we send to your email.',
  },
  phone_unverified_other: {
    message: 'We could not verify your phone number.',
    action: 'Check the number and try again.',
  },
  phone_verification_declined: {
    message: 'Your phone number was not verified.',
    action: 'Try again and enter the code we send to your phone.',
  },
};

/** English `lastErrorFallback` texts. */
export const enLastErrorFallback: IdentityMessages['lastErrorFallback'] = {
  message: 'We could not verify your identity.',
  action: 'Try again, or contact us if it keeps happening.',
};

/** English `lastErrorWithReason` texts. */
export const enLastErrorWithReason: IdentityMessages['lastErrorWithReason'] = {
  message: '{reason}',
  action: 'Try again, or contact us if it keeps happening.',
};

/** English `redaction` texts. */
export const enRedaction: IdentityMessages['redaction'] = {
  processing: 'The personal data of this verification is being deleted.',
  redacted: 'The personal data of this verification has been deleted.',
};

/** English `error` texts. */
export const enError: IdentityMessages['error'] = {
  backend_http_error: {
    message: 'We could not start your verification.',
    action: 'Try again in a moment.',
  },
  network_error: {
    message: 'You seem to be offline.',
    action: 'Check your connection and try again.',
  },
  invalid_response: {
    message: 'Something went wrong on our side.',
    action: 'Try again in a moment, or contact us if it keeps happening.',
  },
  stripe_load_failed: {
    message: 'The verification window could not load.',
    action: 'Turn off content blockers for this site, check your connection, and try again.',
  },
  stripe_error: {
    message: 'The verification could not be completed.',
    action: 'Try again.',
  },
  canceled: {
    message: 'You closed the verification before finishing.',
    action: 'Start again when you are ready.',
  },
  timeout: {
    message: 'This is taking longer than it should.',
    action: 'Check your connection and try again.',
  },
  aborted: {
    message: 'The verification was interrupted.',
    action: 'Try again.',
  },
};

/** English `serverError` texts. */
export const enServerError: IdentityMessages['serverError'] = {
  too_many_attempts: {
    message: 'You have reached the limit of verification attempts for now.',
    action: 'Try again later, or contact us if you need help sooner.',
  },
  already_verified: {
    message: 'Your identity is already verified.',
    action: 'There is nothing more to do.',
  },
  verification_processing: {
    message: 'Your verification is already being checked.',
    action: 'Wait for the result: most checks finish within a minute.',
  },
};

/** English `button` texts. */
export const enButton: IdentityMessages['button'] = {
  idle: 'Verify your identity',
  creating: 'Preparing…',
  verifying: 'Verifying…',
  submitted: 'Submitted',
  canceled: 'Start again',
  error: 'Try again',
  retry: 'Try again',
};

/** English `card` texts. */
export const enCard: IdentityMessages['card'] = {
  label: 'Identity verification',
  loading: 'Loading your verification…',
  loadError: 'We could not load your verification.',
  reload: 'Reload',
};

/** English `statusLabel`. */
export const enStatusLabel = 'Verification status';

/** English `nextStepLabel`. */
export const enNextStepLabel = 'Next step:';

/** The English catalogue: the default texts of every component. */
export const en: IdentityMessages = {
  locale: 'en',
  phase: enPhase,
  lastError: enLastError,
  lastErrorFallback: enLastErrorFallback,
  lastErrorWithReason: enLastErrorWithReason,
  redaction: enRedaction,
  error: enError,
  serverError: enServerError,
  button: enButton,
  card: enCard,
  statusLabel: enStatusLabel,
  nextStepLabel: enNextStepLabel,
};
