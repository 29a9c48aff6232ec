'use client';

import type { MessagePair } from '../../core/messages.js';

/**
 * What went wrong and the next step, as two paragraphs whose slots start with `slot`
 * (`last-error-message`, `last-error-action`, …): the markup every error of the library shows.
 */
export function MessageWithNextStep({
  slot,
  text,
  nextStepLabel,
}: {
  slot: string;
  text: MessagePair;
  nextStepLabel: string;
}) {
  return (
    <>
      <p data-slot={`${slot}-message`}>{text.message}</p>
      <p data-slot={`${slot}-action`}>
        <span data-slot={`${slot}-action-label`}>{nextStepLabel}</span> {text.action}
      </p>
    </>
  );
}
