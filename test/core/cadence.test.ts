import { describe, expect, it } from 'vitest';
import { isUnderstaffed, nextUpdateDue, overdueBy, severityOf, updateInterval } from '../../src/core/cadence.js';
import { defaultConfig, loadConfig } from '../../src/core/config.js';
import { parseDuration } from '../../src/core/duration.js';
import type { Roles } from '../../src/core/incident.js';
import type { Status } from '../../src/core/lifecycle.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const config = defaultConfig();
// The clock is injected: an update posted at 10:15:00 UTC.
const AT_1015 = Date.UTC(2026, 10, 21, 10, 15, 0);

describe('updateInterval', () => {
  it.each([
    // The severity's cadence...
    ['P1', 'investigating', 30 * MINUTE],
    ['P1', 'fixing', 30 * MINUTE],
    ['P2', 'investigating', 2 * HOUR],
    ['P2', 'fixing', 2 * HOUR],
    ['P3', 'fixing', DAY],
    // ...overridden per status by status_cadence (triage: 15m, monitoring: 1d).
    ['P1', 'triage', 15 * MINUTE],
    ['P3', 'triage', 15 * MINUTE],
    ['P1', 'monitoring', DAY],
    ['P2', 'monitoring', DAY],
    // Severity names are matched whatever their case.
    ['p1', 'fixing', 30 * MINUTE],
    // A severity the configuration no longer defines falls back to the least severe level.
    ['P9', 'fixing', DAY],
  ] as const)('%s while %s: every %d ms', (severity, status, ms) => {
    expect(updateInterval(config, severity, status)).toBe(ms);
  });

  it('takes the configured status overrides and custom severities', () => {
    const custom = loadConfig('severities:\n  SEV1: { update_every: 20m }\n  SEV2: { update_every: 3h }\nstatus_cadence:\n  fixing: 10m\n  monitoring: 6h\n');
    expect(updateInterval(custom, 'SEV1', 'investigating')).toBe(20 * MINUTE);
    expect(updateInterval(custom, 'SEV2', 'investigating')).toBe(3 * HOUR);
    expect(updateInterval(custom, 'SEV2', 'fixing')).toBe(10 * MINUTE);
    expect(updateInterval(custom, 'SEV1', 'monitoring')).toBe(6 * HOUR);
    expect(updateInterval(custom, 'SEV1', 'triage')).toBe(15 * MINUTE);
    expect(severityOf(custom, 'P1').name).toBe('SEV2');
  });
});

describe('nextUpdateDue', () => {
  it.each([
    ['P1', 'fixing', '2026-11-21T10:45:00Z'],
    ['P1', 'investigating', '2026-11-21T10:45:00Z'],
    ['P1', 'triage', '2026-11-21T10:30:00Z'],
    ['P2', 'investigating', '2026-11-21T12:15:00Z'],
    ['P3', 'fixing', '2026-11-22T10:15:00Z'],
    ['P1', 'monitoring', '2026-11-22T10:15:00Z'],
  ] as const)('after a %s update while %s at 10:15: %s', (severity, status, due) => {
    expect(nextUpdateDue(config, { severity, status }, AT_1015)).toBe(due);
  });

  it('lets an explicit "next:" win over the cadence', () => {
    expect(nextUpdateDue(config, { severity: 'P1', status: 'fixing' }, AT_1015, 45 * MINUTE)).toBe('2026-11-21T11:00:00Z');
    expect(nextUpdateDue(config, { severity: 'P3', status: 'fixing' }, AT_1015, 5 * MINUTE)).toBe('2026-11-21T10:20:00Z');
  });

  it('writes a time for the longest next: a command accepts', () => {
    expect(nextUpdateDue(config, { severity: 'P1', status: 'fixing' }, AT_1015, parseDuration('36500d'))).toBe('2126-10-28T10:15:00Z');
  });

  it('writes second precision even from a clock with milliseconds', () => {
    expect(nextUpdateDue(config, { severity: 'P1', status: 'fixing' }, AT_1015 + 999)).toBe('2026-11-21T10:45:00Z');
  });

  it.each(['resolved', 'closed', 'declined'] as const)('is null once %s, even with an explicit next', (status) => {
    expect(nextUpdateDue(config, { severity: 'P1', status }, AT_1015)).toBeNull();
    expect(nextUpdateDue(config, { severity: 'P1', status }, AT_1015, 45 * MINUTE)).toBeNull();
  });
});

