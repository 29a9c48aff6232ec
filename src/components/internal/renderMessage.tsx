'use client';

import type { ReactNode } from 'react';
import { messageParts } from '../../core/messages.js';

/**
 * A message with its placeholders filled, each value in a `<bdi>`: text from elsewhere (Stripe's
 * English `reason`, with a session id or a number in it) keeps its own direction and order
 * inside a right-to-left sentence, and its punctuation stays with it.
 */
export function renderMessage(template: string, values: Record<string, string>): ReactNode {
  return messageParts(template, values).map((part, index) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one template never reorder
    typeof part === 'string' ? part : <bdi key={index}>{part.value}</bdi>,
  );
}
