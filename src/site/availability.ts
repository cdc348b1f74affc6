import { toMillis } from '../core/time.js';
import type { Impact, PublicIncident } from './public.js';
import { worstImpact } from './public.js';

export const DAY = 24 * 60 * 60 * 1000;

/**
 * How much of an impact window counts as unavailable, as Atlassian Statuspage weighs it: a major
 * outage fully, a partial outage at 30 %, degraded performance not at all (the day still shows it).
 */
const DOWNTIME_WEIGHT: Readonly<Record<Impact, number>> = { critical: 1, major: 0.3, minor: 0 };

/** One day of a component's availability bar. */
export interface AvailabilityDay {
  /** `2026-11-21` (UTC). */
  date: string;
  /** 0–1 over the part of the day that has passed. */
  availability: number;
  /** The worst impact of any incident touching the component that day, or null. */
  worst: Impact | null;
}

/** A component's bar over the page's history. */
export interface Availability {
  days: AvailabilityDay[];
  /** 0–1 over the whole history. */
  availability: number;
}

interface Window {
  start: number;
  end: number;
  impact: Impact;
}

/** The impact windows of the incidents touching a component, in milliseconds. */
export function impactWindows(incidents: readonly PublicIncident[], component: string, now: number): Window[] {
  return incidents
    .filter((i) => i.components.includes(component))
    .map((i) => ({ start: toMillis(i.startedAt), end: i.impactEnd ? toMillis(i.impactEnd) : now, impact: i.impact }))
    .filter((w) => w.end > w.start);
}

/**
 * Daily availability of a component over `history` milliseconds ending now: one entry per UTC
 * day, oldest first, today last (counted up to now). Overlapping windows count once, at the
 * heaviest weight.
 */
export function availability(windows: readonly Window[], history: number, now: number): Availability {
  const dayCount = Math.max(1, Math.ceil(history / DAY));
  const today = Math.floor(now / DAY) * DAY;
  const days: AvailabilityDay[] = [];
  let totalSpan = 0;
  let totalDown = 0;
  for (let i = dayCount - 1; i >= 0; i--) {
    const start = today - i * DAY;
    const end = Math.min(start + DAY, now);
    const within = windows.filter((w) => w.start < end && w.end > start);
    const down = weightedDowntime(within, start, end);
    const span = end - start;
    totalSpan += span;
    totalDown += down;
    days.push({
      date: new Date(start).toISOString().slice(0, 10),
      availability: span > 0 ? 1 - down / span : 1,
      worst: worstImpact(within.map((w) => w.impact)),
    });
  }
  return { days, availability: totalSpan > 0 ? 1 - totalDown / totalSpan : 1 };
}

/** The weighted time covered by the windows within [start, end): a sweep over their edges. */
function weightedDowntime(windows: readonly Window[], start: number, end: number): number {
  if (!windows.length) return 0;
  const edges = [...new Set([start, end, ...windows.flatMap((w) => [w.start, w.end])])]
    .filter((t) => t >= start && t <= end)
    .sort((a, b) => a - b);
  let down = 0;
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i] as number;
    const to = edges[i + 1] as number;
    let weight = 0;
    for (const w of windows) if (w.start <= from && w.end >= to) weight = Math.max(weight, DOWNTIME_WEIGHT[w.impact]);
    down += weight * (to - from);
  }
  return down;
}

/** `99.95%`: two decimals, never rounded up to 100 while something was down. */
export function formatPercent(value: number): string {
  const floored = Math.floor(value * 10000) / 100;
  return `${floored.toFixed(2)}%`;
}
