import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileReport, RepositoryFileKind } from '../core/validate.js';

const FORMAT = 1;

interface CacheFile {
  format: number;
  /** Hash of the code that wrote it: any other build of sitrep starts afresh. */
  code: string;
  reports: Record<string, FileReport>;
}

/**
 * Per-file validation results kept between runs, keyed by the file's path, kind and exact text,
 * so an unchanged file is not parsed again. Checks across files and against the configuration
 * are always recomputed. Entries not used by a run are dropped when it saves.
 */
export class ValidateCache {
  private readonly previous: Record<string, FileReport>;
  private readonly next: Record<string, FileReport> = {};
  hits = 0;

  private constructor(readonly location: string, private readonly code: string, previous: Record<string, FileReport>) {
    this.previous = previous;
  }

  /** Opens the cache at `location` (default: in the user's cache folder, one file per working directory). */
  static open(location: string | undefined, cwd = process.cwd()): ValidateCache {
    const file = location ?? defaultLocation(cwd);
    const code = codeHash();
    let previous: Record<string, FileReport> = {};
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
      if (stored.format === FORMAT && stored.code === code && stored.reports && typeof stored.reports === 'object') previous = stored.reports;
    } catch {
      // Missing or unreadable: start afresh.
    }
    return new ValidateCache(file, code, previous);
  }

  /** The report for this exact file (shown as `shownPath`), from the cache or from `check`. */
  report(absolutePath: string, shownPath: string, kind: RepositoryFileKind, text: string, check: () => FileReport): FileReport {
    // The report holds the path as shown, so the way it is shown is part of the key.
    const key = createHash('sha1').update(`${absolutePath}\0${shownPath}\0${kind}\0`).update(text).digest('base64');
    const cached = this.previous[key];
    if (cached) this.hits++;
    const report = cached ?? check();
    this.next[key] = report;
    return report;
  }

  /** Writes the cache (atomically); a failure only costs speed next time, so it is returned, not thrown. */
  save(): Error | undefined {
    const data: CacheFile = { format: FORMAT, code: this.code, reports: this.next };
    try {
      mkdirSync(dirname(this.location), { recursive: true });
      const temporary = `${this.location}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(data));
      renameSync(temporary, this.location);
      return undefined;
    } catch (error) {
      return error as Error;
    }
  }
}

function defaultLocation(cwd: string): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const where = createHash('sha1').update(cwd).digest('hex').slice(0, 12);
  return join(base, 'sitrep', `validate-${where}.json`);
}

let ownHash: string | undefined;

/** A hash of the running sitrep code, so results of another version are never reused. */
function codeHash(): string {
  if (!ownHash) {
    try {
      ownHash = createHash('sha1').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex');
    } catch {
      ownHash = 'unknown';
    }
  }
  return ownHash;
}
