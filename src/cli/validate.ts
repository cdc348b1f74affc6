import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseCommandArgs, UsageError } from '@sitrep/shared/args';
import { formatAnnotation, formatDiagnostic, type Diagnostic } from '../core/diagnostics.js';
import { CONFIG_PATH } from '../core/config.js';
import { classifyPath, type RepositoryFileKind } from '../core/validate.js';
import {
  displayPath,
  findNestedRoots,
  findRepositoryRoot,
  isWithin,
  listRepositoryFiles,
  naturalOrder,
  repositoryPath,
  type RepositoryRoot,
} from '../workspace/repository.js';
import { validateRepository } from '../workspace/validate.js';
import { ValidateCache } from './validate-cache.js';

export const VALIDATE_USAGE = `Usage: sitrep validate [paths...]

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

/** One repository's share of the work. */
interface Plan {
  root: RepositoryRoot;
  files: Map<string, RepositoryFileKind>;
  config: boolean;
}

/** `sitrep validate [paths...]` */
export async function validateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    {
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        changed: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
      },
    },
    VALIDATE_USAGE,
  );
  if (values.help) {
    process.stdout.write(VALIDATE_USAGE);
    return 0;
  }
  const base = values.changed;
  // A base that git would read as an option is refused before it reaches git.
  if (base !== undefined && (!base || base.startsWith('-'))) throw new UsageError(`--changed needs a git revision, e.g. --changed origin/main; got "${base}"`, VALIDATE_USAGE);
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new UsageError(`--jobs needs a whole number of threads, 1 or more; got "${values.jobs}"`, VALIDATE_USAGE);
  const targets = (positionals.length ? positionals : ['.']).map((given) => {
    const path = resolve(given);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) throw new UsageError(`no such file or directory: ${given}`, VALIDATE_USAGE);
    return { given, path, isDirectory: stat.isDirectory() };
  });

  const plans = new Map<string, Plan>();
  const planFor = (root: RepositoryRoot): Plan => {
    let plan = plans.get(root.dir);
    if (!plan) {
      plan = { root, files: new Map(), config: false };
      plans.set(root.dir, plan);
    }
    return plan;
  };
  const skipped: string[] = [];

  for (const target of targets) {
    if (target.isDirectory) {
      for (const root of [findRepositoryRoot(target.path), ...findNestedRoots(target.path)]) {
        const plan = planFor(root);
        for (const kind of ['incident', 'postmortem'] as const) {
          const files = listRepositoryFiles(root, kind);
          // The files are in one folder: when it is within the target, so is each of them.
          const all = files.length > 0 && isWithin(dirname(files[0] as string), target.path);
          for (const file of files) {
            if (all || isWithin(file, target.path)) plan.files.set(file, kind);
          }
        }
        if (root.configFile && isWithin(root.configFile, target.path)) plan.config = true;
      }
      continue;
    }
    const root = findRepositoryRoot(dirname(target.path));
    const rel = repositoryPath(root, target.path);
    const kind = classifyPath(rel, root.folders);
    if (rel === CONFIG_PATH) planFor(root).config = true;
    else if (kind) planFor(root).files.set(target.path, kind);
    else skipped.push(target.given);
  }
  // Files are checked against their configuration, so it is checked (and counted) with them.
  for (const plan of plans.values()) {
    if (plan.root.configFile && plan.files.size) plan.config = true;
  }

  for (const given of skipped) {
    process.stderr.write(`sitrep validate: skipped ${given}: not an incident, postmortem or configuration file\n`);
  }

  const cache = values.cache || values['cache-location'] !== undefined ? ValidateCache.open(values['cache-location']) : undefined;
  const problems: Diagnostic[] = [];
  let checked = 0;
  let checkedFully = 0;
  for (const plan of [...plans.values()].sort((a, b) => naturalOrder(a.root.dir, b.root.dir))) {
    if (!plan.files.size && !plan.config) continue;
    const result = await validateRepository({
      root: plan.root,
      files: plan.files,
      config: plan.config,
      show: (path) => displayPath(path),
      changed: base === undefined ? undefined : changedSince(base, plan.root.dir),
      cache,
      jobs,
    });
    checked += result.checked;
    checkedFully += result.checked - result.idsOnly;
    problems.push(...result.problems);
  }
  const cacheError = cache?.save();
  if (cacheError) process.stderr.write(`sitrep validate: could not save the cache (${cacheError.message})\n`);
  if (checked === 0) {
    process.stderr.write(`sitrep validate: no incident, postmortem or configuration files found in ${targets.map((t) => t.given).join(', ')}\n`);
  }

  const annotate = process.env.GITHUB_ACTIONS === 'true';
  const lines: string[] = [];
  for (const problem of problems) {
    lines.push(formatDiagnostic(problem));
    if (annotate) lines.push(formatAnnotation(problem));
  }
  if (base === undefined) lines.push(`${count(checked, 'file')} checked, ${count(problems.length, 'problem')}`);
  else lines.push(`${count(checkedFully, 'file')} checked fully (changed since ${base}), ${checked - checkedFully} read for their ids, ${count(problems.length, 'problem')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return problems.length ? 1 : 0;
}

/** Absolute paths of the files changed between `base` and HEAD (git diff base...HEAD) under `dir`. */
function changedSince(base: string, dir: string): Set<string> {
  let output: string;
  try {
    output = execFileSync('git', ['diff', '--name-only', '-z', '--relative', `${base}...HEAD`], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new UsageError(`--changed ${base}: git diff failed in ${displayPath(dir)}: ${stderr || (error as Error).message}`, VALIDATE_USAGE);
  }
  return new Set(output.split('\0').filter(Boolean).map((path) => join(dir, path)));
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
