import { describe, expect, it } from 'vitest';
import type { Sandbox } from '@sitrep/sandbox';
import { ALERT_EVENT_TYPE, type AlertPayload, type PayloadAlert } from '../../src/core/alert.js';
import { parseIncident } from '../../src/core/incident-file.js';
import { alertIndexBranch } from '../../src/github/alert-index.js';
import { asLine } from '../support/builders.js';
import { api, issueCommentEvent, repositoryDispatchEvent, runAction, useSandbox, type ActionRun } from '../harness/index.js';

const ctx = useSandbox({ fresh: true });

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

const CONFIG = `escalation:
  coordinators: ["@acme/incident-coordinators"]
`;

function alert(fingerprint: string, overrides: Partial<PayloadAlert> = {}): PayloadAlert {
  return {
    fingerprint,
    status: 'firing',
    labels: { alertname: 'HighErrorRate', service: 'checkout-api', severity: 'critical', pod: `checkout-${fingerprint}` },
    annotations: { summary: 'Checkout API returns 502', description: 'The 5xx ratio is above 5% in eu-west-1.' },
    starts_at: '2026-11-21T09:50:00Z',
    url: 'http://prometheus.example.com/graph?g0.expr=rate',
    ...overrides,
  };
}

function group(alerts: PayloadAlert[], overrides: Partial<AlertPayload> = {}): AlertPayload {
  const firing = alerts.filter((a) => a.status === 'firing').length;
  return {
    version: 1,
    source: 'alertmanager',
    key: '{}:{alertname="HighErrorRate"}',
    status: firing ? 'firing' : 'resolved',
    common_labels: { alertname: 'HighErrorRate', service: 'checkout-api', severity: 'critical' },
    common_annotations: { summary: 'Checkout API returns 502' },
    alerts,
    counts: { firing, resolved: alerts.length - firing, total: alerts.length, truncated: 0 },
    external_url: 'http://alertmanager.example.com:9093/',
    ...overrides,
  };
}

function adopt(sandbox: Sandbox, config = CONFIG): void {
  sandbox.repo().writeFile('.github/sitrep.yml', config, { message: 'Adopt sitrep' });
}

/** Sends the dispatch as the relay does (`POST /dispatches`), and returns the event GitHub delivers for it. */
async function dispatch(sandbox: Sandbox, payload: unknown) {
  const response = await api(sandbox, 'POST', `/repos/${sandbox.defaultRepo}/dispatches`, { body: { event_type: ALERT_EVENT_TYPE, client_payload: payload } });
  expect(response.status, response.text).toBe(204);
  return repositoryDispatchEvent(sandbox);
}

async function fire(sandbox: Sandbox, payload: unknown): Promise<ActionRun> {
  return runAction({ sandbox, ...(await dispatch(sandbox, payload)) });
}

function incident(sandbox: Sandbox, number: number) {
  const text = sandbox.repo().readFile(`incidents/INC-${number}.md`);
  if (!text) throw new Error(`incidents/INC-${number}.md does not exist`);
  const parsed = parseIncident(text);
  if (!parsed.document) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.document;
}

const incidentIssues = (sandbox: Sandbox) => sandbox.repo().issues({ state: 'all' }).filter((i) => !i.isPullRequest && i.author === sandbox.botLogin);
const commitCount = (sandbox: Sandbox) => sandbox.repo().commits().length;

