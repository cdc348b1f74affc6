import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { readTemplate } from '../templates.js';
import { parseCommandArgs } from './args.js';

export const INIT_USAGE = `Usage: sitrep init [dir] [--force] [--uses owner/repo@ref] [--email]

Writes sitrep's files into the repository at dir (default: the current directory):
  .github/sitrep.yml                   configuration, every key commented
  .github/ISSUE_TEMPLATE/incident.yml  the issue form that declares an incident
  .github/workflows/sitrep.yml         runs sitrep on issues, comments, a schedule,
                                       pull requests and pushes (validation included)

An existing file is never overwritten without --force.
--uses sets the action reference the workflow runs (default: sitrep/sitrep@v1).
--email adds the commented configuration for customers by email: an email channel for the team
and one for a customer, email.from_domains, and a customer whose channel it is.
`;

/** The files `init` writes: path in the repository → bundled template. */
export const INIT_FILES: readonly { path: string; template: string }[] = [
  { path: '.github/sitrep.yml', template: 'sitrep.yml' },
  { path: '.github/ISSUE_TEMPLATE/incident.yml', template: 'incident.yml' },
  { path: '.github/workflows/sitrep.yml', template: 'workflows/sitrep.yml' },
];

/** The file contents `init` writes, with the action reference substituted; `email` appends the commented email configuration. */
export function initFiles(uses = 'sitrep/sitrep@v1', options: { email?: boolean } = {}): { path: string; text: string }[] {
  return INIT_FILES.map(({ path, template }) => {
    let text = readTemplate(template).replaceAll('sitrep/sitrep@v1', uses);
    if (options.email && template === 'sitrep.yml') text += readTemplate('sitrep-email.yml');
    return { path, text };
  });
}

/** `sitrep init [dir] [--force] [--uses ref]` */
export async function initCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    {
      args: argv,
      allowPositionals: true,
      options: { force: { type: 'boolean' }, uses: { type: 'string' }, email: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    },
    INIT_USAGE,
  );
  if (values.help) {
    process.stdout.write(INIT_USAGE);
    return 0;
  }
  if (positionals.length > 1) {
    process.stderr.write(`sitrep init: one directory at most, got ${positionals.length}\n\n${INIT_USAGE}`);
    return 2;
  }
  const uses = values.uses ?? 'sitrep/sitrep@v1';
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\/[A-Za-z0-9_./-]+)?@[A-Za-z0-9_.\-/]+$/.test(uses)) {
    process.stderr.write(`sitrep init: --uses "${uses}" is not an action reference; use owner/repo@ref\n`);
    return 2;
  }
  const root = resolve(positionals[0] ?? '.');
  let skipped = 0;
  for (const file of initFiles(uses, { email: Boolean(values.email) })) {
    const target = join(root, file.path);
    const shown = relative(process.cwd(), target) || target;
    if (existsSync(target) && !values.force) {
      process.stdout.write(`  kept     ${shown} (exists; --force overwrites)\n`);
      skipped++;
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    process.stdout.write(`  wrote    ${shown}\n`);
  }
  process.stdout.write(`
Next steps:
  1. Review .github/sitrep.yml: set escalation.coordinators (e.g. "@acme/incident-coordinators")
     and followups.routes for your services.
  2. Commit and push. Labels (incident, severity:*, status:*) are created on first use.
  3. Declare a test incident with the "Declare an incident" issue form, then try /inc help.
  4. Follow-ups in other repositories need a token with issues: write there (a GitHub App or
     fine-grained token as the followups job's token input); the workflow token reaches only
     this repository.
${values.email ? `  5. Customers by email: uncomment the email section at the end of .github/sitrep.yml, run
     "sitrep relay" and point your provider's inbound webhook at https://sitrep:<secret>@<relay>/email
     (README, "Customers by email").
` : ''}`);
  if (skipped) process.stdout.write(`\n${skipped} file(s) kept as they were.\n`);
  return 0;
}
