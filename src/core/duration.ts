/** A duration as written in config and commands: `<number><m|h|d>`, e.g. `30m`, `2h`, `1d`. */
export type DurationText = string;

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const DURATION = /^(\d+)(m|h|d)$/;
// Far beyond any cadence, and far inside what a Date can hold: `next: 999999999d` must be refused, not crash.
const MAX_MS = 36_500 * UNIT_MS.d;

/** Thrown when a duration does not read as `<number><m|h|d>`. */
export class DurationError extends Error {
  constructor(readonly text: string) {
    super(`"${text}" is not a duration: use a whole number of 1 or more followed by m, h or d (e.g. 30m, 2h, 1d), up to 100 years`);
    this.name = 'DurationError';
  }
}

/** Parses `30m`, `2h`, `1d` into milliseconds. Zero is refused: a cadence of zero would nag forever. */
export function parseDuration(text: string): number {
  const match = DURATION.exec(text.trim());
  if (!match) throw new DurationError(text);
  const ms = Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
  if (ms <= 0 || ms > MAX_MS) throw new DurationError(text);
  return ms;
}

/** True when `text` is a valid duration. */
export function isDuration(text: string): boolean {
  try {
    parseDuration(text);
    return true;
  } catch {
    return false;
  }
}

/** Renders milliseconds for people: `45m`, `2h 5m`, `1d 3h`. Sub-minute amounts round up to `1m`. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days}d`);
  if (hours) parts.push(`${hours}h`);
  if (mins && days === 0) parts.push(`${mins}m`);
  return parts.join(' ') || '0m';
}
