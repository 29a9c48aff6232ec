import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { renderCases } from './cases.js';

describe('server markup and hydration', () => {
  for (const [name, make] of renderCases()) {
    it(`should hydrate ${name} without a mismatch`, async () => {
      const serverHtml = renderToString(make());
      expect(serverHtml).not.toBe('');
      const container = document.createElement('div');
      container.innerHTML = serverHtml;
      document.body.appendChild(container);
      const consoleError = vi.spyOn(console, 'error');
      const onRecoverableError = vi.fn();
      const root = await act(async () => hydrateRoot(container, make(), { onRecoverableError }));
      expect(onRecoverableError).not.toHaveBeenCalled();
      expect(consoleError).not.toHaveBeenCalled();
      act(() => root.unmount());
      container.remove();
    });
  }
});
