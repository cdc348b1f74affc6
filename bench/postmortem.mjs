// Benchmark: the postmortem of a long incident.
//
//   node bench/postmortem.mjs [--items 5000] [--log 1500] [--runs 5]
//
// Bundles the sandbox, the GitHub adapter and the postmortem core from src/ (as
// scripts/build.mjs does), seeds a local GitHub sandbox with one incident whose issue timeline
// holds `--items` items (comments, label and assignment changes, closes and reopens, title
// changes, cross-referenced pull requests) and whose incident file has a Log of `--log` entries,
// then:
//   1. reads the whole timeline through GraphQL `timelineItems` as the action does, and prints the
//      pages read (the sandbox's own count) and the wall time;
//   2. renders the postmortem `--runs` times, fresh and as a rebuild over the previous output,
//      and prints the CPU milliseconds of the best and median run.
// Goals: at most 50 pages, under 500 ms of CPU to render.
import { importSources, seededRandom, stamp } from './lib/bundle.mjs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const GOAL_PAGES = 50;
const GOAL_RENDER_MS = 500;

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '5000' },
    log: { type: 'string', default: '1500' },
    runs: { type: 'string', default: '5' },
  },
});
const itemCount = Number(values.items);
const logCount = Number(values.log);
const runs = Number(values.runs);

const sitrep = await importSources('postmortem', [
  "export { createSandbox } from '@sitrep/sandbox';",
  "export { createClient } from './src/github/client.ts';",
  "export { readIssueTimeline } from './src/github/timeline.ts';",
  "export { renderPostmortem } from './src/core/postmortem/render.ts';",
  "export { renderPullRequestBody } from './src/core/postmortem/pull-request.ts';",
  "export { BUNDLED_POSTMORTEM_TEMPLATE } from './src/core/postmortem-template.generated.ts';",
  "export { createIncidentText, readIncident } from './src/core/incident-file.ts';",
  "export { defaultConfig } from './src/core/config.ts';",
]);

// --- A deterministic incident -------------------------------------------------------------
const { random, pick } = seededRandom(7);
const PEOPLE = ['alice', 'bob', 'carol', 'dave'];
const TRIAGERS = ['alice', 'bob', 'carol'];
const WORDS = ['rolled back', 'shard', 'eu-west-1', 'connection pool', 'p99 latency', 'error rate', 'failover', 'cache', 'deploy 1234', 'customers'];
const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');

const sandbox = await sitrep.createSandbox();
const repo = sandbox.repo();
for (const name of ['status:investigating', 'status:fixing', 'status:monitoring']) repo.createLabel(name, { as: 'alice' });
const issue = repo.createIssue({ as: 'bob', title: 'Payments gateway degraded for a week', labels: ['incident'] });
const id = `INC-${issue.number}`;
// Every event an issue's timeline records is one the postmortem reads (merges and review requests happen on pull requests).
const countItems = () => sandbox.state.issue(repo.model, issue.number).timeline.length;

// Linked pull requests: one in fifty items.
for (let i = 0; i < Math.floor(itemCount / 50); i++) {
  const branch = `fix-${i}`;
  repo.createBranch(branch, { as: 'bob' });
  repo.writeFile(`fixes/${i}.txt`, `${i}\n`, { as: 'bob', branch, message: `Fix ${i}` });
  const pull = repo.openPull({ as: pick(TRIAGERS), title: `Mitigation ${i}: ${sentence(3)}`, head: branch, body: `Refs #${issue.number}` });
  if (i % 2 === 0) repo.mergePull(pull.number, { as: 'alice' });
}
// The rest: comments mostly, label and assignment churn, a few closes, reopens and renames.
for (let i = 0; countItems() < itemCount; i++) {
  const roll = random();
  // dave only reads: he comments, the others triage too.
  const as = pick(roll < 0.7 ? PEOPLE : TRIAGERS);
  if (roll < 0.7) repo.comment(issue.number, `/inc update ${sentence(8)}`, { as });
  else if (roll < 0.85) {
    const label = `status:${pick(['investigating', 'fixing', 'monitoring'])}`;
    if (repo.labels(issue.number).includes(label)) repo.removeLabel(issue.number, label, { as });
    else repo.addLabels(issue.number, [label], { as });
  } else if (roll < 0.97) repo.assign(issue.number, [pick(PEOPLE)], { as });
  else if (roll < 0.985) repo.editIssue(issue.number, { as, title: `Payments gateway degraded (${i})` });
  else if (repo.issue(issue.number).state === 'open') repo.closeIssue(issue.number, { as });
  else repo.reopenIssue(issue.number, { as });
}
const items = countItems();

