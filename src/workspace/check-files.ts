import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Diagnostic } from '../core/diagnostics.js';
import {
  checkRepositoryFilePrecisely,
  checkRepositoryFileQuickly,
  type FileReport,
  type RepositoryFileKind,
} from '../core/validate.js';
import { scanFrontMatterIds } from '../core/validate-fast.js';

/** A file to check: where it is, how problems name it, what it is, and whether to check it fully. */
export interface FileToCheck {
  /** Absolute path. */
  path: string;
  /** The path problems are reported against. */
  shown: string;
  kind: RepositoryFileKind;
  /** Only its file name and front matter ids are read (a file a pull request did not change). */
  idsOnly?: boolean;
  /** Read precisely straight away (the cheap reading already did not prove it valid). */
  precise?: boolean;
}

/** Reports kept between runs, keyed by content (the CLI's `--cache`). */
export interface ReportCache {
  report(absolutePath: string, shownPath: string, kind: RepositoryFileKind, text: string, check: () => FileReport): FileReport;
}

/** What checking a batch of files gave, in the batch's order. */
export interface CheckedBatch {
  reports: FileReport[];
  unreadable: Diagnostic[];
  /** Files proven valid by the cheap reading. */
  quick: number;
  /** Files read precisely (they have problems, are postmortems, or are not plain). */
  precise: number;
  /** Files whose report came from the cache. */
  cached: number;
  /** Files only read for their ids. */
  idsOnly: number;
  /**
   * With `deferPrecise`: the files the cheap reading did not prove valid, left to be read
   * precisely, and where their reports go in `reports` (which holds a placeholder there).
   */
  deferred: { index: number; file: FileToCheck }[];
}

// The front matter's ids are in its first lines; a longer front matter only costs the id check.
// Most ids are in the first kilobyte, so that is read first (less to decode), the rest when needed.
const HEAD_BYTES = 4096;
const FIRST_HEAD_BYTES = 1024;
let headBuffer: Buffer | undefined;

/** The first `bytes` of a file, cut at its last complete line; whether the file is longer. */
function readHead(path: string, bytes: number): { text: string; cut: boolean } {
  headBuffer ??= Buffer.allocUnsafe(HEAD_BYTES);
  const fd = openSync(path, 'r');
  try {
    const length = readSync(fd, headBuffer, 0, bytes, 0);
    if (length < bytes) return { text: headBuffer.toString('utf8', 0, length), cut: false };
    return { text: headBuffer.toString('utf8', 0, headBuffer.lastIndexOf(0x0a, length - 1) + 1), cut: true };
  } finally {
    closeSync(fd);
  }
}

/** A file's front matter ids (a postmortem's `incident` too), read from the beginning of the file. */
function readIds(file: FileToCheck): ReturnType<typeof scanFrontMatterIds> {
  const keys = file.kind === 'postmortem' ? (['id', 'incident'] as const) : (['id'] as const);
  const first = readHead(file.path, FIRST_HEAD_BYTES);
  const ids = scanFrontMatterIds(first.text, keys);
  if (!first.cut || keys.every((key) => ids[key])) return ids;
  return scanFrontMatterIds(readHead(file.path, HEAD_BYTES).text, keys);
}

/**
 * Checks files one at a time (only each report is kept, not its text or tree): the cheap reading
 * first, the precise one when it does not prove the file valid (or, with `deferPrecise`, leaves
 * those files in `deferred` to be read precisely elsewhere). A file that cannot be read is
 * reported and the others are checked.
 */
export function checkFiles(files: readonly FileToCheck[], options: { cache?: ReportCache; deferPrecise?: boolean } = {}): CheckedBatch {
  const { cache, deferPrecise = false } = options;
  const batch: CheckedBatch = { reports: [], unreadable: [], quick: 0, precise: 0, cached: 0, idsOnly: 0, deferred: [] };
  for (const file of files) {
    let text = '';
    let ids: ReturnType<typeof scanFrontMatterIds> = {};
    try {
      if (file.idsOnly) ids = readIds(file);
      else text = readFileSync(file.path, 'utf8');
    } catch (error) {
      batch.unreadable.push({ path: file.shown, line: 1, column: 1, message: `cannot read the file: ${(error as Error).message}` });
      continue;
    }
    if (file.idsOnly) {
      const report: FileReport = { path: file.shown, kind: file.kind, problems: [] };
      if (ids.id) report.id = ids.id;
      if (file.kind === 'postmortem' && ids.incident) report.incident = ids.incident;
      batch.reports.push(report);
      batch.idsOnly++;
      continue;
    }
    const toCheck = { path: file.shown, text, kind: file.kind };
    if (deferPrecise && !cache) {
      const quick = checkRepositoryFileQuickly(toCheck);
      if (quick) batch.quick++;
      else batch.deferred.push({ index: batch.reports.length, file: { ...file, precise: true } });
      batch.reports.push(quick ?? { path: file.shown, kind: file.kind, problems: [] });
      continue;
    }
    let fresh = false;
    const check = (): FileReport => {
      fresh = true;
      const quick = file.precise ? undefined : checkRepositoryFileQuickly(toCheck);
      if (quick) batch.quick++;
      else batch.precise++;
      return quick ?? checkRepositoryFilePrecisely(toCheck);
    };
    batch.reports.push(cache ? cache.report(file.path, file.shown, file.kind, text, check) : check());
    if (!fresh) batch.cached++;
  }
  return batch;
}
