import type { ListItem, Paragraph, Root, Text } from 'mdast';
import { Document, isSeq, isScalar, visit as visitYaml } from 'yaml';
import type { Diagnostic } from './diagnostics.js';
import { completeRecord, RECORD_KEYS, type IncidentRecord, type LogEntry } from './incident.js';
import { embeddableMarkdown, findSection, parseMarkdown, plainText, renderList, textListItem } from './markdown.js';
import { readLogEvent, writeLogEvent } from './log.js';
import { checkSchema } from './schemas.js';
import { readIncidentQuickly } from './validate-fast.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

const SEPARATOR = ' · ';

/** An incident file read from the repository. */
export interface IncidentDocument {
  record: IncidentRecord;
  log: LogEntry[];
  /** The file's text as read; every change is spliced into it so human edits survive. */
  text: string;
}

/** What reading a file gave: the document when valid, and every located problem. */
export interface ReadResult<T> {
  document?: T;
  /** The front matter as parsed, even when invalid (for cross-checks and repair). */
  frontMatter?: unknown;
  yaml?: YamlSource;
  problems: Diagnostic[];
}

interface FrontMatterBlock {
  yamlText: string;
  start: number;
  end: number;
  /** The whole file's tree; its offsets are `bom` less than the text's. */
  tree: Root;
  bom: number;
}

function frontMatterOf(text: string, gfm: boolean): FrontMatterBlock | undefined {
  // A byte order mark (some Windows editors write one) hides the opening `---` from the parser; keep it, skip it.
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const tree = parseMarkdown(text.slice(bom), { gfm });
  const first = tree.children[0];
  if (first?.type !== 'yaml' || !first.position) return undefined;
  return { yamlText: first.value, start: bom + (first.position.start.offset ?? 0), end: bom + (first.position.end.offset ?? 0), tree, bom };
}

/**
 * Reads front matter + body with located problems: a missing block, YAML syntax,
 * and schema violations, each at the line of the offending key.
 */
export function readFrontMatter(text: string, path: string, schema: 'incident' | 'postmortem'): ReadResult<never> & { tree?: Root } {
  // Postmortems need GFM (task lists, tables); incident files only their sections and Log.
  const block = frontMatterOf(text, schema === 'postmortem');
  if (!block) {
    return {
      problems: [{ path, line: 1, column: 1, message: 'missing front matter: the file must start with a YAML block between two "---" lines' }],
    };
  }
  // Front matter starts on the line after the opening `---`.
  const yaml = parseYamlSource(block.yamlText, 2);
  if (yaml.errors.length) {
    return { tree: block.tree, problems: yaml.errors.map((e) => ({ path, ...e.position, message: `YAML syntax: ${e.message}` })) };
  }
  const frontMatter = yaml.value;
  if (!frontMatter || typeof frontMatter !== 'object' || Array.isArray(frontMatter)) {
    return { tree: block.tree, frontMatter, problems: [{ path, line: 2, column: 1, message: 'front matter must be a mapping of keys (id, title, severity, ...)' }] };
  }
  const problems = checkSchema(schema, frontMatter).map((p) => ({ path, ...yaml.locate(p.pointer, p.key), message: p.message }));
  return { tree: block.tree, frontMatter, yaml, problems };
}

/**
 * Parses an incident file; `document` is set only when the front matter is valid. The one reader
 * of incident files (validate, the status page, the report, the sweep, reconcile and the drill
 * all read through it): a file in the plain shape sitrep writes, or with the hand edits people
 * make to it, is read the cheap way (`parseIncidentQuickly`); any other file, and every file
 * with a problem, precisely, so problems keep their line and column. Both give the same answer.
 * `fast: false` reads precisely.
 */
export function parseIncident(text: string, path = 'incident.md', options: { fast?: boolean } = {}): ReadResult<IncidentDocument> {
  const quick = options.fast === false ? undefined : parseIncidentQuickly(text);
  if (quick) return { document: quick.document, frontMatter: quick.frontMatter, problems: [] };
  return parseIncidentPrecisely(text, path);
}

/**
 * The document of a valid incident file read the cheap way (js-yaml and the Log's lines,
 * `readIncidentQuickly`), or undefined when the file is not in a shape that reading is sure of,
 * or has a problem (invalid front matter, a Log line that is not one): the precise reading then
 * says where. When it returns, the record and Log equal the precise reading's.
 */
