/**
 * Follow-ups end to end (SPEC 4.5): the built action runs as a runner runs it, against the
 * sandbox, and the tests read the sandbox's state afterwards.
 */
import type { Sandbox } from '@sitrep/sandbox';
import { writeLogEvent } from '../../src/core/log.js';
import { logLine, logText } from '../support/builders.js';
import { describe, expect, it } from 'vitest';
import { parseActionItems } from '../../src/core/action-items.js';
import { incidentPath, type IncidentRecord } from '../../src/core/incident.js';
import { createIncidentText, readIncident } from '../../src/core/incident-file.js';
import { pullRequestEvent, pushEvent, runAction, useSandbox, workflowDispatchEvent, type ActionRun } from '../harness/index.js';
import { sameMinute } from '../support/time.js';

const CONFIG = [
  'followups:',
  '  default_repo: acme/payments',
  '  routes:',
  '    checkout-api: acme/checkout',
  '  labels: [incident-followup]',
  '',
].join('\n');

const NOW = '2026-11-21T10:00:00Z';

/** The target repositories: three the bot token reaches, one it does not. */
function addTargets(sandbox: Sandbox): void {
  sandbox.addRepo('acme/web', { botAccess: 'write' });
  sandbox.addRepo('acme/checkout', { botAccess: 'write' });
  sandbox.addRepo('acme/payments', { botAccess: 'write' });
  sandbox.addRepo('acme/vault');
}

function postmortemText(id: string, items: string[]): string {
  return [
    '---',
    `id: ${id}`,
    `incident: ${id}`,
    'severity: P1',
    'status: final',
    'authors: [alice, bob]',
    '---',
    '',
    '## Summary',
    '',
    'EU checkout failed for 40 minutes.',
    '',
    '## Root cause',
    '',
    'A connection pool limit, reached under the EU morning peak.',
    '',
    '## Action items',
    '',
    ...items,
    '',
    '## Responders',
    '',
    '- @alice (coordinator)',
    '- @bob (operations)',
    '',
  ].join('\n');
}

interface Seeded {
  number: number;
  id: string;
  postmortem: string;
  pull?: number;
}

/**
 * An incident issue with its record (resolved by default) in acme/incidents, and its postmortem:
 * merged through a `sitrep/postmortem/INC-<n>` pull request, or written straight to main.
 */
function seedIncident(sandbox: Sandbox, options: { services: string[]; items: string[]; status?: IncidentRecord['status']; via?: 'pull' | 'push' }): Seeded {
  const repo = sandbox.repo();
  if (!repo.readFile('.github/sitrep.yml')) repo.writeFile('.github/sitrep.yml', CONFIG, { message: 'Configure sitrep' });
  const issue = repo.createIssue({ as: 'bob', title: 'Checkout API returns 502 for EU customers', labels: ['incident'] });
  const id = `INC-${issue.number}`;
  const status = options.status ?? 'resolved';
  const record: IncidentRecord = {
    id,
    title: issue.title,
    severity: 'P1',
    status,
    type: 'incident',
    issue: issue.number,
    source: 'alert',
    services: options.services,
    customers: [],
    declared_at: '2026-11-21T08:00:00Z',
    started_at: null,
    acknowledged_at: '2026-11-21T08:02:00Z',
    mitigated_at: '2026-11-21T08:30:00Z',
    resolved_at: status === 'resolved' ? '2026-11-21T08:40:00Z' : null,
    closed_at: null,
    next_update_due: null,
    roles: { coordinator: 'alice', operations: 'bob', communications: null },
    postmortem: null,
  };
  const text = createIncidentText({
    record,
    summary: 'EU checkout failed.',
    impact: 'EU customers could not pay.',
    log: [logLine('2026-11-21T08:00:00Z', 'bob', 'declared', 'P1, investigating')],
  });
  repo.writeFile(incidentPath('incidents', issue.number), text, { message: `${id}: declared (P1)` });
  const postmortem = postmortemText(id, options.items);
  const path = `postmortems/${id}.md`;
  if (options.via === 'push') {
    repo.writeFile(path, postmortem, { message: `${id}: postmortem` });
    return { number: issue.number, id, postmortem };
  }
  const branch = `sitrep/postmortem/${id}`;
  repo.createBranch(branch);
  repo.writeFile(path, postmortem, { branch, message: `${id}: postmortem` });
  const pull = repo.openPull({ title: `Postmortem: ${id} ${issue.title}`, head: branch });
  repo.mergePull(pull.number);
  return { number: issue.number, id, postmortem, pull: pull.number };
}

