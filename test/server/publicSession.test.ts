// @vitest-environment node
// What the browser receives is an allow-list: a field Stripe adds tomorrow (a credential, personal
// data) stays on the server.
import { describe, expect, it } from 'vitest';
import { PUBLIC_SESSION_FIELDS } from '../../src/server/publicSession.js';
import { createRequest, readRequest, type StrictSetup, strictPerTest } from './strictStripe.js';

const startStrict = strictPerTest();
let setup: StrictSetup | undefined;

/** A session whose Stripe object carries fields this library has never heard of. */
async function sessionWithUnknownFields() {
  setup = await startStrict();
  const { api, handlers } = setup;
  const { id } = (await (await handlers(createRequest())).json()) as { id: string };
  const stored = api.sessions.get(id)!;
  Object.assign(stored, {
    future_credential: 'vs_future_secret_abc',
    future_personal_data: { passport_scan: 'https://files.stripe.com/scan' },
    provided_details: { email: 'jenny@example.com' },
    last_error: { code: 'document_expired', reason: 'Expired', future_detail: 'x' },
  });
  return { ...setup, id };
}

describe('the session the browser receives', () => {
  it('should not carry a field Stripe adds tomorrow, on GET', async () => {
    const { handlers, id } = await sessionWithUnknownFields();
    const response = await handlers(readRequest(id));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toMatch(/future_|passport_scan|_secret_|jenny@example\.com/);
    const session = JSON.parse(text);
    const allowed = new Set<string>([...PUBLIC_SESSION_FIELDS, 'client_secret', 'url']);
    expect(Object.keys(session).filter((field) => !allowed.has(field))).toEqual([]);
    expect(session.last_error).toEqual({ code: 'document_expired', reason: 'Expired' });
    expect(session).toMatchObject({ id, status: 'requires_input', client_secret: null, url: null });
  });

  it('should not carry it from currentSession either', async () => {
    const { handlers, id } = await sessionWithUnknownFields();
    const request = new Request('https://app.example.com/verify', {
      headers: { Authorization: 'Bearer user_1' },
    });
    const session = await handlers.currentSession(request);
    expect(session?.id).toBe(id);
    expect(JSON.stringify(session)).not.toMatch(
      /future_|passport_scan|_secret_|jenny@example\.com/,
    );
  });
});
