import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCommandArgs, UsageError } from '@sitrep/shared/args';
import { checkConfig, CONFIG_PATH } from '../core/config.js';
import { formatDiagnostic } from '../core/diagnostics.js';
import { isRfc3339, toMillis } from '../core/time.js';
import { buildStatusSite, writeStatusPage } from '../site/build.js';
import { displayPath, findRepositoryRoot, listRepositoryFiles } from '../workspace/repository.js';

export const STATUS_PAGE_USAGE = `Usage: sitrep status-page [dir] [--out <folder>] [--as-of <time>]

Builds the public status page from the incident files of the repository that holds dir
(default: the current directory) and its .github/sitrep.yml (status_page): index.html, one
page per published incident under incidents/, feed.atom and api/v2/summary.json. Only
incidents with a public update (/inc public) appear, and only what was published.

Options:
  --out <folder>    where to write the site (default: site, in the repository)
  --as-of <time>    build as of this RFC 3339 time instead of now, e.g. 2026-12-31T00:00:00Z
  -h, --help        show this help

Files that are not valid incidents are left out and named on stderr (see sitrep validate).
Exit status: 0 built, 1 the configuration is invalid, 2 bad usage.
`;

/** `sitrep status-page [dir] [--out site] [--as-of <time>]` */
export async function statusPageCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    {
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        out: { type: 'string' },
        'as-of': { type: 'string' },
      },
    },
    STATUS_PAGE_USAGE,
  );
  if (values.help) {
    process.stdout.write(STATUS_PAGE_USAGE);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`one folder at most, got ${positionals.length}: ${positionals.join(' ')}`, STATUS_PAGE_USAGE);
  const given = positionals[0] ?? '.';
  const dir = resolve(given);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`not a folder: ${given}`, STATUS_PAGE_USAGE);
  const asOf = values['as-of'];
  if (asOf !== undefined && !isRfc3339(asOf)) {
    throw new UsageError(`--as-of "${asOf}" is not an RFC 3339 time; write it as 2026-12-31T00:00:00Z`, STATUS_PAGE_USAGE);
  }
  if (values.out === '') throw new UsageError('--out needs a folder', STATUS_PAGE_USAGE);
  const now = asOf === undefined ? Date.now() : toMillis(asOf);

  const root = findRepositoryRoot(dir);
  const configPath = root.configFile ? displayPath(root.configFile) : CONFIG_PATH;
  const { problems: configProblems } = checkConfig(root.configText, configPath);
  if (configProblems.length) {
    process.stderr.write(`${configProblems.map(formatDiagnostic).join('\n')}\nsitrep status-page: the configuration is invalid; fix it first (sitrep validate ${configPath})\n`);
    return 1;
  }
  const files = listRepositoryFiles(root, 'incident').map((path) => ({ path: displayPath(path), text: readFileSync(path, 'utf8') }));
  const site = buildStatusSite(files, root.configText, now);
  for (const problem of site.skipped) process.stderr.write(`sitrep status-page: left out ${formatDiagnostic(problem)}\n`);
  const out = values.out === undefined ? resolve(root.dir, 'site') : resolve(values.out);
  writeStatusPage(out, site.files);
  process.stdout.write(`wrote ${site.files.size} files to ${displayPath(out)}: ${site.published} published incident(s) of ${files.length}\n`);
  return 0;
}
