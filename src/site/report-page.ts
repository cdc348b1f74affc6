/**
 * `sitrep report --html`: the report as one self-contained HTML page for people inside the
 * organisation (never deployed with the status page). Charts are drawn on the server by
 * Observable Plot into linkedom's document, so the page needs no script and fetches nothing;
 * the page around them is a hast tree (hastscript) serialised by hast-util-to-html, so every
 * name from the incident files is escaped as text.
 */
import * as Plot from '@observablehq/plot';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { parseHTML } from 'linkedom';
import { formatDuration } from '../core/duration.js';
import { htmlDocument } from './document.js';
import type { IncidentReport, MonthMetrics, PercentileStat } from '../core/report.js';

/** A chart of the page: its title, what it shows, and its SVG as Plot drew it. */
export interface ReportChart {
  id: string;
  title: string;
  description: string;
  svg: string;
}

/** Severity colours, most severe first; further severities reuse the last. */
const SEVERITY_COLORS = ['#b91c1c', '#f97316', '#facc15', '#60a5fa', '#a78bfa', '#9ca3af'];
const MTTA_COLOR = '#2563eb';
const MTTR_COLOR = '#c2410c';
const BAR_COLOR = '#0f766e';
const CAUSE_COLOR = '#7c3aed';

const WIDTH = 640;
const HEIGHT = 260;
const MINUTE = 60_000;

/** A document for Plot to draw into; one per page is enough. */
function plotDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}

/**
 * `2026-11` → `Nov`, with the year under January and under the first month. Over a year, only
 * every third month is named (January, April, July, October); over four years, only January.
 */
