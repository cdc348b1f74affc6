import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  createSandbox
} from "./chunk-NK2VJJFE.js";
import {
  initFiles,
  packageRoot
} from "./chunk-SO55Z5SS.js";
import {
  describeLogEntry,
  parseIncident
} from "./chunk-TFTM3B4I.js";
import {
  require_dist
} from "./chunk-AGHF5XFR.js";
import "./chunk-5OK6X64Z.js";
import "./chunk-NQHDXQG3.js";
import {
  UsageError,
  parseCommandArgs
} from "./chunk-QZUPDDK7.js";
import "./chunk-UYAZPNRW.js";
import {
  __toESM
} from "./chunk-O6QHYEXM.js";

// src/cli/drill.ts
import { existsSync as existsSync2, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join as join2, relative, resolve } from "node:path";

// src/sandbox/events.ts
var payloadCheck;
function event(eventName, schemaName, payload) {
  if (schemaName) payloadCheck?.(schemaName, payload);
  return { eventName, payload };
}
function envelope(sandbox, repoName, sender) {
  const repository = sandbox.json.repository(repoName);
  const owner = repository.owner;
  const payload = { repository, sender: sandbox.json.user(sender) };
  if (owner.type === "Organization") {
    payload.organization = {
      login: owner.login,
      id: owner.id,
      node_id: owner.node_id,
      url: `${sandbox.url}/orgs/${String(owner.login)}`,
      repos_url: `${sandbox.url}/orgs/${String(owner.login)}/repos`,
      events_url: `${sandbox.url}/orgs/${String(owner.login)}/events`,
      hooks_url: `${sandbox.url}/orgs/${String(owner.login)}/hooks`,
      issues_url: `${sandbox.url}/orgs/${String(owner.login)}/issues`,
      members_url: `${sandbox.url}/orgs/${String(owner.login)}/members{/member}`,
      public_members_url: `${sandbox.url}/orgs/${String(owner.login)}/public_members{/member}`,
      avatar_url: owner.avatar_url,
      description: null
    };
  }
  return payload;
}
function issuesEvent(sandbox, action, options) {
  const issue = sandbox.json.issue(options.number, options.repo);
  const author = issue.user.login;
  const sender = options.sender ?? (action === "opened" ? author : "alice");
  const payload = { action, issue, ...envelope(sandbox, options.repo, sender) };
  if (action === "labeled" || action === "unlabeled") {
    if (!options.label) throw new Error(`issues.${action} needs the label`);
    payload.label = labelJson(sandbox, options.label, options.repo);
  }
  if (action === "assigned" || action === "unassigned") {
    if (!options.assignee) throw new Error(`issues.${action} needs the assignee`);
    payload.assignee = sandbox.json.user(options.assignee);
  }
  if (action === "edited") payload.changes = options.changes ?? {};
  return event("issues", `webhook-issues-${action}`, payload);
}
function labelJson(sandbox, name, repo) {
  try {
    return sandbox.json.label(name, repo);
  } catch {
    return { id: 0, node_id: "LA_deleted", url: `${sandbox.url}/repos/${repo ?? sandbox.defaultRepo}/labels/${encodeURIComponent(name)}`, name, color: "ededed", default: false, description: null };
  }
}
function issueCommentEvent(sandbox, action, options) {
  const comment = sandbox.json.comment(options.commentId, options.repo);
  const issueNumber = Number(String(comment.issue_url).split("/").pop());
  const issue = sandbox.json.issue(issueNumber, options.repo);
  const author = comment.user.login;
  const payload = { action, issue, comment, ...envelope(sandbox, options.repo, options.sender ?? author) };
  if (action === "edited") payload.changes = options.changes ?? { body: { from: "" } };
  return event("issue_comment", `webhook-issue-comment-${action}`, payload);
}
function pullRequestEvent(sandbox, action, options) {
  const pullRequest = sandbox.json.pullRequest(options.number, options.repo);
  const sender = options.sender ?? (action === "closed" && pullRequest.merged_by ? pullRequest.merged_by.login : pullRequest.user.login);
  const payload = { action, number: options.number, pull_request: pullRequest, ...envelope(sandbox, options.repo, sender) };
  if (action === "synchronize") {
    const head = String(pullRequest.head.sha);
    const parent = sandbox.repo(options.repo).model.git.getCommit(head)?.parents[0];
    Object.assign(payload, { before: options.before ?? parent ?? head, after: head });
  }
  if (action === "edited") payload.changes = {};
  return event("pull_request", `webhook-pull-request-${action}`, payload);
}
function scheduleEvent(sandbox, options = {}) {
  return event("schedule", void 0, { schedule: options.cron ?? "*/15 * * * *", repository: sandbox.json.repository(options.repo) });
}

