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

/** One incident's line in the report. */
export interface IncidentLine {
  id: string;
  title: string;
  severity: string;
  status: Status;
  type: string;
  declaredAt: string;
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

function group(lines: readonly IncidentLine[]): GroupMetrics {
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
  return {
    incidents: lines.length,
    timeToAcknowledge: durationStat(lines.map((l) => l.timeToAcknowledgeMs)),
    timeToMitigate: durationStat(lines.map((l) => l.timeToMitigateMs)),
    timeToResolve: durationStat(lines.map((l) => l.timeToResolveMs)),
    updates: { ...updates, onTime, keptRatio: updates.due ? onTime / updates.due : null },
  };
}

/** Builds the report over `incidents` (valid incident files) as of `now`. */
export function buildReport(incidents: readonly IncidentDocument[], config: Config, now: number): IncidentReport {
  const lines: IncidentLine[] = incidents.map(({ record, log }) => {
    const metrics = computeMetrics({ record, log, config, now });
    return {
      id: record.id,
      title: record.title,
      severity: record.severity,
      status: record.status,
      type: record.type,
      declaredAt: record.declared_at,
      timeToAcknowledgeMs: metrics.timeToAcknowledge,
      timeToMitigateMs: metrics.timeToMitigate,
      timeToResolveMs: metrics.timeToResolve,
      updates: metrics.updates,
    };
  });
  lines.sort((a, b) => Date.parse(a.declaredAt) - Date.parse(b.declaredAt) || a.id.localeCompare(b.id, 'en', { numeric: true }));

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
  ].join('\n');
}
