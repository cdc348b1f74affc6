import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config.js';
import type { IncidentRecord, LogEntry } from '../../src/core/incident.js';
import { computeMetrics, replayCadence } from '../../src/core/metrics.js';
import { formatTimestamp } from '../../src/core/time.js';
import { anIncident, at, configFrom, logLine } from '../support/builders.js';

/** A Log entry `minutes` after T0 (10:00). */
function entry(minutes: number, kind: string, text = '', actor = 'alice'): LogEntry {
  return logLine(formatTimestamp(at(minutes)), actor, kind, text);
}

const declared = entry(0, 'declared', 'P1, investigating', 'bob');

/** An update as `/inc update` logs it, with the due time it set. */
function update(minutes: number, status: string, nextDue: number): LogEntry {
  return entry(minutes, `update (${status})`, `Progress (next update due ${formatTimestamp(at(nextDue))})`);
}

describe('computeMetrics', () => {
  const record = anIncident({
    status: 'resolved',
    started_at: formatTimestamp(at(-12)),
    acknowledged_at: formatTimestamp(at(3)),
    mitigated_at: formatTimestamp(at(80)),
    resolved_at: formatTimestamp(at(150)),
    next_update_due: null,
  });

  it.each<[string, Partial<IncidentRecord>, Partial<ReturnType<typeof computeMetrics>>]>([
    ['a resolved incident', {}, { timeToDeclare: 12 * 60_000, timeToAcknowledge: 3 * 60_000, timeToMitigate: 80 * 60_000, timeToResolve: 150 * 60_000, impactDuration: 92 * 60_000, impactFrom: 'started_at', impactUntil: 'mitigated_at' }],
    ['no impact start: impact is measured from the declaration', { started_at: null }, { timeToDeclare: null, impactDuration: 80 * 60_000, impactFrom: 'declared_at' }],
    ['never mitigated: impact lasts until resolution', { mitigated_at: null }, { timeToMitigate: null, impactDuration: 162 * 60_000, impactUntil: 'resolved_at' }],
    ['still open: impact lasts until now', { status: 'fixing', mitigated_at: null, resolved_at: null }, { timeToResolve: null, impactDuration: 312 * 60_000, impactUntil: 'now' }],
    ['not acknowledged', { acknowledged_at: null }, { timeToAcknowledge: null }],
  ])('%s', (_, overrides, expected) => {
    const metrics = computeMetrics({ record: { ...record, ...overrides }, log: [declared], config: defaultConfig(), now: at(300) });
    expect(metrics).toMatchObject(expected);
  });
});

describe('replayCadence (P1: every 30m; triage 15m; monitoring 1d)', () => {
  const open = anIncident({ status: 'fixing' });
  const resolved = anIncident({ status: 'resolved', next_update_due: null });

  it.each<[string, IncidentRecord, LogEntry[], number, ReturnType<typeof replayCadence>]>([
    ['updates on time, resolved', resolved, [declared, update(25, 'investigating', 55), entry(50, 'status', 'investigating → resolved. Fixed')], 60, { made: 2, due: 2, late: 0, missed: 0 }],
    ['one update 10m late', resolved, [declared, update(40, 'investigating', 70), entry(60, 'status', 'investigating → resolved')], 60, { made: 2, due: 2, late: 1, missed: 0 }],
    ['silent for two and a half intervals: one late update and two missed', resolved, [declared, update(105, 'investigating', 135), entry(130, 'status', 'investigating → resolved')], 200, { made: 2, due: 4, late: 1, missed: 2 }],
    ['open and silent since the last update: what came due is missed', open, [declared, update(20, 'investigating', 50)], 115, { made: 1, due: 4, late: 0, missed: 3 }],
    ['open, next update not due yet', open, [declared, update(20, 'investigating', 50)], 45, { made: 1, due: 1, late: 0, missed: 0 }],
    ['an explicit next: is the due time', resolved, [declared, update(10, 'investigating', 100), entry(95, 'status', 'investigating → resolved')], 200, { made: 2, due: 2, late: 0, missed: 0 }],
    ['monitoring owes an update a day', resolved, [declared, entry(20, 'status', 'investigating → monitoring'), entry(600, 'status', 'monitoring → resolved')], 700, { made: 2, due: 2, late: 0, missed: 0 }],
    ['a status change counts as an update', resolved, [declared, entry(29, 'status', 'investigating → fixing'), entry(58, 'regression', 'fixing → investigating'), entry(80, 'status', 'investigating → resolved')], 100, { made: 3, due: 3, late: 0, missed: 0 }],
    ['notes, roles and escalations are not updates', open, [declared, entry(10, 'note', 'x'), entry(20, 'role', 'coordinator: @carol'), entry(25, 'escalated', 'to @x')], 40, { made: 0, due: 1, late: 0, missed: 1 }],
    ['nothing is owed after resolution', resolved, [declared, entry(10, 'status', 'investigating → resolved'), update(500, 'resolved', 530)], 2000, { made: 1, due: 1, late: 0, missed: 0 }],
    ['a reopen owes updates again', open, [declared, entry(10, 'status', 'investigating → resolved'), entry(100, 'reopened', 'resolved → investigating; cleared resolved_at'), update(125, 'investigating', 155)], 150, { made: 2, due: 2, late: 0, missed: 0 }],
  ])('%s', (_, record, log, now, expected) => {
    expect(replayCadence(record, log, defaultConfig(), at(now))).toEqual(expected);
  });

  it('uses the cadence in force at the time: a P3 raised to P1 owes updates every 30m from then', () => {
    const record = anIncident({ severity: 'P1', status: 'resolved' });
    const log = [
      entry(0, 'declared', 'P3, investigating', 'bob'),
      entry(60, 'severity', 'P3 → P1. Customers affected'),
      update(85, 'investigating', 115),
      entry(150, 'status', 'investigating → resolved'),
    ];
    // Without the raise, P3 owes one update a day and none would be late.
    expect(replayCadence(record, log, defaultConfig(), at(200))).toEqual({ made: 2, due: 3, late: 1, missed: 1 });
  });

  it('starts from the triage cadence when declared in triage', () => {
    const record = anIncident({ status: 'resolved' });
    const log = [entry(0, 'declared', 'P1, triage', 'bob'), entry(20, 'status', 'triage → investigating'), entry(40, 'status', 'investigating → resolved')];
    expect(replayCadence(record, log, defaultConfig(), at(100))).toEqual({ made: 2, due: 2, late: 1, missed: 0 });
  });

  it('follows a configured status cadence', () => {
    const config = configFrom('status_cadence: { fixing: 10m }');
    const record = anIncident({ status: 'fixing' });
    const log = [declared, entry(5, 'status', 'investigating → fixing'), update(14, 'fixing', 24)];
    expect(replayCadence(record, log, config, at(50))).toEqual({ made: 2, due: 5, late: 0, missed: 3 });
  });
});
