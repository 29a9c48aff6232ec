import type { IdentityServerErrorCode } from './contract.js';
import type { IdentityErrorCode } from './IdentityError.js';
import { isObject } from './isObject.js';
import type { KnownLastErrorCode } from './types.js';

/** What the user reads for one situation: what happened, and what to do next. */
export interface MessagePair {
  message: string;
  action: string;
}

/** Title and description of a session phase. */
export interface PhaseText {
  title: string;
  description: string;
}

/** The phases a session's view can be in. See `describeSession`. */
export type VerificationPhase =
  | 'not_started'
  | 'action_required'
  | 'processing'
  | 'verified'
  | 'canceled'
  | 'unknown';

/** States of `useVerifyIdentity` and `<VerifyIdentityButton>`. */
export type VerifyIdentityState =
  | 'idle'
  | 'creating'
  | 'verifying'
  | 'submitted'
  | 'canceled'
  | 'error';

/** The codes of a backend's refusal that the user can act on, each with its own message. */
export type ServerErrorMessageCode = Extract<
  IdentityServerErrorCode,
  'too_many_attempts' | 'already_verified' | 'verification_processing'
>;

/**
 * Every text a user can read, in one typed object. Locale packs implement it whole; hosts
 * override any part with `messages` on the provider (a deep partial, checked by the compiler).
 * Placeholders are written `{name}` and filled as plain text by {@link formatMessage}.
 */
export interface IdentityMessages {
  /** BCP 47 tag of the pack, e.g. `en`, `pt-BR`. */
  locale: string;
  /**
   * Title and description for each phase of a session, and `action_required_final` for an
   * `action_required` session whose last error trying again cannot fix (`under_supported_age`,
   * …): a final outcome, with nothing for the user to retry.
   */
  phase: Record<VerificationPhase | 'action_required_final', PhaseText>;
  /** For each documented `last_error.code`: what went wrong and the next step. */
  lastError: Record<KnownLastErrorCode, MessagePair>;
  /** For an unknown code with no `reason` from Stripe. */
  lastErrorFallback: MessagePair;
  /** For an unknown code whose `reason` Stripe sent: `{reason}` is Stripe's text. */
  lastErrorWithReason: MessagePair;
  /** Sentences of the redaction notice. */
  redaction: { processing: string; redacted: string };
  /** What failed while starting a verification, for each `IdentityError` code. */
  error: Record<IdentityErrorCode, MessagePair>;
  /**
   * When the backend refused to start, by the `code` of its error body (`error.serverCode`):
   * these say more than `error.backend_http_error`.
   */
  serverError: Record<ServerErrorMessageCode, MessagePair>;
  /**
   * Labels of `<VerifyIdentityButton>`, by state (`canceled`: after the user closed the modal),
   * and `retry` for a session that failed a check.
   */
  button: Record<VerifyIdentityState, string> & { retry: string };
  /** Texts of `<VerificationSessionCard>`. */
  card: { label: string; loading: string; loadError: string; reload: string };
  /** Label of the live region that announces status changes. */
  statusLabel: string;
  /** Label in front of an error's next step. */
  nextStepLabel: string;
}

/** Deep partial of {@link IdentityMessages}: what a host passes to override some texts. */
export type PartialIdentityMessages = {
  [K in keyof IdentityMessages]?: IdentityMessages[K] extends string
    ? string
    : {
        [P in keyof IdentityMessages[K]]?: IdentityMessages[K][P] extends string
          ? string
          : Partial<IdentityMessages[K][P]>;
      };
};

/** A piece of a message: text as written, or the value of a placeholder. */
export type MessagePart = string | { value: string };

/**
 * Cuts `template` at its `{name}` placeholders: the text around them as written, each one that
 * `values` fills as `{ value }`, so a renderer can isolate values (`<bdi>`) whose direction may
 * differ from the text's (Stripe's English reason in an Arabic sentence). Unknown placeholders
 * stay text.
 */
export function messageParts(
  template: string,
  values: Record<string, string | number>,
): MessagePart[] {
  // Split on a capturing pattern: text at even indexes, placeholder names at odd ones.
  return template.split(/\{(\w+)\}/).map((piece, index) => {
    if (index % 2 === 0) return piece;
    return Object.hasOwn(values, piece) ? { value: String(values[piece]) } : `{${piece}}`;
  });
}

/**
 * Fills `{name}` placeholders with plain-text values. Values are never interpreted (no HTML,
 * no nested placeholders); unknown placeholders are left as written.
 */
export function formatMessage(template: string, values: Record<string, string | number>): string {
  return messageParts(template, values)
    .map((part) => (typeof part === 'string' ? part : part.value))
    .join('');
}

/**
 * Merges the override of one section (`messages.phase`, `messages.button`, …) over its base,
 * one level deeper than the section itself, as {@link mergeMessages} does for each section.
 */
export function mergeSection<T>(base: T, override: unknown): T {
  if (override === undefined) return base;
  if (!isObject(base) || !isObject(override)) return override as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(override)) {
    if (v === undefined) continue;
    const inner = merged[k];
    merged[k] = isObject(inner) && isObject(v) ? { ...inner, ...v } : v;
  }
  return merged as T;
}

/** Merges host overrides into a full catalogue (two levels deep, like the catalogue). */
export function mergeMessages(
  base: IdentityMessages,
  overrides?: PartialIdentityMessages | null,
): IdentityMessages {
  if (!overrides) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) out[key] = mergeSection(out[key], value);
  return out as unknown as IdentityMessages;
}
