/**
 * The postmortem (SPEC 4.4): rendered from a Markdown template through the AST, with generated
 * regions between `<!-- sitrep:generated:<name> -->` markers that a rebuild rewrites while every
 * human edit elsewhere is kept byte for byte.
 */
import { posix } from 'node:path';
import type { ListItem, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { isMap, isNode, isScalar, parseDocument, parse as parseYaml } from 'yaml';
import { actionItemKey, parseActionItems } from './action-items.js';
import { severityOf } from './cadence.js';
import type { Config } from './config.js';
import { formatDuration } from './duration.js';
import { roleHolders, type IncidentRecord, type LogEntry } from './incident.js';
import { stringifyFrontMatter, type IncidentDocument } from './incident-file.js';
import { STATUSES } from './lifecycle.js';
import { embeddableMarkdown, findSection, parseMarkdown, plainText, stringifyMarkdown } from './markdown.js';
import { computeMetrics, type IncidentMetrics } from './metrics.js';
import { defuseMentions, inlineUserText, isLogin } from './sanitize.js';
import { renderSuspectChanges, suspectWindow, SUSPECT_CHANGES_REGION, SUSPECT_CHANGES_TITLE, type RepoChanges } from './suspect-changes.js';
import { responders, timelineRows, type Responder, type TimelineEvent, type TimelineRow } from './timeline.js';

/** The regions sitrep writes. Action items are written once, when the postmortem is created. */
export const GENERATED_REGIONS = ['metrics', 'timeline', 'changes', 'action-items', 'responders'] as const;
export type RegionName = (typeof GENERATED_REGIONS)[number];

/** Regions a rebuild leaves alone: the follow-ups step and the reviewers own them once written. */
const WRITTEN_ONCE: ReadonlySet<RegionName> = new Set(['action-items']);

/** Front matter fields sitrep keeps in step with the incident; every other field belongs to people. */
const GENERATED_FIELDS = ['id', 'incident', 'title', 'severity', 'date', 'pull_request'] as const;

/**
 * Serialises the timeline as the shared processor does, but without padding cells to align the
 * pipes: a timeline has thousands of rows, and one long update would pad every row to its width.
 */
const compactTables = unified()
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, { bullet: '-', listItemIndent: 'one', rule: '-', fences: true, emphasis: '_' });

function stringifyCompact(nodes: RootContent[]): string {
  return compactTables.stringify({ type: 'root', children: nodes });
}

/** GitHub refuses a pull request body longer than 65,536 characters; this leaves room to spare. */
export const PULL_REQUEST_BODY_LIMIT = 60_000;

/** The line that opens a generated region. */
export function startMarker(name: string): string {
  return `<!-- sitrep:generated:${name} -->`;
}

/** The line that closes a generated region. */
export function endMarker(name: string): string {
  return `<!-- /sitrep:generated:${name} -->`;
}

/** What a postmortem is rendered from. Pure: the clock is injected, nothing is read. */
export interface PostmortemInput {
  incident: IncidentDocument;
  /** The issue timeline; empty when rendering offline from the file alone. */
  timeline: readonly TimelineEvent[];
  /** The template's Markdown (the repository's `.github/sitrep/postmortem.md`, else the bundled one). */
  template: string;
  config: Config;
  now: number;
  /** The postmortem as it stands (on its branch or on disk): only its generated regions are rewritten. */
  existing?: string;
  pullRequestUrl?: string;
  /**
   * The pull requests merged in the impact window, per repository, as GitHub answered (SPEC 4.10).
   * Absent offline: the section then says the list needs GitHub, and a rebuild keeps the list it has.
   */
  changes?: readonly RepoChanges[];
}

/** The postmortem file's front matter (schemas/postmortem.schema.json). */
export interface PostmortemFrontMatter {
  id: string;
  incident: string;
  title: string;
  severity: string;
  status: 'draft' | 'in-review' | 'final';
  authors: string[];
  date: string;
  pull_request: string | null;
}

