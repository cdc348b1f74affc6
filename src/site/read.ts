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
export function readIncidentFiles(files: readonly SourceFile[]): { incidents: SourceIncident[]; skipped: Diagnostic[] } {
  const incidents: SourceIncident[] = [];
  const skipped: Diagnostic[] = [];
  for (const file of files) {
    const { document, problems } = parseIncident(file.text, file.path);
    if (!document) {
      skipped.push(problems[0] ?? { path: file.path, line: 1, column: 1, message: 'not a valid incident file' });
      continue;
    }
    incidents.push({ record: document.record, log: document.log });
  }
  return { incidents, skipped };
}