export function parseIncidentQuickly(text: string): { document: IncidentDocument; frontMatter: Record<string, unknown> } | undefined {
  const read = readIncidentQuickly(text);
  if (!read || checkSchema('incident', read.frontMatter).length) return undefined;
  const log: LogEntry[] = [];
  for (const item of read.log) {
    let entry = parseLogLine(item.text);
    if (!entry) return undefined;
    if (item.link) {
      // Only `[link](url)` is a reference; the precise reading keeps another label as text. A URL
      // with `&` may hold an entity the Markdown reader decodes.
      if (item.link.label !== REF_LABEL || item.link.url.includes('&')) return undefined;
      if (item.link.url) entry = { ...entry, ref: item.link.url };
    }
    log.push(entry);
  }
  return { document: { record: completeRecord(read.frontMatter as unknown as IncidentRecord), log, text }, frontMatter: read.frontMatter };
}

/** Parses an incident file through the Markdown tree and `yaml` with positions. */
function parseIncidentPrecisely(text: string, path: string): ReadResult<IncidentDocument> {
  const read = readFrontMatter(text, path, 'incident');
  if (read.problems.length || !read.tree) return read;
  const log = parseLog(read.tree);
  const problems: Diagnostic[] = log.malformed.map((m) => ({
    path,
    line: m.line,
    column: 1,
    message: `Log line is not "<time>${SEPARATOR}@<login>${SEPARATOR}<event>${SEPARATOR}<text>": ${m.text.slice(0, 60)}`,
  }));
  return {
    document: { record: completeRecord(read.frontMatter as IncidentRecord), log: log.entries, text },
    frontMatter: read.frontMatter,
    yaml: read.yaml,
    problems,
  };
}

/** Like parseIncident, but throws when the file cannot be used. */
export function readIncident(text: string, path = 'incident.md'): IncidentDocument {
  const { document, problems } = parseIncident(text, path);
  if (!document) throw new IncidentFileError(path, problems);
  return document;
}

/** Thrown when an incident file in the repository cannot be read; lists its problems. */
export class IncidentFileError extends Error {
  constructor(readonly path: string, readonly problems: readonly Diagnostic[]) {
    super(`${path} cannot be read: ${problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`);
    this.name = 'IncidentFileError';
  }
}

function parseLog(tree: Root): { entries: LogEntry[]; malformed: { line: number; text: string }[] } {
  const entries: LogEntry[] = [];
  const malformed: { line: number; text: string }[] = [];
  const section = findSection(tree, 'Log');
  // Every list in the section: a list a human restyled (`*`, `1.`) is followed by a new `-` list, not continued.
  const items = (section?.nodes ?? []).flatMap((n) => (n.type === 'list' ? n.children : []));
  for (const item of items) {
    const { text, ref } = logItemText(item);
    const parsed = parseLogLine(text);
    const entry = parsed && ref ? { ...parsed, ref } : parsed;
    if (entry) entries.push(entry);
    else malformed.push({ line: item.position?.start.line ?? 0, text });
  }
  return { entries, malformed };
}

const REF_LABEL = 'link';

/** A Log item's text, and its trailing `· [link](url)` reference when present. */
function logItemText(item: ListItem): { text: string; ref?: string } {
  const paragraph = item.children[0];
  if (item.children.length === 1 && paragraph?.type === 'paragraph') {
    const last = paragraph.children.at(-1);
    const before = paragraph.children.at(-2);
    if (last?.type === 'link' && plainText(last) === REF_LABEL && before?.type === 'text' && before.value.endsWith(SEPARATOR)) {
      const text = plainText({ ...paragraph, children: paragraph.children.slice(0, -1) });
      return { text: text.slice(0, -SEPARATOR.length), ref: last.url };
    }
  }
  return { text: plainText(item) };
}

/** One Log entry as a list item: the line as escaped text, then its reference as a real link. */
export function logItem(entry: LogEntry): ListItem {
  const item = textListItem(formatLogLine(entry));
  if (entry.ref) {
    const paragraph = item.children[0] as Paragraph;
    const text = paragraph.children[0] as Text;
    text.value += SEPARATOR;
    paragraph.children.push({ type: 'link', url: entry.ref, children: [{ type: 'text', value: REF_LABEL }] });
  }
  return item;
}

