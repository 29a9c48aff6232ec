/**
 * Theming without a CSS-in-JS runtime: the `appearance` object a host gives to
 * `<IdentityProvider>` (the same shape as Stripe Elements' `appearance`) becomes CSS custom
 * properties on each component's root element. Framework-free: no React, no DOM.
 */

/** The built-in themes, named as in Stripe Elements. `stripe` is the default. */
export type IdentityTheme = 'stripe' | 'night' | 'flat';

/**
 * The Appearance variables this library understands, named as in Stripe Elements. Values are
 * CSS values (`'#635bff'`, `'16px'`, `'Inter, sans-serif'`).
 */
export interface IdentityAppearanceVariables {
  /** Buttons, links, focus accents. `--rsi-color-primary`. */
  colorPrimary?: string;
  /** Surface of the components. `--rsi-color-background`. */
  colorBackground?: string;
  /** Body text. `--rsi-color-text`. */
  colorText?: string;
  /** Less prominent text (descriptions). `--rsi-color-text-secondary`. */
  colorTextSecondary?: string;
  /** Errors that need the user or the host (tone `danger`). `--rsi-color-danger`. */
  colorDanger?: string;
  /** A verified identity (tone `success`). `--rsi-color-success`. */
  colorSuccess?: string;
  /** A failed attempt that can be retried (tone `warning`). `--rsi-color-warning`. */
  colorWarning?: string;
  /** Checks in progress (tone `info`). Not a Stripe variable. `--rsi-color-info`. */
  colorInfo?: string;
  /** Text on `colorPrimary` (the button label). `--rsi-color-on-primary`. */
  accessibleColorOnColorPrimary?: string;
  /** `--rsi-font-family`. */
  fontFamily?: string;
  /** Base font size; other sizes derive from it. `--rsi-font-size-base`. */
  fontSizeBase?: string;
  /** `--rsi-border-radius`. */
  borderRadius?: string;
  /** Base unit of paddings and gaps. `--rsi-spacing-unit`. */
  spacingUnit?: string;
  /** The `outline` of focused controls, e.g. `'2px solid #635bff'`. `--rsi-focus-ring`. */
  focusOutline?: string;
}

/**
 * What `<IdentityProvider appearance>` accepts. Structurally compatible with Stripe's
 * `Appearance` type, so the object given to `<Elements options={{ appearance }}>` can be reused:
 * variables this library has no use for (and `rules`, `labels`) are ignored.
 *
 * @example
 * <IdentityProvider appearance={{ theme: 'night', variables: { colorPrimary: '#0570de' } }}>
 */
export interface IdentityAppearance {
  /** One of the built-in themes. Default `stripe`. */
  theme?: IdentityTheme;
  /** Values for the public `--rsi-*` variables, by their Stripe Appearance name. */
  variables?: IdentityAppearanceVariables & { [name: string]: unknown };
  /** Turns transitions and animations off, like Elements' `disableAnimations`. */
  disableAnimations?: boolean;
}

/** One row of {@link APPEARANCE_VARIABLES}: an Appearance variable and its CSS custom property. */
export interface AppearanceVariable {
  name: keyof IdentityAppearanceVariables;
  cssVariable: `--rsi-${string}`;
}

/**
 * Every Appearance variable and the public CSS custom property it sets, in the order of the
 * README's table. `styles.css` reads exactly these properties.
 */
export const APPEARANCE_VARIABLES: readonly AppearanceVariable[] = /* @__PURE__ */ (
  [
    'colorPrimary',
    'colorBackground',
    'colorText',
    'colorTextSecondary',
    'colorDanger',
    'colorSuccess',
    'colorWarning',
    'colorInfo',
    ['accessibleColorOnColorPrimary', 'color-on-primary'],
    'fontFamily',
    'fontSizeBase',
    'borderRadius',
    'spacingUnit',
    ['focusOutline', 'focus-ring'],
  ] satisfies (keyof IdentityAppearanceVariables | [keyof IdentityAppearanceVariables, string])[]
).map((entry) =>
  // `--rsi-` and the name in kebab case, unless the entry names its variable.
  typeof entry === 'string'
    ? { name: entry, cssVariable: `--rsi-${entry.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` }
    : { name: entry[0], cssVariable: `--rsi-${entry[1]}` },
);

/** What could end a declaration, a rule or the `<style>` element the provider writes them into. */
const UNSAFE_VALUE = /[;{}<>\\]|\/\*/;

/**
 * The stylesheet of an appearance's variables, scoped to the roots that carry
 * `data-rsi-appearance="<id>"`: what `<IdentityProvider appearance>` renders in a `<style>`
 * (with its `nonce`), so no component needs a `style` attribute. Empty when there is nothing to set.
 */
export function appearanceStyleSheet(
  appearance: IdentityAppearance | null | undefined,
  id: string,
): string {
  const declarations = Object.entries(appearanceToCssVariables(appearance))
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
  return declarations && `[data-rsi-appearance="${id}"]{${declarations}}`;
}

/** The CSS custom properties of an appearance, e.g. for your own elements' `style`. */
export type AppearanceCssVariables = Partial<Record<`--rsi-${string}`, string>>;

/** The themes `styles.css` defines. */
export const IDENTITY_THEMES = [
  'stripe',
  'night',
  'flat',
] as const satisfies readonly IdentityTheme[];

/**
 * Maps an appearance's `variables` to the public `--rsi-*` CSS custom properties. Unknown
 * variables, empty strings, non-string values and values that could end a declaration or a
 * `<style>` element (`;`, `{`, `}`, `<`, `>`, `\`, a comment) are skipped (a number is read as
 * pixels). The theme is not a variable: components put it on `data-rsi-theme`.
 *
 * @example
 * appearanceToCssVariables({ variables: { colorPrimary: '#0570de', borderRadius: '8px' } });
 * // { '--rsi-color-primary': '#0570de', '--rsi-border-radius': '8px' }
 */
export function appearanceToCssVariables(
  appearance: IdentityAppearance | null | undefined,
): AppearanceCssVariables {
  const out: AppearanceCssVariables = {};
  const variables = appearance?.variables;
  if (variables) {
    for (const { name, cssVariable } of APPEARANCE_VARIABLES) {
      const value: unknown = variables[name];
      if (typeof value === 'string' && value.trim() !== '' && !UNSAFE_VALUE.test(value)) {
        out[cssVariable] = value.trim();
      } else if (typeof value === 'number' && Number.isFinite(value))
        out[cssVariable] = `${value}px`;
    }
  }
  if (appearance?.disableAnimations) out['--rsi-transition-duration'] = '0s';
  return out;
}
