import { en } from './en.js';
import {
  formatMessage,
  type IdentityMessages,
  type MessagePair,
  type VerificationPhase,
} from './messages.js';
import {
  type KnownLastErrorCode,
  LAST_ERROR_CODES,
  type LastError,
  type Redaction,
  type VerificationSession,
  type VerificationSessionStatus,
} from './types.js';

/** The colour family a state is shown in. */
export type VerificationTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** Whether the session's personal data is kept, being deleted, or deleted. */
export type RedactionState = 'none' | 'processing' | 'redacted';

/** A `last_error` turned into text a user can act on. */
export interface LastErrorView {
  /** Stripe's code as sent (`null` when Stripe sent none). */
  code: string | null;
  /** What happened, in the user's language. */
  message: string;
  /** What to do next. */
  action: string;
  /** Whether trying again with the same session can succeed. */
  retryable: boolean;
}

/** What every component renders for a session. */
export interface SessionView {
  phase: VerificationPhase;
  tone: VerificationTone;
  title: string;
  description: string;
  lastError: LastErrorView | null;
  redaction: RedactionState;
  /** True when the user can (re)open the verification for this session. */
  canRetry: boolean;
}

/** The part of a session `describeSession` reads. Any full session fits. */
export type DescribableSession = Pick<VerificationSession, 'status' | 'last_error' | 'redaction'>;

/** The documented codes after which trying again cannot help. */
const NOT_RETRYABLE: readonly string[] = [
  'country_not_supported',
  'under_supported_age',
  'selfie_manipulated',
];

/**
 * Whether trying again can help, per documented code. Codes that depend on who the user is
 * (age, country) or that point at fraud are not retryable: the next step is to contact the host.
 */
export const LAST_ERROR_RETRYABLE: Record<KnownLastErrorCode, boolean> =
  /* @__PURE__ */ Object.fromEntries(
    /* @__PURE__ */ LAST_ERROR_CODES.map((code) => [code, !NOT_RETRYABLE.includes(code)]),
  ) as Record<KnownLastErrorCode, boolean>;

/** True for one of the 19 documented `last_error` codes. */
export function isKnownLastErrorCode(code: unknown): code is KnownLastErrorCode {
  // LAST_ERROR_RETRYABLE has exactly the documented codes (one key per LAST_ERROR_CODES entry).
  return typeof code === 'string' && Object.hasOwn(LAST_ERROR_RETRYABLE, code);
}

/** Whether trying again can help after `lastError`: per documented code, else yes. */
function isRetryable(lastError: LastError | null | undefined): boolean {
  return !NOT_RETRYABLE.includes(lastError?.code as string);
}

/** The texts {@link describeLastError} reads. */
export type LastErrorMessages = Pick<
  IdentityMessages,
  'lastError' | 'lastErrorFallback' | 'lastErrorWithReason'
>;

/**
 * The texts a `last_error` shows, before their placeholders are filled, and the values to fill
 * them with: its code's own texts, else Stripe's `reason` (`{reason}`), else a generic message.
 */
export function lastErrorText(
  lastError: LastError,
  messages: LastErrorMessages,
): { text: MessagePair; values: Record<string, string> } {
  const { code, reason } = lastError;
  const trimmed = typeof reason === 'string' ? reason.trim() : '';
  // `{reason}` is filled for the texts of unknown codes only; a known code's text is as written.
  if (isKnownLastErrorCode(code)) return { text: messages.lastError[code], values: {} };
  const text = trimmed ? messages.lastErrorWithReason : messages.lastErrorFallback;
  return { text, values: { reason: trimmed } };
}

/** Turns a `last_error` into a message, a next step and whether retrying can help. */
export function describeLastError(
  lastError: LastError | null | undefined,
  messages: LastErrorMessages = en,
): LastErrorView | null {
  if (!lastError) return null;
  const { text, values } = lastErrorText(lastError, messages);
  return {
    code: lastError.code ?? null,
    message: formatMessage(text.message, values),
    action: formatMessage(text.action, values),
    retryable: isRetryable(lastError),
  };
}

/** Maps `redaction` to three states; `validated` and unknown statuses count as in progress. */
export function describeRedaction(redaction: Redaction | null | undefined): RedactionState {
  if (!redaction) return 'none';
  return redaction.status === 'redacted' ? 'redacted' : 'processing';
}

/** The statuses that are a phase of the same name. */
const OWN_PHASE: readonly string[] = ['processing', 'verified', 'canceled'];

/** The phase of a status; `requires_input` splits on whether an attempt already failed. */
export function phaseOf(
  status: VerificationSessionStatus,
  lastError: LastError | null | undefined,
): VerificationPhase {
  if (status === 'requires_input') return lastError ? 'action_required' : 'not_started';
  return OWN_PHASE.includes(status) ? (status as VerificationPhase) : 'unknown';
}

/**
 * Derives what to show for a session: its phase and tone, a title and description, the last
 * error with its next step, the redaction state and whether the user can try (again).
 *
 * @example
 * const view = describeSession(session); // { phase: 'processing', tone: 'info', title: 'Checking your documents', … }
 */
export function describeSession(
  session: DescribableSession,
  messages: IdentityMessages = en,
): SessionView {
  const status = describeStatus(session, messages.phase);
  const { phase } = status;
  const lastError =
    phase === 'action_required' ? describeLastError(session.last_error, messages) : null;
  const redaction = describeRedaction(session.redaction);
  const canRetry =
    redaction === 'none' &&
    (phase === 'not_started' || (phase === 'action_required' && lastError?.retryable !== false));
  return { ...status, lastError, redaction, canRetry };
}

/** The part of a {@link SessionView} that `<VerificationStatus>` shows. */
export type StatusView = Pick<SessionView, 'phase' | 'tone' | 'title' | 'description'>;

/**
 * Phase, tone, title and description of a session: {@link describeSession} without the error
 * and redaction texts, so a status display needs only `messages.phase`. A failure that trying
 * again cannot fix is a final outcome: still the `action_required` phase, with tone `danger`
 * and the `action_required_final` texts (nothing to retry, so no "needs your attention").
 */
export function describeStatus(
  session: Pick<DescribableSession, 'status' | 'last_error'>,
  phases: IdentityMessages['phase'],
): StatusView {
  const phase = phaseOf(session.status, session.last_error);
  const final = phase === 'action_required' && !isRetryable(session.last_error);
  const { title, description } = phases[final ? 'action_required_final' : phase];
  return { phase, tone: final ? 'danger' : toneOf(phase), title, description };
}

function toneOf(phase: VerificationPhase): VerificationTone {
  if (phase === 'action_required') return 'warning';
  return phase === 'processing' ? 'info' : phase === 'verified' ? 'success' : 'neutral';
}
