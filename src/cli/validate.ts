import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { formatAnnotation, formatDiagnostic, type Diagnostic } from '../core/diagnostics.js';
import { checkConfig, CONFIG_PATH } from '../core/config.js';
import {
  checkRepositoryFile,
  classifyPath,
  crossCheckRepository,
  sortByPosition,
  type FileReport,
  type RepositoryFileKind,
} from '../core/validate.js';
import { parseCommandArgs, UsageError } from './args.js';
import {
  displayPath,
  findNestedRoots,
  findRepositoryRoot,
  isWithin,
  listRepositoryFiles,
  naturalOrder,
  repositoryPath,
  type RepositoryRoot,
} from './repository.js';
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
      },
    },
    VALIDATE_USAGE,
  );
  if (values.help) {
    process.stdout.write(VALIDATE_USAGE);
    return 0;
  }
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
          for (const file of listRepositoryFiles(root, kind)) {
            if (isWithin(file, target.path)) plan.files.set(file, kind);
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
  for (const plan of [...plans.values()].sort((a, b) => naturalOrder(a.root.dir, b.root.dir))) {
    if (!plan.files.size && !plan.config) continue;
    const result = validatePlan(plan, cache);
    checked += result.checked;
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
  lines.push(`${count(checked, 'file')} checked, ${count(problems.length, 'problem')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return problems.length ? 1 : 0;
}

function validatePlan(plan: Plan, cache: ValidateCache | undefined): { checked: number; problems: Diagnostic[] } {
  const { root } = plan;
  const configPath = root.configFile ? displayPath(root.configFile) : CONFIG_PATH;
  const { config, problems: configProblems } = checkConfig(root.configText, configPath);
  const unreadable: Diagnostic[] = [];
  const reports: FileReport[] = [];
  // One file at a time: only its report is kept, not its text or tree.
  for (const [path, kind] of [...plan.files].sort(([a], [b]) => naturalOrder(a, b))) {
    const shown = displayPath(path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      unreadable.push({ path: shown, line: 1, column: 1, message: `cannot read the file: ${(error as Error).message}` });
      continue;
    }
    const check = () => checkRepositoryFile({ path: shown, text, kind });
    reports.push(cache ? cache.report(path, shown, kind, text, check) : check());
  }
  // A postmortem may be about an incident whose file was not among the paths given.
  const knownIncidents = listRepositoryFiles(root, 'incident').map((path) => basename(path, '.md'));
  const problems = crossCheckRepository(reports, config, { folders: root.folders, knownIncidents });
  return {
    checked: plan.files.size + (plan.config && root.configFile ? 1 : 0),
    problems: [...(plan.config ? sortByPosition(configProblems) : []), ...unreadable, ...problems],
  };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
