import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  parseCommandArgs
} from "./chunk-OUX7RQ2J.js";

// src/cli/init.ts
import { existsSync as existsSync3, mkdirSync, writeFileSync } from "node:fs";
import { dirname as dirname3, join as join3, relative, resolve } from "node:path";

// src/templates.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// packages/shared/src/package-root.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, "action.yml")) && existsSync(join(dir, "templates"))) return dir;
    dir = dirname(dir);
  }
  throw new Error("the sitrep package root (with action.yml) was not found above this module");
}

// src/templates.ts
function templatesDir() {
  let dir = dirname2(fileURLToPath2(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join2(dir, "templates");
    if (existsSync2(join2(candidate, "incident.yml"))) return candidate;
    dir = dirname2(dir);
  }
  throw new Error("sitrep templates not found next to the installed package");
}
function readTemplate(name) {
  return readFileSync(join2(templatesDir(), name), "utf8");
}

// src/cli/init.ts
var INIT_USAGE = `Usage: sitrep init [dir] [--force] [--uses owner/repo@ref] [--slack] [--email]

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
var INIT_SLACK_FILE = { path: ".github/slack-app.yml", template: "slack-app.yml" };
var SLACK_NEXT_STEPS = `
Slack (.github/slack-app.yml):
  1. Replace https://relay.example.com in it with your relay's address (sitrep relay).
  2. api.slack.com/apps \u2192 Create New App \u2192 From an app manifest; paste the file; install it.
  3. Give the relay SITREP_SLACK_SIGNING_SECRET and SITREP_SLACK_TOKEN (the bot token), and the
     workflow the same token as a secret; add slack: {} and people: to .github/sitrep.yml.
`;
var INIT_FILES = [
  { path: ".github/sitrep.yml", template: "sitrep.yml" },
  { path: ".github/ISSUE_TEMPLATE/incident.yml", template: "incident.yml" },
  { path: ".github/workflows/sitrep.yml", template: "workflows/sitrep.yml" }
];
function initFiles(uses = "sitrep/sitrep@v1", options = {}) {
  return INIT_FILES.map(({ path, template }) => {
    let text = readTemplate(template).replaceAll("sitrep/sitrep@v1", uses);
    if (options.email && template === "sitrep.yml") text += readTemplate("sitrep-email.yml");
    return { path, text };
  });
}
async function initCommand(argv) {
  const { values, positionals } = parseCommandArgs(
    {
      args: argv,
      allowPositionals: true,
      options: { force: { type: "boolean" }, uses: { type: "string" }, slack: { type: "boolean" }, email: { type: "boolean" }, help: { type: "boolean", short: "h" } }
    },
    INIT_USAGE
  );
  if (values.help) {
    process.stdout.write(INIT_USAGE);
    return 0;
  }
  if (positionals.length > 1) {
    process.stderr.write(`sitrep init: one directory at most, got ${positionals.length}

${INIT_USAGE}`);
    return 2;
  }
  const uses = values.uses ?? "sitrep/sitrep@v1";
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\/[A-Za-z0-9_./-]+)?@[A-Za-z0-9_.\-/]+$/.test(uses)) {
    process.stderr.write(`sitrep init: --uses "${uses}" is not an action reference; use owner/repo@ref
`);
    return 2;
  }
  const root = resolve(positionals[0] ?? ".");
  let skipped = 0;
  const base = initFiles(uses, { email: Boolean(values.email) });
  const files = values.slack ? [...base, { path: INIT_SLACK_FILE.path, text: readTemplate(INIT_SLACK_FILE.template) }] : base;
  for (const file of files) {
    const target = join3(root, file.path);
    const shown = relative(process.cwd(), target) || target;
    if (existsSync3(target) && !values.force) {
      process.stdout.write(`  kept     ${shown} (exists; --force overwrites)
`);
      skipped++;
      continue;
    }
    mkdirSync(dirname3(target), { recursive: true });
    writeFileSync(target, file.text);
    process.stdout.write(`  wrote    ${shown}
`);
  }
  process.stdout.write(`
Next steps:
  1. Review .github/sitrep.yml: set escalation.coordinators (e.g. "@acme/incident-coordinators")
     and followups.routes for your services.
  2. In Settings \u2192 Actions \u2192 General \u2192 Workflow permissions, turn on "Allow GitHub Actions to
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
` : ""}`);
  if (values.slack) process.stdout.write(SLACK_NEXT_STEPS);
  if (skipped) process.stdout.write(`
${skipped} file(s) kept as they were.
`);
  return 0;
}

export {
  packageRoot,
  INIT_USAGE,
  INIT_SLACK_FILE,
  INIT_FILES,
  initFiles,
  initCommand
};
