/**
 * sitrep under GitHub's limits and failures (issue 18): lost answers to comment creates, the
 * 65,536-character body limit, long threads, and a permission check that fails.
 */
import { describe, expect, it } from 'vitest';
import type { Sandbox } from '@sitrep/sandbox';
import { parseIncident } from '../../src/core/incident-file.js';
import { STATUSES } from '../../src/core/lifecycle.js';
import { logText } from '../support/builders.js';
import { gate, until } from '../support/interleave.js';
import { issueCommentEvent, issuesEvent, runAction, useSandbox, type ActionRun } from '../harness/index.js';

const ctx = useSandbox({ fresh: true });

const CONFIG = `escalation:
  coordinators: ["@acme/incident-coordinators"]
`;
const COMMENTS = /\/issues\/\d+\/comments$/;

function formBody(overrides: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    Severity: 'P2 — Major',
    Summary: 'Checkout API returns 502 for EU customers.',
    Impact: 'Some EU checkouts fail.',
    'Affected services': 'checkout-api',
    'Affected customers': '',
    'Impact started at': '',
    'How was it detected?': 'alert',
    Type: 'incident',
    ...overrides,
  };
  return Object.entries(fields).map(([k, v]) => `### ${k}\n\n${v || '_No response_'}`).join('\n\n');
}

async function declare(sandbox: Sandbox): Promise<{ number: number; run: ActionRun }> {
  sandbox.repo().writeFile('.github/sitrep.yml', CONFIG, { message: 'Adopt sitrep' });
  const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout API returns 502', body: formBody(), labels: ['incident'] });
  const run = await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }) });
  expect(run.exitCode, run.stderr).toBe(0);
  return { number: issue.number, run };
}

async function command(sandbox: Sandbox, number: number, body: string, as = 'alice'): Promise<ActionRun> {
  const comment = sandbox.repo().comment(number, body, { as });
  return runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: comment.id }) });
}

function botComments(sandbox: Sandbox, number: number, marker: string) {
  return sandbox.repo().botComments(number).filter((c) => c.body.startsWith(marker));
}

const cards = (sandbox: Sandbox, number: number) => botComments(sandbox, number, '<!-- sitrep:card -->');

/** A record's time as the card shows it: `2026-11-21T12:00:00Z` → `2026-11-21 12:00 UTC`. */
const cardTime = (time: string) => `${time.slice(0, 10)} ${time.slice(11, 16)} UTC`;

describe('a lost answer to a comment create posts nothing twice', () => {
  it('the card: one card, found by its marker after the 502', async () => {
    const { sandbox } = ctx;
    sandbox.faults.inject({ method: 'POST', path: COMMENTS, lostResponse: 502 });
    const { number, run } = await declare(sandbox);
    expect(run.outputs.errors).toBe('0');
    expect(cards(sandbox, number)).toHaveLength(1);
    // The create once, then one look for its marker; no resend.
    expect(run.requests.filter((r) => r.method === 'POST' && COMMENTS.test(r.path)).map((r) => r.status)).toEqual([502]);
    // Later changes edit that card.
    await command(sandbox, number, '/inc status fixing');
    expect(cards(sandbox, number)).toHaveLength(1);
    expect(cards(sandbox, number)[0]?.body).toContain('**fixing**');
  });

  it('a refusal reply: one reply', async () => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);
    const record = sandbox.repo().readFile(`incidents/INC-${number}.md`);
    sandbox.faults.inject({ method: 'POST', path: COMMENTS, lostResponse: 502 });
    const comment = sandbox.repo().comment(number, '/inc status fixed', { as: 'alice' });
    const run = await runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: comment.id }) });
    expect(run.exitCode, run.stderr).toBe(0);
    const replies = botComments(sandbox, number, `<!-- sitrep:reply comment=${comment.id} -->`);
    expect(replies).toHaveLength(1);
    // The one reply is the refusal, naming the bad word and what is accepted.
    expect(replies[0]!.body).toContain(`"fixed" is not a status; use one of ${STATUSES.join(', ')}`);
    expect(replies[0]!.body).toContain('@alice');
    // And the record is unchanged: nothing was applied.
    expect(sandbox.repo().readFile(`incidents/INC-${number}.md`)).toBe(record);
  });

  it('an escalation: one page', async () => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);
    sandbox.faults.inject({ method: 'POST', path: COMMENTS, lostResponse: 'destroy' });
    const run = await command(sandbox, number, '/inc escalate @acme/incident-coordinators database is on fire');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(botComments(sandbox, number, '<!-- sitrep:escalation -->')).toHaveLength(1);
  });

  it('a create that did not happen is made once it is known not to have happened', async () => {
    const { sandbox } = ctx;
    sandbox.faults.inject({ method: 'POST', path: COMMENTS, status: 502 });
    const { number } = await declare(sandbox);
    expect(cards(sandbox, number)).toHaveLength(1);
  });
});