const LOG_TIME_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** Reads one Log line; the text is everything after the third separator, separators included. */
export function parseLogLine(line: string): LogEntry | undefined {
  if (logLineTime(line) === undefined) return undefined;
  const [at, actor, label, ...rest] = line.split(SEPARATOR) as [string, string, string, ...string[]];
  return { at, actor: actor.slice(1), ...readLogEvent(label, rest.join(SEPARATOR)) };
}

/**
 * The time of a Log line that has a Log line's shape (`<time> · @<login> · <label>...`), without
 * reading its event: what the order check needs. Undefined exactly when `parseLogLine` is.
 */
export function logLineTime(line: string): string | undefined {
  const actorAt = line.indexOf(SEPARATOR) + SEPARATOR.length;
  if (actorAt < SEPARATOR.length || line.indexOf(SEPARATOR, actorAt) < 0 || line[actorAt] !== '@') return undefined;
  const at = line.slice(0, actorAt - SEPARATOR.length);
  // The shape only: validate reports an impossible date (2026-02-30) on its own.
  return LOG_TIME_SHAPE.test(at) ? at : undefined;
}

/** The text of a Log entry, before Markdown escaping. */
export function formatLogLine(entry: LogEntry): string {
  const { label, text } = writeLogEvent(entry);
  const head = `${entry.at}${SEPARATOR}@${entry.actor}${SEPARATOR}${label}`;
  return text ? `${head}${SEPARATOR}${text}` : head;
}

function orderedRecord(record: IncidentRecord): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of RECORD_KEYS) {
    if (record[key] !== undefined) ordered[key] = record[key];
  }
  // Keys a newer version wrote survive an older one's rewrite rather than vanish.
  for (const [key, value] of Object.entries(record)) {
    if (!(key in ordered) && value !== undefined) ordered[key] = value;
  }
  return ordered;
}

/** The front matter's YAML, written by the YAML library so no value can add or change a field. */
export function stringifyFrontMatter(value: Record<string, unknown>): string {
  const doc = new Document(value);
  // Short lists of names read best inline, as in the SPEC's example.
  visitYaml(doc, {
    Seq(_, node) {
      if (isSeq(node) && node.items.every((i) => isScalar(i) && String(i.value).length < 40 && !/[\n,#[\]{}]/.test(String(i.value)))) {
        node.flow = true;
      }
    },
  });
  return doc.toString({ lineWidth: 0, nullStr: 'null', flowCollectionPadding: false });
}

/** The content of a new incident file. */
export function createIncidentText(input: { record: IncidentRecord; summary: string; impact: string; log: LogEntry[] }): string {
  const section = (title: string, body: string) => `## ${title}\n\n${body.trim() ? embeddableMarkdown(body) : '_Not given yet._'}\n`;
  return [
    `---\n${stringifyFrontMatter(orderedRecord(input.record))}---\n`,
    section('Summary', input.summary),
    section('Impact', input.impact),
    `## Log\n\n${renderList(input.log.map(logItem))}`,
  ].join('\n');
}

/**
 * Applies a change to an incident file's text: the front matter is rewritten from `record`,
 * `entries` are appended to the Log, and every other byte (human edits) is kept.
 */
export function applyIncidentChange(text: string, record: IncidentRecord, entries: readonly LogEntry[]): string {
  const block = frontMatterOf(text, false);
  if (!block) throw new IncidentFileError('incident', [{ path: 'incident', line: 1, column: 1, message: 'missing front matter' }]);
  let body = text.slice(block.end);
  if (entries.length) {
    // One parse of the whole file serves both the front matter and the Log (large Logs are slow to parse).
    const inBody = (offset: number) => offset + block.bom - block.end;
    const rendered = renderList(entries.map(logItem)).trimEnd();
    const section = findSection(block.tree, 'Log');
    const list = section?.nodes.filter((n) => n.type === 'list').at(-1);
    if (list?.position?.end.offset !== undefined) {
      const at = inBody(list.position.end.offset);
      body = `${body.slice(0, at)}\n${rendered}${body.slice(at)}`;
    } else if (section) {
      const at = section.heading.position?.end.offset === undefined ? body.length : inBody(section.heading.position.end.offset);
      body = `${body.slice(0, at)}\n\n${rendered}\n${body.slice(at)}`;
    } else {
      body = `${body.trimEnd()}\n\n## Log\n\n${rendered}\n`;
    }
  }
  return `${text.slice(0, block.start)}---\n${stringifyFrontMatter(orderedRecord(record))}---${body}`;
}