/** The Log text of `/inc postmortem` (kind `postmortem`); the timeline and responders leave the kind out. */
export const POSTMORTEM_REQUESTED = 'requested';

/** Renders the postmortem; when `existing` is given, rewrites only its generated regions (see `regenerate`). */
export function renderPostmortem(input: PostmortemInput): string {
  const fresh = withChangesSection(renderFresh(input), input);
  if (!input.existing?.trim()) return fresh;
  // Offline, what GitHub listed before is kept rather than replaced by "needs GitHub".
  const keep: RegionName[] = input.changes ? [] : ['changes'];
  const existing = withChangesSection(input.existing, input);
  return appendLateFollowups(regenerate(existing, fresh, { keep }), lateFollowups(input.incident.log));
}

/**
 * The postmortem with a "Changes in the impact window" section, added before Root cause (else
 * before Action items, else at the end) when it has neither the region nor the heading: a
 * postmortem drafted before the section existed, or from a template without it, gains it on its
 * next rebuild. A heading kept without the region is how people opt out.
 */
function withChangesSection(text: string, input: PostmortemInput): string {
  if (scanPostmortem(text).regions.some((r) => r.name === SUSPECT_CHANGES_REGION)) return text;
  const tree = parseMarkdown(text);
  if (findSection(tree, SUSPECT_CHANGES_TITLE)) return text;
  const before = findSection(tree, 'Root cause') ?? findSection(tree, 'Action items');
  const body = stringifyMarkdown({ type: 'root', children: changesBody(input) });
  const section = `## ${SUSPECT_CHANGES_TITLE}\n\n${startMarker(SUSPECT_CHANGES_REGION)}\n\n${body}\n${endMarker(SUSPECT_CHANGES_REGION)}\n`;
  const at = before?.heading.position?.start.offset;
  if (at === undefined) return `${text.replace(/\n*$/, '\n')}\n${section}`;
  return `${text.slice(0, at)}${section}\n${text.slice(at)}`;
}

/**
 * Follow-ups recorded (`/inc followup`) after the postmortem was first built: Action items are
 * written once, so without this they would never reach the postmortem nor be filed on merge.
 */
function lateFollowups(log: readonly LogEntry[]): string[] {
  // The Log is append-only, so what follows the first `postmortem` entry that is not a request
  // (the pull request opened) came after the first build.
  const built = log.findIndex((e) => e.kind === 'postmortem' && e.text !== POSTMORTEM_REQUESTED);
  if (built < 0) return [];
  return log
    .slice(built + 1)
    .flatMap((e) => (e.kind === 'followup' && e.item.trim() ? [oneLine(e.item)] : []));
}

/**
 * Appends items to the Action items region that the postmortem does not already hold (by title),
 * at the end of the region, leaving everything people wrote as it is.
 */
function appendLateFollowups(text: string, items: readonly string[]): string {
  if (!items.length) return text;
  const region = scanPostmortem(text).regions.find((r) => r.name === 'action-items');
  if (!region) return text;
  const known = new Set(parseActionItems(text).map((item) => actionItemKey(item.title)));
  const lines: string[] = [];
  for (const item of items) {
    const rendered = stringifyMarkdown({
      type: 'list',
      ordered: false,
      spread: false,
      children: [{ type: 'listItem', checked: false, spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: item }] }] }],
    }).trimEnd();
    const [parsed] = parseActionItems(`## Action items\n\n${rendered}\n`);
    if (!parsed || known.has(actionItemKey(parsed.title))) continue;
    known.add(actionItemKey(parsed.title));
    lines.push(rendered);
  }
  if (!lines.length) return text;
  return `${text.slice(0, region.bodyEnd)}${lines.join('\n')}\n${text.slice(region.bodyEnd)}`;
}

/** Path of an incident's postmortem under the configured folder. */
export function postmortemPath(config: Config, id: string): string {
  return `${config.paths.postmortems}/${id}.md`;
}

// ---------------------------------------------------------------------------------------------
// Rendering