const CONTENTS = /\/contents\/incidents(%2F|\/)/;

describe('a lost answer to the incident file write: the change is finished, not dropped', () => {
  it('a declaration: card, labels and the form-problems comment, as if the answer had come', async () => {
    const { sandbox } = ctx;
    sandbox.repo().writeFile('.github/sitrep.yml', CONFIG, { message: 'Adopt sitrep' });
    sandbox.faults.inject({ method: 'PUT', path: CONTENTS, lostResponse: 502, count: 1 });
    const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout API returns 502', body: formBody({ 'Impact started at': 'sometime last night' }), labels: ['incident'] });
    const run = await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }) });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.outputs.errors).toBe('0');
    expect(sandbox.repo().labels(issue.number).sort()).toEqual(['incident', 'severity:P2', 'status:investigating']);
    expect(cards(sandbox, issue.number)).toHaveLength(1);
    expect(botComments(sandbox, issue.number, '<!-- sitrep:form-problems -->')).toHaveLength(1);
    expect(parseIncident(sandbox.repo().readFile(`incidents/INC-${issue.number}.md`) ?? '').document?.log.map((e) => e.kind)).toEqual(['declared']);
  });

  it('a command: the card shows the new due time and the comment gets its 👍', async () => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);
    sandbox.faults.inject({ method: 'PUT', path: CONTENTS, lostResponse: 502, count: 1 });
    const comment = sandbox.repo().comment(number, '/inc update Rolled back the deploy next: 15m', { as: 'alice' });
    const run = await runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: comment.id }) });
    expect(run.exitCode, run.stderr).toBe(0);
    const { record, log } = parseIncident(sandbox.repo().readFile(`incidents/INC-${number}.md`) ?? '').document!;
    expect(log.filter((e) => e.kind === 'update')).toHaveLength(1);
    expect(cards(sandbox, number)[0]?.body).toContain(`| Next update due | ${cardTime(record.next_update_due!)} |`);
    const [seen] = sandbox.repo().comments(number).filter((c) => c.id === comment.id);
    expect(seen?.reactions).toContainEqual({ content: '+1', user: sandbox.botLogin });
  });

  it('closing a P1 by hand: labels, card and the postmortem pull request follow', async () => {
    const { sandbox } = ctx;
    sandbox.repo().writeFile('.github/sitrep.yml', CONFIG, { message: 'Adopt sitrep' });
    const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout down', body: formBody({ Severity: 'P1 — Critical' }), labels: ['incident'] });
    expect((await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }) })).exitCode).toBe(0);
    sandbox.faults.inject({ method: 'PUT', path: CONTENTS, lostResponse: 502, count: 1 });
    sandbox.repo().closeIssue(issue.number, { as: 'alice' });
    const run = await runAction({ sandbox, ...issuesEvent(sandbox, 'closed', { number: issue.number, sender: 'alice' }) });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(sandbox.repo().labels(issue.number).sort()).toEqual(['incident', 'severity:P1', 'status:resolved']);
    expect(cards(sandbox, issue.number)[0]?.body).toContain('**resolved**');
    expect(sandbox.repo().pulls({ state: 'open' }).map((p) => p.title)).toEqual([`Postmortem: INC-${issue.number} Checkout down`]);
  });
});

describe('overlapping runs on one incident: the issue ends equal to the newest file', () => {
  it("an older view's card edit that lands last is written again from the newer record", async () => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);
    // Run A's card edit is held while run B commits a status change and writes its own card.
    const held = gate();
    const hold = sandbox.faults.inject({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, hold: held.hold });
    const a = command(sandbox, number, '/inc update Rolled back the deploy next: 15m');
    await until(() => hold.remaining === 0);
    const b = await command(sandbox, number, '/inc status fixing Found the bad flag', 'carol');
    expect(b.exitCode, b.stderr).toBe(0);
    held.release();
    const runA = await a;
    expect(runA.exitCode, runA.stderr).toBe(0);
    const { record, log } = parseIncident(sandbox.repo().readFile(`incidents/INC-${number}.md`) ?? '').document!;
    expect(log.map((e) => e.kind)).toEqual(['declared', 'update', 'status']);
    const [card, ...more] = cards(sandbox, number);
    expect(more).toEqual([]);
    expect(card?.body).toContain('**fixing**');
    expect(card?.body).toContain(`| Next update due | ${cardTime(record.next_update_due!)} |`);
    expect(sandbox.repo().labels(number).sort()).toEqual(['incident', 'severity:P2', 'status:fixing']);
  });

  it("an older view's labels that land last are put back to the newer record's", async () => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);
    const held = gate();
    const hold = sandbox.faults.inject({ method: 'PATCH', path: new RegExp(`/issues/${number}$`), hold: held.hold });
    const a = command(sandbox, number, '/inc status fixing Found the bad flag');
    await until(() => hold.remaining === 0);
    const b = await command(sandbox, number, '/inc status monitoring Error rate is back to normal', 'carol');
    expect(b.exitCode, b.stderr).toBe(0);
    held.release();
    const runA = await a;
    expect(runA.exitCode, runA.stderr).toBe(0);
    expect(parseIncident(sandbox.repo().readFile(`incidents/INC-${number}.md`) ?? '').document?.record.status).toBe('monitoring');
    expect(sandbox.repo().labels(number).sort()).toEqual(['incident', 'severity:P2', 'status:monitoring']);
    expect(cards(sandbox, number)[0]?.body).toContain('**monitoring**');
  });
});