function monthTick(month: string, index: number, count: number): string {
  const [year = '', number = '1'] = month.split('-');
  const every = count > 48 ? 12 : count > 12 ? 3 : 1;
  if ((Number(number) - 1) % every !== 0 && index !== 0) return '';
  const name = new Date(Date.UTC(Number(year), Number(number) - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' });
  return index === 0 || number === '01' ? `${name}\n${year}` : name;
}

/** Labels above bars only while they fit. */
const LABELLED_MONTHS = 12;

function minutesLabel(minutes: number): string {
  return minutes < 1 ? '< 1m' : formatDuration(minutes * MINUTE);
}

function percentLabel(ratio: number | null): string {
  return ratio === null ? '—' : `${Math.round(ratio * 100)}%`;
}

function monthAxis(months: readonly MonthMetrics[]): Plot.ScaleOptions {
  return { type: 'band', domain: months.map((m) => m.month), label: null, tickFormat: (d: string, i: number) => monthTick(d, i, months.length), padding: 0.2 };
}

function draw(document: Document, options: Plot.PlotOptions): string {
  const node = Plot.plot({ document, width: WIDTH, height: HEIGHT, marginTop: 28, marginBottom: 40, style: { fontSize: '12px' }, ...options });
  return (node as unknown as { outerHTML: string }).outerHTML;
}

/** Whole-number ticks from 0 to at least `max`, at most about six of them. */
function integerTicks(max: number): number[] {
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].find((s) => max / s <= 6) ?? Math.ceil(max / 6);
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}

function severityColors(severities: readonly string[]): string[] {
  return severities.map((_, i) => SEVERITY_COLORS[Math.min(i, SEVERITY_COLORS.length - 1)] as string);
}

/** The four charts of the page, drawn as SVG. */
export function reportCharts(report: IncidentReport): ReportChart[] {
  const document = plotDocument();
  const months = report.months;
  const severities = Object.keys(report.counts.severity);
  const x = monthAxis(months);

  const most = Math.max(1, ...months.map((m) => m.incidents));
  const bySeverity = months.flatMap((m) => severities.map((severity) => ({ month: m.month, severity, incidents: m.bySeverity[severity] ?? 0 })));
  const incidents: ReportChart = {
    id: 'incidents',
    title: 'Incidents per month, by severity',
    description: 'Incidents declared each month, stacked by severity (most severe at the bottom).',
    svg: draw(document, {
      ariaLabel: 'Incidents per month, by severity',
      x,
      y: { grid: true, label: 'Incidents', domain: [0, most * 1.12], ticks: integerTicks(most), tickFormat: (d: number) => String(d) },
      color: { domain: severities, range: severityColors(severities) },
      marks: [
        Plot.barY(bySeverity, { x: 'month', y: 'incidents', fill: 'severity', order: severities, title: (d: { month: string; severity: string; incidents: number }) => `${d.month} ${d.severity}: ${d.incidents}` }),
        Plot.text(months.length <= LABELLED_MONTHS * 2 ? months : [], { x: 'month', y: 'incidents', text: (m: MonthMetrics) => (m.incidents ? String(m.incidents) : ''), dy: -7 }),
        Plot.ruleY([0]),
      ],
    }),
  };

  // Plotted as log10(minutes) on a linear scale, so every tick keeps its label (at least 1 minute).
  const minutes = (s: PercentileStat, key: 'medianMs' | 'p90Ms') => (s[key] === null ? Number.NaN : Math.log10(Math.max(1, (s[key] as number) / MINUTE)));
  const series = [
    { name: 'MTTA median', stat: 'timeToAcknowledge', key: 'medianMs', stroke: MTTA_COLOR, dash: null },
    { name: 'MTTA p90', stat: 'timeToAcknowledge', key: 'p90Ms', stroke: MTTA_COLOR, dash: '5,4' },
    { name: 'MTTR median', stat: 'timeToResolve', key: 'medianMs', stroke: MTTR_COLOR, dash: null },
    { name: 'MTTR p90', stat: 'timeToResolve', key: 'p90Ms', stroke: MTTR_COLOR, dash: '5,4' },
  ] as const;
  const points = series.flatMap((s) => months.map((m) => ({ month: m.month, series: s.name, minutes: minutes(m[s.stat], s.key) })));
  const known = points.filter((p) => Number.isFinite(p.minutes)).map((p) => 10 ** p.minutes);
  const top = Math.max(60, ...known) * 1.5;
  const ticks = [1, 5, 15, 60, 240, 1440, 4320, 10080, 43200].filter((t) => t <= top).map(Math.log10);
  const times: ReportChart = {
    id: 'times',
    title: 'Time to acknowledge and to resolve, per month',
    description: 'Median (solid) and 90th percentile (dashed) from declaration, on a logarithmic scale: MTTA in blue, MTTR in orange.',
    svg: draw(document, {
      ariaLabel: 'Time to acknowledge and to resolve, per month',
      x: { ...x, type: 'point', padding: 0.5 },
      y: { grid: true, label: 'From declaration (log scale)', domain: [0, Math.log10(top)], ticks, tickFormat: (v: number) => minutesLabel(Math.round(10 ** v)) },
      marks: [
        ...series.map((s) =>
          Plot.line(
            points.filter((p) => p.series === s.name),
            { x: 'month', y: 'minutes', stroke: s.stroke, strokeWidth: 2, ...(s.dash ? { strokeDasharray: s.dash } : {}) },
          ),
        ),
        ...series.map((s) =>
          Plot.dot(
            points.filter((p) => p.series === s.name && Number.isFinite(p.minutes)),
            { x: 'month', y: 'minutes', fill: s.dash ? 'white' : s.stroke, stroke: s.stroke, r: 3, title: (p: { month: string; minutes: number }) => `${s.name} ${p.month}: ${minutesLabel(10 ** p.minutes)}` },
          ),
        ),
      ],
    }),
  };

  const kept = months.map((m) => ({ month: m.month, percent: m.updates.keptRatio === null ? Number.NaN : m.updates.keptRatio * 100, label: m.updates.due ? `${m.updates.onTime}/${m.updates.due}` : '' }));
  const cadence: ReportChart = {
    id: 'cadence',
    title: 'Cadence kept, per month',
    description: `Share of the status updates due that were made on time${months.length <= LABELLED_MONTHS ? ' (on time / due above each bar)' : ''}; months with none due have no bar.`,
    svg: draw(document, {
      ariaLabel: 'Cadence kept, per month',
      x,
      y: { grid: true, label: 'Updates on time (%)', domain: [0, 110], ticks: [0, 25, 50, 75, 100] },
      marks: [
        Plot.barY(kept, { x: 'month', y: 'percent', fill: BAR_COLOR, title: (d: { month: string; label: string }) => `${d.month}: ${d.label} on time` }),
        Plot.text(kept.length <= LABELLED_MONTHS ? kept : [], { x: 'month', y: 'percent', text: 'label', dy: -7 }),
        Plot.ruleY([0]),
      ],
    }),
  };

  const share = months.map((m) => ({ month: m.month, percent: m.incidents ? (m.causedByChange / m.incidents) * 100 : Number.NaN, label: m.incidents ? `${m.causedByChange}/${m.incidents}` : '' }));
  const caused: ReportChart = {
    id: 'caused-by-change',
    title: 'Caused by a change, per month',
    description: `Share of the month's incidents whose caused_by names a pull request${months.length <= LABELLED_MONTHS ? ' (caused / all above each bar)' : ''}; ${report.causedByChange.incidents} of ${report.incidents} overall (${percentLabel(report.causedByChange.share)}).`,
    svg: draw(document, {
      ariaLabel: 'Caused by a change, per month',
      x,
      y: { grid: true, label: 'Incidents caused by a change (%)', domain: [0, 110], ticks: [0, 25, 50, 75, 100] },
      marks: [
        Plot.barY(share, { x: 'month', y: 'percent', fill: CAUSE_COLOR, title: (d: { month: string; label: string }) => `${d.month}: ${d.label}` }),
        Plot.text(share.length <= LABELLED_MONTHS ? share : [], { x: 'month', y: 'percent', text: 'label', dy: -7 }),
        Plot.ruleY([0]),
      ],
    }),
  };
  return [incidents, times, cadence, caused];
}

/** Plot's SVG, inserted as it is (the only markup on the page not built as hast). */
function raw(value: string): ElementContent {
  return { type: 'raw', value } as unknown as ElementContent;
}

function legend(items: readonly { label: string; color: string; dashed?: boolean }[]): Element {
  return h(
    'ul.legend',
    items.map((item) => h('li', [h(item.dashed ? 'span.swatch.dashed' : 'span.swatch', { style: `--swatch: ${item.color}` }), item.label])),
  );
}

function legendFor(chart: ReportChart, report: IncidentReport): Element | undefined {
  if (chart.id === 'incidents') {
    const severities = Object.keys(report.counts.severity);
    const colors = severityColors(severities);
    return legend(severities.map((label, i) => ({ label, color: colors[i] as string })));
  }
  if (chart.id === 'times') {
    return legend([
      { label: 'MTTA median', color: MTTA_COLOR },
      { label: 'MTTA p90', color: MTTA_COLOR, dashed: true },
      { label: 'MTTR median', color: MTTR_COLOR },
      { label: 'MTTR p90', color: MTTR_COLOR, dashed: true },
    ]);
  }
  return undefined;
}

function span(ms: number | null): string {
  if (ms === null) return '—';
  return ms < MINUTE ? '< 1m' : formatDuration(ms);
}

function stat(s: PercentileStat): string {
  return s.count ? `${span(s.medianMs)} / ${span(s.p90Ms)}` : '—';
}

function table(caption: string, header: readonly string[], rows: readonly string[][], numeric: ReadonlySet<number>): Element {
  const cell = (tag: 'th' | 'td', text: string, i: number) => h(tag, numeric.has(i) ? { className: ['num'] } : {}, text);
  return h('table', [
    h('caption', caption),
    h('thead', h('tr', header.map((text, i) => cell('th', text, i)))),
    h('tbody', rows.map((row) => h('tr', row.map((text, i) => cell(i === 0 ? 'th' : 'td', text, i))))),
  ]);
}

function keyNumbers(report: IncidentReport): Element {
  const figure = (value: string, label: string) => h('div.key', [h('strong', value), h('span', label)]);
  const all = report.all;
  return h('section.keys', { ariaLabel: 'Key numbers' }, [
    figure(String(report.incidents), report.incidents === 1 ? 'incident' : 'incidents'),
    figure(span(all.timeToAcknowledge.medianMs), 'median time to acknowledge'),
    figure(span(all.timeToResolve.medianMs), 'median time to resolve'),
    figure(percentLabel(all.updates.keptRatio), `updates on time (${all.updates.onTime} of ${all.updates.due})`),
    figure(percentLabel(report.causedByChange.share), `caused by a change (${report.causedByChange.incidents})`),
  ]);
}

const CSS = `
:root { color-scheme: light; --ink: #111827; --muted: #4b5563; --line: #e5e7eb; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1400px; padding: 24px 32px 48px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 24px; margin: 0 0 4px; }
header p { margin: 0; color: var(--muted); }
.keys { display: flex; flex-wrap: wrap; gap: 12px; margin: 20px 0; }
.key { flex: 1 1 160px; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.key strong { display: block; font-size: 22px; }
.key span { color: var(--muted); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); gap: 20px; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
figure h2 { font-size: 16px; margin: 0 0 2px; }
figure p { margin: 0 0 8px; color: var(--muted); }
figure svg { width: 100%; height: auto; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 14px; padding: 0; margin: 0 0 6px; }
.swatch { display: inline-block; width: 14px; height: 10px; margin-right: 6px; vertical-align: baseline; background: var(--swatch); }
.swatch.dashed { height: 0; border-top: 3px dashed var(--swatch); background: none; vertical-align: middle; }
h2.tables { font-size: 18px; margin: 28px 0 8px; }
table { border-collapse: collapse; margin: 0 0 20px; }
caption { text-align: left; font-weight: 600; padding: 6px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 12px 4px 0; text-align: left; white-space: nowrap; }
thead th { color: var(--muted); font-weight: 600; }
tbody th { font-weight: normal; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
footer { margin-top: 24px; color: var(--muted); }
`;

/** The whole page as a hast tree. */
export function reportPage(report: IncidentReport, options: { title?: string } = {}): Root {
  const title = options.title ?? 'Incident report';
  const period = report.declared ? `declared ${report.declared.from.slice(0, 10)} to ${report.declared.to.slice(0, 10)}` : 'none declared';
  const charts = report.incidents ? reportCharts(report) : [];
  const severities = Object.entries(report.counts.severity).filter(([, n]) => n > 0).map(([name]) => name);
  const monthRows = report.months.map((m) => [
    m.month,
    String(m.incidents),
    ...severities.map((name) => String(m.bySeverity[name] ?? 0)),
    String(m.causedByChange),
    stat(m.timeToAcknowledge),
    stat(m.timeToResolve),
    `${m.updates.onTime}/${m.updates.due}`,
    percentLabel(m.updates.keptRatio),
  ]);
  const monthNumeric = new Set(Array.from({ length: severities.length + 2 }, (_, i) => i + 1));
  const serviceRows = Object.entries(report.causedByChange.byService).map(([name, s]) => [name, String(s.incidents), String(s.causedByChange)]);

  const body: ElementContent[] = [
    h('header', [h('h1', title), h('p', `${report.incidents} incident${report.incidents === 1 ? '' : 's'}, ${period} (as of ${report.asOf}). Internal: not for the status page.`)]),
    keyNumbers(report),
    h(
      'section.charts',
      charts.map((chart) =>
        h('figure', { id: chart.id, ariaLabelledBy: `${chart.id}-title` }, [
          h('h2', { id: `${chart.id}-title` }, chart.title),
          h('p', chart.description),
          ...[legendFor(chart, report)].filter((e): e is Element => e !== undefined),
          raw(chart.svg),
        ]),
      ),
    ),
  ];
  if (report.incidents) {
    body.push(
      h('h2.tables', 'Tables'),
      table(
        'By month of declaration (MTTA and MTTR as median / p90; an incident\'s updates count in its month)',
        ['Month', 'Incidents', ...severities, 'Caused by change', 'MTTA', 'MTTR', 'Updates on time/due', 'Kept'],
        monthRows,
        monthNumeric,
      ),
      table('Caused by a change, per service (an incident counts for each service it affects)', ['Service', 'Incidents', 'Caused by change'], serviceRows, new Set([1, 2])),
    );
  }
  body.push(h('footer', h('p', 'Built by sitrep report from the incident files.')));

  return htmlDocument({ title, head: [h('meta', { name: 'robots', content: 'noindex, nofollow' }), h('style', CSS)], body });
}

/** The page as HTML text: one file, inline SVG and CSS, no script, nothing fetched. */
export function renderReportHtml(report: IncidentReport, options: { title?: string } = {}): string {
  return `${toHtml(reportPage(report, options), { allowDangerousHtml: true })}\n`;
}