function frontMatterOf(input: PostmortemInput): PostmortemFrontMatter {
  const { record, log } = input.incident;
  const holders = roleHolders(record.roles);
  const declaredBy = log.find((e) => e.kind === 'declared')?.actor;
  const authors = (holders.length ? holders : declaredBy ? [declaredBy] : []).filter((login) => isLogin(login) && !/\[bot\]$/i.test(login));
  return {
    id: record.id,
    incident: record.id,
    title: record.title,
    severity: record.severity,
    status: 'draft',
    authors,
    date: record.declared_at.slice(0, 10),
    pull_request: input.pullRequestUrl ?? null,
  };
}

function when(timestamp: string | null): string {
  return timestamp ? timestamp.replace('T', ' ').replace(/:\d{2}Z$/, ' UTC') : '—';
}

function placeholders(input: PostmortemInput): Record<string, string> {
  const { record } = input.incident;
  const incidentFile = `${input.config.paths.incidents}/${record.id}.md`;
  return {
    id: record.id,
    title: record.title,
    severity: record.severity,
    status: record.status,
    issue: String(record.issue),
    declared: when(record.declared_at),
    started: record.started_at ? when(record.started_at) : 'unknown',
    resolved: record.resolved_at ? when(record.resolved_at) : 'not yet',
    incident_path: posix.relative(input.config.paths.postmortems, incidentFile),
  };
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

/** The Action items task list, from the Log's `followup` entries (already in the item grammar). */
function actionItems(input: PostmortemInput): RootContent[] {
  const items: ListItem[] = input.incident.log
    .flatMap((e) => (e.kind === 'followup' && e.item.trim() ? [oneLine(e.item)] : []))
    .map((item) => ({
      type: 'listItem',
      checked: false,
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: item }] }],
    }));
  return items.length ? [{ type: 'list', ordered: false, spread: false, children: items }] : [];
}

/** An action item's text on one line, as the task list needs it. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function paragraph(text: string): RootContent {
  return { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: text }] }] };
}

/** `acme/checkout#1234` for a pull request URL, else the URL. */
function pullRequestName(url: string): string {
  const match = /^https?:\/\/[^/]+\/([^/]+\/[^/]+)\/pull\/(\d+)\/?$/.exec(url);
  return match ? `${match[1]}#${match[2]}` : url;
}

/**
 * The Changes in the impact window region: the changes recorded as the cause (`/inc cause`), then
 * the pull requests merged in the window, or offline a note that listing them needs GitHub.
 */
function changesBody(input: PostmortemInput): RootContent[] {
  const { record } = input.incident;
  const window = suspectWindow(record, input.config, input.now);
  const out: RootContent[] = [];
  const causes = record.caused_by ?? [];
  if (causes.length) {
    const links = causes.flatMap((url, i): PhrasingContent[] => [
      ...(i ? [{ type: 'text' as const, value: ', ' }] : []),
      { type: 'link', url, children: [{ type: 'text', value: pullRequestName(url) }] },
    ]);
    out.push({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'Caused by' }] }, { type: 'text', value: ': ' }, ...links] });
  }
  if (input.changes) return [...out, ...renderSuspectChanges(input.changes, { window })];
  out.push(
    paragraph(
      `The pull requests merged from ${when(window.from)} to ${when(window.to)} are listed when the postmortem is built on GitHub (${input.config.command} postmortem); offline they are not known.`,
    ),
  );
  return out;
}

function regionBodies(input: PostmortemInput): Record<RegionName, RootContent[]> {
  const { record, log } = input.incident;
  const rows = timelineRows(log, input.timeline);
  const people = responders(record, log, input.timeline);
  return {
    metrics: [metricsTable(computeMetrics({ record, log, config: input.config, now: input.now }), record, input.config)],
    timeline: rows.length ? [timelineTable(rows)] : [paragraph('No events recorded.')],
    changes: changesBody(input),
    'action-items': actionItems(input),
    responders: people.length ? [respondersTable(people)] : [paragraph('No responders recorded.')],
  };
}

