/**
 * Metrics across incidents (`sitrep report`): counts by severity, status and type, mean and
 * median time to acknowledge, mitigate and resolve, and how well updates kept to the cadence.
 * Pure: incidents, configuration and the clock in, a plain data report out.
 */
import type { Config } from './config.js';
import { formatDuration } from './duration.js';
import type { IncidentDocument } from './incident-file.js';
import { STATUSES, type Status } from './lifecycle.js';
import { computeMetrics, type UpdateCadence } from './metrics.js';
import { formatTimestamp } from './time.js';

/** A duration statistic over the incidents where it is known. */
export interface DurationStat {
  /** Incidents it is known for. */
  count: number;
  meanMs: number | null;
  medianMs: number | null;
  maxMs: number | null;
}

/** How updates kept to the cadence, summed over incidents. */
export interface CadenceKept extends UpdateCadence {
  /** Updates made on time. */
  onTime: number;
  /** Share of the updates due that were made on time (0–1); null when none were due. */
  keptRatio: number | null;
}

/** Metrics over a group of incidents. */
export interface GroupMetrics {
  incidents: number;
  /** Declaration → first response (MTTA). */
  timeToAcknowledge: DurationStat;
  /** Declaration → first move to monitoring. */
  timeToMitigate: DurationStat;
  /** Declaration → resolution (MTTR). */
  timeToResolve: DurationStat;
  updates: CadenceKept;
}

/** Median and 90th percentile (nearest rank) of a duration over the incidents where it is known. */
export interface PercentileStat {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}

/** One calendar month (UTC) of incidents, by declaration. */
export interface MonthMetrics {
  /** `YYYY-MM`. */
  month: string;
  incidents: number;
  /** Every severity of the report, in its order (zeros included, so months line up). */
  bySeverity: Record<string, number>;
  /** Incidents with a non-empty `caused_by`. */
  causedByChange: number;
  /** Declaration → first response (MTTA). */
  timeToAcknowledge: PercentileStat;
  /** Declaration → resolution (MTTR). */
  timeToResolve: PercentileStat;
  /** Updates of the month's incidents (an incident's updates count in the month it was declared). */
  updates: CadenceKept;
}

/** Incidents caused by a change (SPEC 4.10): the change failure rate's numerator. */
export interface CausedByChange {
  incidents: number;
  /** Share of all incidents (0–1); null without incidents. */
  share: number | null;
  /** Per affected service (an incident counts for each of its services; `(no service)` when it names none), by name. */
  byService: Record<string, { incidents: number; causedByChange: number }>;
}

/** INC-2 before INC-10. */
const ID_ORDER = new Intl.Collator('en', { numeric: true });

/** Services an incident without any is counted under. */
export const NO_SERVICE = '(no service)';

/** One incident's line in the report. */
export interface IncidentLine {
  id: string;
  title: string;
  severity: string;
  status: Status;
  type: string;
  declaredAt: string;
  services: string[];
  /** Pull request URLs of the changes that caused it. */
  causedBy: string[];
  timeToAcknowledgeMs: number | null;
  timeToMitigateMs: number | null;
  timeToResolveMs: number | null;
  updates: UpdateCadence;
}

export interface IncidentReport {
  /** The time the report is computed at: open incidents owe updates up to it. */
  asOf: string;
  incidents: number;
  /** Earliest and latest declaration, or null without incidents. */
  declared: { from: string; to: string } | null;
  counts: {
    /** Configured severities in order (most severe first), then any other found in the files. */
    severity: Record<string, number>;
    /** Lifecycle order. */
    status: Record<Status, number>;
    type: Record<string, number>;
  };
  all: GroupMetrics;
  bySeverity: Record<string, GroupMetrics>;
  causedByChange: CausedByChange;
  /** Every month from the first declaration to the last, oldest first (empty months included). */
  months: MonthMetrics[];
  perIncident: IncidentLine[];
}

function durationStat(values: readonly (number | null)[]): DurationStat {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (!known.length) return { count: 0, meanMs: null, medianMs: null, maxMs: null };
  const middle = Math.floor(known.length / 2);
  const median = known.length % 2 ? (known[middle] as number) : ((known[middle - 1] as number) + (known[middle] as number)) / 2;
  return {
    count: known.length,
    meanMs: Math.round(known.reduce((a, b) => a + b, 0) / known.length),
    medianMs: Math.round(median),
    maxMs: known.at(-1) as number,
  };
}

/** Median (mean of the middle two) and 90th percentile (nearest rank). */
export function percentiles(values: readonly (number | null)[]): PercentileStat {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (!known.length) return { count: 0, medianMs: null, p90Ms: null };
  const middle = Math.floor(known.length / 2);
  const median = known.length % 2 ? (known[middle] as number) : ((known[middle - 1] as number) + (known[middle] as number)) / 2;
  return { count: known.length, medianMs: Math.round(median), p90Ms: known[Math.ceil(0.9 * known.length) - 1] as number };
}

