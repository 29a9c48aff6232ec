import type { Appearance } from '@stripe/stripe-js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  APPEARANCE_VARIABLES,
  appearanceStyleSheet,
  appearanceToCssVariables,
  type IdentityAppearance,
} from '../../src/core/appearance.js';

describe('appearanceToCssVariables', () => {
  it('should map every Appearance variable to its --rsi-* property', () => {
    const variables = Object.fromEntries(
      APPEARANCE_VARIABLES.map(({ name }, index) => [name, `value-${index}`]),
    );
    const css = appearanceToCssVariables({ variables });
    expect(Object.keys(css)).toHaveLength(APPEARANCE_VARIABLES.length);
    APPEARANCE_VARIABLES.forEach(({ cssVariable }, index) => {
      expect(css[cssVariable]).toBe(`value-${index}`);
    });
  });

  it('should list every variable with its property, in order', () => {
    expect(APPEARANCE_VARIABLES.map(({ name, cssVariable }) => `${name} ${cssVariable}`)).toEqual([
      'colorPrimary --rsi-color-primary',
      'colorBackground --rsi-color-background',
      'colorText --rsi-color-text',
      'colorTextSecondary --rsi-color-text-secondary',
      'colorDanger --rsi-color-danger',
      'colorSuccess --rsi-color-success',
      'colorWarning --rsi-color-warning',
      'colorInfo --rsi-color-info',
      'accessibleColorOnColorPrimary --rsi-color-on-primary',
      'fontFamily --rsi-font-family',
      'fontSizeBase --rsi-font-size-base',
      'borderRadius --rsi-border-radius',
      'spacingUnit --rsi-spacing-unit',
      'focusOutline --rsi-focus-ring',
    ]);
  });

  it('should use the names DESIGN.md promises', () => {
    expect(
      appearanceToCssVariables({
        theme: 'night',
        variables: {
          colorPrimary: '#0570de',
          colorBackground: '#ffffff',
          colorText: '#30313d',
          colorDanger: '#df1b41',
          colorSuccess: '#146c2e',
          colorWarning: '#9a4d00',
          fontFamily: 'Inter, sans-serif',
          fontSizeBase: '16px',
          borderRadius: '8px',
          spacingUnit: '4px',
          focusOutline: '2px solid #0570de',
        },
      }),
    ).toEqual({
      '--rsi-color-primary': '#0570de',
      '--rsi-color-background': '#ffffff',
      '--rsi-color-text': '#30313d',
      '--rsi-color-danger': '#df1b41',
      '--rsi-color-success': '#146c2e',
      '--rsi-color-warning': '#9a4d00',
      '--rsi-font-family': 'Inter, sans-serif',
      '--rsi-font-size-base': '16px',
      '--rsi-border-radius': '8px',
      '--rsi-spacing-unit': '4px',
      '--rsi-focus-ring': '2px solid #0570de',
    });
  });

  it('should skip unknown variables, empty strings and non-strings, and read numbers as pixels', () => {
    expect(
      appearanceToCssVariables({
        variables: {
          colorPrimary: '  ',
          colorText: undefined,
          iconColor: '#000',
          borderRadius: 4 as unknown as string,
          colorDanger: { evil: true } as unknown as string,
        },
      }),
    ).toEqual({ '--rsi-border-radius': '4px' });
  });

  it('should skip a value that could end the declaration, the rule or the <style> it is written into', () => {
    const css = appearanceToCssVariables({
      variables: {
        colorPrimary: 'red;--rsi-color-text:blue',
        colorText: 'red}body{display:none',
        colorDanger: '</style><script>alert(1)</script>',
        colorSuccess: 'red/* comment',
        colorWarning: 'red\\',
        fontFamily: '"Inter", system-ui, sans-serif',
        spacingUnit: 'calc(2px * 2)',
      },
    });
    expect(css).toEqual({
      '--rsi-font-family': '"Inter", system-ui, sans-serif',
      '--rsi-spacing-unit': 'calc(2px * 2)',
    });
  });

  it('should turn disableAnimations into a zero transition duration', () => {
    expect(appearanceToCssVariables({ disableAnimations: true })).toEqual({
      '--rsi-transition-duration': '0s',
    });
  });

  it('should return no variables for no appearance', () => {
    expect(appearanceToCssVariables(undefined)).toEqual({});
    expect(appearanceToCssVariables(null)).toEqual({});
    expect(appearanceToCssVariables({ theme: 'flat' })).toEqual({});
  });

  it("should accept the object a host gives to Stripe Elements' appearance", () => {
    const elementsAppearance: Appearance = {
      theme: 'night',
      labels: 'floating',
      variables: { colorPrimary: '#0570de', fontSizeSm: '12px' },
      rules: { '.Input': { border: '1px solid' } },
    };
    expectTypeOf(elementsAppearance).toExtend<IdentityAppearance>();
    expect(appearanceToCssVariables(elementsAppearance)).toEqual({
      '--rsi-color-primary': '#0570de',
    });
  });
});

describe('appearanceStyleSheet', () => {
  it('should scope the variables to the roots carrying the id', () => {
    expect(
      appearanceStyleSheet(
        { theme: 'night', variables: { colorPrimary: '#0570de' }, disableAnimations: true },
        'r1',
      ),
    ).toBe('[data-rsi-appearance="r1"]{--rsi-color-primary:#0570de;--rsi-transition-duration:0s}');
  });

  it('should be empty when there is no variable to set', () => {
    expect(appearanceStyleSheet({ theme: 'night' }, 'r1')).toBe('');
    expect(appearanceStyleSheet(undefined, 'r1')).toBe('');
  });
});
