import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { isScalar, Schema, type ScalarTag } from 'yaml';
import { INCIDENT_ID_PATTERN } from './incident.js';

/**
 * The cheap reading of an incident file that validation tries first: the front matter through
 * js-yaml (several times faster than the `yaml` library's position-tracking parse) and the Log
 * section by its lines (instead of the whole file through micromark). It only reads files in the
 * plain shape sitrep writes and humans keep; anything it cannot read exactly as the precise
 * reader would (multi-line values, anchors, tags, fenced code, HTML, setext headings, inline
 * Markdown in a Log line...) makes it give up, and the caller reads the file precisely. So it
 * never has to be right about hard cases: it only has to recognise easy ones. The hand edits
 * people make to a valid file are easy ones: CRLF line endings, a byte order mark, HTML comments
 * between blocks, trailing spaces after a heading or a Log line, blank lines between Log items.
 */

/** A Log item as the checks see it: its text (the trailing `· [link](url)` removed) and where it starts. */
export interface LogItem {
  text: string;
  line: number;
  column: number;
  /** The trailing ` · [label](url)` the text was cut before, when there was one. */
  link?: { label: string; url: string };
}

/** What the cheap reading found: the front matter's value, its top-level keys' lines, the Log's items. */
export interface QuickRead {
  frontMatter: Record<string, unknown>;
  /** File line of each top-level key (they all start in column 1). */
  keyLines: Map<string, number>;
  log: LogItem[];
}

// Plain scalars resolve exactly as the `yaml` library's YAML 1.2 core schema resolves them (the
// precise reader's), by its own tag definitions, in its order: no YAML 1.1 `yes`, timestamps or
// `1_000`. js-yaml keeps only the parsing; a tag name of its own keeps the tags from merging.
const CORE_SCALARS = new Schema({ schema: 'core' }).tags.filter(
  (tag): tag is ScalarTag & { test: RegExp } => 'test' in tag && tag.test instanceof RegExp && tag.default === true,
);
const coreScalar = new Type('tag:sitrep.dev,2026:core-scalar', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && CORE_SCALARS.some((tag) => tag.test.test(data)),
  construct: (data: string) => {
    const tag = CORE_SCALARS.find((t) => t.test.test(data)) as ScalarTag;
    const value: unknown = tag.resolve(data, () => undefined, {});
    return isScalar(value) ? value.value : value;
  },
});
const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [coreScalar] });

