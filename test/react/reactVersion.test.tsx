// Guards the `react18` project: it must really run on React 18.3 (react and react-dom alike),
// and the `unit` project on React 19, or the peer range `^18.3 || ^19` is not what the tests prove.
import { version as reactVersion } from 'react';
import { version as reactDomVersion } from 'react-dom';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { IdentityProvider, VerificationStatus } from '../../src/index.js';

describe('React version under test', () => {
  const major = process.env.EXPECTED_REACT_MAJOR;

  it('should run on the React major its project names', () => {
    expect(major).toMatch(/^(18|19)$/);
    expect(reactVersion.split('.')[0]).toBe(major);
    expect(reactDomVersion.split('.')[0]).toBe(major);
    if (major === '18') expect(reactVersion).toBe('18.3.1');
  });

  it('should render the library with that React', () => {
    const html = renderToString(
      <IdentityProvider stripe={null} backend={{ baseUrl: '/api/identity' }}>
        <VerificationStatus status="verified" />
      </IdentityProvider>,
    );
    expect(html).toContain('data-phase="verified"');
  });
});
