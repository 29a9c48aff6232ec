import { describe, expect, it } from 'vitest';
import { stylesheet } from './css.js';

/** The declarations of styles.css, comments removed: `property: value`. */
const declarations = [
  ...stylesheet.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([\w-]+)\s*:\s*([^;{}]+);/g),
].map(([, property, value]) => ({ property: property as string, value: (value as string).trim() }));

describe('styles.css in both reading directions', () => {
  it('reads its declarations (the checks below look at them)', () => {
    expect(declarations.length).toBeGreaterThan(100);
    expect(declarations.some((d) => d.property === 'padding-inline-start')).toBe(true);
  });

  it('uses logical properties only, so the layout and the status dot mirror in Arabic and Hebrew', () => {
    const physical = declarations.filter(
      ({ property, value }) =>
        /(^|-)(left|right)(-|$)/.test(property) ||
        (/^(text-align|float|clear|justify-self|justify-content|align-self)$/.test(property) &&
          /\b(left|right)\b/.test(value)),
    );
    expect(physical).toEqual([]);
  });

  it('keeps the visual order the DOM order, so focus follows the reading direction', () => {
    const reordering = declarations.filter(
      ({ property, value }) =>
        property === 'order' ||
        /-reverse\b/.test(value) ||
        (property === 'direction' && value !== 'inherit'),
    );
    expect(reordering).toEqual([]);
  });
});
