'use client';

import type { CSSProperties } from 'react';
import {
  appearanceToCssVariables,
  IDENTITY_THEMES,
  type IdentityAppearance,
} from '../../core/appearance.js';
import { en } from '../../core/en.js';
import type { IdentityMessages } from '../../core/messages.js';
import { useOptionalIdentityContext } from '../../react/IdentityContext.js';
import { warnOnce } from './devWarning.js';

/** What every component needs from its surroundings. */
export interface ComponentContext {
  messages: IdentityMessages;
  appearance: IdentityAppearance | undefined;
}

/** Messages (the `messages` prop wins) and appearance of the nearest provider, or defaults. */
export function useComponentContext(messages: IdentityMessages | undefined): ComponentContext {
  const context = useOptionalIdentityContext();
  return { messages: messages ?? context?.messages ?? en, appearance: context?.appearance };
}

/** The theme attribute and the appearance variables for a root, under the host's own `style`. */
export function themeProps(
  appearance: IdentityAppearance | undefined,
  style: CSSProperties | undefined,
): { 'data-rsi-theme'?: string; style?: CSSProperties } {
  const theme: unknown = appearance?.theme;
  if (theme !== undefined && !(IDENTITY_THEMES as readonly unknown[]).includes(theme)) {
    warnOnce(
      `<IdentityProvider appearance> has theme ${JSON.stringify(theme)}, which is not one of ${IDENTITY_THEMES.map((t) => `'${t}'`).join(', ')}; the default theme is used. For dark mode pass theme: 'night', or put data-theme="dark" on an ancestor.`,
    );
  }
  const variables = appearanceToCssVariables(appearance) as CSSProperties;
  const hasVariables = Object.keys(variables).length > 0;
  return {
    ...(appearance?.theme ? { 'data-rsi-theme': appearance.theme } : {}),
    ...(hasVariables || style ? { style: { ...variables, ...style } } : {}),
  };
}
