'use client';

import { forwardRef, type HTMLAttributes } from 'react';
import { type DescribableSession, describeStatus } from '../../core/describeSession.js';
import { DEV, devWarn } from '../../core/dev.js';
import { enPhase, enStatusLabel } from '../../core/en.js';
import type { IdentityMessages } from '../../core/messages.js';
import type { LastError, VerificationSessionStatus } from '../../core/types.js';
import { mergeClassName } from '../internal/classNames.js';
import { textsOf, themeProps, useComponentTexts } from '../internal/useComponentContext.js';

/** Props of {@link VerificationStatus}. Give a `session`, or a `status` (and its `lastError`). */
export interface VerificationStatusProps extends HTMLAttributes<HTMLDivElement> {
  /** The session to describe, e.g. `useVerificationSession(id).data`. Wins over `status`. */
  session?: DescribableSession | null;
  /** The session's `status`, when you have no session object. */
  status?: VerificationSessionStatus | null;
  /** The session's `last_error`, with `status`: tells "not started" from "needs attention". */
  lastError?: LastError | null;
  /** Texts to use instead of the provider's (e.g. a locale pack). */
  messages?: IdentityMessages;
}

/**
 * Where a verification stands, as a polite live region: a title and a description for the
 * session's phase, with `data-phase` and `data-tone` for styling. Screen readers announce it
 * once per phase change: re-renders with the same phase leave the region's text untouched.
 *
 * @example
 * <VerificationStatus session={session} />
 */
export const VerificationStatus = forwardRef<HTMLDivElement, VerificationStatusProps>(
  function VerificationStatus(
    { session, status, lastError, messages: messagesProp, className, style, ...rest },
    ref,
  ) {
    const { texts, appearance } = useComponentTexts(messagesProp);
    if (DEV && !session && !status) {
      devWarn(
        '<VerificationStatus> got neither a `session` nor a `status` prop, so it shows "unknown". Pass `session={useVerificationSession(id).data}` or `status="processing"`.',
      );
    }
    const view = describeStatus(
      session ?? { status: status ?? 'unknown', last_error: lastError ?? null },
      textsOf(texts, 'phase', enPhase),
    );
    return (
      <div
        ref={ref}
        role="status"
        aria-live="polite"
        aria-atomic="true"
        aria-label={textsOf(texts, 'statusLabel', enStatusLabel)}
        data-rsi="verification-status"
        data-phase={view.phase}
        data-tone={view.tone}
        {...themeProps(appearance, style)}
        {...rest}
        className={mergeClassName('rsi-verification-status', className)}
      >
        <p data-slot="status-title">{view.title}</p>
        <p data-slot="status-description">{view.description}</p>
      </div>
    );
  },
);
VerificationStatus.displayName = 'VerificationStatus';
