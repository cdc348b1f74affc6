/** The Markdown blocks of the generated regions: the metrics, timeline and responders tables, and notes. */
import type { PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { severityOf } from '../cadence.js';
import type { Config } from '../config.js';
import { formatDuration } from '../duration.js';
import type { IncidentRecord } from '../incident.js';
import { STATUSES } from '../lifecycle.js';
import type { IncidentMetrics } from '../metrics.js';
import { defuseMentions } from '../sanitize.js';
import type { Responder, TimelineRow } from '../timeline.js';

/**
 * Serialises the timeline as the shared processor does, but without padding cells to align the
 * pipes: a timeline has thousands of rows, and one long update would pad every row to its width.
 */
const compactTables = unified()
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, { bullet: '-', listItemIndent: 'one', rule: '-', fences: true, emphasis: '_' });

export function stringifyCompact(nodes: RootContent[]): string {
  return compactTables.stringify({ type: 'root', children: nodes });
}

export function when(timestamp: string | null): string {
  return timestamp ? timestamp.replace('T', ' ').replace(/:\d{2}Z$/, ' UTC') : '—';
}

/** One-line, mention-free text for a table cell; the stringifier escapes everything Markdown would read. */
function cellText(text: string): string {
  return defuseMentions(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

function cell(children: PhrasingContent[]): TableCell {
  return { type: 'tableCell', children };
}

function textCell(text: string): TableCell {
  return cell([{ type: 'text', value: cellText(text) }]);
}

function table(header: string[], rows: TableCell[][]): Table {
  const row = (cells: TableCell[]): TableRow => ({ type: 'tableRow', children: cells });
  return { type: 'table', align: header.map(() => null), children: [row(header.map((h) => textCell(h))), ...rows.map(row)] };
}

function span(ms: number): string {
  return ms < 60_000 ? '< 1m' : formatDuration(ms);
}

function person(login: string | null): string {
  return login ? `@${login}` : '—';
}

function cadenceText(config: Config, record: IncidentRecord): string {
  const severity = severityOf(config, record.severity);
  const overrides = STATUSES.flatMap((status) => {
    const every = config.statusCadence[status];
    return every === undefined ? [] : [`${status} every ${formatDuration(every)}`];
  });
  return [`${severity.name} every ${formatDuration(severity.updateEvery)}`, ...overrides].join(', ');
}

/** The Key metrics table. */
export function metricsTable(metrics: IncidentMetrics, record: IncidentRecord, config: Config): Table {
  const duration = (metric: string, ms: number | null, measured: string, unknown: string): [string, string, string] =>
    [metric, ms === null ? '—' : span(ms), ms === null ? unknown : measured];
  const impactFrom = metrics.impactFrom === 'started_at' ? 'impact start' : 'declaration (impact start not recorded)';
  const impactUntil = { mitigated_at: 'mitigation', resolved_at: 'resolution', now: 'now (ongoing)' }[metrics.impactUntil];
  const { updates } = metrics;
  const rows: [string, string, string][] = [
    duration('Time to declare', metrics.timeToDeclare, 'impact start → declaration', 'impact start not recorded'),
    duration('Time to acknowledge', metrics.timeToAcknowledge, 'declaration → first response', 'not acknowledged'),
    duration('Time to mitigate', metrics.timeToMitigate, 'declaration → first move to monitoring', 'not mitigated'),
    duration('Time to resolve', metrics.timeToResolve, 'declaration → resolution', 'not resolved'),
    ['Impact duration', span(metrics.impactDuration), `${impactFrom} → ${impactUntil}`],
    [
      'Status updates',
      `${updates.made} of ${updates.due} due`,
      `${updates.late} late, ${updates.missed} missed, against the cadence in force at the time (${cadenceText(config, record)})`,
    ],
  ];
  return table(['Metric', 'Value', 'Measured'], rows.map((r) => r.map((t) => textCell(t))));
}

/** The Timeline table: time (linked to where it happened), event, who. */
export function timelineTable(rows: readonly TimelineRow[]): Table {
  return table(
    ['Time (UTC)', 'Event', 'Who'],
    rows.map((row) => {
      const time = row.at.replace('T', ' ').replace(/:\d{2}Z$/, '');
      const timeCell = row.url ? cell([{ type: 'link', url: row.url, children: [{ type: 'text', value: time }] }]) : textCell(time);
      return [timeCell, textCell(row.event), textCell(person(row.who))];
    }),
  );
}

function responderRoles(r: Responder): string {
  const held = r.roles.join(', ');
  const former = r.formerRoles.map((f) => `${f.role} until ${when(f.until)}`).join(', ');
  return [held, former].filter(Boolean).join('; ') || '—';
}

/** The Responders table: role holders first, then everyone who acted. */
export function respondersTable(people: readonly Responder[]): Table {
  return table(
    ['Responder', 'Role', 'First action', 'Actions'],
    people.map((r) => [textCell(person(r.login)), textCell(responderRoles(r)), textCell(when(r.firstAt)), textCell(String(r.actions))]),
  );
}

export function paragraph(text: string): RootContent {
  return { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: text }] }] };
}
