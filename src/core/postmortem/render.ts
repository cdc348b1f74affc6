/**
 * The postmortem (SPEC 4.4): rendered from a Markdown template through the AST, with generated
 * regions between `<!-- sitrep:generated:<name> -->` markers that a rebuild rewrites while every
 * human edit elsewhere is kept byte for byte.
 */
import { posix } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { stringifyFrontMatter } from '../incident-file.js';
import { embeddableMarkdown, findSection, parseMarkdown, plainText, stringifyMarkdown } from '../markdown.js';
import { computeMetrics } from '../metrics.js';
import { responders, timelineRows } from '../timeline.js';
import { changesBody, withChangesSection } from './changes.js';
import { actionItems, appendLateFollowups, lateFollowups } from './followups.js';
import { frontMatterOf } from './front-matter.js';
import type { PostmortemInput } from './input.js';
import { regenerate } from './regenerate.js';
import { endMarker, GENERATED_REGIONS, scanPostmortem, startMarker, type RegionName } from './regions.js';
import { metricsTable, paragraph, respondersTable, stringifyCompact, timelineTable, when } from './tables.js';

/** Renders the postmortem; when `existing` is given, rewrites only its generated regions (see `regenerate`). */
export function renderPostmortem(input: PostmortemInput): string {
  const fresh = withChangesSection(renderFresh(input), input);
  if (!input.existing?.trim()) return fresh;
  // Offline, what GitHub listed before is kept rather than replaced by "needs GitHub".
  const keep: RegionName[] = input.changes ? [] : ['changes'];
  const existing = withChangesSection(input.existing, input);
  return appendLateFollowups(regenerate(existing, fresh, { keep }), lateFollowups(input.incident.log));
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