function mergedEvent(sandbox: Sandbox, seeded: Seeded) {
  return pullRequestEvent(sandbox, 'closed', { number: seeded.pull as number });
}

/** Issues the bot filed for an incident in a repository. */
function followupsIn(sandbox: Sandbox, repo: string, id: string) {
  return sandbox.repo(repo).issues({ state: 'all', labels: [id] });
}

function incidentRecord(sandbox: Sandbox, seeded: Seeded) {
  return readIncident(sandbox.repo().readFile(incidentPath('incidents', seeded.number)) as string);
}

function expectClean(run: ActionRun): void {
  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
}

/** A run that met errors did all it could, then failed so GitHub tells the maintainers (SPEC 4, Errors). */
function expectFailedAfterAll(run: ActionRun): void {
  expect(run.exitCode, run.stdout + run.stderr).toBe(1);
  expect(Number(run.outputs.errors)).toBeGreaterThan(0);
}

describe('follow-ups from a merged postmortem', () => {
  const ctx = useSandbox({ fresh: true });

  const ITEMS = [
    '- [ ] Alert on 5xx ratio per region — owner: @carol, repo: acme/web, due: 2026-12-05, priority: high',
    '- [ ] Add a circuit breaker to the payment client (ask @dave) — owner: @bob, due: 2026-12-10',
    '- [ ] Rotate the leaked deploy key — owner: @alice, repo: acme/vault',
    '- [x] Roll back deploy 1234 — owner: @bob',
    '- [ ] Write the runbook — owner: @carol, issue: http://placeholder/acme/incidents/issues/1',
    '- [ ] Load-test the EU region — due: next week',
  ];

  function seedMain(sandbox: Sandbox): Seeded {
    addTargets(sandbox);
    const items = ITEMS.map((i) => i.replace('http://placeholder', sandbox.serverUrl));
    return seedIncident(sandbox, { services: ['checkout-api', 'edge'], items });
  }

  it('files each open item where it routes, links it back, reports what failed and closes the incident', async () => {
    const { sandbox } = ctx;
    const seeded = seedMain(sandbox);
    const run = await runAction({ sandbox, ...mergedEvent(sandbox, seeded) });
    expectFailedAfterAll(run);
    expect(run.outputs.followups).toBe('2');
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(2);
    expect(run.outputs.status).toBe('closed');

    const incidentUrl = `${sandbox.serverUrl}/acme/incidents/issues/${seeded.number}`;
    // The item's repo: wins.
    const [web, ...moreWeb] = followupsIn(sandbox, 'acme/web', seeded.id);
    expect(moreWeb).toEqual([]);
    expect(web).toMatchObject({ title: 'Alert on 5xx ratio per region', author: sandbox.botLogin, assignees: ['carol'], state: 'open' });
    expect(web?.labels).toEqual(expect.arrayContaining(['incident-followup', seeded.id]));
    expect(web?.body).toMatch(new RegExp(`^<!-- sitrep:followup incident=${seeded.id} item=[0-9a-f]{12} -->`));
    expect(web?.body).toContain(`- **Incident:** ${incidentUrl}`);
    expect(web?.body).toContain(`(${sandbox.serverUrl}/acme/incidents/blob/main/incidents/${seeded.id}.md)`);
    expect(web?.body).toContain(`(${sandbox.serverUrl}/acme/incidents/blob/main/postmortems/${seeded.id}.md)`);
    expect(web?.body).toContain('- **Due:** 2026-12-05');
    expect(web?.body).toContain('- **Priority:** high');
    expect(web?.body).toContain('- **Owner:** @carol');
    expect(sandbox.repo('acme/web').repoLabels().map((l) => l.name)).toEqual(expect.arrayContaining(['incident-followup', seeded.id]));

    // No repo: → the route of the incident's first routed service; the title's @dave is defused.
    const checkout = followupsIn(sandbox, 'acme/checkout', seeded.id);
    expect(checkout).toHaveLength(1);
    expect(checkout[0]).toMatchObject({ title: 'Add a circuit breaker to the payment client (ask @\u200bdave)', assignees: ['bob'] });
    expect(checkout[0]?.body).not.toMatch(/(^|[^\u200b])@dave/);
    expect(followupsIn(sandbox, 'acme/payments', seeded.id)).toEqual([]);
    expect(sandbox.repo('acme/vault').issues({ state: 'all' })).toEqual([]);

    // Links written back into their items, in one commit, every other byte kept.
    const postmortem = sandbox.repo().readFile(`postmortems/${seeded.id}.md`) as string;
    expect(postmortem).toBe(
      seeded.postmortem
        .replace('priority: high\n', `priority: high, issue: ${web?.url}\n`)
        .replace('due: 2026-12-10\n', `due: 2026-12-10, issue: ${checkout[0]?.url}\n`),
    );
    const linkCommits = sandbox.repo().commits().filter((c) => c.files.includes(`postmortems/${seeded.id}.md`) && c.message.startsWith(`${seeded.id}: link`));
    expect(linkCommits.map((c) => c.message)).toEqual([`${seeded.id}: link 2 follow-up issues in the postmortem`]);

    // The incident is closed: file, issue, final comment.
    const { record, log } = incidentRecord(sandbox, seeded);
    expect(record).toMatchObject({ status: 'closed', closed_at: sameMinute(NOW), resolved_at: '2026-11-21T08:40:00Z', postmortem: `postmortems/${seeded.id}.md` });
    expect(record.followups).toEqual([web?.url, checkout[0]?.url, `${sandbox.serverUrl}/acme/incidents/issues/1`]);
    expect(log.map((e) => `${writeLogEvent(e).label} · ${writeLogEvent(e).text}`)).toEqual(
      expect.arrayContaining([
        `followups · 2 filed: acme/web#${web?.number}, acme/checkout#${checkout[0]?.number}`,
        'status · resolved → closed. postmortem merged and follow-ups filed',
      ]),
    );
    const issue = sandbox.repo().issue(seeded.number);
    expect(issue).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(issue.labels).toContain('status:closed');
    const comments = sandbox.repo().botComments(seeded.number);
    const final = comments.filter((c) => c.body.startsWith('<!-- sitrep:followups set='));
    expect(final).toHaveLength(1);
    expect(final[0]?.body).toContain(`**${seeded.id} is closed**`);
    for (const url of [web?.url, checkout[0]?.url]) expect(final[0]?.body).toContain(`- ${url} — `);

    // The failure: named on the incident issue and in the job summary.
    const failures = comments.filter((c) => c.body.startsWith('<!-- sitrep:followup-failures'));
    expect(failures).toHaveLength(1);
    expect(failures[0]?.body).toContain('"Rotate the leaked deploy key" (line 21) → `acme/vault` (HTTP 404)');
    expect(failures[0]?.body).toContain("action's `token` input");
    expect(failures[0]?.body).toContain('"Load-test the EU region" (line 24): due "next week" is not a date; write due: YYYY-MM-DD');
    expect(run.summary).toContain('`acme/vault`');
    expect(run.summary).toContain("action's `token` input");
    expect(run.summary).toContain('Load-test the EU region');
  });

  it('files nothing twice when the run is repeated', async () => {
    const { sandbox } = ctx;
    const seeded = seedMain(sandbox);
    const event = mergedEvent(sandbox, seeded);
    expectFailedAfterAll(await runAction({ sandbox, ...event }));
    const files = () => [sandbox.repo().fileSha(`postmortems/${seeded.id}.md`), sandbox.repo().fileSha(incidentPath('incidents', seeded.number))];
    const before = { files: files(), comments: sandbox.repo().comments(seeded.number).length, web: followupsIn(sandbox, 'acme/web', seeded.id), checkout: followupsIn(sandbox, 'acme/checkout', seeded.id) };

    const again = await runAction({ sandbox, ...event });
    // acme/vault is still out of reach: reported again, nothing filed twice.
    expectFailedAfterAll(again);
    expect(again.outputs.followups).toBe('0');
    expect(followupsIn(sandbox, 'acme/web', seeded.id)).toEqual(before.web);
    expect(followupsIn(sandbox, 'acme/checkout', seeded.id)).toEqual(before.checkout);
    expect(files()).toEqual(before.files);
    expect(sandbox.repo().comments(seeded.number)).toHaveLength(before.comments);
    expect(again.requests.filter((r) => r.method === 'POST' && /\/issues$/.test(r.path))).toEqual([]);
  });

  it('finds an issue whose create succeeded but whose answer was lost, and files it once', async () => {
    const { sandbox } = ctx;
    addTargets(sandbox);
    const seeded = seedIncident(sandbox, { services: ['checkout-api'], items: ['- [ ] Add a circuit breaker — owner: @bob'] });
    sandbox.faults.inject({ method: 'POST', path: '/repos/acme/checkout/issues', lostResponse: 502 });
    const run = await runAction({ sandbox, ...mergedEvent(sandbox, seeded) });
    expectClean(run);
    expect(sandbox.faults.pending).toEqual([]);
    const filed = followupsIn(sandbox, 'acme/checkout', seeded.id);
    expect(filed).toHaveLength(1);
    expect(run.outputs.followups).toBe('1');
    expect(parseActionItems(sandbox.repo().readFile(`postmortems/${seeded.id}.md`) as string)[0]?.issueUrl).toBe(filed[0]?.url);
    expect(incidentRecord(sandbox, seeded).record.followups).toEqual([filed[0]?.url]);
  });

  it('files once when the connection drops after the create', async () => {
    const { sandbox } = ctx;
    addTargets(sandbox);
    const seeded = seedIncident(sandbox, { services: [], items: ['- [ ] Rotate the keys'] });
    sandbox.faults.inject({ method: 'POST', path: '/repos/acme/payments/issues', lostResponse: 'destroy' });
    const run = await runAction({ sandbox, ...mergedEvent(sandbox, seeded) });
    expectClean(run);
    expect(sandbox.faults.pending).toEqual([]);
    expect(followupsIn(sandbox, 'acme/payments', seeded.id)).toHaveLength(1);
    expect(run.outputs.followups).toBe('1');
  });

  it('files to followups.default_repo on a push to main, resolving an unresolved incident first', async () => {
    const { sandbox } = ctx;
    addTargets(sandbox);
    const seeded = seedIncident(sandbox, { services: ['edge'], items: ['- [ ] Document the failover — owner: @carol'], status: 'monitoring', via: 'push' });
    const run = await runAction({ sandbox, ...pushEvent(sandbox) });
    expectClean(run);
    expect(run.outputs.followups).toBe('1');
    const [filed] = followupsIn(sandbox, 'acme/payments', seeded.id);
    expect(filed).toMatchObject({ title: 'Document the failover', assignees: ['carol'] });
    const { record, log } = incidentRecord(sandbox, seeded);
    expect(record).toMatchObject({ status: 'closed', resolved_at: sameMinute(NOW), closed_at: sameMinute(NOW), followups: [filed?.url] });
    expect(log.filter((e) => e.kind === 'status').map(logText)).toEqual(['monitoring → resolved. postmortem merged', 'resolved → closed. postmortem merged and follow-ups filed']);
    expect(sandbox.repo().issue(seeded.number).state).toBe('closed');
  });

  it('runs on workflow_dispatch for the incident input, and counts every failure in errors', async () => {
    const { sandbox } = ctx;
    addTargets(sandbox);
    const seeded = seedIncident(sandbox, {
      services: ['checkout-api'],
      items: ['- [ ] Rotate the leaked deploy key — repo: acme/vault', '- [ ] Audit the vault — repo: acme/vault', '- [ ] Add a circuit breaker'],
    });
    const run = await runAction({ sandbox, ...workflowDispatchEvent(sandbox), inputs: { command: 'followups', incident: seeded.id } });
    expectFailedAfterAll(run);
    expect(run.outputs).toMatchObject({ followups: '1', errors: '2', incident: seeded.id, status: 'closed' });
    const [failures] = sandbox.repo().botComments(seeded.number).filter((c) => c.body.startsWith('<!-- sitrep:followup-failures'));
    expect(failures?.body).toContain('"Rotate the leaked deploy key" (line 19) → `acme/vault` (HTTP 404)');
    expect(failures?.body).toContain('"Audit the vault" (line 20) → `acme/vault` (HTTP 404)');

    // Once the token reaches acme/vault, a re-run files the rest and closes nothing twice.
    sandbox.repo('acme/vault').grant('github-actions[bot]', 'write');
    const rerun = await runAction({ sandbox, ...workflowDispatchEvent(sandbox), inputs: { command: 'followups', incident: seeded.id } });
    expectClean(rerun);
    expect(rerun.outputs).toMatchObject({ followups: '2', errors: '0' });
    expect(followupsIn(sandbox, 'acme/vault', seeded.id).map((i) => i.title)).toEqual(['Rotate the leaked deploy key', 'Audit the vault']);
    const record = incidentRecord(sandbox, seeded).record;
    expect(record.followups).toHaveLength(3);
    const more = sandbox.repo().botComments(seeded.number).filter((c) => c.body.includes('more follow-ups were filed'));
    expect(more).toHaveLength(1);
  });

  it('converges on one issue per item when the merge fires pull_request and push at once', async () => {
    const { sandbox } = ctx;
    addTargets(sandbox);
    const seeded = seedIncident(sandbox, { services: ['checkout-api'], items: ['- [ ] Add a circuit breaker — owner: @bob', '- [ ] Alert on saturation — repo: acme/web'] });
    const [pr, push] = await Promise.all([runAction({ sandbox, ...mergedEvent(sandbox, seeded) }), runAction({ sandbox, ...pushEvent(sandbox) })]);
    expectClean(pr);
    expectClean(push);
    const open = [...followupsIn(sandbox, 'acme/checkout', seeded.id), ...followupsIn(sandbox, 'acme/web', seeded.id)].filter((i) => i.state === 'open');
    expect(open.map((i) => i.title).sort()).toEqual(['Add a circuit breaker', 'Alert on saturation']);
    const items = parseActionItems(sandbox.repo().readFile(`postmortems/${seeded.id}.md`) as string);
    expect(items.map((i) => i.issueUrl).sort()).toEqual(open.map((i) => i.url).sort());
    const { record } = incidentRecord(sandbox, seeded);
    expect(record.status).toBe('closed');
    expect([...(record.followups ?? [])].sort()).toEqual(open.map((i) => i.url).sort());
  });

  it('does nothing for a merged pull request from another branch', async () => {
    const { sandbox } = ctx;
    addTargets(sandbox);
    const repo = sandbox.repo();
    repo.createBranch('docs');
    repo.writeFile('docs/x.md', 'x\n', { branch: 'docs' });
    const pull = repo.openPull({ title: 'Docs', head: 'docs' });
    repo.mergePull(pull.number);
    const run = await runAction({ sandbox, ...pullRequestEvent(sandbox, 'closed', { number: pull.number }) });
    expectClean(run);
    expect(run.outputs.followups).toBe('0');
    expect(run.requests.filter((r) => r.method !== 'GET' && r.kind === 'rest')).toEqual([]);
  });
});
