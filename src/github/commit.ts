import * as core from '@actions/core';
import { ConflictError } from './errors.js';

/** How many times a compare-and-swap write is re-read and re-applied before the run gives up. */
export const MAX_COMMIT_ATTEMPTS = 8;

/** Waits before attempt `n` (2, 3, …): exponential backoff with full jitter, so racing runs spread out. */
export function conflictBackoff(attempt: number, random: () => number = Math.random): number {
  const cap = Math.min(4_000, 150 * 2 ** (attempt - 2));
  return Math.round(cap / 2 + random() * (cap / 2));
}

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, ms));
}

/**
 * The one compare-and-swap loop: `step` reads what it needs (fresh on every attempt after the
 * first), computes the change and writes it with the sha it read; a ConflictError means someone
 * else wrote first, so it waits a little and runs `step` again on what they wrote.
 */
export async function commitWithRetry<T>(
  what: string,
  step: (attempt: number) => Promise<T>,
  options: { attempts?: number; sleep?: (ms: number) => Promise<void> } = {},
): Promise<T> {
  const attempts = options.attempts ?? MAX_COMMIT_ATTEMPTS;
  const wait = options.sleep ?? sleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await step(attempt);
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= attempts) throw error;
      core.info(`${what} changed meanwhile; re-reading and re-applying (attempt ${attempt + 1} of ${attempts})`);
      await wait(conflictBackoff(attempt + 1));
    }
  }
}
