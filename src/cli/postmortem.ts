import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseCommandArgs, UsageError } from '@sitrep/shared/args';
import { checkConfig, CONFIG_PATH } from '../core/config.js';
import { formatDiagnostic } from '../core/diagnostics.js';
import { issueNumberOf, incidentId } from '../core/incident.js';
import { parseIncident } from '../core/incident-file.js';
import { postmortemPath } from '../core/postmortem/input.js';
import { renderPostmortem } from '../core/postmortem/render.js';
import { BUNDLED_POSTMORTEM_TEMPLATE } from '../core/postmortem-template.generated.js';
import { displayPath, findRepositoryRoot } from '../workspace/repository.js';

export const POSTMORTEM_USAGE = `Usage: sitrep postmortem INC-<n> [dir] [--stdout]

Renders the postmortem of an incident from its file alone, offline (the Log is the timeline),
into postmortems/INC-<n>.md (or the folder paths.postmortems names), from the repository's
.github/sitrep/postmortem.md template or the bundled one. When the postmortem exists, only its
generated regions (metrics, timeline, responders) are rewritten: every edit is kept.

dir is the repository (default: the current directory).

Options:
  --stdout     print the postmortem instead of writing it
  -h, --help   show this help

Exit status: 0 written or up to date, 1 the incident or configuration cannot be read, 2 bad usage.
`;

/** Where a repository keeps its own postmortem template. */
const TEMPLATE_PATH = '.github/sitrep/postmortem.md';

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** `sitrep postmortem INC-<n> [dir] [--stdout]` */
export async function postmortemCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    { args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' }, stdout: { type: 'boolean' } } },
    POSTMORTEM_USAGE,
  );
  if (values.help) {
    process.stdout.write(POSTMORTEM_USAGE);
    return 0;
  }
  const [given, dir, ...extra] = positionals;
  if (!given) throw new UsageError('name the incident, e.g. sitrep postmortem INC-42', POSTMORTEM_USAGE);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`, POSTMORTEM_USAGE);
  const issue = issueNumberOf(given.replace(/^#/, 'INC-').replace(/^(\d+)$/, 'INC-$1'));
  if (issue === null) throw new UsageError(`"${given}" is not an incident id; use INC-<n>, e.g. INC-42`, POSTMORTEM_USAGE);
  const id = incidentId(issue);

  const root = findRepositoryRoot(resolve(dir ?? '.'));
  const { config, problems } = checkConfig(root.configText, root.configFile ? displayPath(root.configFile) : CONFIG_PATH);
  if (!config) {
    for (const problem of problems) console.error(formatDiagnostic(problem));
    return 1;
  }
  const incidentFile = join(root.dir, config.paths.incidents, `${id}.md`);
  const incidentText = readIfExists(incidentFile);
  if (incidentText === undefined) {
    console.error(`sitrep postmortem: there is no ${displayPath(incidentFile)}: ${id} has no incident file in ${displayPath(root.dir)}`);
    return 1;
  }
  const read = parseIncident(incidentText, displayPath(incidentFile));
  if (!read.document || read.problems.length) {
    for (const problem of read.problems) console.error(formatDiagnostic(problem));
    console.error(`sitrep postmortem: fix ${displayPath(incidentFile)} first ("sitrep validate" lists every problem)`);
    return 1;
  }

  const target = join(root.dir, postmortemPath(config, id));
  const existing = readIfExists(target);
  const output = renderPostmortem({
    incident: read.document,
    timeline: [],
    template: readIfExists(join(root.dir, TEMPLATE_PATH)) ?? BUNDLED_POSTMORTEM_TEMPLATE,
    config,
    now: Date.now(),
    ...(existing !== undefined ? { existing } : {}),
  });
  if (values.stdout) {
    process.stdout.write(output);
    return 0;
  }
  if (existing === output) {
    console.log(`${displayPath(target)} is up to date`);
    return 0;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, output);
  console.log(existing === undefined ? `wrote ${displayPath(target)}` : `updated the generated regions of ${displayPath(target)}; your edits are kept`);
  return 0;
}
