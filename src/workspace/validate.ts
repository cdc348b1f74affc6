import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkConfig, CONFIG_PATH, type Config } from '../core/config.js';
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
  /** Threads to use (default: one per core); used when there are enough files for the precise reading. */
  jobs?: number;
  /** The worker threads' script; default: the bundled validate-worker.js next to this bundle, if there. */
  worker?: URL;
  /** Files to check fully per thread before every file is spread over threads (default MIN_FILES_PER_THREAD). */
  filesPerThread?: number;
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

/**
 * Files to check fully per thread for every file to be spread over threads: a worker thread
 * costs about as much to start (loading the checks) as this many cheap readings.
 */
export const MIN_FILES_PER_THREAD = 1500;
/** Fewer files left for the precise reading than this are read on this thread: starting a worker costs more than it saves. */
export const MIN_PRECISE_FILES_FOR_THREADS = 150;
// Files a thread takes at a time (the precise reading takes a few milliseconds a file).
const BATCH_SIZE = 50;
const WORKER_FILE = 'validate-worker.js';

/**
 * The worker's bundled file, when there is one (not when running from sources): next to this
 * bundle (the action's dist/index.js), or in the folder above its chunk (the CLI's dist/chunks/).
 */
function workerFile(): URL | undefined {
  for (const where of ['./', '../']) {
    const url = new URL(`${where}${WORKER_FILE}`, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
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
  const jobs = validation.cache ? 1 : Math.max(1, Math.floor(validation.jobs ?? availableParallelism()));
  const worker = jobs > 1 ? (validation.worker ?? workerFile()) : undefined;
  // By default no more threads than idle cores: a thread pays only on a core of its own. With
  // thousands of files every file is spread over the threads, the workers reading the cheap way
  // and precisely, this thread the cheap way only. With fewer, the cheap reading (a few
  // hundredths of a millisecond a file) costs less than starting a worker thread: this thread
  // reads every file the cheap way, and only the files left for the precise reading
  // (milliseconds each) are spread over the threads, when there are enough of them.
  const threadLimit = worker ? Math.min(jobs, validation.jobs ?? idleCores()) : 1;
  const threadsForAll = Math.min(threadLimit, Math.floor(full / (validation.filesPerThread ?? MIN_FILES_PER_THREAD)));
  if (worker && threadsForAll > 1) {
    const checked = await checkInParallel(files, threadsForAll, worker, true);
    return finish(validation, configProblems, config, files, full, checked, threadsForAll);
  }
  const checked = checkFiles(files, { cache: validation.cache, deferPrecise: threadLimit > 1 });
  let threads = 1;
  if (checked.deferred.length) {
    const deferred = checked.deferred.map((d) => d.file);
    if (deferred.length >= MIN_PRECISE_FILES_FOR_THREADS) threads = Math.min(threadLimit, Math.ceil(deferred.length / BATCH_SIZE));
    const precise = worker && threads > 1 ? await checkInParallel(deferred, threads, worker) : checkFiles(deferred);
    // Each file's report goes back to its place; a file gone since the first reading is reported as unreadable.
    const byPath = new Map(precise.reports.map((report) => [report.path, report]));
    const deferredAt = new Set(checked.deferred.map((d) => d.index));
    checked.reports = checked.reports.flatMap((report, index) => {
      if (!deferredAt.has(index)) return [report];
      const read = byPath.get(report.path);
      return read ? [read] : [];
    });
    checked.unreadable.push(...precise.unreadable);
    checked.precise += precise.precise;
  }

  return finish(validation, configProblems, config, files, full, checked, threads);
}

/** The checks across files, and the outcome. */
function finish(
  validation: RepositoryValidation,
  configProblems: readonly Diagnostic[],
  config: Config | undefined,
  files: readonly FileToCheck[],
  full: number,
  checked: CheckedBatch,
  threads: number,
): RepositoryValidationResult {
  const { root } = validation;
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
    threads,
  };
}

/**
 * About how many cores are idle (at least 1), from the 1-minute load average. A thread pays only
 * on a core of its own: starting one costs about 0.3 s of CPU, and on a machine whose cores are
 * busy with other work two threads were slower than one, for the cheap and the precise reading
 * alike. Where the load average is not known (Windows gives 0), every core counts as idle.
 */
function idleCores(): number {
  return Math.max(1, Math.round(availableParallelism() - (loadavg()[0] ?? 0)));
}

/**
 * Checks the files in batches on `jobs` threads (this one and `jobs - 1` workers); each thread
 * takes the next batch when done with one, and the batches' results are put back in order. With
 * `cheapHere`, this thread only reads its batches the cheap way and queues the files left for the
 * precise reading as batches for the workers: the precise reading's syntax trees then never
 * grow this thread's heap next to a worker's, which keeps the process's peak memory down.
 */
async function checkInParallel(files: readonly FileToCheck[], jobs: number, worker: URL, cheapHere = false): Promise<CheckedBatch> {
  const batches: FileToCheck[][] = [];
  for (let i = 0; i < files.length; i += BATCH_SIZE) batches.push(files.slice(i, i + BATCH_SIZE));
  const given = batches.length;
  const results: CheckedBatch[] = [];
  // A batch this thread read the cheap way → the batch of its files left for the precise reading,
  // which only the workers take (first, as they are the long ones).
  const preciseBatchOf = new Map<number, number>();
  const forWorkers: number[] = [];
  let next = 0;
  let remaining = batches.length;
  const workers: Worker[] = [];
  const idle: (() => void)[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const finish = (index: number, result: CheckedBatch) => {
        results[index] = result;
        if (--remaining === 0) resolve();
      };
      for (let w = 1; w < jobs && w < given; w++) {
        // A smaller young generation keeps the extra thread's memory down; the precise reading makes short-lived garbage.
        const thread = new Worker(worker, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
        workers.push(thread);
        const give = () => {
          const index = forWorkers.length ? forWorkers.shift() : next < given ? next++ : undefined;
          if (index === undefined) idle.push(give);
          else thread.postMessage({ batch: index, files: batches[index] });
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
        while (next < given) {
          const index = next++;
          const result = checkFiles(batches[index] as FileToCheck[], { deferPrecise: cheapHere });
          if (result.deferred.length) {
            preciseBatchOf.set(index, batches.length);
            forWorkers.push(batches.length);
            batches.push(result.deferred.map((d) => d.file));
            remaining++;
            idle.splice(0).forEach((give) => give());
          }
          finish(index, result);
          await new Promise((done) => setImmediate(done));
        }
      };
      work().catch(reject);
    });
  } finally {
    await Promise.all(workers.map((thread) => thread.terminate()));
  }
  // The precise reports go back to their places in the batches read the cheap way.
  for (const [index, preciseIndex] of preciseBatchOf) {
    const cheap = results[index] as CheckedBatch;
    const precise = results[preciseIndex] as CheckedBatch;
    const byPath = new Map(precise.reports.map((report) => [report.path, report]));
    const deferredAt = new Set(cheap.deferred.map((d) => d.index));
    cheap.reports = cheap.reports.flatMap((report, at) => {
      if (!deferredAt.has(at)) return [report];
      const read = byPath.get(report.path);
      return read ? [read] : [];
    });
    precise.reports = [];
  }
  const merged: CheckedBatch = { reports: [], unreadable: [], quick: 0, precise: 0, cached: 0, idsOnly: 0, deferred: [] };
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
