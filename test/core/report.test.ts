import { logLine } from '../support/builders.js';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import type { IncidentDocument } from '../../src/core/incident-file.js';
import type { IncidentRecord, LogEntry } from '../../src/core/incident.js';
import { buildReport, renderReportText } from '../../src/core/report.js';

const config = loadConfig(null); // P1 every 30m, P2 every 2h, P3 every 1d; triage 15m, monitoring 1d
const MINUTE = 60_000;

function record(overrides: Partial<IncidentRecord> = {}): IncidentRecord {
  return {
    id: 'INC-1',
    title: 'Checkout API returns 502 for EU customers',
    severity: 'P1',
    status: 'resolved',
    type: 'incident',
    issue: 1,
    source: 'alert',
    services: [],
    customers: [],
    declared_at: '2026-11-01T10:00:00Z',
    started_at: null,
    acknowledged_at: '2026-11-01T10:04:00Z',
    mitigated_at: '2026-11-01T11:00:00Z',
    resolved_at: '2026-11-01T12:00:00Z',
    closed_at: null,
    next_update_due: null,
    roles: { coordinator: 'alice', operations: 'bob', communications: null },
    postmortem: null,
    ...overrides,
  };
}

const at = (minutes: number, base = '2026-11-01T10:00:00Z') => new Date(Date.parse(base) + minutes * MINUTE).toISOString().replace('.000Z', 'Z');
const entry = (minutes: number, kind: string, text: string, base?: string): LogEntry => logLine(at(minutes, base), 'alice', kind, text);

function incident(overrides: Partial<IncidentRecord>, log: LogEntry[]): IncidentDocument {
  return { record: record(overrides), log, text: '' };
}

// A P1 with one update 5 minutes late: 3 made, 3 due, 1 late.
const p1 = incident({ id: 'INC-1', issue: 1 }, [
  entry(0, 'declared', 'P1, investigating'),
  entry(25, 'update (investigating)', 'Looking at the pool.'),
  entry(60, 'status', 'investigating → monitoring. Rolled back.'),
  entry(90, 'note', 'A note is not an update.'),
  entry(120, 'status', 'monitoring → resolved. Stable.'),
]);

// A P2 acknowledged after 20 minutes, resolved in 3h without updates: 1 made (the resolve), 1 late, 0 missed.
const p2 = incident(
  { id: 'INC-2', issue: 2, severity: 'P2', declared_at: '2026-11-02T10:00:00Z', acknowledged_at: '2026-11-02T10:20:00Z', mitigated_at: null, resolved_at: '2026-11-02T13:00:00Z' },
  [entry(0, 'declared', 'P2, investigating', '2026-11-02T10:00:00Z'), entry(180, 'status', 'investigating → resolved. Fixed.', '2026-11-02T10:00:00Z')],
);

// An open P1 still fixing: due 30 minutes after declaration, nothing since.
const open = incident(
  { id: 'INC-3', issue: 3, status: 'fixing', declared_at: '2026-11-03T10:00:00Z', acknowledged_at: null, mitigated_at: null, resolved_at: null },
  [entry(0, 'declared', 'P1, investigating', '2026-11-03T10:00:00Z'), entry(5, 'status', 'investigating → fixing. On it.', '2026-11-03T10:00:00Z')],
);

