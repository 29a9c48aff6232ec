import { afterEach, expect, it } from 'vitest';
import { isSessionId, sessionIdFromClientSecret } from '../../src/core/contract.js';
import { closeSimulator, startSimulator } from './harness.js';

afterEach(closeSimulator);

it('should mint session ids and client secrets of the shape the contract accepts', async () => {
  const { stripe } = await startSimulator();
  for (let i = 0; i < 5; i += 1) {
    const session = await stripe.identity.verificationSessions.create({ type: 'document' });
    expect(isSessionId(session.id)).toBe(true);
    expect(sessionIdFromClientSecret(session.client_secret ?? '')).toBe(session.id);
  }
});
