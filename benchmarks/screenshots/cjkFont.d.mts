import type { SpawnSyncReturns } from 'node:child_process';

export const CJK_FONT_PACKAGE: string;
export function needsCjkFont(locale: string): boolean;
export function ensureCjkFont(options?: {
  run?: (command: string, args: string[]) => Pick<SpawnSyncReturns<string>, 'status' | 'stdout'>;
  root?: boolean;
}): 'present' | 'installed';
