'use client';

import { forwardRef, type HTMLAttributes } from 'react';
import { describeRedaction } from '../../core/describeSession.js';
import { enRedaction } from '../../core/en.js';
import type { IdentityMessages } from '../../core/messages.js';
import type { Redaction, VerificationSession } from '../../core/types.js';
import { mergeClassName } from '../internal/classNames.js';
import { textsOf, useComponentTexts } from '../internal/useComponentContext.js';

/** Props of {@link RedactionNotice}. Give a `session`, or its `redaction`. */
export interface RedactionNoticeProps extends HTMLAttributes<HTMLParagraphElement> {
  /** The session whose personal data may have been deleted. */
  session?: Pick<VerificationSession, 'redaction'> | null;
  /** The session's `redaction`, when you have no session object. */
  redaction?: Redaction | null;
  /** Texts to use instead of the provider's (e.g. a locale pack). */
  messages?: IdentityMessages;
}

/**
 * Says that the personal data of a verification is being, or has been, deleted. Renders
 * nothing when the session is not redacted. `data-state` is `processing` or `redacted`.
 *
 * @example
 * <RedactionNotice session={session} />
 */
export const RedactionNotice = forwardRef<HTMLParagraphElement, RedactionNoticeProps>(
  function RedactionNotice(
    { session, redaction, messages: messagesProp, className, ...rest },
    ref,
  ) {
    const { texts, theme, dir } = useComponentTexts(messagesProp);
    const state = describeRedaction(session ? session.redaction : redaction);
    if (state === 'none') return null;
    return (
      <p
        ref={ref}
        data-rsi="redaction-notice"
        data-state={state}
        dir={dir}
        {...theme}
        {...rest}
        className={mergeClassName('rsi-redaction-notice', className)}
      >
        {textsOf(texts, 'redaction', enRedaction)[state]}
      </p>
    );
  },
);
RedactionNotice.displayName = 'RedactionNotice';
