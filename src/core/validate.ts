import type { ListItem, Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { checkConfig, CONFIG_PATH, type Config } from './config.js';
import type { Diagnostic } from './diagnostics.js';
import { logLineTime, readFrontMatter } from './incident-file.js';
import { findSection, plainText } from './markdown.js';
import { checkPostmortemContent } from './postmortem/checks.js';
import { checkSchema } from './schemas.js';
import { isRfc3339, timestampMillis, toMillis } from './time.js';
import { readIncidentQuickly, type LogItem } from './validate-fast.js';
import type { Position, YamlSource } from './yaml-source.js';
import { incidentIdOfFileName, isIncidentId } from './incident.js';

/** What a repository file is to sitrep. */
export type RepositoryFileKind = 'incident' | 'postmortem';

/** A file to validate: its path (shown in problems) and its text. */
export interface RepositoryFile {
  /** The path problems are reported against; also classifies the file when `kind` is not given. */
  path: string;
  text: string;
  /** Incident or postmortem; when absent, taken from the path (`<paths.incidents>/INC-<n>.md`). */
  kind?: RepositoryFileKind;
}

export interface ValidateOptions {
  /** Path the configuration's problems are reported against. Default `.github/sitrep.yml`. */
  configPath?: string;
  /** Ids of incidents whose files exist but are not among the validated files (for postmortems). */
  knownIncidents?: Iterable<string>;
}

/** The folders that hold incident and postmortem files. */
export interface IncidentFolders {
  incidents: string;
  postmortems: string;
}

const DEFAULT_FOLDERS: IncidentFolders = { incidents: 'incidents', postmortems: 'postmortems' };
const SEPARATOR = ' · ';

/**
 * The incident and postmortem folders a configuration names, read leniently so that a
 * mistake elsewhere in the file does not hide the files it governs. Defaults when unset.
 */
export function configuredFolders(configText: string | null): IncidentFolders {
  if (!configText) return { ...DEFAULT_FOLDERS };
  let raw: unknown;
  try {
    raw = parseYaml(configText);
  } catch {
    return { ...DEFAULT_FOLDERS };
  }
  const paths = raw && typeof raw === 'object' ? (raw as { paths?: unknown }).paths : undefined;
  const pick = (key: keyof IncidentFolders): string => {
    const value = paths && typeof paths === 'object' ? (paths as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' && value.trim() && !value.startsWith('/') ? value.replace(/\/+$/, '') : DEFAULT_FOLDERS[key];
  };
  return { incidents: pick('incidents'), postmortems: pick('postmortems') };
}

/**
 * What a repository-relative path is: an incident or postmortem file (`<folder>/INC-*.md`,
 * any letter case so a misnamed file is still checked), or undefined.
 */
export function classifyPath(path: string, folders: IncidentFolders): RepositoryFileKind | undefined {
  const slash = path.lastIndexOf('/');
  const folder = slash < 0 ? '' : path.slice(0, slash);
  const name = path.slice(slash + 1);
  if (!/^inc-.*\.md$/i.test(name)) return undefined;
  if (folder === folders.incidents) return 'incident';
  if (folder === folders.postmortems) return 'postmortem';
  return undefined;
}

/** A value read from front matter, with where its key is. */
export interface Located<T> {
  value: T;
  line: number;
  column: number;
}

/**
 * What one file says on its own: the problems found in it alone, and the facts the checks across
 * files need. Plain data that round-trips through JSON, so a caller may keep it keyed by content.
 */
export interface FileReport {
  path: string;
  kind: RepositoryFileKind;
  problems: Diagnostic[];
  id?: Located<string>;
  severity?: Located<string>;
  /** A postmortem's `incident`. */
  incident?: Located<string>;
}

/**
 * Validates a repository's sitrep files: the configuration, then each incident and postmortem
 * against its schema and SPEC section 5's cross-checks (id matches the file name, ids unique,
 * timestamps ordered and in agreement with the status, severity defined, Log in time order,
 * a postmortem's incident exists, a final postmortem has a root cause and owned action items).
 * A problem in one file never stops the others from being checked. Pure: texts in, problems out,
 * the configuration's first, then by file (in the order given) and line.
 */
export function validateRepositoryFiles(
  files: readonly RepositoryFile[],
  configText: string | null,
  options: ValidateOptions = {},
): Diagnostic[] {
  const { config, problems: configProblems } = checkConfig(configText, options.configPath ?? CONFIG_PATH);
  const folders = config?.paths ?? configuredFolders(configText);
  const reports: FileReport[] = [];
  const unclassified: Diagnostic[] = [];
  for (const file of files) {
    const kind = file.kind ?? classifyPath(file.path, folders);
    if (kind) {
      reports.push(checkRepositoryFile({ ...file, kind }));
    } else {
      unclassified.push({
        path: file.path,
        line: 1,
        column: 1,
        message: `not a sitrep file: incidents are ${folders.incidents}/INC-<n>.md and postmortems ${folders.postmortems}/INC-<n>.md`,
      });
    }
  }
  const crossChecked = crossCheckRepository(reports, config, { folders, knownIncidents: options.knownIncidents });
  return [...sortByPosition(configProblems), ...unclassified, ...crossChecked];
}

/**
 * The checks of one incident or postmortem that need nothing else, the configuration included:
 * schema, file name, id and issue, timestamps and status, Log order, a final postmortem's content.
 * A plain incident file is first read the cheap way (js-yaml and the Log's lines); only a file that
 * does not pass that way is read precisely, so every problem is found by the precise reader, with
 * its exact line and column. `fast: false` reads every file precisely.
 */
export function checkRepositoryFile(file: RepositoryFile & { kind: RepositoryFileKind }, options: { fast?: boolean } = {}): FileReport {
  return (options.fast === false ? undefined : checkRepositoryFileQuickly(file)) ?? checkRepositoryFilePrecisely(file);
}

/**
 * The report of a file that the cheap reading proves valid (no problems), or undefined: the file
 * has a problem, or is not in the plain shape the cheap reader is sure about. Same schema
 * (compiled once), same checks as the precise reading; only the parsing differs.
 */
export function checkRepositoryFileQuickly(file: RepositoryFile & { kind: RepositoryFileKind }): FileReport | undefined {
  if (file.kind !== 'incident') return undefined;
  const nameId = incidentIdOfFileName(file.path.slice(file.path.lastIndexOf('/') + 1)) ?? undefined;
  if (!nameId) return undefined;
  const read = readIncidentQuickly(file.text);
  if (!read || checkSchema('incident', read.frontMatter).length) return undefined;
  const entry: ReadFile = { file, nameId, frontMatter: read.frontMatter, problems: [] };
  checkIncident(entry, read.log);
  if (entry.problems.length) return undefined;
  const report: FileReport = { path: file.path, kind: file.kind, problems: [] };
  for (const key of ['id', 'severity'] as const) {
    const value = read.frontMatter[key];
    const line = read.keyLines.get(key);
    if (typeof value === 'string' && value && line) report[key] = { value, line, column: 1 };
  }
  return report;
}

/** The checks of one file through the precise reader (`yaml` with positions, the Markdown tree). */
export function checkRepositoryFilePrecisely(file: RepositoryFile & { kind: RepositoryFileKind }): FileReport {
  const entry = readFile(file);
  if (entry.frontMatter && entry.yaml) {
    if (file.kind === 'incident') checkIncident(entry, entry.tree ? logItemsOf(entry.tree) : []);
    else checkPostmortem(entry);
  }
  const located = (key: string): Located<string> | undefined => {
    const value = entry.frontMatter?.[key];
    return typeof value === 'string' && value && entry.yaml ? { value, ...entry.yaml.locate('', key) } : undefined;
  };
  const report: FileReport = { path: file.path, kind: file.kind, problems: sortByPosition(entry.problems) };
  const id = located('id');
  const severity = located('severity');
  const incident = file.kind === 'postmortem' ? located('incident') : undefined;
  if (id) report.id = id;
  if (severity) report.severity = severity;
  if (incident && isIncidentId(incident.value)) report.incident = incident;
  return report;
}

/**
 * The checks across files and against the configuration: severities defined (skipped when the
 * configuration is invalid: it is reported on its own), ids unique among incidents and among
 * postmortems (the later file is reported), a postmortem's incident exists among `reports` or
 * `knownIncidents`. Returns the reports' own problems with these, by file (in order) and line.
 */
export function crossCheckRepository(
  reports: readonly FileReport[],
  config: Config | undefined,
  options: { folders?: IncidentFolders; knownIncidents?: Iterable<string> } = {},
): Diagnostic[] {
  const folders = options.folders ?? config?.paths ?? DEFAULT_FOLDERS;
  const found = new Map<FileReport, Diagnostic[]>();
  const add = (report: FileReport, at: Located<string>, message: string) => {
    const list = found.get(report) ?? [];
    list.push({ path: report.path, line: at.line, column: at.column, message });
    found.set(report, list);
  };

  const names = config?.severities.map((s) => s.name);
  const incidentIds = new Set<string>(options.knownIncidents ?? []);
  for (const report of reports) {
    if (report.kind === 'incident') {
      const nameId = incidentIdOfFileName(report.path.slice(report.path.lastIndexOf('/') + 1)) ?? undefined;
      if (nameId) incidentIds.add(nameId);
      if (report.id) incidentIds.add(report.id.value);
    }
    if (names && report.severity && !names.includes(report.severity.value)) {
      const severity = report.severity.value;
      const sameLetters = names.find((n) => n.toLowerCase() === severity.toLowerCase());
      add(
        report,
        report.severity,
        sameLetters
          ? `severity "${severity}" is written differently in the configuration; use "${sameLetters}"`
          : `severity "${severity}" is not defined in the configuration; defined: ${names.join(', ')}`,
      );
    }
  }

  for (const kind of ['incident', 'postmortem'] as const) {
    const firstWith = new Map<string, string>();
    for (const report of reports) {
      if (report.kind !== kind || !report.id) continue;
      const first = firstWith.get(report.id.value);
      if (first === undefined) firstWith.set(report.id.value, report.path);
      else add(report, report.id, `id ${report.id.value} is also used by ${first}; every ${kind} needs its own id (INC-<issue number>)`);
    }
  }

  for (const report of reports) {
    if (report.incident && !incidentIds.has(report.incident.value)) {
      add(report, report.incident, `incident ${report.incident.value} does not exist: there is no ${folders.incidents}/${report.incident.value}.md`);
    }
  }

  return reports.flatMap((report) => {
    const more = found.get(report);
    return more ? sortByPosition([...report.problems, ...more]) : report.problems;
  });
}

/**
 * SPEC 4.8: what makes a well-formed incident record invalid against the configuration, by
 * `path:line`: a severity the configuration does not define, with the accepted values (types and
 * statuses are fixed, so the schema already refuses others). A record with any of these is as invalid as a YAML error: nothing converges on it.
 */
export function checkRecordAgainstConfig(path: string, text: string, config: Config): Diagnostic[] {
  return crossCheckRepository([checkRepositoryFile({ path, text, kind: 'incident' })], config).filter((p) => /^severity /.test(p.message));
}

/** The line (from 1) of a top-level front matter key, or of the first line under it that holds `value`; 1 when not found. */
export function frontMatterLine(text: string, key: string, value?: string): number {
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (at < 0) return 1;
  if (value === undefined) return at + 1;
  const under = lines.findIndex((l, i) => i >= at && l.includes(value));
  return (under < 0 ? at : under) + 1;
}

/** One file being read: its front matter with positions, and its Markdown tree. */
interface ReadFile {
  file: RepositoryFile & { kind: RepositoryFileKind };
  /** The id its name gives (`INC-42` for `INC-42.md`), when the name is well formed. */
  nameId?: string;
  frontMatter?: Record<string, unknown>;
  yaml?: YamlSource;
  tree?: Root;
  problems: Diagnostic[];
}

function readFile(file: RepositoryFile & { kind: RepositoryFileKind }): ReadFile {
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  const nameId = incidentIdOfFileName(name) ?? undefined;
  const read = readFrontMatter(file.text, file.path, file.kind);
  const problems = [...read.problems];
  if (!nameId) {
    problems.push({
      path: file.path,
      line: 1,
      column: 1,
      message: `file name "${name}" is not INC-<n>.md, where <n> is the issue number (e.g. INC-42.md); sitrep reads only files named so`,
    });
  }
  const frontMatter = read.frontMatter && typeof read.frontMatter === 'object' && !Array.isArray(read.frontMatter)
    ? (read.frontMatter as Record<string, unknown>)
    : undefined;
  return { file, nameId, frontMatter, yaml: read.yaml, tree: read.tree, problems };
}

/** Adds a problem located at a front matter key (or at the top of the front matter). */
function report(entry: ReadFile, key: string | undefined, message: string): void {
  const at: Position = entry.yaml?.locate('', key) ?? { line: 2, column: 1 };
  entry.problems.push({ path: entry.file.path, ...at, message });
}

function checkIdMatchesName(entry: ReadFile): void {
  const id = entry.frontMatter?.id;
  if (entry.nameId && typeof id === 'string' && id !== entry.nameId) {
    report(entry, 'id', `id "${id}" does not match the file name ${entry.nameId}.md; the id must be ${entry.nameId}`);
  }
}

const ACTIVE = new Set(['triage', 'investigating', 'fixing', 'monitoring']);

/** The lifecycle's timestamps, in the order they must happen. */
const ORDERED_TIMES = ['declared_at', 'acknowledged_at', 'mitigated_at', 'resolved_at', 'closed_at'] as const;
const ORDER_TEXT = ORDERED_TIMES.join(' ≤ ');
/** Impact may start before the declaration, but not after it was mitigated, resolved or closed. */
const AFTER_START = new Set<string>(['mitigated_at', 'resolved_at', 'closed_at']);

function checkIncident(entry: ReadFile, log: readonly LogItem[]): void {
  const fm = entry.frontMatter as Record<string, unknown>;
  checkIdMatchesName(entry);

  const id = typeof fm.id === 'string' && isIncidentId(fm.id) ? fm.id.slice(4) : undefined;
  if (id !== undefined && typeof fm.issue === 'number' && Number.isInteger(fm.issue) && fm.issue !== Number(id)) {
    report(entry, 'issue', `issue ${fm.issue} does not match the id ${String(fm.id)}; issue must be ${id}`);
  }

  const times = new Map<string, number | undefined>();
  const time = (key: string): number | undefined => {
    if (!times.has(key)) {
      const value = fm[key];
      times.set(key, typeof value === 'string' && isRfc3339(value) ? toMillis(value) : undefined);
    }
    return times.get(key);
  };
  for (const [index, key] of ORDERED_TIMES.entries()) {
    const at = time(key);
    if (at === undefined) continue;
    // Nearest earlier timestamp first, so the message names the neighbour that is out of step.
    const earlier: string[] = ORDERED_TIMES.slice(0, index).reverse();
    if (AFTER_START.has(key)) earlier.push('started_at');
    const later = earlier.find((other) => {
      const otherAt = time(other);
      return otherAt !== undefined && otherAt > at;
    });
    if (!later) continue;
    const rule = later === 'started_at'
      ? 'the impact cannot end before it started'
      : `times must not go backwards: ${ORDER_TEXT}`;
    report(entry, key, `${key} ${String(fm[key])} is before ${later} ${String(fm[later])}; ${rule}`);
  }

  checkStatusTimes(entry, fm);
  checkLogOrder(entry, log);
}

function checkStatusTimes(entry: ReadFile, fm: Record<string, unknown>): void {
  const status = fm.status;
  if (typeof status !== 'string') return;
  const has = (key: string) => fm[key] !== undefined && fm[key] !== null;
  if ((status === 'resolved' || status === 'closed') && !has('resolved_at')) {
    report(entry, 'status', `status is ${status} but resolved_at is not set; a ${status} incident records when it was resolved (resolved_at: <time>)`);
  }
  if (status === 'closed' && !has('closed_at')) {
    report(entry, 'status', 'status is closed but closed_at is not set; a closed incident records when it was closed (closed_at: <time>)');
  }
  if (status === 'resolved' && has('closed_at')) {
    report(entry, 'closed_at', 'closed_at is set but status is resolved; set status: closed, or closed_at: null');
  }
  if (status === 'monitoring' && !has('mitigated_at')) {
    report(entry, 'status', 'status is monitoring but mitigated_at is not set; it records the first entry into monitoring (mitigated_at: <time>)');
  }
  if (ACTIVE.has(status)) {
    for (const key of ['resolved_at', 'closed_at']) {
      if (has(key)) {
        report(entry, key, `${key} is set but status is ${status}; an open incident has no ${key} (a reopen clears it): set ${key}: null, or the status that goes with it`);
      }
    }
  }
}

/** A Log item's text without its trailing `· [link](url)` reference, as the incident reader sees it. */
function logItemText(item: ListItem): string {
  const paragraph = item.children[0];
  if (item.children.length === 1 && paragraph?.type === 'paragraph') {
    const last = paragraph.children.at(-1);
    const before = paragraph.children.at(-2);
    if (last?.type === 'link' && before?.type === 'text' && before.value.endsWith(SEPARATOR)) {
      return plainText({ ...paragraph, children: paragraph.children.slice(0, -1) }).slice(0, -SEPARATOR.length);
    }
  }
  return plainText(item);
}

/** The items of the Log section's first list, as the checks read them. */
function logItemsOf(tree: Root): LogItem[] {
  const list = findSection(tree, 'Log')?.nodes.find((n) => n.type === 'list');
  if (list?.type !== 'list') return [];
  return list.children.map((item) => ({ text: logItemText(item), line: item.position?.start.line ?? 0, column: item.position?.start.column ?? 1 }));
}

function checkLogOrder(entry: ReadFile, log: readonly LogItem[]): void {
  let previous: { at: string; ms: number; line: number } | undefined;
  for (const { text, line, column } of log) {
    const at = logLineTime(text);
    if (at === undefined) {
      entry.problems.push({
        path: entry.file.path,
        line,
        column,
        message: `Log line is not "<time>${SEPARATOR}@<login>${SEPARATOR}<event>${SEPARATOR}<text>" (time as 2026-11-21T10:02:11Z): ${text.slice(0, 60)}`,
      });
      continue;
    }
    const ms = timestampMillis(at);
    if (ms === undefined) {
      entry.problems.push({ path: entry.file.path, line, column, message: `Log entry time ${at} is not a real date and time` });
      continue;
    }
    if (previous && ms < previous.ms) {
      entry.problems.push({
        path: entry.file.path,
        line,
        column,
        message: `Log entry at ${at} is earlier than the entry before it (${previous.at}, line ${previous.line}); the Log lists events in time order`,
      });
    }
    previous = { at, ms, line };
  }
}

function checkPostmortem(entry: ReadFile): void {
  checkIdMatchesName(entry);
  const { file, frontMatter, yaml, tree } = entry;
  entry.problems.push(...checkPostmortemContent({ path: file.path, frontMatter: frontMatter as Record<string, unknown>, yaml, tree }));
}

/** Problems of one file in line, then column order (stable). */
export function sortByPosition(problems: readonly Diagnostic[]): Diagnostic[] {
  return problems
    .map((p, index) => ({ p, index }))
    .sort((a, b) => a.p.line - b.p.line || a.p.column - b.p.column || a.index - b.index)
    .map(({ p }) => p);
}