describe('alerts declare incidents (repository_dispatch sitrep-alert)', () => {
  it('a firing P1 group declares one incident; repeats change nothing; joins and resolution are logged once', async () => {
    const { sandbox } = ctx;
    adopt(sandbox);
    const run = await fire(sandbox, group([alert('a')]));
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);

    const issues = incidentIssues(sandbox);
    expect(issues).toHaveLength(1);
    const number = issues[0]!.number;
    expect(run.outputs).toMatchObject({ incident: `INC-${number}`, status: 'triage', errors: '0' });
    const issue = sandbox.repo().issue(number);
    expect(issue.title).toBe('Checkout API returns 502');
    expect(issue.labels.sort()).toEqual(['incident', 'severity:P1', 'status:triage']);
    expect(issue.assignees).toEqual([]);
    expect(issue.body).toContain('fingerprint: a');

    const { record, log } = incident(sandbox, number);
    expect(record).toMatchObject({
      severity: 'P1',
      status: 'triage',
      source: 'alert',
      services: ['checkout-api'],
      started_at: '2026-11-21T09:50:00Z',
      roles: { coordinator: null, operations: null, communications: null },
      alert: { key: '{}:{alertname="HighErrorRate"}', source: 'alertmanager', fingerprints: ['a'] },
    });
    expect(log.map(asLine)).toEqual([expect.objectContaining({ kind: 'declared', text: 'P1, triage' })]);
    const cards = sandbox.repo().botComments(number).filter((c) => c.body.startsWith('<!-- sitrep:card -->'));
    expect(cards).toHaveLength(1);
    expect(cards[0]?.body).toContain('@acme/incident-coordinators, please staff it');
    expect(sandbox.repo().branch(alertIndexBranch('{}:{alertname="HighErrorRate"}'))).toBeDefined();
    expect(run.requests.filter((r) => r.operation === 'issues/create')).toHaveLength(1);
    // The index read, the config, two index commits and ref moves, the issue, its context, the file, labels, the card and the file check.
    expect(run.counters.total).toBeLessThanOrEqual(14);

    // The same dispatch again (a re-delivery, a repeat notification): nothing new.
    const before = { commits: commitCount(sandbox), comments: sandbox.repo().comments(number).length, file: sandbox.repo().readFile(`incidents/INC-${number}.md`) };
    const again = await runAction({ sandbox, ...repositoryDispatchEvent(sandbox) });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.counters.restWrite + again.counters.graphqlMutation).toBe(0);
    expect(commitCount(sandbox)).toBe(before.commits);
    expect(sandbox.repo().comments(number)).toHaveLength(before.comments);
    expect(sandbox.repo().readFile(`incidents/INC-${number}.md`)).toBe(before.file);
    expect(incidentIssues(sandbox)).toHaveLength(1);
    // One index read and one context read, nothing else.
    expect(again.counters.total).toBe(2);

    // A second alert joins the group: one Log entry, one comment listing it.
    sandbox.clock.advance('3m');
    const joined = await fire(sandbox, group([alert('a'), alert('b', { labels: { alertname: 'HighErrorRate', service: 'checkout-api', severity: 'critical', pod: 'checkout-b' } })]));
    expect(joined.exitCode, joined.stdout).toBe(0);
    expect(incident(sandbox, number).log.map(asLine).slice(1)).toEqual([expect.objectContaining({ kind: 'alert (firing)', text: '1 firing (2 of 2 alerts firing)' })]);
    expect(incident(sandbox, number).record.alert?.fingerprints).toEqual(['a', 'b']);
    const firingComments = sandbox.repo().botComments(number).filter((c) => c.body.includes('sitrep:alert state=firing'));
    expect(firingComments).toHaveLength(1);
    expect(firingComments[0]?.body).toContain('pod=checkout-b');
    expect(firingComments[0]?.body).not.toContain('pod=checkout-a');
    expect(incidentIssues(sandbox)).toHaveLength(1);
    // The two reads, the commit, the card's state, the file check and the comment.
    expect(joined.counters).toMatchObject({ total: 6, restWrite: 3 });

    // The group resolves: one Log entry and one comment; the status stays.
    sandbox.clock.advance('10m');
    const resolved = group([alert('a', { status: 'resolved', ends_at: '2026-11-21T10:12:00Z' }), alert('b', { status: 'resolved', ends_at: '2026-11-21T10:12:00Z' })]);
    const done = await fire(sandbox, resolved);
    expect(done.exitCode, done.stdout).toBe(0);
    const after = incident(sandbox, number);
    expect(after.record.status).toBe('triage');
    expect(after.log.map(asLine).at(-1)).toMatchObject({ kind: 'alert (resolved)', text: 'all 2 alerts resolved' });
    const resolvedComments = sandbox.repo().botComments(number).filter((c) => c.body.includes('sitrep:alert state=resolved'));
    expect(resolvedComments).toHaveLength(1);
    expect(resolvedComments[0]?.body).toContain('/inc status resolved');
    // Delivered again: nothing.
    const commits = commitCount(sandbox);
    const redelivered = await runAction({ sandbox, ...repositoryDispatchEvent(sandbox) });
    expect(redelivered.exitCode).toBe(0);
    expect(commitCount(sandbox)).toBe(commits);
    expect(sandbox.repo().botComments(number).filter((c) => c.body.includes('sitrep:alert'))).toHaveLength(2);
  });

  it('firing again within reopen_within of resolution reopens the incident instead of declaring another', async () => {
    const { sandbox } = ctx;
    adopt(sandbox);
    const info = (a: PayloadAlert) => ({ ...a, labels: { ...a.labels, severity: 'info' } });
    const labels = { alertname: 'DiskFilling', service: 'search', severity: 'info' };
    const first = group([info(alert('d'))], { key: 'disk', common_labels: labels, common_annotations: { summary: 'Disk filling on search' } });
    expect((await fire(sandbox, first)).exitCode).toBe(0);
    const [issue] = incidentIssues(sandbox);
    const number = issue!.number;
    expect(incident(sandbox, number).record).toMatchObject({ severity: 'P3', status: 'triage' });

    sandbox.clock.advance('5m');
    const comment = sandbox.repo().comment(number, '/inc resolve disk cleaned', { as: 'alice' });
    const resolving = await runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: comment.id }) });
    expect(resolving.exitCode, resolving.stdout).toBe(0);
    expect(sandbox.repo().issue(number).labels).toContain('status:resolved');
    sandbox.clock.advance('2m');
    expect((await fire(sandbox, { ...first, status: 'resolved', alerts: [{ ...first.alerts[0], status: 'resolved', ends_at: '2026-11-21T10:06:00Z' }], counts: { firing: 0, resolved: 1, total: 1, truncated: 0 } })).exitCode).toBe(0);
    expect(incident(sandbox, number).record.status).toBe('resolved');

    sandbox.clock.advance('30m');
    const refired = await fire(sandbox, first);
    expect(refired.exitCode, refired.stdout).toBe(0);
    expect(incidentIssues(sandbox)).toHaveLength(1);
    const { record, log } = incident(sandbox, number);
    expect(record).toMatchObject({ status: 'investigating', resolved_at: null });
    expect(log.map(asLine).slice(-2)).toEqual([
      expect.objectContaining({ kind: 'alert (firing)' }),
      expect.objectContaining({ kind: 'reopened', text: expect.stringContaining('resolved → investigating') }),
    ]);
    expect(sandbox.repo().issue(number).labels).toContain('status:investigating');
    expect(sandbox.repo().issue(number).state).toBe('open');

    // Resolved again, and firing after reopen_within: a new incident.
    sandbox.clock.advance('5m');
    const again = sandbox.repo().comment(number, '/inc resolve', { as: 'alice' });
    expect((await runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: again.id }) })).exitCode).toBe(0);
    sandbox.clock.advance('2h');
    const late = await fire(sandbox, group([info(alert('e'))], { key: 'disk', common_labels: labels, common_annotations: { summary: 'Disk filling on search' } }));
    expect(late.exitCode, late.stdout).toBe(0);
    const issues = incidentIssues(sandbox);
    expect(issues).toHaveLength(2);
    expect(incident(sandbox, number).record.status).toBe('resolved');
    expect(incident(sandbox, issues.find((i) => i.number !== number)!.number).record).toMatchObject({ status: 'triage', alert: { key: 'disk', fingerprints: ['e'] } });
  });

  it('two dispatches for one new group, processed at the same time, make exactly one incident', async () => {
    const { sandbox } = ctx;
    adopt(sandbox);
    // Alertmanager's peers in a high-availability pair each notify: the same group twice at once.
    const one = await dispatch(sandbox, group([alert('a'), alert('b')], { key: 'race' }));
    const two = await dispatch(sandbox, group([alert('a'), alert('b')], { key: 'race' }));
    const since = sandbox.lastRequestSeq;
    const runs = await Promise.all([runAction({ sandbox, ...one }), runAction({ sandbox, ...two })]);
    for (const run of runs) expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    // Exactly one run created the group's index branch; a run that tried too got GitHub's 422.
    const creates = sandbox.requestsSince(since).filter((r) => r.operation === 'git/create-ref').map((r) => r.status);
    expect(creates.filter((status) => status === 201)).toHaveLength(1);
    expect(creates.every((status) => status === 201 || status === 422)).toBe(true);
    const issues = incidentIssues(sandbox);
    expect(issues).toHaveLength(1);
    const number = issues[0]!.number;
    const { record, log } = incident(sandbox, number);
    expect(record.alert?.fingerprints).toEqual(['a', 'b']);
    expect(log.map(asLine)).toEqual([expect.objectContaining({ kind: 'declared' })]);
    expect(sandbox.repo().botComments(number).filter((c) => c.body.includes('sitrep:alert'))).toHaveLength(0);
    expect(sandbox.repo().files().filter((f) => f.startsWith('incidents/'))).toEqual([`incidents/INC-${number}.md`]);
    expect(sandbox.repo().botComments(number).filter((c) => c.body.startsWith('<!-- sitrep:card -->'))).toHaveLength(1);
    expect(runs.map((r) => r.outputs.incident)).toEqual([`INC-${number}`, `INC-${number}`]);
  });

  it('a run that finds the group claimed waits for the issue the claim records, and declares it when the claiming run died', async () => {
    const { sandbox } = ctx;
    adopt(sandbox);
    const key = 'claimed';
    const ref = `heads/${alertIndexBranch(key)}`;
    const asBot = { token: sandbox.botToken };
    // Another run's claim, as it makes one: an empty commit "claim" on the group's index branch.
    const claim = await api<{ sha: string }>(sandbox, 'POST', `/repos/${sandbox.defaultRepo}/git/commits`, { ...asBot, body: { message: 'claim\n', tree: EMPTY_TREE, parents: [] } });
    expect((await api(sandbox, 'POST', `/repos/${sandbox.defaultRepo}/git/refs`, { ...asBot, body: { ref: `refs/${ref}`, sha: claim.body.sha } })).status).toBe(201);

    const since = sandbox.lastRequestSeq;
    const running = runAction({ sandbox, ...(await dispatch(sandbox, group([alert('a')], { key }))) });
    // Once the run has seen the claim, the other run opens its issue and records it ...
    for (let i = 0; i < 100 && !sandbox.requestsSince(since).some((r) => r.operation === 'query AlertIndex'); i++) await new Promise((r) => setTimeout(r, 100));
    const opened = await api<{ number: number }>(sandbox, 'POST', `/repos/${sandbox.defaultRepo}/issues`, { ...asBot, body: { title: 'Checkout API returns 502', labels: ['incident'] } });
    const recorded = await api<{ sha: string }>(sandbox, 'POST', `/repos/${sandbox.defaultRepo}/git/commits`, { ...asBot, body: { message: `INC-${opened.body.number}\n`, tree: EMPTY_TREE, parents: [claim.body.sha] } });
    expect((await api(sandbox, 'PATCH', `/repos/${sandbox.defaultRepo}/git/refs/${ref}`, { ...asBot, body: { sha: recorded.body.sha, force: false } })).status).toBe(200);
    // ... and dies before declaring it: once that is longer ago than a claim lives, the waiting run declares it.
    sandbox.clock.advance('6m');
    const run = await running;
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.requests.filter((r) => r.operation === 'query AlertIndex').length).toBeGreaterThan(1);
    // No other issue: the run declared the one the claim recorded.
    expect(incidentIssues(sandbox).map((i) => i.number)).toEqual([opened.body.number]);
    expect(incident(sandbox, opened.body.number).record).toMatchObject({ status: 'triage', source: 'alert', alert: { key, fingerprints: ['a'] } });
    expect(sandbox.repo().botComments(opened.body.number).filter((c) => c.body.startsWith('<!-- sitrep:card -->'))).toHaveLength(1);
  });

  it('hostile alert text stays inert: no mention, no marker, no field', async () => {
    const { sandbox } = ctx;
    adopt(sandbox);
    const hostile = '@acme/everyone <!-- sitrep:card --> <script>x</script>\n---\nseverity: P3';
    const run = await fire(
      sandbox,
      group([alert('h', { labels: { alertname: 'X', service: 'checkout-api', severity: 'critical', note: hostile }, annotations: { summary: hostile, description: hostile } })], {
        key: hostile,
        common_annotations: { summary: hostile },
      }),
    );
    expect(run.exitCode, run.stdout).toBe(0);
    const [issue] = incidentIssues(sandbox);
    const { record } = incident(sandbox, issue!.number);
    expect(record).toMatchObject({ severity: 'P1', status: 'triage', alert: { key: hostile } });
    // The title stays as sent, as a form's does: GitHub neither pings nor renders HTML in titles.
    for (const text of [issue!.body ?? '', ...sandbox.repo().botComments(issue!.number).map((c) => c.body)]) {
      expect(text).not.toMatch(/(^|[^`\w])@acme\/everyone/);
      expect(text).not.toContain('<script>');
    }
    expect(issue!.body).not.toContain('<!-- sitrep:card -->');
    expect(sandbox.repo().botComments(issue!.number).filter((c) => c.body.includes('<!-- sitrep:card -->'))).toHaveLength(1);
  });

  it('a payload that does not match the schema fails the run and names the field', async () => {
    const { sandbox } = ctx;
    adopt(sandbox);
    const run = await fire(sandbox, { ...group([alert('a')], { key: 'broken' }), source: 'nagios' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.errors).toBe('1');
    expect(run.summary).toContain('source: must be one of');
    expect(run.summary).toContain('"broken"');
    expect(run.annotations.some((a) => a.level === 'error' && a.message.includes('source'))).toBe(true);
    expect(incidentIssues(sandbox)).toHaveLength(0);
  });
});