/**
 * The Summary and Impact sections of the incident file, as embeddable Markdown. They come before
 * the (possibly very long) Log, so the file is parsed up to the Log first, and in full only when
 * a section is not found there.
 */
function incidentSections(text: string): { summary: string; impact: string } {
  const read = (tree: Root, source: string, title: string) => {
    const section = findSection(tree, title);
    if (!section) return undefined;
    const start = section.heading.position?.end.offset ?? 0;
    return source.slice(start, section.end).trim();
  };
  // The Log heading's line, confirmed by the parser: it ends the text read when it is a real heading.
  const logLine = /^## Log[ \t]*$/m.exec(text);
  const upToLog = logLine ? text.slice(0, logLine.index + logLine[0].length) : text;
  const headTree = parseMarkdown(upToLog);
  const last = headTree.children.at(-1);
  const isLogHeading = last?.type === 'heading' && last.depth === 2 && last.position?.start.offset === logLine?.index;
  const head = isLogHeading && logLine ? text.slice(0, logLine.index) : text;
  const tree = isLogHeading ? headTree : parseMarkdown(text);
  let summary = read(tree, head, 'Summary');
  let impact = read(tree, head, 'Impact');
  if ((summary === undefined || impact === undefined) && head !== text) {
    const full = parseMarkdown(text);
    summary ??= read(full, text, 'Summary');
    impact ??= read(full, text, 'Impact');
  }
  return { summary: summary ?? '', impact: impact ?? '' };
}

function blockNodes(markdown: string): RootContent[] {
  if (!markdown.trim()) return [paragraph('Not given.')];
  return parseMarkdown(embeddableMarkdown(markdown)).children;
}

const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;

function substitute<T>(node: T, values: Record<string, string>): T {
  const replace = (text: string) => text.replace(PLACEHOLDER, (whole, key: string) => values[key] ?? whole);
  const visit = (n: unknown): unknown => {
    if (!n || typeof n !== 'object') return n;
    const copy: Record<string, unknown> = { ...(n as Record<string, unknown>) };
    delete copy.position;
    if (copy.type === 'text' && typeof copy.value === 'string') copy.value = replace(copy.value);
    if ((copy.type === 'link' || copy.type === 'image' || copy.type === 'definition') && typeof copy.url === 'string') copy.url = replace(copy.url);
    if (Array.isArray(copy.children)) copy.children = copy.children.map(visit);
    return copy;
  };
  return visit(node) as T;
}

function regionStart(node: RootContent): RegionName | undefined {
  if (node.type !== 'html') return undefined;
  return GENERATED_REGIONS.find((name) => node.value.trim() === startMarker(name));
}

