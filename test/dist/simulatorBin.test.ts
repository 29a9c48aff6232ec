// The simulator's bin as a host's CI runs it: the packed package installed in a fresh folder
// (peer dependencies left out: no React needed), started with `npx react-stripe-identity-simulator`,
// then driven with the real `stripe` SDK while a host endpoint checks each webhook's signature.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const SECRET = 'whsec_bin_test_secret';
let app = '';
let child: ChildProcess | undefined;
let host: http.Server | undefined;
const received: Stripe.Event[] = [];

/** Stops `pid` and every process under it (npx runs the bin through npm exec and a shell). */
function killTree(pid: number): void {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const tree = [pid];
  for (let i = 0; i < tree.length; i += 1) {
    for (const [child, parent] of table) if (parent === tree[i]) tree.push(child);
  }
  for (const member of tree.reverse()) {
    try {
      process.kill(member, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

beforeAll(async () => {
  app = mkdtempSync(path.join(tmpdir(), 'rsi-simulator-bin-'));
  const run = (cmd: string, args: string[], cwd: string) =>
    execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', app], root)
    .trim()
    .split('\n')
    .pop()!;
  writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify({ name: 'host-ci', private: true, type: 'module' }),
  );
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--omit=peer', `./${tarball}`],
    app,
  );

  const verifier = new Stripe('sk_test_host');
  host = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      try {
        received.push(
          verifier.webhooks.constructEvent(body, String(req.headers['stripe-signature']), SECRET),
        );
        res.writeHead(200).end();
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  host.listen(0, '127.0.0.1');
  await once(host, 'listening');
  const hook = `http://127.0.0.1:${(host.address() as AddressInfo).port}/webhook`;
  child = spawn(
    'npx',
    [
      'react-stripe-identity-simulator',
      '--port',
      '0',
      '--webhook',
      hook,
      '--webhook-secret',
      SECRET,
    ],
    {
      cwd: app,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
}, 120_000);

afterAll(async () => {
  if (child?.pid && child.exitCode === null) {
    const exited = once(child, 'exit');
    killTree(child.pid);
    await exited;
  }
  host?.closeAllConnections();
  host?.close();
  rmSync(app, { recursive: true, force: true });
});

describe('npx react-stripe-identity-simulator (from the packed package, in a fresh folder)', () => {
  it('should run with no React installed, print its URL, serve the SDK and sign its webhooks', {
    timeout: 60_000,
  }, async () => {
    expect(existsSync(path.join(app, 'node_modules/react'))).toBe(false);
    const [line] = (await once(child!.stdout!, 'data')) as [Buffer];
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line.toString())?.[1];
    expect(url).toBeDefined();
    const stripe = new Stripe('sk_test_ci', {
      host: '127.0.0.1',
      port: Number(new URL(url!).port),
      protocol: 'http',
      maxNetworkRetries: 0,
    });
    const session = await stripe.identity.verificationSessions.create({ type: 'document' });
    const verified = await fetch(
      `${url}/v1/test_helpers/identity/verification_sessions/${session.id}/verify`,
      {
        method: 'POST',
      },
    );
    expect(verified.status).toBe(200);
    expect((await stripe.identity.verificationSessions.retrieve(session.id)).status).toBe(
      'verified',
    );
    for (let i = 0; i < 100 && received.length < 3; i += 1)
      await new Promise((r) => setTimeout(r, 50));
    expect(received.map((e) => e.type)).toEqual([
      'identity.verification_session.created',
      'identity.verification_session.processing',
      'identity.verification_session.verified',
    ]);
  });
});