// src/sandbox/runner.ts
var import_yaml = __toESM(require_dist(), 1);
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var REPO_ROOT = packageRoot();
var actionInputs;
function actionYamlInputs() {
  if (!actionInputs) {
    const path = join(REPO_ROOT, "action.yml");
    actionInputs = existsSync(path) ? (0, import_yaml.parse)(readFileSync(path, "utf8")).inputs ?? {} : {};
  }
  return actionInputs;
}
function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
function parseOutputFile(text) {
  const outputs = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      outputs[name] = value.join("\n");
    } else if (line.includes("=")) {
      outputs[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return outputs;
}
function annotationsOf(stdout) {
  const found = [];
  for (const match of stdout.matchAll(/^::(error|warning|notice)(?: [^:]*)?::(.*)$/gm)) {
    const message = match[2].replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%25/g, "%");
    found.push({ level: match[1], message });
  }
  return found;
}
function countRequests(requests) {
  const counters = { restRead: 0, restWrite: 0, graphqlQuery: 0, graphqlMutation: 0, total: 0, byOperation: {} };
  for (const r of requests) {
    counters.total++;
    if (r.kind === "rest") {
      if (r.method === "GET" || r.method === "HEAD") counters.restRead++;
      else counters.restWrite++;
    } else if (r.operation?.startsWith("mutation")) counters.graphqlMutation++;
    else counters.graphqlQuery++;
    if (r.operation) counters.byOperation[r.operation] = (counters.byOperation[r.operation] ?? 0) + 1;
  }
  return counters;
}
async function runAction(options) {
  const { sandbox } = options;
  const script = options.script ?? join(REPO_ROOT, "dist", "index.js");
  if (!existsSync(script)) throw new Error(`${script} does not exist: run "npm run build" (the vitest global setup does)`);
  const repository = options.repository ?? sandbox.defaultRepo;
  const repo = sandbox.repo(repository);
  const dir = await mkdtemp(join(tmpdir(), "sitrep-run-"));
  try {
    const paths = {
      event: join(dir, "event.json"),
      output: join(dir, "output.txt"),
      summary: join(dir, "summary.md"),
      env: join(dir, "env.txt"),
      path: join(dir, "path.txt"),
      state: join(dir, "state.txt"),
      workspace: join(dir, "workspace"),
      temp: join(dir, "runner-temp")
    };
    await writeFile(paths.event, JSON.stringify(options.payload, null, 2));
    for (const file of [paths.output, paths.summary, paths.env, paths.path, paths.state]) await writeFile(file, "");
    await mkdir(paths.workspace);
    await mkdir(paths.temp);
    const sender = options.payload.sender?.login;
    const defaultBranch = repo.model.defaultBranch;
    const pullNumber = options.eventName === "pull_request" ? options.payload.number : void 0;
    const pullRequest = options.payload.pull_request;
    const pushRef = options.eventName === "push" ? options.payload.ref : void 0;
    const dispatchRef = options.eventName === "workflow_dispatch" ? options.payload.ref : void 0;
    const ref = pullNumber !== void 0 ? `refs/pull/${pullNumber}/merge` : pushRef ?? dispatchRef ?? `refs/heads/${defaultBranch}`;
    const sha = options.eventName === "push" ? String(options.payload.after) : pullRequest?.head?.sha ?? repo.branch(defaultBranch) ?? "0000000000000000000000000000000000000000";
    const env = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: process.env.HOME ?? dir,
      LANG: "C.UTF-8",
      CI: "true",
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: paths.event,
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: repository.split("/")[0],
      GITHUB_REPOSITORY_ID: String(repo.model.id),
      GITHUB_API_URL: sandbox.url,
      GITHUB_GRAPHQL_URL: sandbox.graphqlUrl,
      GITHUB_SERVER_URL: sandbox.serverUrl,
      GITHUB_WORKSPACE: paths.workspace,
      GITHUB_RUN_ID: String(1e6 + sandbox.lastRequestSeq % 1e6),
      GITHUB_RUN_NUMBER: "1",
      GITHUB_RUN_ATTEMPT: "1",
      GITHUB_JOB: "sitrep",
      GITHUB_WORKFLOW: "sitrep",
      GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/sitrep.yml@refs/heads/${defaultBranch}`,
      GITHUB_ACTION: "sitrep",
      GITHUB_ACTOR: options.actor ?? sender ?? "alice",
      GITHUB_TRIGGERING_ACTOR: options.actor ?? sender ?? "alice",
      GITHUB_SHA: sha,
      GITHUB_REF: ref,
      GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, "").replace(/^refs\/pull\/(\d+)\/merge$/, "$1/merge"),
      GITHUB_REF_TYPE: ref.startsWith("refs/tags/") ? "tag" : "branch",
      GITHUB_BASE_REF: pullRequest?.base?.ref ?? "",
      GITHUB_HEAD_REF: pullRequest?.head?.ref ?? "",
      GITHUB_OUTPUT: paths.output,
      GITHUB_STEP_SUMMARY: paths.summary,
      GITHUB_ENV: paths.env,
      GITHUB_PATH: paths.path,
      GITHUB_STATE: paths.state,
      RUNNER_OS: "Linux",
      RUNNER_ARCH: "X64",
      RUNNER_NAME: "sandbox-runner",
      RUNNER_TEMP: paths.temp,
      RUNNER_TOOL_CACHE: paths.temp,
      ...options.debug ? { RUNNER_DEBUG: "1" } : {}
    };
    const inputs = {};
    for (const [name, spec] of Object.entries(actionYamlInputs())) {
      if (spec.default !== void 0 && !/\$\{\{/.test(spec.default)) inputs[name] = spec.default;
    }
    inputs.token = sandbox.botToken;
    for (const [name, value] of Object.entries(options.inputs ?? {})) {
      if (value === void 0) delete inputs[name];
      else inputs[name] = String(value);
    }
    for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
    for (const [name, value] of Object.entries(options.env ?? {})) {
      if (value === void 0) delete env[name];
      else env[name] = value;
    }
    const firstSeq = sandbox.lastRequestSeq;
    const result = await spawnNode(script, env, paths.workspace, options.timeoutMs ?? 6e4);
    const requests = sandbox.requestsSince(firstSeq);
    return {
      ...result,
      outputs: parseOutputFile(await readFile(paths.output, "utf8")),
      summary: await readFile(paths.summary, "utf8"),
      annotations: annotationsOf(result.stdout),
      requests,
      counters: countRequests(requests)
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
function testNode() {
  return process.env.SITREP_TEST_NODE || process.execPath;
}
function spawnNode(script, env, cwd, timeoutMs) {
  return new Promise((resolve2, reject) => {
    const child = spawn(testNode(), [script], { env, cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => stdout += chunk);
    child.stderr.setEncoding("utf8").on("data", (chunk) => stderr += chunk);
    const timer = setTimeout(() => {
      stderr += `
[runAction] killed after ${timeoutMs} ms`;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (exitCode, signal) => {
      clearTimeout(timer);
      resolve2({ exitCode, signal, stdout, stderr });
    });
  });
}

// src/cli/drill.ts
var DRILL_USAGE = `Usage: sitrep drill [--scenario <name>] [--out <dir>]

Rehearses a whole incident on a local GitHub sandbox: a repository set up by "sitrep init",
responders acting through the issue form and /inc commands, and sitrep's real action
(dist/index.js) run for every event as a GitHub runner runs it. Prints a transcript, writes the
resulting repository (incident file, postmortem, follow-up issues) to a folder, and exits 1 if
any step did not produce what it should.

Scenarios:
  p1-outage        a P1: roles, a missed update and its reminder, escalation, a regression out
                   of monitoring, resolve, the postmortem pull request, its merge, the follow-ups
  declined-triage  a customer report in triage that turns out not to be an incident

Options:
  --scenario <name>   default: p1-outage
  --out <dir>         where to write the repository (default: .drill/<scenario>)
`;
var Drill = class {
  constructor(sandbox, script) {
    this.sandbox = sandbox;
    this.script = script;
  }
  sandbox;
  script;
  incident = 0;
  postmortemPr = 0;
  runs = [];
  get repo() {
    return this.sandbox.repo();
  }
  record() {
    const text = this.repo.readFile(`incidents/INC-${this.incident}.md`);
    return text ? parseIncident(text).document?.record : void 0;
  }
  log() {
    const text = this.incident ? this.repo.readFile(`incidents/INC-${this.incident}.md`) : void 0;
    return text && parseIncident(text).document?.log || [];
  }
  botComments() {
    return this.repo.botComments(this.incident);
  }
  async run(event2, inputs = {}) {
    const run = await runAction({ sandbox: this.sandbox, ...event2, script: this.script, inputs });
    this.runs.push(run);
    if (run.exitCode !== 0) throw new Error(`the action failed (exit ${run.exitCode}):
${run.stderr || run.stdout}`);
    return run;
  }
  async comment(as, body) {
    const comment = this.repo.comment(this.incident, body, { as });
    return this.run(issueCommentEvent(this.sandbox, "created", { commentId: comment.id }));
  }
  async sweep() {
    return this.run(scheduleEvent(this.sandbox));
  }
};
var P1_FORM = [
  ["Severity", "P1 \u2014 Critical \u2014 a customer production system is impaired"],
  ["Summary", "Checkout API returns 502 for EU customers since about 09:50 UTC."],
  ["Impact", "All EU checkouts fail, about 30% of orders."],
  ["Affected services", "checkout-api"],
  ["Affected customers", "acme"],
  ["Impact started at", "2026-11-21 09:50 UTC"],
  ["How was it detected?", "alert"],
  ["Type", "incident"]
];
var TRIAGE_FORM = [
  ["Severity", "Not sure \u2014 triage"],
  ["Summary", "Globex says some invoices show the wrong currency."],
  ["Impact", "One customer, invoices only."],
  ["Affected services", "billing"],
  ["Affected customers", "globex"],
  ["Impact started at", "_No response_"],
  ["How was it detected?", "customer"],
  ["Type", "incident"]
];
function formBody(fields) {
  return fields.map(([label, value]) => `### ${label}

${value}`).join("\n\n");
}
var CONFIG_CHANGES = [
  ['coordinators: []          # e.g. ["@acme/incident-coordinators"]', 'coordinators: ["@acme/incident-coordinators"]'],
  ['customers: {}             # e.g. { acme: ["@acme/account-team", "oncall@acme.example"] }', 'customers: { acme: ["@acme/account-team"] }'],
  ["routes: {}                # e.g. { checkout-api: acme/checkout }", "routes: { checkout-api: acme/checkout }"]
];
function declare(title, form) {
  return async (drill) => {
    const issue = drill.repo.createIssue({ as: "bob", title, body: formBody(form), labels: ["incident"] });
    drill.incident = issue.number;
    return drill.run(issuesEvent(drill.sandbox, "opened", { number: issue.number }));
  };
}
function check(condition, problem) {
  return condition ? void 0 : problem;
}
function reminderKinds(drill) {
  return drill.botComments().flatMap((c) => {
    const kind = /<!-- sitrep:reminder kind=(\w+)/.exec(c.body)?.[1];
    return kind ? [kind] : [];
  });
}
var SCENARIOS = {
  "p1-outage": [
    {
      at: 0,
      who: "bob",
      does: 'declares "Checkout API returns 502 for EU customers" with the issue form (P1)',
      act: declare("Checkout API returns 502 for EU customers", P1_FORM),
      expect: (d) => check(d.record()?.status === "investigating" && d.record()?.roles.operations === "bob", "no P1 incident in investigating with bob as operations")
    },
    {
      at: 4,
      who: "alice",
      does: "takes command: /inc role ic @alice, /inc role comms @carol",
      act: (d) => d.comment("alice", "Taking this.\n/inc role ic @alice\n/inc role comms @carol"),
      expect: (d) => check(d.record()?.roles.coordinator === "alice" && d.record()?.roles.communications === "carol" && Boolean(d.record()?.acknowledged_at), "roles not assigned")
    },
    {
      at: 10,
      who: "carol",
      does: "/inc update Investigating elevated 502s on checkout-api in eu-west. next: 20m",
      act: (d) => d.comment("carol", "/inc update Investigating elevated 502s on checkout-api in eu-west. next: 20m"),
      expect: (d) => check(d.record()?.next_update_due === "2026-11-21T10:30:00Z", "next update not due at 10:30")
    },
    {
      at: 12,
      who: "bob",
      does: "/inc note Deploy 1234 rolled out at 09:48",
      act: (d) => d.comment("bob", "/inc note Deploy 1234 rolled out at 09:48"),
      expect: () => void 0
    },
    {
      at: 40,
      who: "schedule",
      does: "the cadence sweep runs; the 10:30 update is 10 minutes late",
      act: (d) => d.sweep(),
      expect: (d) => check(reminderKinds(d).join() === "update", "no single update reminder posted")
    },
    {
      at: 50,
      who: "schedule",
      does: "the sweep runs again",
      act: (d) => d.sweep(),
      expect: (d) => check(reminderKinds(d).join() === "update", "the update reminder was posted twice")
    },
    {
      at: 95,
      who: "schedule",
      does: "the sweep runs; the update is now 65 minutes late",
      act: (d) => d.sweep(),
      expect: (d) => check(reminderKinds(d).join() === "update,escalation", "no escalation to the coordinators team")
    },
    {
      at: 97,
      who: "carol",
      does: "/inc update Rolled back deploy 1234; error rate is falling.",
      act: (d) => d.comment("carol", "/inc update Rolled back deploy 1234; error rate is falling."),
      expect: (d) => check(d.record()?.next_update_due === "2026-11-21T12:07:00Z", "the cadence did not restart at 11:37")
    },
    {
      at: 100,
      who: "bob",
      does: "/inc status monitoring error rate back to baseline",
      act: (d) => d.comment("bob", "/inc status monitoring error rate back to baseline"),
      expect: (d) => check(d.record()?.status === "monitoring" && d.record()?.mitigated_at === "2026-11-21T11:40:00Z", "not in monitoring")
    },
    {
      at: 130,
      who: "bob",
      does: "/inc status fixing errors are back in eu-west-2 (a regression)",
      act: (d) => d.comment("bob", "/inc status fixing errors are back in eu-west-2"),
      expect: (d) => check(d.record()?.status === "fixing" && d.record()?.mitigated_at === "2026-11-21T11:40:00Z", "regression not recorded")
    },
    {
      at: 135,
      who: "alice",
      does: "records two follow-ups with /inc followup",
      act: (d) => d.comment(
        "alice",
        "/inc followup Alert on 5xx ratio per region owner: @carol repo: acme/checkout due: 2026-12-05\n/inc followup Add a canary stage for config deploys owner: @bob"
      ),
      expect: () => void 0
    },
    {
      at: 150,
      who: "bob",
      does: "/inc status monitoring fix deployed to eu-west-2",
      act: (d) => d.comment("bob", "/inc status monitoring fix deployed to eu-west-2"),
      expect: (d) => check(d.record()?.status === "monitoring", "not back in monitoring")
    },
    {
      at: 210,
      who: "alice",
      does: "/inc resolve all green for an hour",
      act: (d) => d.comment("alice", "/inc resolve all green for an hour"),
      expect: (d) => {
        const pull = d.repo.pulls({ state: "open" }).find((p) => p.head === `sitrep/postmortem/INC-${d.incident}`);
        if (pull) d.postmortemPr = pull.number;
        return check(d.record()?.status === "resolved" && Boolean(pull) && d.record()?.postmortem === pull?.url, "no postmortem pull request recorded");
      }
    },
    {
      at: 300,
      who: "alice",
      does: "writes the root cause on the postmortem branch and merges the pull request",
      act: async (d) => {
        const branch = `sitrep/postmortem/INC-${d.incident}`;
        const path = `postmortems/INC-${d.incident}.md`;
        const text = d.repo.readFile(path, { ref: branch }) ?? "";
        const edited = text.replace(/(## Root cause\n\n)[\s\S]*?(\n## )/, "$1A config change in deploy 1234 removed the EU upstream pool.\n$2");
        d.repo.writeFile(path, edited, { as: "alice", branch, message: "Root cause" });
        d.repo.mergePull(d.postmortemPr, { as: "alice" });
        return d.run(pullRequestEvent(d.sandbox, "closed", { number: d.postmortemPr, sender: "alice" }));
      },
      expect: (d) => {
        const followups = d.sandbox.repo("acme/checkout").issues({ state: "all" }).length + d.repo.issues({ state: "all", labels: ["incident-followup"] }).length;
        return check(d.record()?.status === "closed" && followups === 2 && d.repo.issue(d.incident).state === "closed", "follow-ups not filed or incident not closed");
      }
    }
  ],
  "declined-triage": [
    {
      at: 0,
      who: "bob",
      does: 'declares "Invoices show the wrong currency" with the issue form, unsure of the severity',
      act: declare("Invoices show the wrong currency", TRIAGE_FORM),
      expect: (d) => check(d.record()?.status === "triage", "not in triage")
    },
    {
      at: 20,
      who: "schedule",
      does: "the cadence sweep runs; triage owes an update every 15 minutes",
      act: (d) => d.sweep(),
      expect: (d) => check(reminderKinds(d).includes("update"), "no reminder for the late triage update")
    },
    {
      at: 25,
      who: "alice",
      does: "/inc decline Globex's own proxy rewrote the currency header",
      act: (d) => d.comment("alice", "/inc role ic @alice\n/inc decline Globex's own proxy rewrote the currency header"),
      expect: (d) => check(d.record()?.status === "declined" && d.repo.issue(d.incident).state === "closed", "not declined, or the issue is still open")
    }
  ]
};
function clock(minutes) {
  const at = new Date(Date.parse("2026-11-21T10:00:00Z") + minutes * 6e4);
  return at.toISOString().slice(11, 16);
}
function describeRun(drill, run, commentsBefore, logBefore) {
  if (!run) return [];
  const lines = [];
  const outputs = run.outputs;
  for (const entry of drill.log().slice(logBefore)) lines.push(`logs: ${describeLogEntry(entry)}`.slice(0, 120));
  if (outputs.incident) lines.push(`${outputs.incident} is ${outputs.status || "?"}${outputs["postmortem-pr"] ? `; postmortem pull request ${outputs["postmortem-pr"]}` : ""}`);
  for (const comment of drill.botComments().slice(commentsBefore)) {
    const first = comment.body.split("\n").find((l) => l.trim() && !l.startsWith("<!--")) ?? "";
    lines.push(`comments: ${first.replace(/^#+\s*/, "").slice(0, 110)}`);
  }
  const c = run.counters;
  lines.push(`(${c.total} API requests: ${c.graphqlQuery} GraphQL, ${c.restRead} REST reads, ${c.restWrite} writes)`);
  return lines;
}
async function drillCommand(argv) {
  const { values } = parseCommandArgs(
    { args: argv, options: { scenario: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } } },
    DRILL_USAGE
  );
  if (values.help) {
    process.stdout.write(DRILL_USAGE);
    return 0;
  }
  const name = values.scenario ?? "p1-outage";
  const steps = SCENARIOS[name];
  if (!steps) throw new UsageError(`no scenario "${name}"; use one of ${Object.keys(SCENARIOS).join(", ")}`, DRILL_USAGE);
  const script = join2(packageRoot(), "dist", "index.js");
  if (!existsSync2(script)) {
    process.stderr.write(`sitrep drill: ${script} does not exist; run "npm run build" first
`);
    return 2;
  }
  const out = resolve(values.out ?? join2(".drill", name));
  const sandbox = await createSandbox();
  const started = Date.now();
  let failures = 0;
  try {
    const repo = sandbox.repo();
    sandbox.addRepo("acme/checkout", { botAccess: "write" });
    const files = {};
    for (const file of initFiles()) {
      let text = file.text;
      if (file.path === ".github/sitrep.yml") {
        for (const [from, to] of CONFIG_CHANGES) text = text.replace(from, to);
      }
      files[file.path] = text;
    }
    repo.writeFiles(files, { as: "alice", message: "Adopt sitrep (sitrep init)" });
    process.stdout.write(`sitrep drill: ${name}, on a local GitHub sandbox (${sandbox.url})
`);
    process.stdout.write(`repository acme/incidents set up by "sitrep init"; coordinators team @acme/incident-coordinators

`);
    const drill = new Drill(sandbox, script);
    for (const step of steps) {
      sandbox.clock.set(new Date(Date.parse("2026-11-21T10:00:00Z") + step.at * 6e4));
      process.stdout.write(`${clock(step.at)}  ${step.who.padEnd(8)} ${step.does}
`);
      const before = drill.incident ? drill.botComments().length : 0;
      const logBefore = drill.log().length;
      let problem;
      let run;
      try {
        run = await step.act(drill);
        problem = step.expect(drill);
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
      for (const line of describeRun(drill, run, before, logBefore)) process.stdout.write(`       sitrep   ${line}
`);
      if (problem) {
        failures++;
        process.stdout.write(`       FAILED   ${problem}
`);
      }
    }
    writeRepository(drill, out);
    process.stdout.write(`
The resulting repository is in ${relative(process.cwd(), out) || out}
`);
    sandbox.assertNoViolations();
  } finally {
    await sandbox.close({ ignoreViolations: true });
  }
  const seconds = ((Date.now() - started) / 1e3).toFixed(1);
  process.stdout.write(failures ? `
${failures} step(s) did not do what they should (${seconds}s)
` : `
Every step did what it should (${seconds}s)
`);
  return failures ? 1 : 0;
}
function writeRepository(drill, out) {
  rmSync(out, { recursive: true, force: true });
  const write = (path, text) => {
    mkdirSync(dirname(join2(out, path)), { recursive: true });
    writeFileSync(join2(out, path), text);
  };
  for (const path of drill.repo.files()) write(path, drill.repo.readFile(path) ?? "");
  const issues = [...drill.repo.issues({ state: "all" }), ...drill.sandbox.repo("acme/checkout").issues({ state: "all" })];
  for (const issue of issues) {
    if (issue.isPullRequest) continue;
    const comments = issue.url.includes("/acme/checkout/") ? [] : drill.repo.comments(issue.number);
    const text = [
      `# ${issue.title}`,
      "",
      `${issue.url} \u2014 ${issue.state}; labels: ${issue.labels.join(", ") || "\u2014"}; assignees: ${issue.assignees.join(", ") || "\u2014"}`,
      "",
      issue.body ?? "",
      ...comments.map((c) => `
---
**@${c.author}** at ${c.createdAt}

${c.body}`)
    ].join("\n");
    write(`issues/${issue.url.split("/").slice(-4, -2).join("-")}-${issue.number}.md`, text);
  }
}
export {
  DRILL_USAGE,
  drillCommand
};