/** Renders a new postmortem from the template (ignoring `existing`). */
function renderFresh(input: PostmortemInput): string {
  const template = parseMarkdown(input.template);
  const values = placeholders(input);
  const sections = incidentSections(input.incident.text);
  const bodies = regionBodies(input);
  const children: RootContent[] = [{ type: 'yaml', value: stringifyFrontMatter({ ...frontMatterOf(input) }).trimEnd() }];
  const nodes = template.children.filter((n) => n.type !== 'yaml');
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as RootContent;
    const region = regionStart(node);
    if (region) {
      // The template's own example content between the markers is replaced; the body is spliced in below.
      const end = nodes.findIndex((n, j) => j > i && n.type === 'html' && n.value.trim() === endMarker(region));
      if (end < 0) continue;
      children.push({ type: 'html', value: startMarker(region) }, { type: 'html', value: endMarker(region) });
      i = end;
      continue;
    }
    const block = node.type === 'paragraph' ? plainText(node).trim().match(/^\{\{\s*(summary|impact)\s*\}\}$/)?.[1] : undefined;
    if (block === 'summary' || block === 'impact') {
      children.push(...blockNodes(sections[block]));
      continue;
    }
    children.push(substitute(node, values));
  }
  const skeleton = stringifyMarkdown({ type: 'root', children });
  // Region bodies are stringified on their own and spliced in: the skeleton stays small to scan.
  const regions = scanPostmortem(skeleton).regions;
  let text = skeleton;
  for (const region of [...regions].sort((a, b) => b.bodyStart - a.bodyStart)) {
    const body = bodies[region.name];
    if (!body.length) continue;
    const markdown = region.name === 'timeline' ? stringifyCompact(body) : stringifyMarkdown({ type: 'root', children: body });
    text = `${text.slice(0, region.bodyStart)}\n${markdown}\n${text.slice(region.bodyEnd)}`;
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Reading and regenerating

/** A generated region found in a postmortem: offsets of its body (between the marker lines). */
export interface FoundRegion {
  name: RegionName;
  /** Offset just after the start marker's line break. */
  bodyStart: number;
  /** Offset of the end marker's line. */
  bodyEnd: number;
}

/** A postmortem's structure as far as a rebuild needs it. */
export interface PostmortemScan {
  regions: FoundRegion[];
  /** The front matter block (`---` to `---`) and its YAML, when the file has one. */
  frontMatter?: { start: number; end: number; yaml: string };
}

interface MarkerLine {
  name: RegionName;
  start: boolean;
  lineStart: number;
  /** Offset after the line break. */
  lineEnd: number;
}

function markerLines(text: string): MarkerLine[] {
  const found: MarkerLine[] = [];
  const markers = new Map<string, { name: RegionName; start: boolean }>();
  for (const name of GENERATED_REGIONS) {
    markers.set(startMarker(name), { name, start: true });
    markers.set(endMarker(name), { name, start: false });
  }
  let offset = 0;
  while (offset <= text.length) {
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    // Cheap prefilter: only lines that start with the marker's opening are compared.
    if (text.startsWith('<!-- ', offset)) {
      const marker = markers.get(text.slice(offset, newline < 0 ? text.length : newline).trimEnd());
      if (marker) found.push({ ...marker, lineStart: offset, lineEnd });
    }
    if (newline < 0) break;
    offset = lineEnd;
  }
  return found;
}

function pair(lines: readonly MarkerLine[]): [MarkerLine, MarkerLine][] {
  const pairs: [MarkerLine, MarkerLine][] = [];
  const seen = new Set<RegionName>();
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i] as MarkerLine;
    if (!open.start || seen.has(open.name)) continue;
    const close = lines.find((l, j) => j > i && !l.start && l.name === open.name);
    if (!close) continue;
    // Regions do not nest or overlap: the next region starts after this one ends.
    if (pairs.some(([a, b]) => open.lineStart < b.lineEnd && close.lineEnd > a.lineStart)) continue;
    seen.add(open.name);
    pairs.push([open, close]);
  }
  return pairs;
}

/**
 * Finds the generated regions and the front matter of a postmortem. Marker lines are proposed by
 * a line scan and confirmed by the Markdown parser as top-level HTML nodes (so a marker quoted in
 * a code block, or escaped text that reads like one, is not a marker). The parser reads the file
 * with the regions' bodies left out: those are sitrep's own tables, and can be thousands of rows.
 */
