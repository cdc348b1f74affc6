import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  parseCommandArgs
} from "./chunk-QZUPDDK7.js";

// src/cli/init.ts
import { existsSync as existsSync2, mkdirSync, writeFileSync } from "node:fs";
import { dirname as dirname2, join as join2, relative, resolve } from "node:path";

// src/templates.ts
import { existsSync, readFileSync } from "node:fs";
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
function templatesDir() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, "templates");
    if (existsSync(join(candidate, "incident.yml"))) return candidate;
    dir = dirname(dir);
  }
  throw new Error("sitrep templates not found next to the installed package");
}
function readTemplate(name) {
  return readFileSync(join(templatesDir(), name), "utf8");
}

// src/cli/init.ts
var INIT_USAGE = `Usage: sitrep init [dir] [--force] [--uses owner/repo@ref]

Writes sitrep's files into the repository at dir (default: the current directory):
  .github/sitrep.yml                   configuration, every key commented
  .github/ISSUE_TEMPLATE/incident.yml  the issue form that declares an incident
  .github/workflows/sitrep.yml         runs sitrep on issues, comments, a schedule,
                                       pull requests and pushes (validation included)

An existing file is never overwritten without --force.
--uses sets the action reference the workflow runs (default: sitrep/sitrep@v1).
`;
var INIT_FILES = [
  { path: ".github/sitrep.yml", template: "sitrep.yml" },
  { path: ".github/ISSUE_TEMPLATE/incident.yml", template: "incident.yml" },
  { path: ".github/workflows/sitrep.yml", template: "workflows/sitrep.yml" }
];
function initFiles(uses = "sitrep/sitrep@v1") {
  return INIT_FILES.map(({ path, template }) => ({
    path,
    text: readTemplate(template).replaceAll("sitrep/sitrep@v1", uses)
  }));
}
async function initCommand(argv) {
  const { values, positionals } = parseCommandArgs(
    {
      args: argv,
      allowPositionals: true,
      options: { force: { type: "boolean" }, uses: { type: "string" }, help: { type: "boolean", short: "h" } }
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
  for (const file of initFiles(uses)) {
    const target = join2(root, file.path);
    const shown = relative(process.cwd(), target) || target;
    if (existsSync2(target) && !values.force) {
      process.stdout.write(`  kept     ${shown} (exists; --force overwrites)
`);
      skipped++;
      continue;
    }
    mkdirSync(dirname2(target), { recursive: true });
    writeFileSync(target, file.text);
    process.stdout.write(`  wrote    ${shown}
`);
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
`);
  if (skipped) process.stdout.write(`
${skipped} file(s) kept as they were.
`);
  return 0;
}

export {
  packageRoot,
  INIT_USAGE,
  INIT_FILES,
  initFiles,
  initCommand
};
