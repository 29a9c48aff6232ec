import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Median and spread of samples, in ms. */
export function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { samples: sorted.length, medianMs: at(0.5), minMs: sorted[0], maxMs: sorted.at(-1) };
}

/**
 * Writes a benchmark result to `benchmarks/<name>.json` when RSI_WRITE_BENCHMARKS=1 (the
 * committed numbers come from such a run); otherwise the numbers are only printed.
 */
export function recordBenchmark(name: string, result: Record<string, unknown>) {
  const text = `${JSON.stringify({ ...result, recordedAt: new Date().toISOString().slice(0, 10) }, null, 2)}\n`;
  console.log(`benchmark ${name}: ${text}`);
  if (process.env.RSI_WRITE_BENCHMARKS !== '1') return;
  const dir = path.resolve(import.meta.dirname, '../../benchmarks');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.json`), text);
}
