import { describe, expect, it } from 'vitest';
import { APPEARANCE_VARIABLES } from '../../src/core/appearance.js';
import {
  type CssRule,
  contrastRatio,
  parseHex,
  parseRules,
  resolveColor,
  stylesheet,
} from './css.js';

const rules = parseRules(stylesheet);

function ruleWith(selector: string): CssRule {
  const rule = rules.find((r) => r.selectors.includes(selector));
  if (!rule) throw new Error(`styles.css has no rule for ${selector}`);
  return rule;
}

/** The private variables of the root in each theme, before any tone. */
const themes: Record<string, Map<string, string>> = {
  stripe: new Map(ruleWith('[data-rsi]').declarations),
  night: new Map([
    ...ruleWith('[data-rsi]').declarations,
    ...ruleWith('[data-rsi][data-rsi-theme="night"]').declarations,
  ]),
  flat: new Map([
    ...ruleWith('[data-rsi]').declarations,
    ...ruleWith('[data-rsi][data-rsi-theme="flat"]').declarations,
  ]),
  'dark mode': new Map([
    ...ruleWith('[data-rsi]').declarations,
    ...ruleWith('[data-theme="dark"] [data-rsi]').declarations,
  ]),
};

/** Every rule that gives something a tone: data-tone values, the last error, the card's errors. */
const toneRules = rules.filter((r) => r.declarations.has('--_rsi-tone'));

const AA = 4.5;

describe('colour contrast of styles.css (WCAG AA)', () => {
  it('should compute contrast like WCAG does', () => {
    expect(contrastRatio(parseHex('#000'), parseHex('#fff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(parseHex('#777777'), parseHex('#ffffff'))).toBeCloseTo(4.48, 2);
  });

  it('should find the tones the components use', () => {
    const selectors = toneRules.flatMap((r) => r.selectors);
    for (const tone of ['neutral', 'info', 'success', 'warning', 'danger']) {
      expect(selectors).toContain(`[data-rsi][data-tone="${tone}"]`);
    }
    expect(selectors).toContain('[data-rsi="verification-last-error"]');
  });

  for (const [theme, vars] of Object.entries(themes)) {
    describe(`theme ${theme}`, () => {
      const color = (name: string) => resolveColor(`var(${name})`, vars);

      it('should keep body and secondary text readable on the background', () => {
        const background = color('--_rsi-color-background');
        expect(contrastRatio(color('--_rsi-color-text'), background)).toBeGreaterThanOrEqual(AA);
        expect(
          contrastRatio(color('--_rsi-color-text-secondary'), background),
        ).toBeGreaterThanOrEqual(AA);
      });

      it('should keep the button label readable on the primary colour', () => {
        expect(
          contrastRatio(color('--_rsi-color-on-primary'), color('--_rsi-color-primary')),
        ).toBeGreaterThanOrEqual(AA);
      });

      it('should keep the busy button label readable on its deeper shade', () => {
        const busy = resolveColor(
          'color-mix(in srgb, var(--_rsi-color-primary) 75%, var(--_rsi-color-text))',
          vars,
        );
        expect(contrastRatio(color('--_rsi-color-on-primary'), busy)).toBeGreaterThanOrEqual(AA);
        expect(stylesheet).toContain(
          'background: color-mix(in srgb, var(--_rsi-color-primary) 75%, var(--_rsi-color-text));',
        );
      });

      it('should make the focus ring visible against the background (3:1)', () => {
        expect(
          contrastRatio(color('--_rsi-color-primary'), color('--_rsi-color-background')),
        ).toBeGreaterThanOrEqual(3);
      });

      for (const rule of toneRules) {
        it(`should make the tone mark of ${rule.selectors.join(', ')} visible on the background (3:1, non-text)`, () => {
          const tone = resolveColor(rule.declarations.get('--_rsi-tone') ?? '', vars);
          expect(contrastRatio(tone, color('--_rsi-color-background'))).toBeGreaterThanOrEqual(3);
        });

        it(`should keep the callout surface of ${rule.selectors.join(', ')} a quiet tint of the background (regression: muddy brown night callouts)`, () => {
          // Only the rule's tone: its other declarations (the root's) would undo the theme's.
          const toned = new Map([
            ...vars,
            ['--_rsi-tone', rule.declarations.get('--_rsi-tone') ?? ''],
          ]);
          const surface = resolveColor('var(--_rsi-tone-surface)', toned);
          const background = color('--_rsi-color-background');
          const shift = Math.max(...surface.map((c, k) => Math.abs(c - (background[k] ?? 0))));
          expect(shift).toBeLessThanOrEqual(theme === 'night' || theme === 'dark mode' ? 12 : 21);
          // The border carries the hue instead: it stands out from the surface.
          const border = resolveColor('var(--_rsi-tone-border)', toned);
          expect(contrastRatio(border, surface)).toBeGreaterThan(1.3);
        });

        it(`should keep tone text readable on the plain background for ${rule.selectors.join(', ')} (the card's errors are bold text in their tone)`, () => {
          const tone = resolveColor(rule.declarations.get('--_rsi-tone') ?? '', vars);
          expect(contrastRatio(tone, color('--_rsi-color-background'))).toBeGreaterThanOrEqual(AA);
        });

        it(`should keep tone text and body text readable on the tinted surface of ${rule.selectors.join(', ')}`, () => {
          const toned = new Map([...vars, ...rule.declarations]);
          const surface = resolveColor('var(--_rsi-tone-surface)', toned);
          const tone = resolveColor('var(--_rsi-tone)', toned);
          const text = resolveColor('var(--_rsi-color-text)', toned);
          expect(contrastRatio(tone, surface)).toBeGreaterThanOrEqual(AA);
          expect(contrastRatio(text, surface)).toBeGreaterThanOrEqual(AA);
        });
      }
    });
  }
});

describe('public variables of styles.css', () => {
  const used = new Set([...stylesheet.matchAll(/var\(\s*(--rsi-[a-z-]+)/g)].map((m) => m[1]));

  it('should read every variable of the appearance table', () => {
    for (const { cssVariable } of APPEARANCE_VARIABLES) expect(used).toContain(cssVariable);
  });

  it('should read no public variable the appearance table does not document', () => {
    const documented = new Set<string>([
      ...APPEARANCE_VARIABLES.map((v) => v.cssVariable),
      '--rsi-transition-duration',
    ]);
    expect([...used].filter((name) => name && !documented.has(name))).toEqual([]);
  });

  it('should have every name DESIGN.md promises', () => {
    for (const name of [
      '--rsi-color-primary',
      '--rsi-color-background',
      '--rsi-color-text',
      '--rsi-color-danger',
      '--rsi-color-success',
      '--rsi-color-warning',
      '--rsi-font-family',
      '--rsi-font-size-base',
      '--rsi-border-radius',
      '--rsi-spacing-unit',
      '--rsi-focus-ring',
    ]) {
      expect(used).toContain(name);
    }
  });

  it('should set no public --rsi-* variable itself (so a host value on an ancestor always wins)', () => {
    const setsPublic = rules
      .flatMap((r) => [...r.declarations.keys()])
      .filter((n) => n.startsWith('--rsi-'));
    expect(setsPublic).toEqual([]);
  });

  it('should style only through data attributes and its own classes (no element selectors leaking out)', () => {
    for (const rule of rules) {
      for (const selector of rule.selectors) {
        if (selector.startsWith('to') || selector.startsWith('from')) continue;
        expect(selector, selector).toMatch(/\[data-(rsi|theme|rsi-theme)/);
      }
    }
  });
});
