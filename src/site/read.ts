import type { Diagnostic } from '../core/diagnostics.js';
import { parseIncident } from '../core/incident-file.js';
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
export function readIncidentFiles(files: Iterable<SourceFile>): { incidents: SourceIncident[]; skipped: Diagnostic[] } {
  const incidents: SourceIncident[] = [];
  const skipped: Diagnostic[] = [];
  for (const incident of readIncidents(files, skipped)) incidents.push(incident);
  return { incidents, skipped };
}

/**
 * The incidents of `files`, read one at a time as they are asked for, so that a caller keeping
 * only what it needs of each never holds every file. A file that is not a valid incident is named
 * in `skipped` (its first problem, located) and left out.
 */
export function* readIncidents(files: Iterable<SourceFile>, skipped: Diagnostic[]): Generator<SourceIncident> {
  for (const file of files) {
    const { document, problems } = parseIncident(file.text, file.path);
    if (!document) {
      skipped.push(problems[0] ?? { path: file.path, line: 1, column: 1, message: 'not a valid incident file' });
      continue;
    }
    yield { record: document.record, log: document.log };
  }
}
