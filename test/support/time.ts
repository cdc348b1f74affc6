/**
 * Times sitrep computes from "now", compared at the precision it promises: the minute. A run's
 * "now" is the sandbox's `Date` header plus the time since that answer arrived, so under load it
 * may read a second or two past the sandbox clock (10:30:01Z for 10:30:00Z) without anything
 * being wrong for a user.
 */
import { expect } from 'vitest';

/** An asymmetric matcher: an RFC 3339 time in the same minute as `iso` (seconds not compared). */
export function sameMinute(iso: string): unknown {
  const minute = iso.slice(0, 16).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return expect.stringMatching(new RegExp(`^${minute}:\\d\\dZ$`));
}

/** The minute of an RFC 3339 time (`2026-11-21T10:30`), in text that may carry several. */
export function toMinutes(text: string): string {
  return text.replace(/(\d{4}-\d\d-\d\dT\d\d:\d\d):\d\dZ/g, '$1');
}