export function scanPostmortem(text: string): PostmortemScan {
  let candidates = markerLines(text);
  for (;;) {
    const pairs = pair(candidates).sort((a, b) => a[0].lineStart - b[0].lineStart);
    // The skeleton: the file with each region's body removed, and a map back to file offsets.
    const cuts = pairs.map(([open, close]) => ({ from: open.lineEnd, to: close.lineStart }));
    let skeleton = '';
    const shifts: { at: number; shift: number }[] = [];
    let last = 0;
    let removed = 0;
    for (const cut of cuts) {
      skeleton += text.slice(last, cut.from);
      removed += cut.to - cut.from;
      shifts.push({ at: cut.from - (removed - (cut.to - cut.from)), shift: removed });
      last = cut.to;
    }
    skeleton += text.slice(last);
    const toFile = (offset: number) => {
      let shift = 0;
      for (const s of shifts) if (offset >= s.at) shift = s.shift;
      return offset + shift;
    };
    const tree = parseMarkdown(skeleton);
    const htmlAt = new Set<number>();
    for (const node of tree.children) {
      if (node.type === 'html' && node.position?.start.offset !== undefined) htmlAt.add(toFile(node.position.start.offset));
    }
    // A marker the parser does not see as a top-level HTML node (say, inside a fenced code block) is text.
    const rejected = pairs.flat().filter((line) => !htmlAt.has(line.lineStart));
    if (rejected.length) {
      candidates = candidates.filter((c) => !rejected.includes(c));
      continue;
    }
    const yaml = tree.children[0];
    const scan: PostmortemScan = {
      regions: pairs.map(([open, close]) => ({ name: open.name, bodyStart: open.lineEnd, bodyEnd: close.lineStart })),
    };
    if (yaml?.type === 'yaml' && yaml.position?.start.offset !== undefined && yaml.position.end.offset !== undefined) {
      scan.frontMatter = { start: toFile(yaml.position.start.offset), end: toFile(yaml.position.end.offset), yaml: yaml.value };
    }
    return scan;
  }
}

/**
 * Rebuilds a postmortem: the generated regions of `existing` (except Action items, written once)
 * take the content of the same regions in `fresh`, and the generated front matter fields take
 * fresh values, except the regions named in `keep`. Every other byte of `existing` is kept, so
 * human edits survive; a region a human removed stays removed.
 */
export function regenerate(existing: string, fresh: string, options: { keep?: readonly RegionName[] } = {}): string {
  const before = scanPostmortem(existing);
  const after = scanPostmortem(fresh);
  const replacements: { start: number; end: number; text: string }[] = [];
  for (const region of before.regions) {
    if (WRITTEN_ONCE.has(region.name) || options.keep?.includes(region.name)) continue;
    const source = after.regions.find((r) => r.name === region.name);
    if (!source) continue;
    replacements.push({ start: region.bodyStart, end: region.bodyEnd, text: fresh.slice(source.bodyStart, source.bodyEnd) });
  }
  const frontMatter = before.frontMatter && after.frontMatter ? mergeFrontMatter(before.frontMatter.yaml, after.frontMatter.yaml) : undefined;
  if (frontMatter !== undefined && before.frontMatter) {
    replacements.push({ start: before.frontMatter.start, end: before.frontMatter.end, text: `---\n${frontMatter}\n---` });
  }
  let text = existing;
  for (const r of replacements.sort((a, b) => b.start - a.start)) text = `${text.slice(0, r.start)}${r.text}${text.slice(r.end)}`;
  return text;
}

/**
 * The existing front matter with the generated fields updated, or undefined when nothing changes
 * (or it does not parse). Only the changed values are replaced in the source, so people's comments,
 * quoting and order survive.
 */
function mergeFrontMatter(existingYaml: string, freshYaml: string): string | undefined {
  const doc = parseDocument(existingYaml);
  if (doc.errors.length || !isMap(doc.contents)) return undefined;
  const fresh = (parseYaml(freshYaml) ?? {}) as Record<string, unknown>;
  const edits: { start: number; end: number; text: string }[] = [];
  let appended = '';
  for (const key of GENERATED_FIELDS) {
    const value = fresh[key];
    // A value sitrep does not know (say, the pull request when rendering offline) never erases one it knew.
    if (value === null || value === undefined) continue;
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    const node = pair?.value;
    if (isScalar(node) && node.value === value) continue;
    const written = stringifyFrontMatter({ [key]: value }).trimEnd();
    if (pair && isNode(node) && node.range) {
      edits.push({ start: node.range[0], end: node.range[1], text: written.slice(`${key}: `.length) });
    } else if (!pair) {
      appended += `${written}\n`;
    } else {
      return undefined;
    }
  }
  if (!edits.length && !appended) return undefined;
  let text = existingYaml;
  for (const edit of edits.sort((a, b) => b.start - a.start)) text = `${text.slice(0, edit.start)}${edit.text}${text.slice(edit.end)}`;
  return appended ? `${text.replace(/\n*$/, '\n')}${appended}`.trimEnd() : text;
}

