import { isMap, parseDocument } from 'yaml';
import type { Diagnostic } from '../core/diagnostics.js';
import { parseIncident } from '../core/incident-file.js';
import type { IncidentRecord, LogEntry as LegacyLogEntry } from '../core/incident.js';
import { readLogEvent, type LogEntry } from '../core/log.js';
import { parseMarkdown } from '../core/markdown.js';
import type { SourceIncident } from './public.js';

/** A file of the repository: its path (for messages) and text. */
export interface SourceFile {
  path: string;
  text: string;
}

/**
 * Reads incident files for the site. A file that is not a valid incident is skipped and named in
 * `skipped`: one bad hand edit must not take the status page down.
 */
export function readIncidentFiles(files: readonly SourceFile[]): { incidents: SourceIncident[]; skipped: Diagnostic[] } {
  const incidents: SourceIncident[] = [];
  const skipped: Diagnostic[] = [];
  for (const file of files) {
    const { text, publicKey } = withoutPublicKey(file.text);
    const { document, problems } = parseIncident(text, file.path);
    if (!document) {
      skipped.push(problems[0] ?? { path: file.path, line: 1, column: 1, message: 'not a valid incident file' });
      continue;
    }
    const record = (publicKey === undefined ? document.record : { ...document.record, public: publicKey }) as IncidentRecord;
    incidents.push({ record, log: toTypedLog(document.log as unknown as LegacyLogEntry[]) });
  }
  return { incidents, skipped };
}

/**
 * The typed Log of a document whose Log is still read as `{ at, actor, kind, text }` lines.
 * Delete once `IncidentDocument.log` is the typed `LogEntry[]` of `core/log.ts`.
 */
export function toTypedLog(log: readonly LegacyLogEntry[]): LogEntry[] {
  return log.map((e) => ({ at: e.at, actor: e.actor, ...(e.ref ? { ref: e.ref } : {}), ...readLogEvent(e.kind, e.text) }));
}

/**
 * The incident schema does not know the `public` key (SPEC 2, 4.9) yet, so a file that has one
 * would be refused: take it out of the front matter before parsing and hand it back separately.
 * Delete once `schemas/incident.schema.json` and `RECORD_KEYS` list `public`.
 */
function withoutPublicKey(text: string): { text: string; publicKey?: unknown } {
  // Cheap first look: most files have no `public` key at all.
  if (!/^public\s*:/m.test(text)) return { text };
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const first = parseMarkdown(text.slice(bom)).children[0];
  if (first?.type !== 'yaml' || !first.position) return { text };
  const yaml = parseDocument(first.value);
  if (yaml.errors.length || !isMap(yaml.contents) || !yaml.has('public')) return { text };
  const publicKey = (yaml.toJS() as Record<string, unknown>).public;
  yaml.delete('public');
  const start = bom + (first.position.start.offset ?? 0);
  const end = bom + (first.position.end.offset ?? 0);
  const rest = yaml.toString();
  return { text: `${text.slice(0, start)}---\n${rest}---${text.slice(end)}`, publicKey };
}
