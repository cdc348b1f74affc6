// Benchmark: one cadence sweep over many open incidents.
//
//   node bench/cadence.mjs [--open 1000] [--overdue 50] [--postmortems 200]
//
// Seeds a local GitHub sandbox with `--open` open incidents (each with its status card, as
// declaration leaves it), `--overdue` of them past their next update, and `--postmortems` merged
// postmortems of closed incidents whose action items are not due yet, then runs the bundled
// action (dist/index.js) on a `schedule` event as a runner does, and prints the requests it made
// by kind and its CPU time. Then it measures, against the same sandbox, the obvious REST approach
// (list the open incident issues, then each issue's comments) and prints the ratio.
// Goals: at most 10 read requests and exactly `--overdue` writes.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CPU_REPORTER, importSources, reportedCpuMs, root } from './lib/bundle.mjs';

const { values } = parseArgs({ options: { open: { type: 'string', default: '1000' }, overdue: { type: 'string', default: '50' }, postmortems: { type: 'string', default: '200' } } });
const open = Number(values.open);
const overdue = Number(values.overdue);
const postmortems = Number(values.postmortems);
const GOAL_READS = 10;

if (!existsSync(join(root, 'dist/index.js'))) spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });

const sitrep = await importSources('cadence', [
  "export { createSandbox } from './src/sandbox/index.ts';",
  "export { runAction, scheduleEvent } from './test/harness/index.ts';",
  "export { renderCard } from './src/core/card.ts';",
  "export { defaultConfig } from './src/core/config.ts';",
]);

const sandbox = await sitrep.createSandbox();
const repo = sandbox.repo();
const config = sitrep.defaultConfig();
const stamp = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const now = sandbox.clock.now().getTime();
process.stdout.write(`seeding ${open} open incidents (${overdue} overdue)...`);
for (let i = 0; i < open; i++) {
  const issue = repo.createIssue({ as: 'bob', title: `Incident ${i}`, body: 'seeded', labels: ['incident', 'severity:P2', 'status:investigating'] });
  const late = i < overdue;
  const record = {
    id: `INC-${issue.number}`, title: `Incident ${i}`, severity: 'P2', status: 'investigating', type: 'incident', issue: issue.number,
    source: 'alert', services: ['checkout-api'], customers: [], declared_at: stamp(now - 3 * 3_600_000), started_at: null,
    acknowledged_at: stamp(now - 3 * 3_600_000 + 60_000), mitigated_at: null, resolved_at: null, closed_at: null,
    // Overdue ones are 30 minutes late; the others are due in an hour.
    next_update_due: stamp(late ? now - 30 * 60_000 : now + 3_600_000),
    roles: { coordinator: 'alice', operations: 'bob', communications: 'carol' }, postmortem: null,
  };
  repo.comment(issue.number, sitrep.renderCard(record, { config, fileUrl: `${sandbox.serverUrl}/acme/incidents/blob/main/incidents/INC-${issue.number}.md`, statusSince: record.declared_at }), { as: sandbox.botLogin });
  for (let c = 0; c < 3; c++) repo.comment(issue.number, `investigating, note ${c}`, { as: 'carol' });
}
// Closed incidents' postmortems, their follow-ups due in a month: read with the first page, nothing to remind.
const dueLater = stamp(now + 30 * 86_400_000).slice(0, 10);
const files = {};
for (let i = 0; i < postmortems; i++) {
  const id = `INC-${100_000 + i}`;
  files[`postmortems/${id}.md`] = [
    '---', `id: ${id}`, `incident: ${id}`, 'severity: P2', 'status: final', 'authors: [alice]', '---', '', '## Action items', '',
    `- [ ] Alert on saturation ${i} — owner: @carol, due: ${dueLater}, issue: ${sandbox.serverUrl}/acme/incidents/issues/${i + 1}`,
    `- [x] Roll back deploy ${i} — owner: @bob, due: 2020-01-01`,
    '',
  ].join('\n');
}
if (postmortems) repo.writeFiles(files, { message: 'postmortems' });
process.stdout.write(' done\n');

sandbox.counters.reset();
const run = await sitrep.runAction({ sandbox, ...sitrep.scheduleEvent(sandbox), script: join(root, 'dist/index.js'), env: { NODE_OPTIONS: `--import=${CPU_REPORTER}` }, timeoutMs: 300_000 });
if (run.exitCode !== 0) {
  console.error(run.stderr);
  throw new Error(`the sweep failed (exit ${run.exitCode})`);
}
const c = run.counters;
const reads = c.graphqlQuery + c.restRead;
const writes = c.restWrite + c.graphqlMutation;

// The obvious REST approach: list open incident issues, then each one's comments, all pages.
sandbox.counters.reset();
const headers = { authorization: `token ${sandbox.botToken}`, accept: 'application/vnd.github+json' };
let restRequests = 0;
const getAll = async (path) => {
  let url = `${sandbox.url}${path}${path.includes('?') ? '&' : '?'}per_page=100`;
  const items = [];
  while (url) {
    const response = await fetch(url, { headers });
    restRequests++;
    items.push(...(await response.json()));
    url = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
  }
  return items;
};
const issues = await getAll('/repos/acme/incidents/issues?labels=incident&state=open');
for (const issue of issues) await getAll(`/repos/acme/incidents/issues/${issue.number}/comments`);
await sandbox.close({ ignoreViolations: false });

console.log(`open incidents            ${open} (${overdue} overdue)`);
console.log(`postmortems               ${postmortems} (no follow-up overdue)`);
console.log(`GraphQL queries           ${c.graphqlQuery}`);
console.log(`REST reads                ${c.restRead}`);
console.log(`writes                    ${writes} (reminders posted: ${run.outputs.reminders})`);
console.log(`CPU time of the sweep     ${reportedCpuMs(run.stderr)} ms`);
console.log(`obvious REST approach     ${restRequests} read requests (list issues, then each issue's comments)`);
console.log(`ratio                     ${(restRequests / reads).toFixed(0)}x fewer requests`);
console.log(`goal                      reads <= ${GOAL_READS}: ${reads <= GOAL_READS ? 'met' : 'MISSED'}; writes == ${overdue}: ${writes === overdue ? 'met' : 'MISSED'}`);
process.exitCode = reads <= GOAL_READS && writes === overdue ? 0 : 1;