/** Reads a postmortem's front matter (for the pull request and the follow-ups), or undefined. */
export function readPostmortemFrontMatter(text: string): Partial<PostmortemFrontMatter> | undefined {
  const yaml = scanPostmortem(text).frontMatter?.yaml;
  if (yaml === undefined) return undefined;
  try {
    const value: unknown = parseYaml(yaml);
    return value && typeof value === 'object' ? (value as Partial<PostmortemFrontMatter>) : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// The pull request

/** What the pull request body shows besides the postmortem input. */
export interface PullRequestContext {
  /** Path of the postmortem file in the repository. */
  path: string;
  /** Web URL of the file on its branch. */
  fileUrl: string;
}

/** `Postmortem: INC-42 <title>`, cut to what GitHub shows in a title. */
export function pullRequestTitle(record: IncidentRecord): string {
  const title = `Postmortem: ${record.id} ${record.title.replace(/\s+/g, ' ').trim()}`;
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}

/**
 * The pull request body: what to do, the key metrics and the timeline. It stays under GitHub's
 * 65,536 characters (`limit`): an over-long timeline is cut to its first and last events here,
 * and is complete in the file. Every piece of user text is escaped and cannot ping anyone.
 */
export function renderPullRequestBody(input: PostmortemInput, ctx: PullRequestContext, limit = PULL_REQUEST_BODY_LIMIT): string {
  const { record, log } = input.incident;
  const metrics = stringifyMarkdown(metricsTable(computeMetrics({ record, log, config: input.config, now: input.now }), record, input.config));
  const head = [
    `<!-- sitrep:postmortem ${record.id} -->`,
    `The postmortem of ${record.id} (#${record.issue}, ${inlineUserText(record.severity)}): **${inlineUserText(record.title)}**, drafted from the incident file and the issue timeline in [\`${ctx.path}\`](${ctx.fileUrl}).`,
    '',
    'To finish it, edit the file on this branch: write the Root cause, Contributing factors, What went well, What went badly and Where we got lucky, and check the Action items (`- [ ] <title> — owner: @login, repo: owner/repo, due: YYYY-MM-DD`). When this pull request is merged, each unchecked item becomes an issue. `/inc postmortem` on the incident rebuilds the generated regions and keeps everything you wrote.',
    '',
    '### Key metrics',
    '',
    metrics.trimEnd(),
    '',
    '### Timeline',
    '',
  ].join('\n');
  const rows = timelineRows(log, input.timeline);
  if (!rows.length) return `${head}_No events recorded._\n`;
  const full = stringifyCompact([timelineTable(rows)]);
  if (head.length + full.length <= limit) return `${head}${full}`;
  // Keep the first and last events, as many as fit, and say where the rest are. A compact table
  // row is one line (cells are single-line text), so rows are taken from the serialised table.
  const lines = full.trimEnd().split('\n');
  const [header = '', delimiter = ''] = lines;
  const body = lines.slice(2);
  const gapRow = (omitted: number, at: string) =>
    stringifyCompact([timelineTable([{ at, event: `… ${omitted} more events: the full timeline is in ${ctx.path}`, who: null }])]).trimEnd().split('\n')[2] ?? '';
  let budget = limit - head.length - header.length - delimiter.length - gapRow(rows.length, record.declared_at).length - 4;
  let first = 0;
  let last = body.length;
  // Alternate between the start and the end, one row at a time, while they fit.
  for (let takeFirst = true; first < last; takeFirst = !takeFirst) {
    const line = takeFirst ? body[first] : body[last - 1];
    if (line === undefined || line.length + 1 > budget) break;
    budget -= line.length + 1;
    if (takeFirst) first++;
    else last--;
  }
  const gap = gapRow(last - first, rows[first]?.at ?? record.declared_at);
  return `${head}${[header, delimiter, ...body.slice(0, first), gap, ...body.slice(last)].join('\n')}\n`;
}
