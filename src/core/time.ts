/** RFC 3339 UTC timestamps at second precision, the only time format sitrep writes. */
export type Timestamp = string;

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** Formats a date as `2026-11-21T10:02:11Z`. */
export function formatTimestamp(date: Date | number): Timestamp {
  return new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** True for a valid RFC 3339 date-time with an explicit offset. */
export function isRfc3339(text: string): boolean {
  const match = RFC3339.exec(text);
  if (!match) return false;
  if (!isCalendarTime([Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4]), Number(match[5]), Number(match[6])])) return false;
  // A real calendar time in UTC always parses; only an offset can still be out of range.
  return (match[8] === 'Z' && text[10] === 'T') || !Number.isNaN(Date.parse(text.replace(' ', 'T')));
}

// Date.parse rolls 2026-02-30 over to 2 March and reads hour 24 as the next day; a typo must not move a time.
function isCalendarTime([year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0]: number[]): boolean {
  return calendarMillis(year, month, day, hour, minute, second) !== undefined;
}

/** The instant of a UTC calendar time, or undefined when the calendar has no such time. */
function calendarMillis(year: number, month: number, day: number, hour: number, minute: number, second: number): number | undefined {
  // Date.UTC reads years 0 to 99 as 1900 to 1999 and rolls a field out of range over into the next.
  if (year < 100 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  // A day past the month's last is on or after the first of the next month.
  if (day > 28 && Date.UTC(year, month - 1, day) >= Date.UTC(year, month, 1)) return undefined;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Milliseconds since the epoch of an RFC 3339 timestamp. */
export function toMillis(timestamp: Timestamp): number {
  return Date.parse(timestamp);
}

/**
 * Reads the loose times people type into a form: RFC 3339, or `2026-11-21 09:50 UTC`,
 * `2026-11-21 09:50Z`, `2026-11-21T09:50`. Times without a zone are taken as UTC.
 * Returns null when the text is not a time.
 */
export function parseLooseTime(text: string): Timestamp | null {
  const trimmed = text.trim();
  if (isRfc3339(trimmed)) return formatTimestamp(Date.parse(trimmed.replace(' ', 'T')));
  const loose = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2})(?::(\d{2}))?\s*(?:UTC|GMT|Z)?$/i.exec(trimmed);
  if (!loose) return null;
  if (!isCalendarTime(`${loose[1]}-${loose[2]}:${loose[3] ?? '00'}`.split(/[-:]/).map(Number))) return null;
  const ms = Date.parse(`${loose[1]}T${loose[2]}:${loose[3] ?? '00'}Z`);
  return Number.isNaN(ms) ? null : formatTimestamp(ms);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a calendar date `YYYY-MM-DD` (a due date) as the instant it starts, 00:00 UTC; null when
 * the text is not one or the day does not exist (2026-02-30). The only date parser.
 */
export function parseDate(text: string): number | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarTime([year, month, day, 0, 0, 0]) ? Date.UTC(year, month - 1, day) : null;
}

/** Whether a text is `YYYY-MM-DD` and a day of the calendar. */
export function isCalendarDate(text: string): boolean {
  return parseDate(text) !== null;
}

/** Formats the UTC day of an instant as `2026-12-05`. The only date formatter. */
export function formatDate(date: Date | number): string {
  return new Date(date).toISOString().slice(0, 10);
}

const WRITTEN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** True for a timestamp as sitrep writes it: `2026-11-21T10:02:11Z`, a real calendar time. */
export function isTimestamp(text: string): text is Timestamp {
  return WRITTEN.test(text) && isRfc3339(text);
}

/**
 * Milliseconds since the epoch of a timestamp as sitrep writes it (`2026-11-21T10:02:11Z`), or
 * undefined when the text is not one (as `isTimestamp`). For reading many: one match, no re-parse.
 */
export function timestampMillis(text: string): number | undefined {
  if (!WRITTEN.test(text)) return undefined;
  const two = (at: number) => (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
  return calendarMillis(two(0) * 100 + two(2), two(5), two(8), two(11), two(14), two(17));
}
