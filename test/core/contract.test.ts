import { describe, expect, it } from 'vitest';
import {
  credentialField,
  isSessionId,
  parseModeHeader,
  readErrorBody,
  sessionIdFromClientSecret,
  sessionsUrl,
  sessionUrl,
} from '../../src/core/contract.js';

describe('the HTTP contract', () => {
  it('should accept Stripe session ids and nothing that could smuggle a secret or a path', () => {
    expect(isSessionId('vs_1NuN4zLkdIwHu7ixleE6HvkI')).toBe(true);
    expect(isSessionId('vs_123_secret_abc')).toBe(false);
    expect(isSessionId('vs_../../admin')).toBe(false);
    expect(isSessionId('vs_a-b')).toBe(false);
    expect(isSessionId('pi_123')).toBe(false);
    expect(isSessionId('vs_')).toBe(false);
    expect(isSessionId(`vs_${'a'.repeat(251)}`)).toBe(false);
    expect(isSessionId(123)).toBe(false);
  });

  it('should read the session id out of a client secret, and only out of one', () => {
    expect(sessionIdFromClientSecret('vs_123abc_secret_topsecretvalue')).toBe('vs_123abc');
    expect(sessionIdFromClientSecret('pi_1_secret_2')).toBeNull();
    expect(sessionIdFromClientSecret('vs_123')).toBeNull();
    expect(sessionIdFromClientSecret('vs_123_secret_')).toBeNull();
    expect(sessionIdFromClientSecret('_secret_abc')).toBeNull();
    expect(sessionIdFromClientSecret('')).toBeNull();
  });

  it('should read the mode header: absent is modal, case and spaces do not matter, others are refused', () => {
    expect(parseModeHeader(null)).toBe('modal');
    expect(parseModeHeader(' Redirect ')).toBe('redirect');
    expect(parseModeHeader('popup')).toBeNull();
    expect(credentialField('modal')).toBe('client_secret');
    expect(credentialField('redirect')).toBe('url');
  });

  it('should build the routes under any base URL', () => {
    expect(sessionsUrl('/api/identity/')).toBe('/api/identity/verification-sessions');
    expect(sessionUrl('https://x.test/id', 'vs_1')).toBe(
      'https://x.test/id/verification-sessions/vs_1',
    );
  });

  it('should read an error body of the contract and nothing else', () => {
    expect(readErrorBody('{"error":{"message":"Nope","code":"too_many_attempts"}}')).toEqual({
      message: 'Nope',
      code: 'too_many_attempts',
    });
    expect(readErrorBody('<html>')).toBeNull();
    expect(readErrorBody('{"error":"flat"}')).toBeNull();
    expect(
      readErrorBody(JSON.stringify({ error: { message: 'x'.repeat(1000) } }))?.message,
    ).toHaveLength(300);
  });
});
