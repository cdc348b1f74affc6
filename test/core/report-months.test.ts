/** `sitrep report` per month and per service, over incident files worked out by hand (test/support/report-incidents.ts). */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { buildReport, percentiles, renderReportText } from '../../src/core/report.js';
import { toMillis } from '../../src/core/time.js';
import { AS_OF, manyIncidentFiles, reportIncidents } from '../support/report-incidents.js';

const config = loadConfig(null);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const report = buildReport(reportIncidents(), config, toMillis(AS_OF));

describe('percentiles', () => {
  it.each([
    [[], { count: 0, medianMs: null, p90Ms: null }],
    [[5], { count: 1, medianMs: 5, p90Ms: 5 }],
    [[30, 5, null], { count: 2, medianMs: 18, p90Ms: 30 }],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { count: 10, medianMs: 6, p90Ms: 9 }],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], { count: 11, medianMs: 6, p90Ms: 10 }],
  ])('%j → %j (median of the middle two, p90 by nearest rank)', (values, expected) => {
    expect(percentiles(values)).toEqual(expected);
  });
});

describe('report by month', () => {
  it('lists every month from the first declaration to the last, the empty one included', () => {
    expect(report.months.map((m) => [m.month, m.incidents])).toEqual([
      ['2026-08', 2],
      ['2026-09', 0],
      ['2026-10', 2],
      ['2026-11', 2],
    ]);
  });

  it('counts incidents per month by severity, every configured severity present', () => {
    expect(report.months.map((m) => m.bySeverity)).toEqual([
      { P1: 1, P2: 1, P3: 0 },
      { P1: 0, P2: 0, P3: 0 },
      { P1: 1, P2: 0, P3: 1 },
      { P1: 2, P2: 0, P3: 0 },
    ]);
  });

  it('gives MTTA and MTTR per month as median and p90', () => {
    expect(report.months.map((m) => [m.timeToAcknowledge, m.timeToResolve])).toEqual([
      [{ count: 2, medianMs: 17.5 * MINUTE, p90Ms: 30 * MINUTE }, { count: 2, medianMs: 4 * HOUR, p90Ms: 6 * HOUR }],
      [{ count: 0, medianMs: null, p90Ms: null }, { count: 0, medianMs: null, p90Ms: null }],
      [{ count: 2, medianMs: 61 * MINUTE, p90Ms: 2 * HOUR }, { count: 2, medianMs: 12.5 * HOUR, p90Ms: 24 * HOUR }],
      [{ count: 2, medianMs: 5.5 * MINUTE, p90Ms: 10 * MINUTE }, { count: 2, medianMs: 140 * MINUTE, p90Ms: 4 * HOUR }],
    ]);
  });

  it('keeps the cadence per month: updates made on time against those due', () => {
    expect(report.months.map((m) => [m.updates.onTime, m.updates.due, m.updates.keptRatio])).toEqual([
      [3, 6, 0.5],
      [0, 0, null],
      [3, 3, 1],
      [1, 9, 1 / 9],
    ]);
    // The months add up to the whole.
    expect(report.months.reduce((sum, m) => sum + m.updates.due, 0)).toBe(report.all.updates.due);
  });

  it('counts incidents caused by a change per month and per service', () => {
    expect(report.months.map((m) => m.causedByChange)).toEqual([1, 0, 1, 1]);
    expect(report.causedByChange).toEqual({
      incidents: 3,
      share: 0.5,
      byService: {
        'checkout-api': { incidents: 3, causedByChange: 3 },
        payments: { incidents: 1, causedByChange: 0 },
        search: { incidents: 2, causedByChange: 1 },
        '(no service)': { incidents: 1, causedByChange: 0 },
      },
    });
    expect(report.perIncident.find((l) => l.id === 'INC-5')?.causedBy).toEqual(['https://github.com/acme/checkout/pull/40', 'https://github.com/acme/checkout/pull/41']);
  });

  it('prints the month and service tables after the existing text', () => {
    const text = renderReportText(report);
    expect(text).toContain(
      [
        "By month of declaration (MTTA and MTTR as median / p90; an incident's updates count in its month):",
        '',
        'Month    Incidents  P1  P2  P3  Caused by change  MTTA        MTTR          Updates on time/due  Kept',
        '2026-08          2   1   1   0                 1  18m / 30m   4h / 6h       3/6                   50%',
        '2026-09          0   0   0   0                 0  —           —             0/0                     —',
        '2026-10          2   1   0   1                 1  1h 1m / 2h  12h 30m / 1d  3/3                  100%',
        '2026-11          2   2   0   0                 1  6m / 10m    2h 20m / 4h   1/9                   11%',
        '',
        'Caused by a change (caused_by): 3 of 6 incidents (50%).',
        '',
        'Service       Incidents  Caused by change',
        'checkout-api          3                 3',
        'payments              1                 0',
        'search                2                 1',
        '(no service)          1                 0',
        '',
      ].join('\n'),
    );
  });

  it('has no months and no causes without incidents', () => {
    const empty = buildReport([], config, toMillis(AS_OF));
    expect(empty.months).toEqual([]);
    expect(empty.causedByChange).toEqual({ incidents: 0, share: null, byService: {} });
  });

  // Its speed is measured by bench/report.mjs, not here: a timed test fails on a busy machine.
  it('builds the report for 1,000 incident files', () => {
    const incidents = reportIncidents(manyIncidentFiles(1000));
    const big = buildReport(incidents, config, toMillis(AS_OF));
    expect(big.incidents).toBe(1000);
    expect(big.months.length).toBeGreaterThanOrEqual(24);
    expect(big.causedByChange.incidents).toBe(200);
  });
});
