import type { Sandbox } from '@sitrep/sandbox';
import { incidentFormBody } from '../support/builders.js';
import { describe, expect, it } from 'vitest';
import { parseIncident } from '../../src/core/incident-file.js';
import { issueCommentEvent, issuesEvent, pushEvent, runAction, useSandbox } from '../harness/index.js';

// Hand edits merged on main (SPEC 4.8): the file is the record, and the issue follows it.

const CONFIG = 'escalation:\n  coordinators: ["@acme/incident-coordinators"]\n';

const FORM = incidentFormBody();

async function declared(sandbox: Sandbox): Promise<{ number: number; path: string }> {
  sandbox.repo().writeFile('.github/sitrep.yml', CONFIG, { message: 'Adopt sitrep' });
  const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout API returns 502 for EU customers', body: FORM, labels: ['incident'] });
  const run = await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }) });
  expect(run.exitCode, run.stderr).toBe(0);
  return { number: issue.number, path: `incidents/INC-${issue.number}.md` };
}

function card(sandbox: Sandbox, number: number): string {
  const cards = sandbox.repo().botComments(number).filter((c) => c.body.startsWith('<!-- sitrep:card -->'));
  expect(cards).toHaveLength(1);
  return cards[0]!.body;
}

describe('a hand edit merged on main', () => {
  const ctx = useSandbox({ fresh: true });

  it('converges title, assignees, labels and the card on the record, naming the commit, with no Log entry', async () => {
    const { sandbox } = ctx;
    const { number, path } = await declared(sandbox);
    const before = sandbox.repo().readFile(path) as string;
    const edited = before
      .replace('communications: null', 'communications: carol')
      .replace(/next_update_due: \S+/, 'next_update_due: 2026-11-21T12:00:00Z')
      .replace('severity: P1', 'severity: P2')
      .replace('title: Checkout API returns 502 for EU customers', 'title: EU checkout fails at the payment step');
    const sha = sandbox.repo().writeFile(path, edited, { as: 'alice', message: 'INC: carol takes communications' });
    const commentsBefore = sandbox.repo().comments(number).length;

    const run = await runAction({ sandbox, ...pushEvent(sandbox) });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);

    const issue = sandbox.repo().issue(number);
    expect(issue.title).toBe('EU checkout fails at the payment step');
    expect(issue.assignees).toEqual(expect.arrayContaining(['bob', 'carol']));
    expect(issue.labels).toEqual(expect.arrayContaining(['incident', 'severity:P2', 'status:investigating']));
    expect(issue.labels).not.toContain('severity:P1');
    const body = card(sandbox, number);
    expect(body).toContain('@carol');
    expect(body).toContain(sha.slice(0, 7));
    expect(body).toMatch(/P2/);
    // No Log entry, no reminder, no other comment: the file stays as merged.
    expect(sandbox.repo().readFile(path)).toBe(edited);
    expect(sandbox.repo().comments(number)).toHaveLength(commentsBefore);
    expect(parseIncident(edited).document?.log).toHaveLength(1);

    // Re-delivered: nothing more to write.
    const again = await runAction({ sandbox, ...pushEvent(sandbox) });
    expect(again.exitCode).toBe(0);
    expect(again.counters.restWrite + again.counters.graphqlMutation).toBe(0);
  });

  it('reports an invalid edit once, at its line, changes nothing else and fails the run', async () => {
    const { sandbox } = ctx;
    const { number, path } = await declared(sandbox);
    const cardBefore = card(sandbox, number);
    const labelsBefore = sandbox.repo().issue(number).labels;
    const before = sandbox.repo().readFile(path) as string;
    sandbox.repo().writeFile(path, before.replace('status: investigating', 'status: fixed'), { as: 'alice', message: 'typo' });

    const run = await runAction({ sandbox, ...pushEvent(sandbox) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.errors).not.toBe('0');
    const reports = sandbox.repo().botComments(number).filter((c) => c.body.startsWith('<!-- sitrep:record-invalid'));
    expect(reports).toHaveLength(1);
    expect(reports[0]!.body).toMatch(new RegExp(`${path}:5:\\d+: status: "fixed" is not accepted`));
    expect(card(sandbox, number)).toBe(cardBefore);
    expect(sandbox.repo().issue(number).labels).toEqual(labelsBefore);

    const again = await runAction({ sandbox, ...pushEvent(sandbox) });
    expect(again.exitCode).toBe(1);
    expect(sandbox.repo().botComments(number).filter((c) => c.body.startsWith('<!-- sitrep:record-invalid'))).toHaveLength(1);
  });

  it('reports a deleted record on its issue and leaves the issue as it was', async () => {
    const { sandbox } = ctx;
    const { number, path } = await declared(sandbox);
    const state = sandbox.repo().issue(number).state;
    sandbox.repo().writeFiles({ [path]: null }, { as: 'alice', message: 'remove by mistake' });

    const run = await runAction({ sandbox, ...pushEvent(sandbox) });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const reports = sandbox.repo().botComments(number).filter((c) => c.body.startsWith('<!-- sitrep:record-deleted'));
    expect(reports).toHaveLength(1);
    expect(reports[0]!.body).toContain(path);
    expect(sandbox.repo().issue(number).state).toBe(state);
  });
});

describe('a command that cannot land', () => {
  const ctx = useSandbox({ fresh: true });

  it('on an invalid record is answered with the file, line and fix, keeps the comment and fails the run', async () => {
    const { sandbox } = ctx;
    const { number, path } = await declared(sandbox);
    const before = sandbox.repo().readFile(path) as string;
    sandbox.repo().writeFile(path, before.replace('status: investigating', 'status: fixed'), { as: 'alice', message: 'typo' });
    const comment = sandbox.repo().comment(number, '/inc update Rolled back deploy 1234', { as: 'alice' });

    const run = await runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: comment.id }) });
    expect(run.exitCode).toBe(1);
    const replies = sandbox.repo().botComments(number).filter((c) => c.body.startsWith(`<!-- sitrep:reply comment=${comment.id} -->`));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.body).toContain('@alice, your command was not applied');
    expect(replies[0]!.body).toMatch(new RegExp(`${path}:5:\\d+: status: "fixed" is not accepted`));
    expect(sandbox.repo().comments(number).some((c) => c.id === comment.id)).toBe(true);
    expect(sandbox.repo().readFile(path)).toContain('status: fixed');
  });

  it('after every write conflicts is answered, not dropped, and fails the run', async () => {
    const { sandbox } = ctx;
    const { number, path } = await declared(sandbox);
    const before = sandbox.repo().readFile(path);
    sandbox.faults.inject({ method: 'PUT', path: /\/contents\//, status: 409, count: 8 });
    const comment = sandbox.repo().comment(number, '/inc update Rolled back deploy 1234', { as: 'alice' });

    const run = await runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: comment.id }) });
    expect(run.exitCode).toBe(1);
    expect(run.requests.filter((r) => r.method === 'PUT').map((r) => r.status)).toEqual(Array(8).fill(409));
    const replies = sandbox.repo().botComments(number).filter((c) => c.body.startsWith(`<!-- sitrep:reply comment=${comment.id} -->`));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.body).toContain('not applied');
    expect(sandbox.repo().readFile(path)).toBe(before);
  });
});
