import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A top-level rule of styles.css: its selectors and custom-property declarations. */
export interface CssRule {
  selectors: string[];
  declarations: Map<string, string>;
}

export const stylesheet = readFileSync(
  path.join(import.meta.dirname, '../../src/styles.css'),
  'utf8',
);

const normalizeSelector = (selector: string) =>
  selector.trim().replace(/\s+/g, ' ').replace(/'/g, '"');

/** Top-level style rules (at-rules skipped), in source order. */
export function parseRules(css: string): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open === -1) break;
    const prelude = text.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    while (depth > 0 && j < text.length) {
      if (text[j] === '{') depth += 1;
      else if (text[j] === '}') depth -= 1;
      j += 1;
    }
    const body = text.slice(open + 1, j - 1);
    i = j;
    if (prelude.startsWith('@')) continue;
    const declarations = new Map<string, string>();
    for (const part of body.split(';')) {
      const colon = part.indexOf(':');
      if (colon === -1) continue;
      const name = part.slice(0, colon).trim();
      if (name.startsWith('--'))
        declarations.set(
          name,
          part
            .slice(colon + 1)
            .trim()
            .replace(/\s+/g, ' '),
        );
    }
    rules.push({ selectors: prelude.split(',').map(normalizeSelector), declarations });
  }
  return rules;
}

/** Splits `a, b(c, d), e` at top-level commas. */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out;
}

export type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`Not a hex colour: ${hex}`);
  return [0, 2, 4].map((k) => Number.parseInt(full.slice(k, k + 2), 16)) as Rgb;
}

/**
 * Resolves a custom property to a colour the way a browser would with no host overrides:
 * `var(--x, fallback)` (the public --rsi-* are unset, so their fallbacks apply) and
 * `color-mix(in srgb, A p%, B)`.
 */
export function resolveColor(value: string, vars: Map<string, string>, depth = 0): Rgb {
  if (depth > 20) throw new Error(`Custom property cycle at ${value}`);
  const v = value.trim();
  if (v.startsWith('#')) return parseHex(v);
  const call = /^([a-z-]+)\(([\s\S]*)\)$/.exec(v);
  if (!call) throw new Error(`Cannot resolve colour ${v}`);
  const [, fn, inner = ''] = call;
  const args = splitArgs(inner);
  if (fn === 'var') {
    const [name = '', fallback] = args;
    const own = vars.get(name);
    if (own !== undefined) return resolveColor(own, vars, depth + 1);
    if (fallback !== undefined) return resolveColor(fallback, vars, depth + 1);
    throw new Error(`${name} is not defined and has no fallback`);
  }
  if (fn === 'color-mix') {
    const [space, a = '', b = ''] = args;
    if (space !== 'in srgb') throw new Error(`Unsupported color-mix space ${space}`);
    const pa = /^(.*)\s+(\d+(?:\.\d+)?)%$/.exec(a);
    const weight = pa ? Number(pa[2]) / 100 : 0.5;
    const ca = resolveColor(pa ? (pa[1] ?? '') : a, vars, depth + 1);
    const cb = resolveColor(b, vars, depth + 1);
    return ca.map((c, k) => c * weight + (cb[k] ?? 0) * (1 - weight)) as Rgb;
  }
  throw new Error(`Unsupported colour function ${fn}`);
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2.x contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