describe('buildReport', () => {
  const report = buildReport([open, p2, p1], config, Date.parse('2026-11-03T11:50:00Z'));

  it('counts incidents by severity (configured order), status (lifecycle order) and type', () => {
    expect(report.incidents).toBe(3);
    expect(report.counts.severity).toEqual({ P1: 2, P2: 1, P3: 0 });
    expect(report.counts.status).toEqual({ triage: 0, investigating: 0, fixing: 1, monitoring: 0, resolved: 2, closed: 0, declined: 0 });
    expect(report.counts.type).toEqual({ incident: 3, security: 0 });
    expect(report.declared).toEqual({ from: '2026-11-01T10:00:00Z', to: '2026-11-03T10:00:00Z' });
    expect(report.perIncident.map((l) => l.id)).toEqual(['INC-1', 'INC-2', 'INC-3']);
  });

  it('takes mean and median of the times known, from declaration', () => {
    expect(report.all.timeToAcknowledge).toEqual({ count: 2, meanMs: 12 * MINUTE, medianMs: 12 * MINUTE, maxMs: 20 * MINUTE });
    expect(report.all.timeToMitigate).toEqual({ count: 1, meanMs: 60 * MINUTE, medianMs: 60 * MINUTE, maxMs: 60 * MINUTE });
    expect(report.all.timeToResolve).toEqual({ count: 2, meanMs: 150 * MINUTE, medianMs: 150 * MINUTE, maxMs: 180 * MINUTE });
    expect(report.bySeverity.P1?.timeToResolve).toEqual({ count: 1, meanMs: 120 * MINUTE, medianMs: 120 * MINUTE, maxMs: 120 * MINUTE });
    expect(report.bySeverity.P3?.incidents).toBe(0);
  });

  it('sums the cadence replayed from each Log; an open incident owes updates up to now', () => {
    expect(report.perIncident.map((l) => [l.id, l.updates])).toEqual([
      // Due 10:30 → update 10:25; due 10:55 → status 11:00 (late); monitoring owes one a day → resolve 12:00.
      ['INC-1', { made: 3, due: 3, late: 1, missed: 0 }],
      // Due 12:00 → resolved 13:00, late by 1h (missed none: a P2 interval is 2h).
      ['INC-2', { made: 1, due: 1, late: 1, missed: 0 }],
      // Status 10:05 → due 10:35; at 11:50 one due and two more 30-minute intervals passed: 3 missed.
      ['INC-3', { made: 1, due: 4, late: 0, missed: 3 }],
    ]);
    expect(report.all.updates).toEqual({ made: 5, due: 8, late: 2, missed: 3, onTime: 3, keptRatio: 3 / 8 });
  });

  it('lists severities found in files but not configured after the configured ones', () => {
    const odd = incident({ id: 'INC-9', issue: 9, severity: 'SEV0' }, [entry(0, 'declared', 'SEV0, investigating')]);
    expect(Object.keys(buildReport([odd], config, Date.parse('2026-11-01T12:00:00Z')).counts.severity)).toEqual(['P1', 'P2', 'P3', 'SEV0']);
  });
});

describe('renderReportText', () => {
  it('prints counts, a table per severity with mean / median times, and the cadence kept', () => {
    const text = renderReportText(buildReport([p1, p2], config, Date.parse('2026-11-03T00:00:00Z')));
    // The month and service tables follow (test/core/report-months.test.ts).
    expect(text.split('\nBy month of declaration')[0]).toBe(
      [
        '2 incidents, declared 2026-11-01 to 2026-11-02 (as of 2026-11-03T00:00:00Z)',
        '',
        'By severity:  P1 1, P2 1',
        'By status:    resolved 2',
        'By type:      incident 2',
        '',
        'Times from declaration, mean / median (acknowledge = MTTA, resolve = MTTR):',
        '',
        '     Incidents  Acknowledge  Mitigate  Resolve          Updates made/due  Late  Missed  On time',
        'P1           1  4m / 4m      1h / 1h   2h / 2h                       3/3     1       0      67%',
        'P2           1  20m / 20m    —         3h / 3h                       1/1     1       0       0%',
        'All          2  12m / 12m    1h / 1h   2h 30m / 2h 30m               4/4     2       0      50%',
        '',
        'Cadence kept: 2 of 4 updates due were made on time (50%); 2 late, 0 missed.',
        '',
      ].join('\n'),
    );
  });

  it('says so when there are no incidents', () => {
    expect(renderReportText(buildReport([], config, Date.parse('2026-11-03T00:00:00Z')))).toBe('No incidents (as of 2026-11-03T00:00:00Z).\n');
  });
});
