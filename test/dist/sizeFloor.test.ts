// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the fixtures are bundle source text with template literals.
import { describe, expect, it } from 'vitest';
import { catalogueTexts, emptyStrings, textFloors } from '../../scripts/sizeFloor.mjs';

// The text floors of scripts/size.mjs: what is left of a bundle when its strings are emptied.

const bundle = [
  'import{a as x}from"@tanstack/react-query";',
  'var en={t:{title:"Verify your identity"}};',
  'function f(n){throw new Error(`request failed with HTTP ${n}: try again`)}',
  'var k="network_error",m="was not sent";',
  'export{f,en};export*from"react";',
].join('');

describe('emptyStrings', () => {
  const keep = catalogueTexts({ phase: { title: 'Verify your identity' }, label: 'Next step:' });

  it('collects every text of a catalogue', () => {
    expect([...keep]).toEqual(['Verify your identity', 'Next step:']);
  });

  it('empties message text only: strings with a space, catalogue and specifiers kept', () => {
    const out = emptyStrings(bundle, { keep, drop: (text) => text.includes(' ') });
    expect(out).toBe(
      [
        'import{a as x}from"@tanstack/react-query";',
        'var en={t:{title:"Verify your identity"}};',
        'function f(n){throw new Error(`${n}`)}',
        'var k="network_error",m="";',
        'export{f,en};export*from"react";',
      ].join(''),
    );
  });

  it('empties every string but the catalogue and the specifiers', () => {
    const out = emptyStrings(bundle, { keep, drop: () => true });
    expect(out).toContain('"@tanstack/react-query"');
    expect(out).toContain('"Verify your identity"');
    expect(out).toContain('k="",m=""');
    expect(out).toContain('new Error(`${n}`)');
  });

  it('reports both floors, each no larger than the bundle', () => {
    const size = (code: string) => code.length;
    const floors = textFloors([bundle], keep, size);
    expect(floors.withoutAnyString).toBeLessThan(floors.withoutMessageText);
    expect(floors.withoutMessageText).toBeLessThan(bundle.length);
  });

  it('parses each file of a split bundle on its own (chunks reuse minified names)', () => {
    const size = (code: string) => code.length;
    const floors = textFloors([bundle, bundle], keep, size);
    expect(floors.withoutMessageText).toBe(
      2 * textFloors([bundle], keep, size).withoutMessageText + 1,
    );
  });
});
