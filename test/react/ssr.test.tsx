// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { IdentityProvider } from '../../src/react/IdentityProvider.js';
import { useVerificationReturn } from '../../src/react/useVerificationReturn.js';
import { useVerificationSession } from '../../src/react/useVerificationSession.js';
import { useVerifyIdentity } from '../../src/react/useVerifyIdentity.js';
import { createMockBackend } from '../../src/testing/index.js';

function Consumer() {
  const { state, isPending } = useVerifyIdentity();
  const session = useVerificationSession('vs_ssr');
  const back = useVerificationReturn();
  return (
    <p data-state={state} data-pending={String(isPending)}>
      {`${session.status}:${back.sessionId ?? 'none'}`}
    </p>
  );
}

describe('server rendering', () => {
  it('should render the provider with stripe={null} and hook consumers without a DOM', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <IdentityProvider stripe={null} backend={createMockBackend()}>
        <Consumer />
      </IdentityProvider>,
    );
    expect(html).toBe('<p data-state="idle" data-pending="false">pending:none</p>');
  });

  it('should render with publishableKey and the default HTTP backend, loading nothing', () => {
    const html = renderToString(
      <IdentityProvider publishableKey="pk_test_123">
        <Consumer />
      </IdentityProvider>,
    );
    expect(html).toContain('data-state="idle"');
  });

  it('should import every public entry of the source in Node', async () => {
    const entries = await Promise.all([
      import('../../src/index.js'),
      import('../../src/testing/index.js'),
    ]);
    expect(entries[0].IdentityProvider).toBeTypeOf('function');
    expect(entries[1].createMockStripe).toBeTypeOf('function');
  });
});
