import type { PageDetails, PageEvent } from '../core/paging.js';

/** One HTTP request a pager adapter makes: where, with which headers, and the exact body. */
export interface PageRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Where the pagers' APIs live; the caller reads them from the environment (SPEC 8). */
export interface PagerEndpoints {
  /** `SITREP_PAGERDUTY_EVENTS_URL`, default https://events.pagerduty.com. */
  pagerdutyEventsUrl: string;
  /** `SITREP_OPSGENIE_API_URL`, default https://api.opsgenie.com (a pager's `region: eu` uses https://api.eu.opsgenie.com). */
  opsgenieApiUrl: string;
}

export const DEFAULT_PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com';
export const DEFAULT_OPSGENIE_API_URL = 'https://api.opsgenie.com';
export const OPSGENIE_EU_API_URL = 'https://api.eu.opsgenie.com';

/**
 * The endpoints from a run's environment (the action passes what src/action/environment.ts read):
 * `SITREP_PAGERDUTY_EVENTS_URL` and `SITREP_OPSGENIE_API_URL`, else the real hosts.
 */
export function pagerEndpointsFrom(env: Readonly<Record<string, string | undefined>>): PagerEndpoints {
  return {
    pagerdutyEventsUrl: env.SITREP_PAGERDUTY_EVENTS_URL?.trim() || DEFAULT_PAGERDUTY_EVENTS_URL,
    opsgenieApiUrl: env.SITREP_OPSGENIE_API_URL?.trim() || DEFAULT_OPSGENIE_API_URL,
  };
}

/** What every formatter gets: the event and what it says about the incident. */
export interface PageInput {
  event: PageEvent;
  details: PageDetails;
}

/** Whitespace (newlines included) collapsed, then cut to `max` characters with an ellipsis. */
export function fit(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  // Cut on a code point boundary so no lone surrogate is sent.
  const chars = Array.from(line);
  let out = '';
  for (const char of chars) {
    if (out.length + char.length > max - 1) break;
    out += char;
  }
  return `${out}…`;
}

/** `INC-42 (P1, investigating): Checkout API returns 502`, cut to `max`. */
export function headline(details: PageInput['details'], max: number): string {
  const head = `${details.id} (${details.severity}, ${details.status}): `;
  return fit(`${head}${details.title.replace(/\s+/g, ' ').trim()}`, max);
}