function cadenceKept(lines: readonly IncidentLine[]): CadenceKept {
  const updates = lines.reduce<UpdateCadence>(
    (sum, line) => ({
      made: sum.made + line.updates.made,
      due: sum.due + line.updates.due,
      late: sum.late + line.updates.late,
      missed: sum.missed + line.updates.missed,
    }),
    { made: 0, due: 0, late: 0, missed: 0 },
  );
  const onTime = updates.made - updates.late;
  return { ...updates, onTime, keptRatio: updates.due ? onTime / updates.due : null };
}

function group(lines: readonly IncidentLine[]): GroupMetrics {
  return {
    incidents: lines.length,
    timeToAcknowledge: durationStat(lines.map((l) => l.timeToAcknowledgeMs)),
    timeToMitigate: durationStat(lines.map((l) => l.timeToMitigateMs)),
    timeToResolve: durationStat(lines.map((l) => l.timeToResolveMs)),
    updates: cadenceKept(lines),
  };
}

/** `2026-11-21T10:02:11Z` → `2026-11`. */
function monthOf(timestamp: string): string {
  return timestamp.slice(0, 7);
}

/** Every month from `first` to `last` (`YYYY-MM`), inclusive. */
function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const name = `${year}-${String(month).padStart(2, '0')}`;
    months.push(name);
    if (name >= last) break;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}

function byMonth(lines: readonly IncidentLine[], severities: readonly string[]): MonthMetrics[] {
  const first = lines[0];
  const last = lines.at(-1);
  if (!first || !last) return [];
  const grouped = new Map<string, IncidentLine[]>();
  for (const line of lines) {
    const month = monthOf(line.declaredAt);
    const these = grouped.get(month);
    if (these) these.push(line);
    else grouped.set(month, [line]);
  }
  return monthRange(monthOf(first.declaredAt), monthOf(last.declaredAt)).map((month) => {
    const these = grouped.get(month) ?? [];
    const bySeverity: Record<string, number> = Object.fromEntries(severities.map((name) => [name, 0]));
    for (const line of these) bySeverity[line.severity] = (bySeverity[line.severity] ?? 0) + 1;
    return {
      month,
      incidents: these.length,
      bySeverity,
      causedByChange: these.filter((l) => l.causedBy.length > 0).length,
      timeToAcknowledge: percentiles(these.map((l) => l.timeToAcknowledgeMs)),
      timeToResolve: percentiles(these.map((l) => l.timeToResolveMs)),
      updates: cadenceKept(these),
    };
  });
}

function causedByChange(lines: readonly IncidentLine[]): CausedByChange {
  const byService: Record<string, { incidents: number; causedByChange: number }> = {};
  for (const line of lines) {
    for (const service of line.services.length ? new Set(line.services) : [NO_SERVICE]) {
      const entry = (byService[service] ??= { incidents: 0, causedByChange: 0 });
      entry.incidents++;
      if (line.causedBy.length) entry.causedByChange++;
    }
  }
  const sorted = Object.fromEntries(Object.entries(byService).sort(([a], [b]) => (a === NO_SERVICE ? 1 : b === NO_SERVICE ? -1 : a.localeCompare(b))));
  const caused = lines.filter((l) => l.causedBy.length > 0).length;
  return { incidents: caused, share: lines.length ? caused / lines.length : null, byService: sorted };
}

/**
 * Builds the report over `incidents` (valid incident files) as of `now`. Each incident is turned
 * into its line as it comes, so `incidents` may be read lazily: the report holds its lines, never
 * the files or their Logs.
 */
export function buildReport(incidents: Iterable<Pick<IncidentDocument, 'record' | 'log'>>, config: Config, now: number): IncidentReport {
  const lines: IncidentLine[] = [];
  for (const { record, log } of incidents) {
    const metrics = computeMetrics({ record, log, config, now });
    lines.push({
      id: record.id,
      title: record.title,
      severity: record.severity,
      status: record.status,
      type: record.type,
      declaredAt: record.declared_at,
      services: [...record.services],
      causedBy: [...(record.caused_by ?? [])],
      timeToAcknowledgeMs: metrics.timeToAcknowledge,
      timeToMitigateMs: metrics.timeToMitigate,
      timeToResolveMs: metrics.timeToResolve,
      updates: metrics.updates,
    });
  }
  // Each line's time read once; one collator (localeCompare with options makes one per call).
  const declared = new Map(lines.map((line) => [line, Date.parse(line.declaredAt)]));
  lines.sort((a, b) => (declared.get(a) as number) - (declared.get(b) as number) || ID_ORDER.compare(a.id, b.id));

  const severities = [...config.severities.map((s) => s.name)];
  for (const line of lines) if (!severities.includes(line.severity)) severities.push(line.severity);
  const severity: Record<string, number> = Object.fromEntries(severities.map((s) => [s, 0]));
  const status = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const type: Record<string, number> = { incident: 0, security: 0 };
  for (const line of lines) {
    severity[line.severity] = (severity[line.severity] ?? 0) + 1;
    status[line.status] += 1;
    type[line.type] = (type[line.type] ?? 0) + 1;
  }
  const bySeverity: Record<string, GroupMetrics> = {};
  for (const name of severities) bySeverity[name] = group(lines.filter((l) => l.severity === name));

  const first = lines[0];
  const last = lines.at(-1);
  return {
    asOf: formatTimestamp(now),
    incidents: lines.length,
    declared: first && last ? { from: first.declaredAt, to: last.declaredAt } : null,
    counts: { severity, status, type },
    all: group(lines),
    bySeverity,
    causedByChange: causedByChange(lines),
    months: byMonth(lines, severities),
    perIncident: lines,
  };
}