// The incident file: a Log as long as a week of thirty-minute updates and the odd note.
const declared = Date.parse('2026-11-14T10:00:00Z');
const log = [{ at: stamp(declared), actor: 'bob', kind: 'declared', text: 'P1, investigating', ref: `${sandbox.serverUrl}/acme/incidents/issues/${issue.number}` }];
const statuses = ['investigating', 'fixing', 'monitoring'];
let status = 'investigating';
for (let i = 1; i < logCount - 1; i++) {
  const at = stamp(declared + i * 6 * 60_000);
  const ref = `${sandbox.serverUrl}/acme/incidents/issues/${issue.number}#issuecomment-${1000 + i}`;
  const roll = random();
  if (roll < 0.05) {
    const to = pick(statuses.filter((s) => s !== status));
    log.push({ at, actor: pick(PEOPLE), kind: 'status', text: `${status} → ${to}. ${sentence(5)}`, ref });
    status = to;
  } else if (roll < 0.2) log.push({ at, actor: pick(PEOPLE), kind: 'note', text: `${sentence(10)} | cc @acme/payments`, ref });
  else log.push({ at, actor: pick(PEOPLE), kind: `update (${status})`, text: `${sentence(12)} (next update due ${stamp(declared + i * 6 * 60_000 + 1_800_000)})`, ref });
}
const resolvedAt = stamp(declared + (logCount - 1) * 6 * 60_000);
log.push({ at: resolvedAt, actor: 'alice', kind: 'status', text: `${status} → resolved. Stable`, ref: `${sandbox.serverUrl}/acme/incidents/issues/${issue.number}#issuecomment-9999` });
const record = {
  id, title: issue.title, severity: 'P1', status: 'resolved', type: 'incident', issue: issue.number, source: 'alert',
  services: ['payments-gateway'], customers: ['acme'], declared_at: stamp(declared), started_at: stamp(declared - 600_000),
  acknowledged_at: stamp(declared + 120_000), mitigated_at: stamp(declared + 3_600_000), resolved_at: resolvedAt, closed_at: null,
  next_update_due: null, roles: { coordinator: 'alice', operations: 'bob', communications: 'carol' }, postmortem: null,
};
const incidentText = sitrep.createIncidentText({ record, summary: 'The payments gateway was slow for a week.', impact: 'Checkouts timed out.', log });

// --- 1. Read the timeline ------------------------------------------------------------------
process.env.GITHUB_API_URL = sandbox.url;
const client = sitrep.createClient(sandbox.botToken, { apiUrl: sandbox.url });
sandbox.counters.reset();
let started = performance.now();
const timeline = await sitrep.readIssueTimeline(client, sandbox.defaultRepo, issue.number);
const readMs = performance.now() - started;
const pages = sandbox.counters.snapshot().byOperation['query IssueTimeline'] ?? 0;
await sandbox.close();

// --- 2. Render -----------------------------------------------------------------------------
started = performance.now();
const incident = sitrep.readIncident(incidentText);
const parseMs = performance.now() - started;
const input = { incident, timeline: timeline.events, template: sitrep.BUNDLED_POSTMORTEM_TEMPLATE, config: sitrep.defaultConfig(), now: Date.parse('2026-11-22T10:00:00Z') };
const cpuMs = (fn) => {
  const before = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, value };
};
const measure = (fn) => {
  const times = [];
  let value;
  for (let i = 0; i < runs; i++) ({ ms: times[i], value } = cpuMs(fn));
  times.sort((a, b) => a - b);
  return { best: times[0], median: times[Math.floor(times.length / 2)], value };
};
const fresh = measure(() => sitrep.renderPostmortem(input));
const rebuild = measure(() => sitrep.renderPostmortem({ ...input, existing: fresh.value }));
const body = measure(() => sitrep.renderPullRequestBody(input, { path: `postmortems/${id}.md`, fileUrl: 'https://github.com/acme/incidents/blob/x' }));
if (rebuild.value !== fresh.value) throw new Error('a rebuild over an unchanged postmortem changed it');

const fmt = (n) => n.toFixed(0).padStart(6);
console.log(`incident: ${items} timeline items, ${log.length} Log entries (${(incidentText.length / 1024).toFixed(0)} KB), postmortem ${(fresh.value.length / 1024).toFixed(0)} KB`);
console.log(`timeline read:     ${fmt(pages)} GraphQL pages   ${fmt(readMs)} ms wall   (${timeline.events.length} items; goal ≤ ${GOAL_PAGES} pages)`);
console.log(`parse incident:    ${fmt(parseMs)} ms wall (readIncident, done once before rendering)`);
console.log(`render (fresh):    ${fmt(fresh.best)} ms CPU best ${fmt(fresh.median)} ms median   (goal < ${GOAL_RENDER_MS} ms)`);
console.log(`render (rebuild):  ${fmt(rebuild.best)} ms CPU best ${fmt(rebuild.median)} ms median`);
console.log(`pull request body: ${fmt(body.best)} ms CPU best   ${body.value.length} characters (limit 65,536)`);
const ok = pages <= GOAL_PAGES && fresh.median < GOAL_RENDER_MS && rebuild.median < GOAL_RENDER_MS && body.value.length <= 65_536;
if (!ok) {
  console.log('goal missed');
  process.exitCode = 1;
}
