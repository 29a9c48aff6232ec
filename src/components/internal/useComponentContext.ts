'use client';

import { useContext } from 'react';
import { IDENTITY_THEMES } from '../../core/appearance.js';
import { devWarn } from '../../core/dev.js';
import {
  type IdentityMessages,
  mergeSection,
  type PartialIdentityMessages,
} from '../../core/messages.js';
import { textDirection } from '../../core/textDirection.js';
import { IdentityContext, type ProviderContextValue } from '../../react/IdentityContext.js';

/** The host's texts (the `messages` prop, else the provider's), not merged over English yet. */
export interface ComponentTexts {
  texts: PartialIdentityMessages | undefined;
  /** The provider's theme attributes for the component's root (see {@link themeProps}). */
  theme: ThemeProps;
  /**
   * The direction of the texts' language, for the root's `dir`: the host may not have set it
   * (an Arabic card on an English page), and the layout mirrors with it. A `dir` prop wins.
   */
  dir: 'ltr' | 'rtl';
}

/**
 * What a component needs from the provider: its texts (not merged yet) and its theme.
 * Read each section with {@link textsOf}, so only the sections a component renders are bundled
 * from the English catalogue.
 */
export function useComponentTexts(messages: IdentityMessages | undefined): ComponentTexts {
  const context = useContext(IdentityContext);
  const texts = messages ?? context?.messages;
  const locale = texts?.locale ?? context?.locale ?? 'en';
  return { texts, theme: themeProps(context), dir: textDirection(locale) };
}

/** One section of the texts, merged over its English `base` (e.g. `textsOf(texts, 'phase', enPhase)`). */
export function textsOf<K extends keyof IdentityMessages>(
  texts: PartialIdentityMessages | undefined,
  key: K,
  base: IdentityMessages[K],
): IdentityMessages[K] {
  return mergeSection(base, texts?.[key]);
}

/** The theme attributes of a component's root. */
export interface ThemeProps {
  'data-rsi-theme'?: string;
  'data-rsi-appearance'?: string;
}

/**
 * The provider's theme for a root: `data-rsi-theme`, and `data-rsi-appearance` when the
 * provider's `<style>` holds appearance variables. No `style` attribute, so a strict Content
 * Security Policy (`style-src` without `'unsafe-inline'`) blocks nothing; the host's own props
 * (spread after these) win.
 */
export function themeProps(context: ProviderContextValue | null): ThemeProps {
  const theme = context?.appearance?.theme;
  if (
    process.env.NODE_ENV !== 'production' &&
    theme !== undefined &&
    !(IDENTITY_THEMES as readonly unknown[]).includes(theme)
  ) {
    devWarn(
      `<IdentityProvider appearance> has theme ${JSON.stringify(theme)}, which is not one of ${IDENTITY_THEMES.map((t) => `'${t}'`).join(', ')}; the default theme is used. For dark mode pass theme: 'night', or put data-theme="dark" on an ancestor.`,
    );
  }
  const props: ThemeProps = {};
  if (theme) props['data-rsi-theme'] = theme;
  if (context?.appearanceId) props['data-rsi-appearance'] = context.appearanceId;
  return props;
}
