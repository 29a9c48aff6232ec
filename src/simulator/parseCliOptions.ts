import { LAST_ERROR_CODES } from '../core/types.js';
import type { IdentitySimulatorOptions, SimulatorVerdict } from './types.js';

/** The bin's flags, as `util.parseArgs` reads them. */
export interface CliValues {
  port?: string;
  webhook?: string[];
  'webhook-secret'?: string;
  deliver?: string;
  'auto-verdict'?: string;
  'auto-verdict-ms'?: string;
  'latency-ms'?: string;
}

function count(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${flag} takes a whole number, not "${value}".`);
  return n;
}

/**
 * The simulator's options from the bin's flags (and `STRIPE_WEBHOOK_SECRET` when
 * `--webhook-secret` is not given). Throws a message that names the flag and the fix.
 */
export function parseCliOptions(
  values: CliValues,
  env: Record<string, string | undefined> = {},
): IdentitySimulatorOptions {
  const urls = values.webhook ?? [];
  const secret = values['webhook-secret'] ?? env.STRIPE_WEBHOOK_SECRET;
  if (urls.length > 0 && !secret) {
    throw new Error(
      '--webhook needs --webhook-secret whsec_… (or STRIPE_WEBHOOK_SECRET): the secret your endpoint checks signatures with.',
    );
  }
  const deliver = (values.deliver ?? '').split(',').filter(Boolean);
  const unknown = deliver.filter((d) => d !== 'duplicate' && d !== 'shuffle');
  if (unknown.length > 0)
    throw new Error(`--deliver takes duplicate and/or shuffle, not "${unknown.join(',')}".`);
  const verdict = values['auto-verdict'];
  if (
    verdict &&
    verdict !== 'verified' &&
    !(LAST_ERROR_CODES as readonly string[]).includes(verdict)
  ) {
    throw new Error(
      `--auto-verdict takes verified or one of the 19 last_error codes, not "${verdict}".`,
    );
  }
  const afterMs = count(values['auto-verdict-ms'], '--auto-verdict-ms');
  const latencyMs = count(values['latency-ms'], '--latency-ms');
  return {
    port: count(values.port, '--port') ?? 12111,
    webhooks: urls.map((url) => ({
      url,
      secret: secret as string,
      deliver: { duplicate: deliver.includes('duplicate'), shuffle: deliver.includes('shuffle') },
    })),
    ...(verdict
      ? {
          autoVerdict: {
            verdict: verdict as SimulatorVerdict,
            ...(afterMs === undefined ? {} : { afterMs }),
          },
        }
      : {}),
    ...(latencyMs === undefined ? {} : { latencyMs }),
  };
}
