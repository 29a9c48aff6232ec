'use client';

import {
  type ForwardedRef,
  type ForwardRefExoticComponent,
  forwardRef,
  type HTMLAttributes,
  type RefAttributes,
} from 'react';
import { type DescribableSession, describeStatus } from '../../core/describeSession.js';
import { devWarn, isDev } from '../../core/dev.js';
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

/** Which of its two lines a status shows (the card drops the one its other parts repeat). */
type StatusParts = 'all' | 'title' | 'description';

interface StatusProps extends VerificationStatusProps {
  parts?: StatusParts;
}

function RenderStatus(
  {
    session,
    status,
    lastError,
    messages: messagesProp,
    parts = 'all',
    className,
    style,
    ...rest
  }: StatusProps,
  ref: ForwardedRef<HTMLDivElement>,
) {
  const { texts, appearance, dir } = useComponentTexts(messagesProp);
  if (/* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production' && !session && !status) {
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
      dir={dir}
      {...themeProps(appearance, style)}
      {...rest}
      className={mergeClassName('rsi-verification-status', className)}
    >
      {parts === 'description' ? null : <p data-slot="status-title">{view.title}</p>}
      {parts === 'title' ? null : <p data-slot="status-description">{view.description}</p>}
    </div>
  );
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
export const VerificationStatus = forwardRef<HTMLDivElement, VerificationStatusProps>(RenderStatus);
VerificationStatus.displayName = 'VerificationStatus';

/**
 * The card's status (not exported from the package): the same component, typed with `parts`:
 * `"title"` when the last error below says what went wrong, `"description"` when the start
 * button below repeats the title.
 */
export const CardStatus = VerificationStatus as ForwardRefExoticComponent<
  StatusProps & RefAttributes<HTMLDivElement>
>;