describe('overdueBy', () => {
  const due = '2026-11-21T10:45:00Z';
  const at = (h: number, m: number, s = 0) => Date.UTC(2026, 10, 21, h, m, s);
  it.each([
    ['fixing', due, at(10, 30), 0],
    ['fixing', due, at(10, 44, 59), 0],
    ['fixing', due, at(10, 45), 0],
    ['fixing', due, at(10, 45, 1), 1000],
    ['fixing', due, at(10, 50), 5 * MINUTE],
    ['monitoring', due, at(11, 45), HOUR],
    ['triage', due, at(12, 0), 75 * MINUTE],
    // Nothing is owed once the incident is over, or when no update is due.
    ['resolved', due, at(12, 0), 0],
    ['closed', due, at(12, 0), 0],
    ['declined', due, at(12, 0), 0],
    ['fixing', null, at(12, 0), 0],
  ] as const)('%s, due %s, at %d: %d ms late', (status, next_update_due, now, late) => {
    expect(overdueBy({ status: status as Status, next_update_due }, now)).toBe(late);
  });
});

describe('isUnderstaffed', () => {
  const roles = (coordinator: string | null, operations: string | null, communications: string | null = null): Roles => ({
    coordinator,
    operations,
    communications,
  });
  it.each([
    // P1 needs two responders: a coordinator who is not the operations engineer.
    ['P1', 'investigating', roles(null, 'bob'), true],
    ['P1', 'investigating', roles('bob', 'bob'), true],
    ['P1', 'investigating', roles('Bob', 'bob'), true],
    ['P1', 'investigating', roles('bob', 'BOB', 'alice'), true],
    ['P1', 'investigating', roles(null, null), true],
    ['P1', 'triage', roles(null, 'bob'), true],
    ['P1', 'investigating', roles('alice', 'bob'), false],
    ['P1', 'fixing', roles('alice', null), false],
    ['P1', 'monitoring', roles('alice', 'bob', 'alice'), false],
    ['p1', 'fixing', roles(null, 'bob'), true],
    // P2 and P3 need one: never understaffed.
    ['P2', 'investigating', roles(null, 'bob'), false],
    ['P2', 'fixing', roles('bob', 'bob'), false],
    ['P3', 'triage', roles(null, null), false],
    // Once over, nobody is paged to staff it.
    ['P1', 'resolved', roles(null, 'bob'), false],
    ['P1', 'closed', roles('bob', 'bob'), false],
    ['P1', 'declined', roles(null, 'bob'), false],
  ] as const)('%s %s with %j: %s', (severity, status, held, expected) => {
    expect(isUnderstaffed(config, { severity, status, roles: held })).toBe(expected);
  });

  it('follows min_responders of custom severities', () => {
    const custom = loadConfig('severities:\n  SEV1: { min_responders: 3 }\n  SEV2: { min_responders: 2 }\n  SEV3: { min_responders: 1 }\n');
    expect(isUnderstaffed(custom, { severity: 'SEV1', status: 'fixing', roles: roles('bob', 'bob') })).toBe(true);
    expect(isUnderstaffed(custom, { severity: 'SEV2', status: 'fixing', roles: roles(null, 'bob') })).toBe(true);
    expect(isUnderstaffed(custom, { severity: 'SEV2', status: 'fixing', roles: roles('alice', 'bob') })).toBe(false);
    expect(isUnderstaffed(custom, { severity: 'SEV3', status: 'fixing', roles: roles(null, 'bob') })).toBe(false);
  });
});
