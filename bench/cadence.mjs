// Benchmark: one cadence sweep over many open incidents.
//
//   node bench/cadence.mjs [--open 1000] [--overdue 50] [--edited 500] [--closed 2000] [--postmortems 200] [--label sev]
//
// Seeds a local GitHub sandbox with `--open` open incidents, each with its file on the default
// branch and its status card, `--overdue` of them past their next update; `--edited` of them then
// get a hand edit merged on main (a new communications lead), so their cards are stale. The
// incidents folder also holds `--closed` files of closed incidents, and `--postmortems` merged
// postmortems whose action items are not due yet. It runs the bundled action (dist/index.js) on a
// `schedule` event as a runner does, twice on fresh sandboxes: with warm cards (each caches the
// record with the blob id of the file it was read from) and with cards that hold no cache, and
// prints requests by kind, writes and CPU time for each.
//
// Then it weighs, against the same sandbox, the two ways to read the files in a bounded number
// of requests: (a) one query listing the incidents folder's tree with each blob's oid and text,
// (b) `object(expression:)` aliases, 100 per query (what the sweep does), with response sizes and
// times. SITREP_PROFILER=<module> is imported into each sweep too (e.g. one that saves a CPU profile).
// `--label` configures another incident label than the default (the sweep then lists the first
// page again). Goals: GraphQL reads <= ceil(open / 100) + 2, exactly `--overdue` writes, and one
// REST read per incident reminded (the check that no other run posted the same reminder first).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CPU_REPORTER, importSources, reportedCpuMs, root } from './lib/bundle.mjs';

const { values } = parseArgs({
  options: {
    open: { type: 'string', default: '1000' },
    overdue: { type: 'string', default: '50' },
    edited: { type: 'string' },
    closed: { type: 'string', default: '2000' },
    postmortems: { type: 'string', default: '200' },
    label: { type: 'string' },
  },
});
const open = Number(values.open);
const overdue = Number(values.overdue);
const edited = values.edited === undefined ? Math.floor(open / 2) : Number(values.edited);
const closed = Number(values.closed);
const postmortems = Number(values.postmortems);
const label = values.label;
const goalReads = Math.ceil(open / 100) + 2;

if (!existsSync(join(root, 'dist/index.js'))) spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });

const sitrep = await importSources('cadence', [
  "export { createSandbox } from '@sitrep/sandbox';",
  "export { runAction, scheduleEvent } from './test/harness/index.ts';",
  "export { blobOid, renderCard } from './src/core/card.ts';",
  "export { defaultConfig } from './src/core/config.ts';",
  "export { createIncidentText } from './src/core/incident-file.ts';",
]);

const stamp = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const config = sitrep.defaultConfig();

/** A realistic incident file, as sitrep writes it: a few Log entries, about 1.5 KB. */
function incidentText(record) {
  const log = [
    { at: record.declared_at, actor: 'bob', kind: 'declared', severity: record.severity, status: 'investigating' },
    { at: record.acknowledged_at, actor: 'alice', kind: 'role', role: 'coordinator', login: 'alice', previous: null },
    { at: record.acknowledged_at, actor: 'alice', kind: 'role', role: 'communications', login: 'carol', previous: null },
    { at: record.acknowledged_at, actor: 'carol', kind: 'update', status: 'investigating', message: 'Rolled back deploy 1234, watching error rates.', nextDue: record.next_update_due },
  ];
  return sitrep.createIncidentText({ record, summary: `Checkout API returns 502 for some customers (${record.id}).`, impact: 'Some EU customers cannot pay; retries succeed after a minute.', log });
}

