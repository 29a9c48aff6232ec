'use client';

import { forwardRef, type HTMLAttributes } from 'react';
import type { VerificationTone } from '../../core/describeSession.js';
import type { PhaseText, VerificationPhase } from '../../core/messages.js';
import { mergeClassName } from './classNames.js';

/** What a status region shows: a phase's texts, tone and which of its two lines. */
export interface StatusRegionProps extends HTMLAttributes<HTMLDivElement> {
  view: PhaseText & { phase: VerificationPhase; tone: VerificationTone };
  /** The live region's accessible name. */
  label: string;
  /** Both lines, or one when the parts around it already say the other (in the card). */
  lines?: 'all' | 'title' | 'description';
}

/**
 * The status as a polite live region, announced once per change of its text: the markup of
 * `<VerificationStatus>` and of the card's status.
 */
export const StatusRegion = forwardRef<HTMLDivElement, StatusRegionProps>(function StatusRegion(
  { view, label, lines = 'all', className, ...rest },
  ref,
) {
  return (
    <div
      ref={ref}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      aria-label={label}
      data-rsi="verification-status"
      data-phase={view.phase}
      data-tone={view.tone}
      {...rest}
      className={mergeClassName('rsi-verification-status', className)}
    >
      {lines === 'description' ? null : <p data-slot="status-title">{view.title}</p>}
      {lines === 'title' ? null : <p data-slot="status-description">{view.description}</p>}
    </div>
  );
});
