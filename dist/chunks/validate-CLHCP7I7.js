import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  checkFiles
} from "./chunk-PYZV5XTA.js";
import {
  displayPath,
  findNestedRoots,
  findRepositoryRoot,
  formatAnnotation,
  formatDiagnostic,
  incidentIdsByName,
  isWithin,
  listRepositoryFiles,
  naturalOrder,
  repositoryPath
} from "./chunk-XIC2XW7W.js";
import {
  CONFIG_PATH,
  checkConfig,
  classifyPath,
  crossCheckRepository,
  sortByPosition
} from "./chunk-3Z5CGGDQ.js";
import "./chunk-DA3V3GIL.js";
import "./chunk-DO73POIR.js";
import "./chunk-DPC5VWB2.js";
import {
  UsageError,
  parseCommandArgs
} from "./chunk-OUX7RQ2J.js";
import "./chunk-L3D5IAE5.js";
import "./chunk-O6QHYEXM.js";

// src/cli/validate.ts
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { dirname as dirname2, join as join2, resolve } from "node:path";

// src/workspace/validate.ts
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var MIN_FILES_PER_THREAD = 1500;
var MIN_PRECISE_FILES_FOR_THREADS = 150;
var BATCH_SIZE = 50;
var WORKER_FILE = "validate-worker.js";
function workerFile() {
  for (const where of ["./", "../"]) {
    const url = new URL(`${where}${WORKER_FILE}`, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return url;
  }
  return void 0;
}
async function validateRepository(validation) {
  const { root, show } = validation;
  const configPath = root.configFile ? show(root.configFile) : CONFIG_PATH;
  const { config, problems: configProblems } = checkConfig(root.configText, configPath);
  const everything = !validation.changed || root.configFile !== null && validation.changed.has(root.configFile);
  const files = [...validation.files].sort(([a], [b]) => naturalOrder(a, b)).map(([path, kind]) => ({ path, shown: show(path), kind, ...everything || validation.changed?.has(path) ? {} : { idsOnly: true } }));
  const full = files.filter((f) => !f.idsOnly).length;
  const jobs = validation.cache ? 1 : Math.max(1, Math.floor(validation.jobs ?? availableParallelism()));
  const worker = jobs > 1 ? validation.worker ?? workerFile() : void 0;
  const threadLimit = worker ? Math.min(jobs, validation.jobs ?? idleCores()) : 1;
  const threadsForAll = Math.min(threadLimit, Math.floor(full / (validation.filesPerThread ?? MIN_FILES_PER_THREAD)));
  if (worker && threadsForAll > 1) {
    const checked2 = await checkInParallel(files, threadsForAll, worker, true);
    return finish(validation, configProblems, config, files, full, checked2, threadsForAll);
  }
  const checked = checkFiles(files, { cache: validation.cache, deferPrecise: threadLimit > 1 });
  let threads = 1;
  if (checked.deferred.length) {
    const deferred = checked.deferred.map((d) => d.file);
    if (deferred.length >= MIN_PRECISE_FILES_FOR_THREADS) threads = Math.min(threadLimit, Math.ceil(deferred.length / BATCH_SIZE));
    const precise = worker && threads > 1 ? await checkInParallel(deferred, threads, worker) : checkFiles(deferred);
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
function finish(validation, configProblems, config, files, full, checked, threads) {
  const { root } = validation;
  const knownIncidents = incidentIdsByName(root);
  const problems = crossCheckRepository(checked.reports, config, { folders: root.folders, knownIncidents });
  return {
    problems: [...validation.config ? sortByPosition(configProblems) : [], ...checked.unreadable, ...problems],
    checked: files.length + (validation.config && root.configFile ? 1 : 0),
    full,
    idsOnly: files.length - full,
    quick: checked.quick,
    precise: checked.precise,
    cached: checked.cached,
    threads
  };
}
function idleCores() {
  return Math.max(1, Math.round(availableParallelism() - (loadavg()[0] ?? 0)));
}
async function checkInParallel(files, jobs, worker, cheapHere = false) {
  const batches = [];
  for (let i = 0; i < files.length; i += BATCH_SIZE) batches.push(files.slice(i, i + BATCH_SIZE));
  const given = batches.length;
  const results = [];
  const preciseBatchOf = /* @__PURE__ */ new Map();
  const forWorkers = [];
  let next = 0;
  let remaining = batches.length;
  const workers = [];
  const idle = [];
  try {
    await new Promise((resolve2, reject) => {
      const finish2 = (index, result) => {
        results[index] = result;
        if (--remaining === 0) resolve2();
      };
      for (let w = 1; w < jobs && w < given; w++) {
        const thread = new Worker(worker, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
        workers.push(thread);
        const give = () => {
          const index = forWorkers.length ? forWorkers.shift() : next < given ? next++ : void 0;
          if (index === void 0) idle.push(give);
          else thread.postMessage({ batch: index, files: batches[index] });
        };
        thread.on("message", (message) => {
          finish2(message.batch, message.result);
          give();
        });
        thread.on("error", reject);
        give();
      }
      const work = async () => {
        while (next < given) {
          const index = next++;
          const result = checkFiles(batches[index], { deferPrecise: cheapHere });
          if (result.deferred.length) {
            preciseBatchOf.set(index, batches.length);
            forWorkers.push(batches.length);
            batches.push(result.deferred.map((d) => d.file));
            remaining++;
            idle.splice(0).forEach((give) => give());
          }
          finish2(index, result);
          await new Promise((done) => setImmediate(done));
        }
      };
      work().catch(reject);
    });
  } finally {
    await Promise.all(workers.map((thread) => thread.terminate()));
  }
  for (const [index, preciseIndex] of preciseBatchOf) {
    const cheap = results[index];
    const precise = results[preciseIndex];
    const byPath = new Map(precise.reports.map((report) => [report.path, report]));
    const deferredAt = new Set(cheap.deferred.map((d) => d.index));
    cheap.reports = cheap.reports.flatMap((report, at) => {
      if (!deferredAt.has(at)) return [report];
      const read = byPath.get(report.path);
      return read ? [read] : [];
    });
    precise.reports = [];
  }
  const merged = { reports: [], unreadable: [], quick: 0, precise: 0, cached: 0, idsOnly: 0, deferred: [] };
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

// src/cli/validate-cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var FORMAT = 1;
var ValidateCache = class _ValidateCache {
  constructor(location, code, previous) {
    this.location = location;
    this.code = code;
    this.previous = previous;
  }
  location;
  code;
  previous;
  next = {};
  hits = 0;
  /** Opens the cache at `location` (default: in the user's cache folder, one file per working directory). */
  static open(location, cwd = process.cwd()) {
    const file = location ?? defaultLocation(cwd);
    const code = codeHash();
    let previous = {};
    try {
      const stored = JSON.parse(readFileSync(file, "utf8"));
      if (stored.format === FORMAT && stored.code === code && stored.reports && typeof stored.reports === "object") previous = stored.reports;
    } catch {
    }
    return new _ValidateCache(file, code, previous);
  }
  /** The report for this exact file (shown as `shownPath`), from the cache or from `check`. */
  report(absolutePath, shownPath, kind, text, check) {
    const key = createHash("sha1").update(`${absolutePath}\0${shownPath}\0${kind}\0`).update(text).digest("base64");
    const cached = this.previous[key];
    if (cached) this.hits++;
    const report = cached ?? check();
    this.next[key] = report;
    return report;
  }
  /** Writes the cache (atomically); a failure only costs speed next time, so it is returned, not thrown. */
  save() {
    const data = { format: FORMAT, code: this.code, reports: this.next };
    try {
      mkdirSync(dirname(this.location), { recursive: true });
      const temporary = `${this.location}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(data));
      renameSync(temporary, this.location);
      return void 0;
    } catch (error) {
      return error;
    }
  }
};
function defaultLocation(cwd) {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  const where = createHash("sha1").update(cwd).digest("hex").slice(0, 12);
  return join(base, "sitrep", `validate-${where}.json`);
}
var ownHash;
function codeHash() {
  if (!ownHash) {
    try {
      ownHash = createHash("sha1").update(readFileSync(fileURLToPath2(import.meta.url))).digest("hex");
    } catch {
      ownHash = "unknown";
    }
  }
  return ownHash;
}

// src/cli/validate.ts
var VALIDATE_USAGE = `Usage: sitrep validate [paths...]

Checks incident files (incidents/INC-<n>.md), postmortems (postmortems/INC-<n>.md) and the
configuration (.github/sitrep.yml) against their schemas and cross-checks: id matches the file
name, ids unique, timestamps ordered and agreeing with the status, severity defined, Log in time
order, a postmortem's incident exists, a final postmortem has a root cause and owned action items.

Paths are files or directories (default: the current directory); folder names come from the
configuration of the repository each path is in. Problems print as path:line:column: message
(and as GitHub annotations when GITHUB_ACTIONS=true).

Options:
  --changed <base>         check fully only the files changed since <base> (git diff
                           <base>...HEAD); the checks across files read the other files' names
                           and ids only. A changed configuration checks every file.
  -j, --jobs <n>           threads to check files on (default: one per idle core when there
                           are thousands of files, one per core for a few hundred that need the
                           precise reading; 1: this thread only)
  --cache                  keep each file's result between runs, keyed by its content, so
                           unchanged files are not parsed again (checks across files always run)
  --cache-location <file>  where to keep it (implies --cache; default: in $XDG_CACHE_HOME/sitrep
                           or ~/.cache/sitrep, one file per working directory)
  -h, --help               show this help

Exit status: 0 no problems, 1 problems found, 2 bad usage.
`;
async function validateCommand(argv) {
  const { values, positionals } = parseCommandArgs(
    {
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: "boolean", short: "h" },
        cache: { type: "boolean" },
        "cache-location": { type: "string" },
        changed: { type: "string" },
        jobs: { type: "string", short: "j" }
      }
    },
    VALIDATE_USAGE
  );
  if (values.help) {
    process.stdout.write(VALIDATE_USAGE);
    return 0;
  }
  const base = values.changed;
  if (base !== void 0 && (!base || base.startsWith("-"))) throw new UsageError(`--changed needs a git revision, e.g. --changed origin/main; got "${base}"`, VALIDATE_USAGE);
  const jobs = values.jobs === void 0 ? void 0 : Number(values.jobs);
  if (jobs !== void 0 && !(Number.isInteger(jobs) && jobs >= 1)) throw new UsageError(`--jobs needs a whole number of threads, 1 or more; got "${values.jobs}"`, VALIDATE_USAGE);
  const targets = (positionals.length ? positionals : ["."]).map((given) => {
    const path = resolve(given);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) throw new UsageError(`no such file or directory: ${given}`, VALIDATE_USAGE);
    return { given, path, isDirectory: stat.isDirectory() };
  });
  const plans = /* @__PURE__ */ new Map();
  const planFor = (root) => {
    let plan = plans.get(root.dir);
    if (!plan) {
      plan = { root, files: /* @__PURE__ */ new Map(), config: false };
      plans.set(root.dir, plan);
    }
    return plan;
  };
  const skipped = [];
  for (const target of targets) {
    if (target.isDirectory) {
      for (const root2 of [findRepositoryRoot(target.path), ...findNestedRoots(target.path)]) {
        const plan = planFor(root2);
        for (const kind2 of ["incident", "postmortem"]) {
          const files = listRepositoryFiles(root2, kind2);
          const all = files.length > 0 && isWithin(dirname2(files[0]), target.path);
          for (const file of files) {
            if (all || isWithin(file, target.path)) plan.files.set(file, kind2);
          }
        }
        if (root2.configFile && isWithin(root2.configFile, target.path)) plan.config = true;
      }
      continue;
    }
    const root = findRepositoryRoot(dirname2(target.path));
    const rel = repositoryPath(root, target.path);
    const kind = classifyPath(rel, root.folders);
    if (rel === CONFIG_PATH) planFor(root).config = true;
    else if (kind) planFor(root).files.set(target.path, kind);
    else skipped.push(target.given);
  }
  for (const plan of plans.values()) {
    if (plan.root.configFile && plan.files.size) plan.config = true;
  }
  for (const given of skipped) {
    process.stderr.write(`sitrep validate: skipped ${given}: not an incident, postmortem or configuration file
`);
  }
  const cache = values.cache || values["cache-location"] !== void 0 ? ValidateCache.open(values["cache-location"]) : void 0;
  const problems = [];
  let checked = 0;
  let checkedFully = 0;
  for (const plan of [...plans.values()].sort((a, b) => naturalOrder(a.root.dir, b.root.dir))) {
    if (!plan.files.size && !plan.config) continue;
    const result = await validateRepository({
      root: plan.root,
      files: plan.files,
      config: plan.config,
      show: (path) => displayPath(path),
      changed: base === void 0 ? void 0 : changedSince(base, plan.root.dir),
      cache,
      jobs
    });
    checked += result.checked;
    checkedFully += result.checked - result.idsOnly;
    problems.push(...result.problems);
  }
  const cacheError = cache?.save();
  if (cacheError) process.stderr.write(`sitrep validate: could not save the cache (${cacheError.message})
`);
  if (checked === 0) {
    process.stderr.write(`sitrep validate: no incident, postmortem or configuration files found in ${targets.map((t) => t.given).join(", ")}
`);
  }
  const annotate = process.env.GITHUB_ACTIONS === "true";
  const lines = [];
  for (const problem of problems) {
    lines.push(formatDiagnostic(problem));
    if (annotate) lines.push(formatAnnotation(problem));
  }
  if (base === void 0) lines.push(`${count(checked, "file")} checked, ${count(problems.length, "problem")}`);
  else lines.push(`${count(checkedFully, "file")} checked fully (changed since ${base}), ${checked - checkedFully} read for their ids, ${count(problems.length, "problem")}`);
  process.stdout.write(`${lines.join("\n")}
`);
  return problems.length ? 1 : 0;
}
function changedSince(base, dir) {
  let output;
  try {
    output = execFileSync("git", ["diff", "--name-only", "-z", "--relative", `${base}...HEAD`], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024
    });
  } catch (error) {
    const stderr = error.stderr?.trim();
    throw new UsageError(`--changed ${base}: git diff failed in ${displayPath(dir)}: ${stderr || error.message}`, VALIDATE_USAGE);
  }
  return new Set(output.split("\0").filter(Boolean).map((path) => join2(dir, path)));
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
export {
  VALIDATE_USAGE,
  validateCommand
};
