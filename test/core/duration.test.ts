import { describe, expect, it } from 'vitest';
import { DurationError, formatDuration, isDuration, parseDuration } from '../../src/core/duration.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('parseDuration', () => {
  it.each([
    ['30m', 30 * MINUTE],
    ['2h', 2 * HOUR],
    ['1d', DAY],
    ['60m', HOUR],
    ['48h', 2 * DAY],
    ['1m', MINUTE],
    ['36500d', 36_500 * DAY],
    ['876000h', 36_500 * DAY],
    [' 45m ', 45 * MINUTE],
  ])('reads %j as %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
    expect(isDuration(text)).toBe(true);
  });

  it.each(['0m', '0h', '5', '1w', '-1h', '1.5h', '', ' ', 'h', '30 m', '30M', '2hours', '1h30m', '+1h', 'NaNm', 'Infinityh'])(
    'refuses %j, naming the text and what is accepted',
    (text) => {
      expect(isDuration(text)).toBe(false);
      let thrown: unknown;
      try {
        parseDuration(text);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DurationError);
      const message = (thrown as DurationError).message;
      expect(message).toContain(`"${text}"`);
      expect(message).toMatch(/m, h or d/);
      expect(message).toContain('30m');
      expect((thrown as DurationError).text).toBe(text);
    },
  );

  it.each(['36501d', '876001h', '999999999d', '99999999999999999999999d'])('refuses %j, longer than 100 years, instead of making a date that cannot be written', (text) => {
    expect(isDuration(text)).toBe(false);
    expect(() => parseDuration(text)).toThrow(`"${text}" is not a duration: use a whole number of 1 or more followed by m, h or d (e.g. 30m, 2h, 1d), up to 100 years`);
  });

  it('does not call zero a whole number it accepts', () => {
    // "0m" is a whole number followed by m: the message must not tell the user it is fine.
    expect(() => parseDuration('0m')).toThrow(/1 or more/);
  });
});

describe('formatDuration', () => {
  it.each([
    [45 * MINUTE, '45m'],
    [HOUR, '1h'],
    [2 * HOUR + 5 * MINUTE, '2h 5m'],
    [DAY, '1d'],
    [DAY + 3 * HOUR, '1d 3h'],
    // Past a day, minutes are noise.
    [DAY + 3 * HOUR + 20 * MINUTE, '1d 3h'],
    [2 * DAY + 7 * MINUTE, '2d'],
    // Sub-minute amounts (and zero) round up to one minute, never "0m" or an empty string.
    [0, '1m'],
    [10_000, '1m'],
    [89_000, '1m'],
    [91_000, '2m'],
    [59 * MINUTE + 40_000, '1h'],
    // How late something is may be computed as a negative difference.
    [-90 * MINUTE, '1h 30m'],
  ])('renders %d ms as %j', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it.each(['30m', '2h', '1d', '90m', '36h'])('reads back what parseDuration(%j) means', (text) => {
    const ms = parseDuration(text);
    expect(parseDurationOfFormatted(formatDuration(ms))).toBe(ms);
  });
});

/** Sums the parts of a formatted duration (`1d 12h`), to check formatDuration loses nothing at these sizes. */
function parseDurationOfFormatted(text: string): number {
  return text.split(' ').reduce((sum, part) => sum + parseDuration(part), 0);
}