// The front matter lines the cheap reader accepts: blank, comment, `key: value` at the top level
// or nested two spaces deep, and `- item`. Every other line (a continuation of a multi-line value,
// deeper nesting, `? key`, `...`) sends the file to the precise reader.
const TOP_KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?$/;
const NESTED_KEY = /^ {2}[A-Za-z_][A-Za-z0-9_-]*:(?: (.*))?$/;
const ITEM = /^(?: {2})?- (.*)$/;
const BLANK_OR_COMMENT = /^ *(?:#.*)?$/;
// Anchors, aliases, tags, block scalars, directives and reserved indicators at the start of a value or of a flow item.
const INDICATOR_AT_START = /(?:^|[[{,] *)(?:[&*!|>%@`?]|-(?: |$))/;
// A plain value holding `: ` (a nested mapping, an error in block context) or ` #` inside a flow collection.
const AMBIGUOUS_PLAIN = /: |:$|^[[{].* #/;
// Characters either reader could treat differently: escapes, YAML 1.1 line breaks, control characters.
const UNSAFE_YAML = /[\\\u0085\u2028\u2029\uFEFF]|__proto__/;
// Anywhere in the file: tabs (column arithmetic), carriage returns and other control characters.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNSAFE_TEXT = /[\0-\x09\x0B-\x1F\x7F-\x9F]/;
const QUOTED = /^(?:"[^"]*"|'(?:[^']|'')*')(?: +#.*| *)$/;
const RESERVED_KEY = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

function balanced(text: string): boolean {
  let square = 0;
  let curly = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b) square++;
    else if (c === 0x5d) square--;
    else if (c === 0x7b) curly++;
    else if (c === 0x7d) curly--;
  }
  return square === 0 && curly === 0;
}

/** A value on one line that both readers read alike, as far as the cheap reader can tell. */
function simpleValue(value: string | undefined): boolean {
  if (value === undefined || value === '') return true;
  if (INDICATOR_AT_START.test(value) || !balanced(value)) return false;
  const first = value[0];
  if (first === '"' || first === "'") return QUOTED.test(value);
  return !AMBIGUOUS_PLAIN.test(value);
}

/** Reads front matter (its lines, from file line 2) when every line has the plain shape; else undefined. */
function readFrontMatter(lines: readonly string[]): { value: Record<string, unknown>; keyLines: Map<string, number> } | undefined {
  const keyLines = new Map<string, number>();
  const keys: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const top = TOP_KEY.exec(line);
    if (top) {
      const key = top[1] as string;
      if (RESERVED_KEY.test(key) || keyLines.has(key) || !simpleValue(top[2])) return undefined;
      keyLines.set(key, i + 2);
      keys.push(key);
      continue;
    }
    const nested = NESTED_KEY.exec(line) ?? ITEM.exec(line);
    if (nested) {
      if (!simpleValue(nested[1])) return undefined;
      continue;
    }
    if (!BLANK_OR_COMMENT.test(line)) return undefined;
  }
  const text = lines.join('\n');
  if (UNSAFE_YAML.test(text)) return undefined;
  let value: unknown;
  try {
    value = load(text, { schema: SCHEMA });
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  // Every top-level key the parse found is one of the column-1 key lines, in the same order: no
  // key came from anywhere else, so the lines are where the precise reader would locate them.
  const found = Object.keys(value);
  if (found.length !== keys.length || found.some((key, index) => key !== keys[index])) return undefined;
  return { value: value as Record<string, unknown>, keyLines };
}

const ATX = /^(#{1,6})(?: (.*))?$/;
const INDENTED_ATX = /^ {1,3}#{1,6}(?: |$)/;
// Fenced code and HTML blocks can hide headings; a setext underline makes one. An HTML comment
// that starts a line is read (below); any other HTML block is not.
const BLOCK_HIDING_HEADINGS = /^ {0,3}(?:```|~~~|<|(?:=+|-+) *$)/;
const COMMENT_START = '<!--';
const COMMENT_END = '-->';
// `<!-->` and `<!--->` are whole comments in CommonMark 0.31, which readers disagree on.
const EMPTY_COMMENT = /^<!---?>/;
const MARKUP_IN_HEADING = /[\\`*_[\]<>&!]/;
// Trailing spaces end the item's paragraph, which drops them (no hard break at the end of a block).
const LOG_ITEM = /^- (\S(?:.*\S)?) *$/;
// The trailing ` · [link](url)`. Only the last ` · [` can start it: a link text holds no `[` and
// a URL no space, so the suffix from an earlier one could not match.
const LINK_SEPARATOR = ' · [';
const LINK_SUFFIX = /^\[([A-Za-z0-9 ._-]*)\]\(([^\s()<>\\]*)\)$/;
// Inline Markdown the text of a Log line may not contain for the cheap reader: a backslash that is not an escape, code,
// emphasis with `*`, HTML and autolinks, entities, links and images (no `](` or `][`), and
// `_` not inside a word.
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const INLINE_MARKUP = /[\\`*<&]|\]\(|\]\[|(?:^|[^A-Za-z0-9])_|_(?:$|[^A-Za-z0-9_])/;
// Every match of INLINE_MARKUP holds one of these; most Log lines hold none, and this is quicker to rule out.
const MARKUP_CHARACTER = /[\\`*<&\]_]/;

/** The heading a body line opens at the top level (depth and title), when it is an ATX heading in column 1. */
function headingOf(line: string): { depth: number; title: string } | undefined | 'unsure' {
  const match = ATX.exec(line);
  if (!match) return INDENTED_ATX.test(line) ? 'unsure' : undefined;
  const depth = (match[1] as string).length;
  const title = (match[2] ?? '').replace(/^ +/, '').replace(/(?:^| +)#+ *$/, '').trim();
  if (depth === 2 && MARKUP_IN_HEADING.test(title)) return 'unsure';
  return { depth, title };
}

/**
 * The line after the HTML comment that starts at `lines[start]` (a line beginning with `<!--`),
 * or undefined when it never ends or is one of the forms readers disagree on. An HTML block of
 * this kind runs to the end of the line where `-->` first appears, whatever follows it there.
 */
function afterComment(lines: readonly string[], start: number): number | undefined {
  const first = lines[start] as string;
  if (EMPTY_COMMENT.test(first)) return undefined;
  if (first.indexOf(COMMENT_END, COMMENT_START.length) >= 0) return start + 1;
  for (let i = start + 1; i < lines.length; i++) {
    if ((lines[i] as string).includes(COMMENT_END)) return i + 1;
  }
  return undefined;
}

/** The Log's items, read line by line (`lines` from file line `firstLine`); undefined when unsure. */
function readLog(lines: readonly string[], firstLine: number): LogItem[] | undefined {
  // The last `## Log` section wins, as for the precise reader. HTML comments are skipped, since
  // they hide what they hold; `comment` marks the lines that start one.
  let start = -1;
  let end = lines.length;
  const comments = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith(COMMENT_START)) {
      const after = afterComment(lines, i);
      if (after === undefined) return undefined;
      comments.set(i, after);
      i = after - 1;
      continue;
    }
    if (BLOCK_HIDING_HEADINGS.test(line)) return undefined;
    const heading = headingOf(line);
    if (heading === 'unsure') return undefined;
    if (!heading || heading.depth > 2) continue;
    if (start >= 0 && end === lines.length) end = i;
    if (heading.depth === 2 && heading.title.toLowerCase() === 'log') {
      start = i + 1;
      end = lines.length;
    }
  }
  const items: LogItem[] = [];
  if (start < 0) return items;
  // One `-` list, its items on one line each, blank lines between them allowed (a loose list is
  // still one list); an HTML comment before or after it. Anything more is for the precise reader.
  let listEnded = false;
  for (let i = start; i < end; i++) {
    const line = lines[i] as string;
    const after = comments.get(i);
    if (after !== undefined) {
      // A comment ends the list: a list after it would be a second one.
      if (items.length) listEnded = true;
      i = after - 1;
      continue;
    }
    if (/^ *$/.test(line)) continue;
    const item = LOG_ITEM.exec(line);
    if (!item || listEnded) return undefined;
    const content = item[1] as string;
    const at = content.lastIndexOf(LINK_SEPARATOR);
    const suffix = at >= 0 ? LINK_SUFFIX.exec(content.slice(at + LINK_SEPARATOR.length - 1)) : null;
    const raw = suffix ? content.slice(0, at) : content;
    const link = suffix ? { label: suffix[1] as string, url: suffix[2] as string } : undefined;
    let text = raw;
    if (MARKUP_CHARACTER.test(raw)) {
      // An escaped punctuation character is inert (sitrep's writer escapes `[`, `*`, `_`...): checked
      // as a neutral character, read as itself.
      if (INLINE_MARKUP.test(raw.replace(ESCAPE, '.'))) return undefined;
      text = raw.replace(ESCAPE, '$1');
    }
    items.push(link ? { text, line: firstLine + i, column: 1, link } : { text, line: firstLine + i, column: 1 });
  }
  return items;
}

/**
 * Reads an incident file the cheap way, or returns undefined when the file is not in the plain
 * shape this reader is sure about. When it returns, its front matter equals what the precise reader
 * (`yaml`, core schema) gives, and its Log items equal what the Markdown tree gives.
 */
export function readIncidentQuickly(text: string): QuickRead | undefined {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  // CRLF line endings read as LF: the same lines, the same values. A lone CR is left to the precise reader.
  const plain = text.includes('\r') ? withoutCrlf(text) : text;
  if (plain === undefined || UNSAFE_TEXT.test(plain) || !plain.startsWith('---\n', bom)) return undefined;
  const lines = plain.slice(bom + 4).split('\n');
  const close = lines.findIndex((line) => /^---[ \t]*$/.test(line));
  // The closing fence exactly `---`; its other forms are left to the precise reader.
  if (close < 0 || lines[close] !== '---') return undefined;
  const frontMatter = readFrontMatter(lines.slice(0, close));
  if (!frontMatter) return undefined;
  const body = lines.slice(close + 1);
  // A link reference definition could turn a bracketed word in a Log line into a link.
  if (body.some((line) => line.includes(']:'))) return undefined;
  const log = readLog(body, close + 3);
  if (!log) return undefined;
  return { frontMatter: frontMatter.value, keyLines: frontMatter.keyLines, log };
}

/** The text with its CRLF line endings as LF, or undefined when it holds a CR that ends no line that way. */
function withoutCrlf(text: string): string | undefined {
  const plain = text.replaceAll('\r\n', '\n');
  return plain.includes('\r') ? undefined : plain;
}

const ID_LINE = new RegExp(`^(id|incident): *(["']?)(${INCIDENT_ID_PATTERN})\\2 *(?:#.*)?$`);

/** Where a front matter id is: its value and its key's position. */
export interface ScannedId {
  value: string;
  line: number;
  column: number;
}

/**
 * The `id` (and a postmortem's `incident`) of a file, read from its front matter's lines without
 * parsing it: what the checks across files need of a file that was not changed. Located at their
 * key; absent when the line is not a plain `key: INC-<n>`. The first line of each key counts, so
 * the scan stops once it has found every key in `keys`.
 */
export function scanFrontMatterIds(text: string, keys: readonly ('id' | 'incident')[] = ['id', 'incident']): { id?: ScannedId; incident?: ScannedId } {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const found: { id?: ScannedId; incident?: ScannedId } = {};
  if (!text.startsWith('---\n', bom) && !text.startsWith('---\r\n', bom)) return found;
  let missing = keys.length;
  let at = text.indexOf('\n', bom) + 1;
  for (let line = 2; at > 0 && at < text.length && missing > 0; line++) {
    const next = text.indexOf('\n', at);
    let content = text.slice(at, next < 0 ? text.length : next);
    if (content.endsWith('\r')) content = content.slice(0, -1);
    if (/^---[ \t]*$/.test(content)) break;
    const match = ID_LINE.exec(content);
    const key = match?.[1] as 'id' | 'incident' | undefined;
    if (match && key && !found[key]) {
      found[key] = { value: match[3] as string, line, column: 1 };
      if (keys.includes(key)) missing--;
    }
    at = next + 1;
  }
  return found;
}
