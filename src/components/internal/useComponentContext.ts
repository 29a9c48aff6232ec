'use client';

import { type CSSProperties, useContext } from 'react';
import {
  appearanceToCssVariables,
  IDENTITY_THEMES,
  type IdentityAppearance,
} from '../../core/appearance.js';
import { devWarn } from '../../core/dev.js';
import {
  type IdentityMessages,
  mergeSection,
  type PartialIdentityMessages,
} from '../../core/messages.js';
import { IdentityContext } from '../../react/IdentityContext.js';

/** The host's texts (the `messages` prop, else the provider's), not merged over English yet. */
export interface ComponentTexts {
  texts: PartialIdentityMessages | undefined;
  appearance: IdentityAppearance | undefined;
}

/**
 * What a component needs from the provider: its texts (not merged yet) and its `appearance`.
 * Read each section with {@link textsOf}, so only the sections a component renders are bundled
 * from the English catalogue.
 */
export function useComponentTexts(messages: IdentityMessages | undefined): ComponentTexts {
  const context = useContext(IdentityContext);
  return { texts: messages ?? context?.messages, appearance: context?.appearance };
}

/** One section of the texts, merged over its English `base` (e.g. `textsOf(texts, 'phase', enPhase)`). */
export function textsOf<K extends keyof IdentityMessages>(
  texts: PartialIdentityMessages | undefined,
  key: K,
  base: IdentityMessages[K],
): IdentityMessages[K] {
  return mergeSection(base, texts?.[key]);
}

/** The theme attribute and the appearance variables for a root, under the host's own `style`. */
export function themeProps(
  appearance: IdentityAppearance | undefined,
  style: CSSProperties | undefined,
): { 'data-rsi-theme'?: string; style?: CSSProperties } {
  // No local for the theme: a minifier keeps a dead block that declares one.
  if (
    process.env.NODE_ENV !== 'production' &&
    appearance?.theme !== undefined &&
    !(IDENTITY_THEMES as readonly unknown[]).includes(appearance.theme)
  ) {
    devWarn(
      `<IdentityProvider appearance> has theme ${JSON.stringify(appearance.theme)}, which is not one of ${IDENTITY_THEMES.map((t) => `'${t}'`).join(', ')}; the default theme is used. For dark mode pass theme: 'night', or put data-theme="dark" on an ancestor.`,
    );
  }
  const variables = appearanceToCssVariables(appearance) as CSSProperties;
  const props: { 'data-rsi-theme'?: string; style?: CSSProperties } = {};
  if (appearance?.theme) props['data-rsi-theme'] = appearance.theme;
  if (style || Object.keys(variables).length > 0) props.style = { ...variables, ...style };
  return props;
}
