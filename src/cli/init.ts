import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseCommandArgs } from '@sitrep/shared/args';
import { readTemplate } from '../templates.js';

export const INIT_USAGE = `Usage: sitrep init [dir] [--force] [--uses owner/repo@ref] [--slack] [--email]

Writes sitrep's files into the repository at dir (default: the current directory):
  .github/sitrep.yml                   configuration, every key commented
  .github/ISSUE_TEMPLATE/incident.yml  the issue form that declares an incident
  .github/workflows/sitrep.yml         runs sitrep on issues, comments, a schedule,
                                       pull requests and pushes (validation included)

An existing file is never overwritten without --force.
--uses sets the action reference the workflow runs (default: sitrep/sitrep@v1).
--email adds the commented configuration for customers by email: an email channel for the team
and one for a customer, email.from_domains, and a customer whose channel it is.
--slack also writes .github/slack-app.yml, the manifest of your team's Slack app.
`;

/** What `init --slack` adds: the Slack app's manifest (SPEC 4.12). */
export const INIT_SLACK_FILE = { path: '.github/slack-app.yml', template: 'slack-app.yml' } as const;

const SLACK_NEXT_STEPS = `
Slack (.github/slack-app.yml):
  1. Replace https://relay.example.com in it with your relay's address (sitrep relay).
  2. api.slack.com/apps → Create New App → From an app manifest; paste the file; install it.
  3. Give the relay SITREP_SLACK_SIGNING_SECRET and SITREP_SLACK_TOKEN (the bot token), and the
     workflow the same token as a secret; add slack: {} and people: to .github/sitrep.yml.
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
      options: { force: { type: 'boolean' }, uses: { type: 'string' }, slack: { type: 'boolean' }, email: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
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
  const base = initFiles(uses, { email: Boolean(values.email) });
  const files = values.slack ? [...base, { path: INIT_SLACK_FILE.path, text: readTemplate(INIT_SLACK_FILE.template) }] : base;
  for (const file of files) {
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
  2. In Settings → Actions → General → Workflow permissions, turn on "Allow GitHub Actions to
     create and approve pull requests": postmortems are opened as pull requests, and GitHub
     refuses them to the workflow token in new repositories.
  3. Commit and push to main. That push runs the workflow's setup job, which creates the labels
     sitrep uses (incident, severity:*, status:*, follow-up labels) and checks the configuration.
     Check it in the Actions tab: the issue form applies only labels that exist, so declare
     nothing before setup has passed.
  4. If main is protected (a ruleset or branch protection requiring pull requests), GitHub
     refuses sitrep's commits: let its token bypass the rule (a ruleset bypass for GitHub
     Actions, or a GitHub App token), or keep incidents in a repository of their own.
  5. Declare a test incident with the "Declare an incident" issue form, then try /inc help.
  6. Follow-ups in other repositories need a token with issues: write there (a GitHub App or
     fine-grained token as the followups job's token input); the workflow token reaches only
     this repository.
${values.email ? `  5. Customers by email: uncomment the email section at the end of .github/sitrep.yml, run
     "sitrep relay" and point your provider's inbound webhook at https://sitrep:<secret>@<relay>/email
     (README, "Customers by email").
` : ''}`);
  if (values.slack) process.stdout.write(SLACK_NEXT_STEPS);
  if (skipped) process.stdout.write(`\n${skipped} file(s) kept as they were.\n`);
  return 0;
}
