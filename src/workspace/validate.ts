import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkConfig, CONFIG_PATH } from '../core/config.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { crossCheckRepository, sortByPosition, type RepositoryFileKind } from '../core/validate.js';
import { checkFiles, type CheckedBatch, type FileToCheck, type ReportCache } from './check-files.js';
import { incidentIdsByName, naturalOrder, type RepositoryRoot } from './repository.js';

/** What to validate in one repository. */
export interface RepositoryValidation {
  root: RepositoryRoot;
  /** The incident and postmortem files to validate: absolute path → kind. */
  files: ReadonlyMap<string, RepositoryFileKind>;
  /** Whether the configuration is checked (and counted). */
  config: boolean;
  /** How a path is shown in problems (e.g. relative to the working directory). */
  show: (absolutePath: string) => string;
  /**
   * The files to check fully (absolute paths), e.g. those a pull request changed. The others give
   * the checks across files only their file name and front matter ids. Undefined: every file. A
   * changed configuration changes what every file means, so then every file is checked fully.
   */
  changed?: ReadonlySet<string>;
  /** Reports kept between runs (then the files are checked on this thread). */
  cache?: ReportCache;
  /** Threads to use; default: one per core when there are more than a few hundred files to check fully. */
  jobs?: number;
  /** The worker threads' script; default: the bundled validate-worker.js next to this bundle, if there. */
  worker?: URL;
}

/** The outcome: problems (the configuration's first, then by file and line) and counts. */
export interface RepositoryValidationResult {
  problems: Diagnostic[];
  /** Files checked, the configuration included. */
  checked: number;
  /** Files checked fully / read for their ids only (not changed). */
  full: number;
  idsOnly: number;
  /** Of those, proven valid by the cheap reading / read precisely / taken from the cache. */
  quick: number;
  precise: number;
  cached: number;
  /** Threads that checked files. */
  threads: number;
}

/** Fewer files than this are checked on one thread: starting a worker costs more than it saves. */
export const MIN_FILES_PER_THREAD = 300;
const BATCH_SIZE = 250;
const WORKER_FILE = 'validate-worker.js';

/** The worker's bundled file next to this bundle, when there is one (not when running from sources). */
function workerFile(): URL | undefined {
  const url = new URL(`./${WORKER_FILE}`, import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/** Threads to use by default for `files` files: one per core, each with at least MIN_FILES_PER_THREAD. */
export function defaultJobs(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / MIN_FILES_PER_THREAD)));
}

/**
 * Validates a repository's files against their configuration: each file on its own (on worker
 * threads when there are many), then the checks across files. Results are in a stable order,
 * whatever the number of threads.
 */
export async function validateRepository(validation: RepositoryValidation): Promise<RepositoryValidationResult> {
  const { root, show } = validation;
  const configPath = root.configFile ? show(root.configFile) : CONFIG_PATH;
  const { config, problems: configProblems } = checkConfig(root.configText, configPath);
  const everything = !validation.changed || (root.configFile !== null && validation.changed.has(root.configFile));
  const files: FileToCheck[] = [...validation.files]
    .sort(([a], [b]) => naturalOrder(a, b))
    .map(([path, kind]) => ({ path, shown: show(path), kind, ...(everything || validation.changed?.has(path) ? {} : { idsOnly: true }) }));

  const full = files.filter((f) => !f.idsOnly).length;
  const jobs = validation.cache ? 1 : Math.max(1, Math.floor(validation.jobs ?? defaultJobs(full)));
  const worker = jobs > 1 && full > BATCH_SIZE ? (validation.worker ?? workerFile()) : undefined;
  const checked = worker ? await checkInParallel(files, jobs, worker) : checkFiles(files, validation.cache);

  // A postmortem may be about an incident whose file was not among the files given.
  const knownIncidents = incidentIdsByName(root);
  const problems = crossCheckRepository(checked.reports, config, { folders: root.folders, knownIncidents });
  return {
    problems: [...(validation.config ? sortByPosition(configProblems) : []), ...checked.unreadable, ...problems],
    checked: files.length + (validation.config && root.configFile ? 1 : 0),
    full,
    idsOnly: files.length - full,
    quick: checked.quick,
    precise: checked.precise,
    cached: checked.cached,
    threads: worker ? jobs : 1,
  };
}

/**
 * Checks the files in batches on `jobs` threads (this one and `jobs - 1` workers); each thread
 * takes the next batch when done with one, and the batches' results are put back in order.
 */
async function checkInParallel(files: readonly FileToCheck[], jobs: number, worker: URL): Promise<CheckedBatch> {
  const batches: FileToCheck[][] = [];
  for (let i = 0; i < files.length; i += BATCH_SIZE) batches.push(files.slice(i, i + BATCH_SIZE));
  const results: CheckedBatch[] = new Array<CheckedBatch>(batches.length);
  let next = 0;
  let remaining = batches.length;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const finish = (index: number, result: CheckedBatch) => {
        results[index] = result;
        if (--remaining === 0) resolve();
      };
      for (let w = 1; w < jobs && w < batches.length; w++) {
        const thread = new Worker(worker);
        workers.push(thread);
        const give = () => {
          if (next < batches.length) {
            const index = next++;
            thread.postMessage({ batch: index, files: batches[index] });
          }
        };
        thread.on('message', (message: { batch: number; result: CheckedBatch }) => {
          finish(message.batch, message.result);
          give();
        });
        thread.on('error', reject);
        give();
      }
      // This thread works too, yielding between batches so the workers' answers are taken in.
      const work = async () => {
        while (next < batches.length) {
          const index = next++;
          finish(index, checkFiles(batches[index] as FileToCheck[]));
          await new Promise((done) => setImmediate(done));
        }
      };
      work().catch(reject);
    });
  } finally {
    await Promise.all(workers.map((thread) => thread.terminate()));
  }
  const merged: CheckedBatch = { reports: [], unreadable: [], quick: 0, precise: 0, cached: 0, idsOnly: 0 };
  for (const result of results) {
    merged.reports.push(...result.reports);
    merged.unreadable.push(...result.unreadable);
    merged.quick += result.quick;
    merged.precise += result.precise;
    merged.cached += result.cached;
    merged.idsOnly += result.idsOnly;
  }
  return merged;
}