/** A fresh sandbox seeded as described above; `warm` cards cache the record with its file's blob id. */
async function seed(warm) {
  const sandbox = await sitrep.createSandbox();
  const repo = sandbox.repo();
  const now = sandbox.clock.now().getTime();
  const files = {};
  const texts = [];
  for (let i = 0; i < open; i++) {
    const issue = repo.createIssue({ as: 'bob', title: `Incident ${i}`, body: 'seeded', labels: [label ?? 'incident', 'severity:P2', 'status:investigating'] });
    const late = i < overdue;
    const record = {
      id: `INC-${issue.number}`, title: `Incident ${i}`, severity: 'P2', status: 'investigating', type: 'incident', issue: issue.number,
      source: 'alert', services: ['checkout-api'], customers: [], declared_at: stamp(now - 3 * 3_600_000), started_at: null,
      acknowledged_at: stamp(now - 3 * 3_600_000 + 60_000), mitigated_at: null, resolved_at: null, closed_at: null,
      // Overdue ones are 30 minutes late; the others are due in an hour.
      next_update_due: stamp(late ? now - 30 * 60_000 : now + 3_600_000),
      roles: { coordinator: 'alice', operations: 'bob', communications: 'carol' }, postmortem: null,
    };
    const text = incidentText(record);
    files[`incidents/${record.id}.md`] = text;
    texts.push({ number: issue.number, text });
    const fileUrl = `${sandbox.serverUrl}/acme/incidents/blob/main/incidents/${record.id}.md`;
    repo.comment(issue.number, sitrep.renderCard(record, { config, fileUrl, statusSince: record.declared_at, ...(warm ? { blobOid: sitrep.blobOid(text) } : {}) }), { as: sandbox.botLogin });
    for (let c = 0; c < 3; c++) repo.comment(issue.number, `investigating, note ${c}`, { as: 'carol' });
  }
  for (let i = 0; i < closed; i++) {
    const number = 100_000 + i;
    const record = {
      id: `INC-${number}`, title: `Old incident ${i}`, severity: 'P3', status: 'closed', type: 'incident', issue: number, source: 'customer', services: ['search'],
      customers: [], declared_at: stamp(now - 90 * 86_400_000), started_at: null, acknowledged_at: stamp(now - 90 * 86_400_000 + 60_000), mitigated_at: null,
      resolved_at: stamp(now - 89 * 86_400_000), closed_at: stamp(now - 88 * 86_400_000), next_update_due: null,
      roles: { coordinator: 'alice', operations: 'bob', communications: null }, postmortem: null,
    };
    files[`incidents/${record.id}.md`] = incidentText(record);
  }
  // Closed incidents' postmortems, their follow-ups due in a month: read with the files, nothing to remind.
  const dueLater = stamp(now + 30 * 86_400_000).slice(0, 10);
  for (let i = 0; i < postmortems; i++) {
    const id = `INC-${100_000 + i}`;
    files[`postmortems/${id}.md`] = [
      '---', `id: ${id}`, `incident: ${id}`, 'severity: P2', 'status: final', 'authors: [alice]', '---', '', '## Action items', '',
      `- [ ] Alert on saturation ${i} — owner: @carol, due: ${dueLater}, issue: ${sandbox.serverUrl}/acme/incidents/issues/${i + 1}`,
      `- [x] Roll back deploy ${i} — owner: @bob, due: 2020-01-01`,
      '',
    ].join('\n');
  }
  if (label) files['.github/sitrep.yml'] = `label: ${label}\n`;
  repo.writeFiles(files, { message: 'incidents' });
  // A merged pull request hands communications to dave on every other incident: those cards are stale.
  const edits = {};
  for (const { number, text } of texts.filter((_, i) => i % 2 === 1).slice(0, edited)) edits[`incidents/INC-${number}.md`] = text.replace('communications: carol', 'communications: dave');
  if (edited) repo.writeFiles(edits, { message: 'Hand the comms role to dave' });
  return { sandbox, numbers: texts.map((t) => t.number) };
}

