import { describe, expect, it } from 'vitest';
import { formatTimestamp, isRfc3339, parseLooseTime, toMillis } from '../../src/core/time.js';

describe('parseLooseTime', () => {
  it.each([
    // What people type into the form.
    ['2026-11-21 09:50 UTC', '2026-11-21T09:50:00Z'],
    ['2026-11-21 09:50 utc', '2026-11-21T09:50:00Z'],
    ['2026-11-21 09:50 GMT', '2026-11-21T09:50:00Z'],
    ['2026-11-21 09:50Z', '2026-11-21T09:50:00Z'],
    ['2026-11-21 09:50:30 UTC', '2026-11-21T09:50:30Z'],
    ['  2026-11-21 09:50 UTC\n', '2026-11-21T09:50:00Z'],
    // No zone: taken as UTC, with T or a space.
    ['2026-11-21T09:50', '2026-11-21T09:50:00Z'],
    ['2026-11-21 09:50', '2026-11-21T09:50:00Z'],
    ['2026-11-21 09:50:07', '2026-11-21T09:50:07Z'],
    // RFC 3339, with Z or an offset, T or space, any case, fractions dropped.
    ['2026-11-21T10:02:11Z', '2026-11-21T10:02:11Z'],
    ['2026-11-21t10:02:11z', '2026-11-21T10:02:11Z'],
    ['2026-11-21 10:02:11Z', '2026-11-21T10:02:11Z'],
    ['2026-11-21T12:02:11+02:00', '2026-11-21T10:02:11Z'],
    ['2026-11-21 12:02:11+02:00', '2026-11-21T10:02:11Z'],
    ['2026-11-21T05:02:11-05:00', '2026-11-21T10:02:11Z'],
    ['2026-11-21T15:32:11+05:30', '2026-11-21T10:02:11Z'],
    ['2026-11-21T10:02:11-00:00', '2026-11-21T10:02:11Z'],
    ['2026-11-21T10:02:11.999Z', '2026-11-21T10:02:11Z'],
    ['2026-11-21T23:30:00-01:00', '2026-11-22T00:30:00Z'],
    ['2028-02-29 10:00', '2028-02-29T10:00:00Z'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseLooseTime(text)).toBe(expected);
  });

  it.each([
    'yesterday',
    '',
    '   ',
    '09:50',
    '2026-11-21',
    '21/11/2026 09:50',
    '2026-11-21 9:50',
    '2026-11-21 09:50 CET',
    '2026-11-21 09:50 UTC garbage',
    '2026-13-01 00:00',
    '2026-11-21 25:00',
    '2026-11-21 09:60',
    '2026-11-21 09:50:61',
    // Real-looking dates that do not exist must not roll over into other days.
    '2026-02-30 10:00',
    '2026-02-29 10:00',
    '2026-04-31T10:00:00Z',
    '2026-02-30T10:00:00Z',
    '2026-11-21T24:00:00Z',
    '2026-11-21 24:00',
  ])('gives null for %j', (text) => {
    expect(parseLooseTime(text)).toBeNull();
  });
});

describe('isRfc3339', () => {
  it.each([
    ['2026-11-21T10:02:11Z', true],
    ['2026-11-21T10:02:11+02:00', true],
    ['2026-11-21T10:02:11.5Z', true],
    ['2026-11-21T10:02:11', false],
    ['2026-11-21T10:02Z', false],
    ['2026-11-21', false],
    ['2026-02-30T10:00:00Z', false],
    ['2026-11-21T24:00:00Z', false],
    ['not a time', false],
  ])('%j → %s', (text, expected) => {
    expect(isRfc3339(text)).toBe(expected);
  });
});

describe('formatTimestamp', () => {
  it.each([
    [Date.UTC(2026, 10, 21, 10, 2, 11), '2026-11-21T10:02:11Z'],
    // Second precision: milliseconds are dropped, never rounded into the next second.
    [Date.UTC(2026, 10, 21, 10, 2, 11, 999), '2026-11-21T10:02:11Z'],
    [Date.UTC(2026, 11, 31, 23, 59, 59, 500), '2026-12-31T23:59:59Z'],
    [0, '1970-01-01T00:00:00Z'],
  ])('formats %d as %s', (ms, expected) => {
    expect(formatTimestamp(ms)).toBe(expected);
    expect(formatTimestamp(new Date(ms))).toBe(expected);
    expect(isRfc3339(expected)).toBe(true);
  });

  it('writes UTC whatever the zone of the Date given', () => {
    expect(formatTimestamp(new Date('2026-11-21T12:02:11+02:00'))).toBe('2026-11-21T10:02:11Z');
  });

  it('reads back through toMillis', () => {
    const ms = Date.UTC(2026, 10, 21, 10, 2, 11);
    expect(toMillis(formatTimestamp(ms))).toBe(ms);
  });
});
