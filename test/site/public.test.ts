import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { availability, formatPercent, impactWindows } from '../../src/site/availability.js';
import { publicState, publicView } from '../../src/site/public.js';
import { readIncidentFiles } from '../../src/site/read.js';
import { configText, incidentFile, logLine, type IncidentFields } from './fixtures.js';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const DECLARED = logLine('2026-11-20T10:00:00Z', 'bob', 'declared', 'P2, investigating');
const PUBLIC = logLine('2026-11-20T10:05:00Z', 'alice', 'public', 'We are looking into errors.');

function view(files: { path: string; text: string }[], components: string[] = []) {
  const config = loadConfig(configText({ components }));
  const { incidents, skipped } = readIncidentFiles(files);
  expect(skipped).toEqual([]);
  return publicView(incidents, config, NOW);
}

function one(fields: Partial<IncidentFields>, log: string[] = [DECLARED, PUBLIC], components: string[] = []) {
  const [incident, ...rest] = view([incidentFile({ issue: 7, ...fields }, log)], components);
  expect(rest).toEqual([]);
  if (!incident) throw new Error('not published');
  return incident;
}

describe('publicView: what is published', () => {
  it.each([
    ['an incident without a public update', 'incident', [DECLARED, logLine('2026-11-20T10:05:00Z', 'alice', 'update (investigating)', 'internal')]],
    ['a security incident without a public update', 'security', [DECLARED, logLine('2026-11-20T10:05:00Z', 'alice', 'note', 'internal')]],
  ] as const)('leaves out %s', (_name, type, log) => {
    expect(view([incidentFile({ issue: 1, type }, [...log])])).toEqual([]);
  });

  it('keeps a security incident once it has a public update', () => {
    expect(view([incidentFile({ issue: 1, type: 'security' }, [DECLARED, PUBLIC])]).map((i) => i.id)).toEqual(['INC-1']);
  });

  it('sorts newest impact first', () => {
    const files = [
      incidentFile({ issue: 1, declared_at: '2026-11-01T00:00:00Z' }, [DECLARED, PUBLIC]),
      incidentFile({ issue: 2, declared_at: '2026-11-03T00:00:00Z' }, [DECLARED, PUBLIC]),
      incidentFile({ issue: 3, declared_at: '2026-11-02T00:00:00Z', started_at: '2026-11-02T23:00:00Z' }, [DECLARED, PUBLIC]),
    ];
    expect(view(files).map((i) => i.id)).toEqual(['INC-2', 'INC-3', 'INC-1']);
  });
});

describe('publicView: title and components', () => {
  it.each([
    [{ public: { title: 'Checkout errors' } }, [], 'Checkout errors', ['checkout-api']],
    [{ services: ['checkout-api', 'payments-db'] }, [], 'Incident affecting checkout-api, payments-db', ['checkout-api', 'payments-db']],
    [{ services: ['checkout-api', 'payments-db'] }, ['checkout-api'], 'Incident affecting checkout-api', ['checkout-api']],
    [{ services: ['payments-db'] }, ['Checkout'], 'Service incident', []],
    [{ services: ['payments-db'], public: { components: ['Checkout', 'Ledger'] } }, ['Checkout'], 'Incident affecting Checkout', ['Checkout']],
    [{ public: { title: '  ', components: [] } }, [], 'Service incident', []],
  ] as [Partial<IncidentFields>, string[], string, string[]][])('%j with listed components %j → %s', (fields, listed, title, components) => {
    const incident = one({ title: 'INTERNAL title', ...fields }, [DECLARED, PUBLIC], listed);
    expect(incident.title).toBe(title);
    expect(incident.components).toEqual(components);
  });
});

describe('publicView: impact and state', () => {
  it.each([
    ['P1', 'critical'],
    ['P2', 'major'],
    ['P3', 'minor'],
    ['SEV-UNKNOWN', 'critical'],
  ])('severity %s has %s impact', (severity, impact) => {
    expect(one({ severity }).impact).toBe(impact);
  });

  it.each([
    ['triage', 'investigating'],
    ['investigating', 'investigating'],
    ['fixing', 'identified'],
    ['monitoring', 'monitoring'],
    ['resolved', 'resolved'],
    ['closed', 'resolved'],
    ['declined', 'resolved'],
  ] as const)('status %s reads as %s', (status, state) => {
    expect(publicState(status)).toBe(state);
  });
});

