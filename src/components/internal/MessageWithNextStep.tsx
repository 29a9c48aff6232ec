'use client';

import type { MessagePair } from '../../core/messages.js';
import { renderMessage } from './renderMessage.js';

/**
 * What went wrong and the next step, as two paragraphs whose slots start with `slot`
 * (`last-error-message`, `last-error-action`, …): the markup every error of the library shows.
 * `values` fill the texts' placeholders, each isolated (`<bdi>`).
 */
export function MessageWithNextStep({
  slot,
  text,
  values = {},
  nextStepLabel,
}: {
  slot: string;
  text: MessagePair;
  values?: Record<string, string>;
  nextStepLabel: string;
}) {
  return (
    <>
      <p data-slot={`${slot}-message`}>{renderMessage(text.message, values)}</p>
      <p data-slot={`${slot}-action`}>
        <span data-slot={`${slot}-action-label`}>{nextStepLabel}</span>{' '}
        {renderMessage(text.action, values)}
      </p>
    </>
  );
}
