/**
 * The sandbox's clock. Every timestamp the sandbox produces (created_at, commit dates, timeline
 * events, the `Date` response header) comes from here, so a test controls the time the code under
 * test sees by moving this clock.
 */

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** The default start of a frozen clock: fixed so that tests are reproducible. */
export const DEFAULT_EPOCH = '2026-11-21T10:00:00Z';

/**
 * Parses a duration: a number of milliseconds, or `<number><unit>` with unit ms, s, m, h or d,
 * optionally chained (`1h30m`).
 */
export function parseDuration(value: number | string): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`duration must be finite, got ${value}`);
    return value;
  }
  const text = value.trim();
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/g)];
  const consumed = parts.map((p) => p[0]).join('');
  if (parts.length === 0 || consumed.replace(/\s/g, '') !== text.replace(/\s/g, '')) {
    throw new RangeError(`invalid duration "${value}": use e.g. 500ms, 30s, 45m, 2h, 1d or 1h30m`);
  }
  return parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * UNIT_MS[unit as string]!, 0);
}

/** Formats a time as GitHub does in JSON: RFC 3339, UTC, second precision (`2026-11-21T10:00:00Z`). */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Options of {@link Clock}. */
export interface ClockOptions {
  /** Start time; defaults to {@link DEFAULT_EPOCH} when frozen, the real time when ticking. */
  start?: Date | string | number;
  /** When true the clock follows real time from `start` (for a long-running server). */
  ticking?: boolean;
}

/** A settable clock; frozen unless `ticking`. */
export class Clock {
  #base: number;
  #realAtBase: number;
  readonly #ticking: boolean;

  constructor(options: ClockOptions = {}) {
    this.#ticking = options.ticking ?? false;
    const start = options.start ?? (this.#ticking ? Date.now() : DEFAULT_EPOCH);
    this.#base = toMs(start);
    this.#realAtBase = Date.now();
  }

  /** Current sandbox time in milliseconds since the epoch. */
  nowMs(): number {
    return this.#ticking ? this.#base + (Date.now() - this.#realAtBase) : this.#base;
  }

  /** Current sandbox time. */
  now(): Date {
    return new Date(this.nowMs());
  }

  /** Current sandbox time as GitHub writes it in JSON. */
  iso(): string {
    return isoSeconds(this.nowMs());
  }

  /** Moves the clock to `date` (it may go backwards: tests decide). */
  set(date: Date | string | number): Date {
    this.#base = toMs(date);
    this.#realAtBase = Date.now();
    return this.now();
  }

  /** Moves the clock forward by a duration (`90_000`, `'2h'`, `'1d'`). */
  advance(by: number | string): Date {
    const delta = parseDuration(by);
    if (delta < 0) throw new RangeError('advance() moves forward only; use set() to go back');
    return this.set(this.nowMs() + delta);
  }
}

function toMs(value: Date | string | number): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`invalid date: ${String(value)}`);
  return ms;
}
