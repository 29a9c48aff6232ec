'use client';

import { forwardRef, type HTMLAttributes } from 'react';
import {
  type DescribableSession,
  describeLastError,
  lastErrorText,
  phaseOf,
} from '../../core/describeSession.js';
import {
  enLastError,
  enLastErrorFallback,
  enLastErrorWithReason,
  enNextStepLabel,
} from '../../core/en.js';
import type { IdentityMessages } from '../../core/messages.js';
import type { LastError } from '../../core/types.js';
import { mergeClassName } from '../internal/classNames.js';
import { MessageWithNextStep } from '../internal/MessageWithNextStep.js';
import { textsOf, useComponentTexts } from '../internal/useComponentContext.js';

/** Props of {@link VerificationLastError}. Give a `session`, or its `lastError`. */
export interface VerificationLastErrorProps extends HTMLAttributes<HTMLDivElement> {
  /** The session whose last attempt failed. Only a session that needs the user shows an error. */
  session?: DescribableSession | null;
  /** The session's `last_error`, when you have no session object. */
  lastError?: LastError | null;
  /** Texts to use instead of the provider's (e.g. a locale pack). */
  messages?: IdentityMessages;
}

/**
 * Why the last verification attempt failed and what to do next, as an alert. Renders nothing
 * when there is no error. Every documented `last_error.code` has its own text; an unknown code
 * shows Stripe's `reason` (as plain text), else a generic message. `data-code` carries the code
 * as Stripe sent it (`unknown` when none), `data-retryable` whether trying again can help.
 *
 * @example
 * <VerificationLastError session={session} />
 */
export const VerificationLastError = forwardRef<HTMLDivElement, VerificationLastErrorProps>(
  function VerificationLastError(
    { session, lastError, messages: messagesProp, className, ...rest },
    ref,
  ) {
    const { texts, theme, dir } = useComponentTexts(messagesProp);
    // A session shows its error only while it needs the user (as `describeSession` does).
    const shown = session
      ? phaseOf(session.status, session.last_error) === 'action_required'
        ? session.last_error
        : null
      : lastError;
    const catalogue = {
      lastError: textsOf(texts, 'lastError', enLastError),
      lastErrorFallback: textsOf(texts, 'lastErrorFallback', enLastErrorFallback),
      lastErrorWithReason: textsOf(texts, 'lastErrorWithReason', enLastErrorWithReason),
    };
    const view = describeLastError(shown, catalogue);
    if (!view || !shown) return null;
    // Rendered from the template, so Stripe's reason sits isolated in the sentence.
    const { text, values } = lastErrorText(shown, catalogue);
    return (
      <div
        ref={ref}
        role="alert"
        data-rsi="verification-last-error"
        data-code={view.code ?? 'unknown'}
        data-retryable={view.retryable}
        dir={dir}
        {...theme}
        {...rest}
        className={mergeClassName('rsi-verification-last-error', className)}
      >
        <MessageWithNextStep
          slot="last-error"
          text={text}
          values={values}
          nextStepLabel={textsOf(texts, 'nextStepLabel', enNextStepLabel)}
        />
      </div>
    );
  },
);
VerificationLastError.displayName = 'VerificationLastError';