describe("GitHub's 65,536-character body limit", () => {
  it('a 60,000-character update of URLs keeps the card within the limit, and later commands work', async () => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);
    const url = 'https://grafana.example/d/x?from=now-1h&to=now&var-a=1&var-b=2 ';
    const message = url.repeat(Math.floor(60_000 / url.length));
    let run = await command(sandbox, number, `/inc update ${message}`);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.requests.filter((r) => r.status === 422)).toEqual([]);
    const [card] = cards(sandbox, number);
    expect(card?.body.length).toBeLessThanOrEqual(65_536);
    expect(card?.body).toContain('… (truncated, see [the comment](');
    // The file keeps the whole update.
    const log = parseIncident(sandbox.repo().readFile(`incidents/INC-${number}.md`) ?? '').document?.log ?? [];
    expect((logText(log.at(-1)) ?? '').startsWith(message.trim()), 'the Log keeps the whole update').toBe(true);
    run = await command(sandbox, number, '/inc status fixing');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(cards(sandbox, number)[0]?.body).toContain('**fixing**');
  });

  it('120 unknown command lines get one reply that fits: the first lines, then a count', async () => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);
    const line = `/inc frobnicate ${'<&>'.repeat(150)}`;
    const body = Array.from({ length: 120 }, () => line).join('\n');
    const comment = sandbox.repo().comment(number, body, { as: 'alice' });
    const run = await runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: comment.id }) });
    expect(run.exitCode, run.stderr).toBe(0);
    const [reply] = botComments(sandbox, number, `<!-- sitrep:reply comment=${comment.id} -->`);
    expect(reply).toBeDefined();
    expect(reply!.body.length).toBeLessThanOrEqual(65_536);
    expect(reply!.body).toContain('none of the 120 commands in your comment were applied');
    expect(reply!.body).toContain('and 100 more lines were refused for the same reason');
  });
});

describe('a long thread', () => {
  it('an issue labelled after 60 comments keeps one card at 118 comments', async () => {
    const { sandbox } = ctx;
    sandbox.repo().writeFile('.github/sitrep.yml', CONFIG, { message: 'Adopt sitrep' });
    const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout API returns 502', body: formBody() });
    for (let i = 1; i <= 60; i++) sandbox.repo().comment(issue.number, `looking into it (${i})`, { as: i % 2 ? 'alice' : 'carol' });
    sandbox.repo().addLabels(issue.number, ['incident'], { as: 'alice' });
    const declared = await runAction({ sandbox, ...issuesEvent(sandbox, 'labeled', { number: issue.number, label: 'incident' }) });
    expect(declared.exitCode, declared.stderr).toBe(0);
    expect(cards(sandbox, issue.number)).toHaveLength(1);
    for (let i = 1; i <= 56; i++) sandbox.repo().comment(issue.number, `still looking (${i})`, { as: 'carol' });
    const run = await command(sandbox, issue.number, '/inc status fixing');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(sandbox.repo().comments(issue.number).length).toBeGreaterThanOrEqual(118);
    expect(cards(sandbox, issue.number)).toHaveLength(1);
    expect(cards(sandbox, issue.number)[0]?.body).toContain('**fixing**');
    // One more query reads the comments between the first and last 50, one checks the file after writing (the writes: file, labels, a new label, card, reaction).
    expect(run.counters).toMatchObject({ graphqlQuery: 3, restRead: 1, restWrite: 5, total: 9 });
  });
});

describe('a permission check that fails', () => {
  it('says the permission could not be checked, not that the commenter has none', async () => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);
    const before = sandbox.repo().readFile(`incidents/INC-${number}.md`);
    sandbox.faults.inject({ method: 'GET', path: /\/collaborators\/alice\/permission$/, status: 500, count: 4 });
    const run = await command(sandbox, number, '/inc resolve');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(sandbox.repo().readFile(`incidents/INC-${number}.md`)).toBe(before);
    const reply = sandbox.repo().botComments(number).at(-1)?.body ?? '';
    expect(reply).toContain('could not tell sitrep yours just now');
    expect(reply).toContain('please try again');
    expect(reply).not.toContain('you have none');
  }, 60_000);
});