async function sweep(warm) {
  process.stdout.write(`seeding ${open} open incidents (${overdue} overdue, ${edited} hand-edited, cards ${warm ? 'warm' : 'without cache'}${label ? `, label ${label}` : ''}), ${closed} closed...`);
  const { sandbox, numbers } = await seed(warm);
  process.stdout.write(' done\n');
  sandbox.counters.reset();
  const run = await sitrep.runAction({ sandbox, ...sitrep.scheduleEvent(sandbox), script: join(root, 'dist/index.js'), env: { NODE_OPTIONS: `--import=${CPU_REPORTER}${process.env.SITREP_PROFILER ? ` --import=${process.env.SITREP_PROFILER}` : ''}` }, timeoutMs: 300_000 });
  if (run.exitCode !== 0) {
    console.error(run.stderr, run.summary);
    throw new Error(`the sweep failed (exit ${run.exitCode})`);
  }
  const c = run.counters;
  return { sandbox, numbers, graphql: c.graphqlQuery, rest: c.restRead, writes: c.restWrite + c.graphqlMutation, cpu: reportedCpuMs(run.stderr), reminders: run.outputs.reminders, parsed: /(\d+) record\(s\) taken from the status card \(file unchanged\), (\d+) parsed/.exec(run.summary) };
}

/** One GraphQL query straight to the sandbox: response bytes and wall time. */
async function measureQuery(sandbox, query, variables = {}) {
  const started = performance.now();
  const response = await fetch(`${sandbox.url}/graphql`, { method: 'POST', headers: { authorization: `bearer ${sandbox.botToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  const ms = performance.now() - started;
  const body = JSON.parse(text);
  if (body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return { bytes: Buffer.byteLength(text), ms, body };
}

const warm = await sweep(true);
const cold = await sweep(false);

// (a) and (b), against the warm sandbox (same files).
const sandbox = warm.sandbox;
const tree = await measureQuery(sandbox, 'query IncidentsTree { repository(owner: "acme", name: "incidents") { object(expression: "HEAD:incidents") { ... on Tree { entries { name oid object { ... on Blob { text } } } } } } }');
const treeOids = await measureQuery(sandbox, 'query IncidentsTreeOids { repository(owner: "acme", name: "incidents") { object(expression: "HEAD:incidents") { ... on Tree { entries { name oid } } } } }');
const { numbers } = warm;
let aliasBytes = 0;
let aliasMs = 0;
let aliasRequests = 0;
for (let start = 0; start < numbers.length; start += 100) {
  const fields = numbers.slice(start, start + 100).map((n) => `f${n}: object(expression: "HEAD:incidents/INC-${n}.md") { ... on Blob { oid text } }`).join('\n');
  const answer = await measureQuery(sandbox, `query IncidentFiles { repository(owner: "acme", name: "incidents") { ${fields} } }`);
  aliasBytes += answer.bytes;
  aliasMs += answer.ms;
  aliasRequests++;
}
await warm.sandbox.close({ ignoreViolations: false });
await cold.sandbox.close({ ignoreViolations: false });

const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
const line = (label, r) =>
  console.log(`${label.padEnd(26)}${r.graphql} GraphQL queries, ${r.rest} REST reads, ${r.writes} writes (reminders ${r.reminders}), CPU ${r.cpu} ms; records from cards ${r.parsed?.[1] ?? '?'}, parsed ${r.parsed?.[2] ?? '?'}`);
console.log(`open incidents            ${open} (${overdue} overdue, ${edited} hand-edited since their card was written)`);
console.log(`closed incident files     ${closed}; postmortems ${postmortems} (no follow-up overdue)`);
line('sweep, warm cards', warm);
line('sweep, cards without cache', cold);
console.log(`(a) tree with texts       1 request, ${kib(tree.bytes)}, ${tree.ms.toFixed(0)} ms (${open + closed} files: grows with every incident ever filed)`);
console.log(`(a) tree, oids only       1 request, ${kib(treeOids.bytes)}, ${treeOids.ms.toFixed(0)} ms (then the changed blobs: one more request per 100)`);
console.log(`(b) object() aliases      ${aliasRequests} request(s), ${kib(aliasBytes)}, ${aliasMs.toFixed(0)} ms (the open incidents' files only; the sweep sends them with the issue pages)`);
const met = (r) => r.graphql <= goalReads && r.writes === overdue && r.rest === overdue;
console.log(`goal                      GraphQL reads <= ${goalReads}, REST reads and writes == ${overdue}: warm ${met(warm) ? 'met' : 'MISSED'}, without cache ${met(cold) ? 'met' : 'MISSED'}`);
process.exitCode = met(warm) && met(cold) ? 0 : 1;