function span(ms: number | null): string {
  if (ms === null) return '—';
  return ms < 60_000 ? '< 1m' : formatDuration(ms);
}

function stat(s: DurationStat): string {
  return s.count ? `${span(s.meanMs)} / ${span(s.medianMs)}` : '—';
}

function percent(ratio: number | null): string {
  return ratio === null ? '—' : `${Math.round(ratio * 100)}%`;
}

/** Left-aligned columns, two spaces apart; numbers right-aligned. */
function columns(rows: readonly string[][], numeric: ReadonlySet<number>): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((row) => row.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd())
    .join('\n');
}

function counts(record: Record<string, number>): string {
  const shown = Object.entries(record).filter(([, n]) => n > 0);
  return shown.length ? shown.map(([name, n]) => `${name} ${n}`).join(', ') : 'none';
}

function p50p90(s: PercentileStat): string {
  return s.count ? `${span(s.medianMs)} / ${span(s.p90Ms)}` : '—';
}

/** The per-month table: incidents by severity, caused by a change, MTTA and MTTR, cadence kept. */
function monthsTable(report: IncidentReport): string {
  const severities = Object.entries(report.counts.severity).filter(([, n]) => n > 0).map(([name]) => name);
  const header = ['Month', 'Incidents', ...severities, 'Caused by change', 'MTTA', 'MTTR', 'Updates on time/due', 'Kept'];
  const rows = report.months.map((m) => [
    m.month,
    String(m.incidents),
    ...severities.map((name) => String(m.bySeverity[name] ?? 0)),
    String(m.causedByChange),
    p50p90(m.timeToAcknowledge),
    p50p90(m.timeToResolve),
    `${m.updates.onTime}/${m.updates.due}`,
    percent(m.updates.keptRatio),
  ]);
  const numeric = new Set([1, ...severities.map((_, i) => 2 + i), 2 + severities.length, 6 + severities.length]);
  return columns([header, ...rows], numeric);
}

function servicesTable(report: IncidentReport): string {
  const rows = Object.entries(report.causedByChange.byService).map(([name, s]) => [name, String(s.incidents), String(s.causedByChange)]);
  return columns([['Service', 'Incidents', 'Caused by change'], ...rows], new Set([1, 2]));
}

/** The report as text for a terminal. */
export function renderReportText(report: IncidentReport): string {
  if (!report.incidents) return `No incidents (as of ${report.asOf}).\n`;
  const period = report.declared ? `declared ${report.declared.from.slice(0, 10)} to ${report.declared.to.slice(0, 10)}` : '';
  const header = ['', 'Incidents', 'Acknowledge', 'Mitigate', 'Resolve', 'Updates made/due', 'Late', 'Missed', 'On time'];
  const row = (name: string, g: GroupMetrics) => [
    name,
    String(g.incidents),
    stat(g.timeToAcknowledge),
    stat(g.timeToMitigate),
    stat(g.timeToResolve),
    `${g.updates.made}/${g.updates.due}`,
    String(g.updates.late),
    String(g.updates.missed),
    percent(g.updates.keptRatio),
  ];
  const rows = [
    header,
    ...Object.entries(report.bySeverity).filter(([, g]) => g.incidents > 0).map(([name, g]) => row(name, g)),
    row('All', report.all),
  ];
  const { updates } = report.all;
  return [
    `${report.incidents} incident${report.incidents === 1 ? '' : 's'}, ${period} (as of ${report.asOf})`,
    '',
    `By severity:  ${counts(report.counts.severity)}`,
    `By status:    ${counts(report.counts.status)}`,
    `By type:      ${counts(report.counts.type)}`,
    '',
    'Times from declaration, mean / median (acknowledge = MTTA, resolve = MTTR):',
    '',
    columns(rows, new Set([1, 5, 6, 7, 8])),
    '',
    `Cadence kept: ${updates.onTime} of ${updates.due} updates due were made on time (${percent(updates.keptRatio)}); ${updates.late} late, ${updates.missed} missed.`,
    '',
    'By month of declaration (MTTA and MTTR as median / p90; an incident\'s updates count in its month):',
    '',
    monthsTable(report),
    '',
    `Caused by a change (caused_by): ${report.causedByChange.incidents} of ${report.incidents} incidents (${percent(report.causedByChange.share)}).`,
    '',
    servicesTable(report),
    '',
  ].join('\n');
}
