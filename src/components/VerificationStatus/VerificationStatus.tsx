'use client';

import { forwardRef, type HTMLAttributes } from 'react';
import { type DescribableSession, describeStatus } from '../../core/describeSession.js';
import { devWarn } from '../../core/dev.js';
import { enPhase, enStatusLabel } from '../../core/en.js';
import type { IdentityMessages } from '../../core/messages.js';
import type { LastError, VerificationSessionStatus } from '../../core/types.js';
import { StatusRegion } from '../internal/StatusRegion.js';
import { textsOf, useComponentTexts } from '../internal/useComponentContext.js';

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
 * Where a verification stands, as a polite live region: a title (with a small mark in the
 * tone of the phase) and a description, with `data-phase` and `data-tone` for styling. Screen
 * readers announce it once per phase change: re-renders with the same phase leave the region's
 * text untouched.
 *
 * @example
 * <VerificationStatus session={session} />
 */
export const VerificationStatus = forwardRef<HTMLDivElement, VerificationStatusProps>(
  function VerificationStatus(
    { session, status, lastError, messages: messagesProp, ...rest },
    ref,
  ) {
    const { texts, theme, dir } = useComponentTexts(messagesProp);
    if (process.env.NODE_ENV !== 'production') {
      if (!session && !status) {
        devWarn(
          '<VerificationStatus> got neither a `session` nor a `status` prop, so it shows "unknown". Pass `session={useVerificationSession(id).data}` or `status="processing"`.',
        );
      }
    }
    const view = describeStatus(
      session ?? { status: status ?? 'unknown', last_error: lastError ?? null },
      textsOf(texts, 'phase', enPhase),
    );
    return (
      <StatusRegion
        ref={ref}
        view={view}
        label={textsOf(texts, 'statusLabel', enStatusLabel)}
        dir={dir}
        {...theme}
        {...rest}
      />
    );
  },
);
VerificationStatus.displayName = 'VerificationStatus';