describe('publicView: history', () => {
  it('shows public messages, and status changes after the first one without their text, newest first', () => {
    const incident = one({ status: 'resolved', mitigated_at: '2026-11-20T11:00:00Z', resolved_at: '2026-11-20T12:00:00Z' }, [
      DECLARED,
      logLine('2026-11-20T10:01:00Z', 'bob', 'status', 'investigating → fixing. before publication'),
      logLine('2026-11-20T10:05:00Z', 'alice', 'public', 'We are looking into errors. (next update due 2026-11-20T10:35:00Z)'),
      logLine('2026-11-20T10:30:00Z', 'bob', 'status', 'fixing → investigating. internal move back'),
      logLine('2026-11-20T10:40:00Z', 'bob', 'update (investigating)', 'internal update'),
      logLine('2026-11-20T11:00:00Z', 'bob', 'status', 'investigating → monitoring. internal fix note'),
      logLine('2026-11-20T12:00:00Z', 'bob', 'status', 'monitoring → resolved. internal close note'),
      logLine('2026-11-20T12:30:00Z', 'bob', 'status', 'resolved → closed. postmortem merged'),
    ]);
    expect(incident.updates).toEqual([
      { at: '2026-11-20T12:00:00Z', state: 'resolved', message: null },
      { at: '2026-11-20T11:00:00Z', state: 'monitoring', message: null },
      { at: '2026-11-20T10:30:00Z', state: 'investigating', message: null },
      { at: '2026-11-20T10:05:00Z', state: 'identified', message: 'We are looking into errors.' },
    ]);
    expect(incident).toMatchObject({
      state: 'resolved', active: false, publishedAt: '2026-11-20T10:05:00Z', updatedAt: '2026-11-20T12:00:00Z',
      monitoringAt: '2026-11-20T11:00:00Z', resolvedAt: '2026-11-20T12:00:00Z',
    });
  });

  it('follows a hand edit of the status that left no Log entry', () => {
    const incident = one({ status: 'resolved', resolved_at: '2026-11-21T09:00:00Z' });
    expect(incident.updates[0]).toEqual({ at: '2026-11-21T09:00:00Z', state: 'resolved', message: null });
  });

  it.each([
    [{ started_at: '2026-11-20T09:00:00Z', mitigated_at: '2026-11-20T11:00:00Z', status: 'monitoring' }, '2026-11-20T09:00:00Z', '2026-11-20T11:00:00Z'],
    [{ status: 'resolved', resolved_at: '2026-11-20T13:00:00Z' }, '2026-11-20T10:00:00Z', '2026-11-20T13:00:00Z'],
    [{ status: 'fixing' }, '2026-11-20T10:00:00Z', null],
  ] as [Partial<IncidentFields>, string, string | null][])('impact window of %j: %s → %s', (fields, start, end) => {
    const incident = one({ declared_at: '2026-11-20T10:00:00Z', ...fields });
    expect([incident.startedAt, incident.impactEnd]).toEqual([start, end]);
  });
});

describe('availability', () => {
  const DAY = 86_400_000;
  const now = Date.parse('2026-11-30T12:00:00Z');

  it('weighs a major outage fully, a partial outage at 30% and degraded performance not at all', () => {
    const start = Date.parse('2026-11-29T00:00:00Z');
    const windows = [
      { start, end: start + 2.4 * 3_600_000, impact: 'critical' as const },
      { start: start + 12 * 3_600_000, end: start + 14.4 * 3_600_000, impact: 'major' as const },
      { start: start + 20 * 3_600_000, end: start + 22 * 3_600_000, impact: 'minor' as const },
    ];
    const result = availability(windows, 3 * DAY, now);
    expect(result.days.map((d) => [d.date, d.worst])).toEqual([
      ['2026-11-28', null],
      ['2026-11-29', 'critical'],
      ['2026-11-30', null],
    ]);
    expect(result.days[1]?.availability).toBeCloseTo(1 - 0.1 - 0.03, 10);
    // 2.4h + 0.3 × 2.4h down over 2.5 days.
    expect(result.availability).toBeCloseTo(1 - (2.4 + 0.72) / 60, 10);
  });

  it('counts overlapping windows once, at the heaviest weight, and today only up to now', () => {
    const start = Date.parse('2026-11-30T00:00:00Z');
    const windows = [
      { start, end: start + 6 * 3_600_000, impact: 'critical' as const },
      { start: start + 3 * 3_600_000, end: start + 9 * 3_600_000, impact: 'major' as const },
    ];
    const today = availability(windows, DAY, now).days[0];
    expect(today?.availability).toBeCloseTo(1 - (6 + 0.3 * 3) / 12, 10);
  });

  it('takes open windows up to now and only incidents touching the component', () => {
    const incidents = view([
      incidentFile({ issue: 1, services: ['a'], severity: 'P1', status: 'fixing', declared_at: '2026-11-30T06:00:00Z' }, [DECLARED, PUBLIC]),
      incidentFile({ issue: 2, services: ['b'], severity: 'P1', status: 'fixing', declared_at: '2026-11-30T00:00:00Z' }, [DECLARED, PUBLIC]),
    ]);
    expect(impactWindows(incidents, 'a', now)).toEqual([{ start: Date.parse('2026-11-30T06:00:00Z'), end: now, impact: 'critical' }]);
  });

  it.each([
    [1, '100.00%'],
    [0.99999, '99.99%'],
    [0.5, '50.00%'],
    [0, '0.00%'],
  ])('formats %f as %s, never rounding up', (value, text) => {
    expect(formatPercent(value)).toBe(text);
  });
});
