// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderCases } from './cases.js';

describe('server rendering (no DOM)', () => {
  it('should run with no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  for (const [name, make] of renderCases()) {
    it(`should render ${name} to a string with its data attributes, the appearance in one <style> and no style attribute`, () => {
      const html = renderToString(make());
      // The provider's one <style> (nonce'd), then the component root, themed by attributes.
      const match =
        /^<style nonce="n0nce">\[data-rsi-appearance="([^"]+)"\]\{--rsi-color-primary:#0570de\}<\/style><(div|p|section|button|span)[^>]* data-rsi="/.exec(
          html,
        );
      expect(match, html).not.toBeNull();
      expect(html).toContain('data-rsi-theme="night"');
      expect(html).toContain(`data-rsi-appearance="${match?.[1]}"`);
      expect(html).not.toMatch(/ style="/);
      expect(html).not.toMatch(/_secret_|verify\.stripe\.com/);
    });
  }

  it('should render the same markup twice (no ids, dates or random values that differ)', () => {
    for (const [, make] of renderCases()) {
      expect(renderToString(make())).toBe(renderToString(make()));
    }
  });
});
