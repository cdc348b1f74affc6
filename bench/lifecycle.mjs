// Benchmark: the API requests of a declaration and of typical commands.
//
//   node bench/lifecycle.mjs
//
// Runs the bundled action (dist/index.js) as a runner does against a local GitHub sandbox:
// declares a P1 from the issue form, then runs typical commands, and prints for each run the
// requests by kind (REST reads and writes, GraphQL queries and mutations) and its CPU time.
// The first incident in a repository also creates the labels it uses; the second shows the
// steady state. Goals: a declaration in at most 9 requests, a command in at most 7 (one of them
// checks, after the issue is updated, that no other run committed meanwhile), 8 when it names a
// login (GitHub is asked whether that user can be assigned). Then the same declaration with a
// PagerDuty pager (the sandbox's): at most 3 requests more than without, pager included. The page
// goes after the declaration's commit and before the issue is converged, then one write records
// `paged`, so the card is written once, already showing the page. Page first, then the Log entry:
// a run that dies between them pages again next time, and PagerDuty folds that into the open
// alert by its dedup_key; the other order could log a page that never went.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CPU_REPORTER, importSources, reportedCpuMs, root } from './lib/bundle.mjs';

if (!existsSync(join(root, 'dist/index.js'))) spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });

const sitrep = await importSources('lifecycle', [
  "export { createSandbox } from '@sitrep/sandbox';",
  "export { runAction, issuesEvent, issueCommentEvent } from './test/harness/index.ts';",
  "export { startSandboxPager } from './src/sandbox/pager/server.ts';",
]);

const sandbox = await sitrep.createSandbox();
const repo = sandbox.repo();
const script = join(root, 'dist/index.js');
const env = { NODE_OPTIONS: `--import=${CPU_REPORTER}` };
const FORM = '### Severity\n\nP1 — Critical — a customer production system is impaired\n\n### Summary\n\nCheckout API returns 502\n\n### Affected services\n\ncheckout-api';
repo.writeFile('.github/sitrep.yml', 'escalation:\n  coordinators: ["@acme/incident-coordinators"]\n');

const rows = [];
async function measure(label, event, goal, extraEnv = {}, extraRequests = () => 0) {
  const run = await sitrep.runAction({ sandbox, ...event, script, env: { ...env, ...extraEnv } });
  if (run.exitCode !== 0) throw new Error(`${label} failed: ${run.stderr}`);
  const c = run.counters;
  const pager = extraRequests();
  rows.push({ label, restRead: c.restRead, restWrite: c.restWrite, graphqlQuery: c.graphqlQuery, graphqlMutation: c.graphqlMutation, pager, total: c.total + pager, cpu: reportedCpuMs(run.stderr), goal });
}
async function declare(label, goal = 9, extraEnv = {}, extraRequests = () => 0) {
  const issue = repo.createIssue({ as: 'bob', title: 'Checkout API returns 502', body: FORM, labels: ['incident'] });
  await measure(label, sitrep.issuesEvent(sandbox, 'opened', { number: issue.number }), goal, extraEnv, extraRequests);
  return issue.number;
}
async function command(label, number, body, goal = 7) {
  const comment = repo.comment(number, body, { as: 'alice' });
  await measure(label, sitrep.issueCommentEvent(sandbox, 'created', { commentId: comment.id }), goal);
}

const first = await declare('declaration (first in the repository)');
await command('/inc status fixing (first use of its label)', first, '/inc status fixing found it');
const number = await declare('declaration');
// A command naming a login also asks GitHub whether that user can be assigned.
await command('/inc role ic @alice', number, '/inc role ic @alice', 8);
await command('/inc update ...', number, '/inc update rolled back deploy 1234 next: 30m');
await command('/inc status fixing', number, '/inc status fixing found it');
await command('/inc note ...', number, '/inc note failover at 10:02');
await command('/inc resolve (P1: opens the postmortem PR)', number, '/inc resolve all green');

// The same declaration with a pager: at most 3 requests more (the page, the write of `paged`).
const withoutPaging = rows.find((r) => r.label === 'declaration').total;
const pager = await sitrep.startSandboxPager({ keys: ['R0UT1NGKEY0000000000000000000042'] });
repo.writeFile('.github/sitrep.yml', 'escalation:\n  coordinators: ["@acme/incident-coordinators"]\npaging:\n  - { name: primary, type: pagerduty, key_env: SITREP_PD_KEY }\n');
await declare('declaration with paging (PagerDuty)', withoutPaging + 3, { SITREP_PD_KEY: 'R0UT1NGKEY0000000000000000000042', SITREP_PAGERDUTY_EVENTS_URL: pager.url }, () => pager.requests.length);
if (pager.alerts.size !== 1) throw new Error(`expected one alert at the pager, found ${pager.alerts.size}`);
await pager.close();
await sandbox.close();

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('run', 46)}${pad('REST r', 8)}${pad('REST w', 8)}${pad('GQL q', 7)}${pad('GQL m', 7)}${pad('pager', 7)}${pad('total', 7)}${pad('CPU ms', 8)}goal`);
let missed = 0;
for (const r of rows) {
  const steady = !r.label.includes('first') && !r.label.includes('postmortem');
  const ok = r.total <= r.goal;
  if (steady && !ok) missed++;
  console.log(`${pad(r.label, 46)}${pad(r.restRead, 8)}${pad(r.restWrite, 8)}${pad(r.graphqlQuery, 7)}${pad(r.graphqlMutation, 7)}${pad(r.pager, 7)}${pad(r.total, 7)}${pad(r.cpu, 8)}<= ${r.goal}${ok ? '' : steady ? ' MISSED' : ' (one-off)'}`);
}
process.exitCode = missed ? 1 : 0;
