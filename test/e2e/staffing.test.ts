/**
 * Nothing lost, nobody wrongly paged: a role given to a login GitHub does not know, a severity
 * raised to one that needs a coordinator, and the incident label removed by hand. The built action
 * runs against the sandbox; the tests read what a responder sees: replies, pages, labels, the card
 * and the file.
 */
import { describe, expect, it } from 'vitest';
import type { Sandbox } from '@sitrep/sandbox';
import { parseIncident } from '../../src/core/incident-file.js';
import { issueCommentEvent, issuesEvent, runAction, scheduleEvent, useSandbox, type ActionRun } from '../harness/index.js';

const ctx = useSandbox({ fresh: true });

const CONFIG = `escalation:
  coordinators: ["@acme/incident-coordinators"]
`;
const CARD = '<!-- sitrep:card -->';
const ESCALATION = '<!-- sitrep:escalation -->';
const STAFFING_WARNING = 'needs a coordinator who is not the operations engineer';

function formBody(severity: string): string {
  return [
    `### Severity\n\n${severity}`,
    '### Summary\n\nCheckout API returns 502 for EU customers.',
    '### Impact\n\nSome EU checkouts fail.',
    '### Affected services\n\ncheckout-api',
  ].join('\n\n');
}

async function declare(sandbox: Sandbox, severity: string): Promise<number> {
  sandbox.repo().writeFile('.github/sitrep.yml', CONFIG, { message: 'Adopt sitrep' });
  const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout API returns 502', body: formBody(severity), labels: ['incident'] });
  const run = await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }) });
  expect(run.exitCode, run.stderr).toBe(0);
  return issue.number;
}

async function command(sandbox: Sandbox, number: number, body: string, as = 'alice'): Promise<{ run: ActionRun; commentId: number }> {
  sandbox.clock.advance('2m');
  const comment = sandbox.repo().comment(number, body, { as });
  const run = await runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: comment.id }) });
  expect(run.exitCode, run.stderr).toBe(0);
  return { run, commentId: comment.id };
}

function record(sandbox: Sandbox, number: number) {
  const parsed = parseIncident(sandbox.repo().readFile(`incidents/INC-${number}.md`) ?? '');
  if (!parsed.document) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.document.record;
}

const own = (sandbox: Sandbox, number: number, marker: string) => sandbox.repo().botComments(number).filter((c) => c.body.startsWith(marker));
const card = (sandbox: Sandbox, number: number) => own(sandbox, number, CARD)[0]?.body ?? '';
const reactions = (sandbox: Sandbox, number: number, id: number) =>
  sandbox.repo().comments(number).find((c) => c.id === id)?.reactions.map((r) => r.content) ?? [];
/** The requests a run made to ask GitHub about logins. */
const loginChecks = (run: ActionRun) => run.requests.filter((r) => /\/assignees\/[^/]+$|^\/users\/[^/]+$/.test(r.path) && r.method === 'GET');

describe('a role holder GitHub does not know', () => {
  it('is refused with usage; nothing changes and the P1 stays understaffed on the card', async () => {
    const { sandbox } = ctx;
    const number = await declare(sandbox, 'P1');
    const before = sandbox.repo().readFile(`incidents/INC-${number}.md`);
    expect(card(sandbox, number)).toContain(STAFFING_WARNING);

    const { run, commentId } = await command(sandbox, number, '/inc role coordinator @ghost-user-who-doesnt-exist');
    expect(sandbox.repo().readFile(`incidents/INC-${number}.md`)).toBe(before);
    expect(record(sandbox, number).roles.coordinator).toBeNull();
    const [reply] = own(sandbox, number, `<!-- sitrep:reply comment=${commentId} -->`);
    expect(reply?.body).toContain('is not a GitHub user; check the spelling');
    expect(reply?.body).toContain('Usage: `/inc role <coordinator|operations|communications> @user`');
    // The login is quoted, never mentioned.
    expect(reply?.body).not.toMatch(/@ghost-user/);
    expect(reactions(sandbox, number, commentId)).toEqual(['confused']);
    expect(card(sandbox, number)).toContain(STAFFING_WARNING);
    expect(sandbox.repo().assignees(number)).toEqual(['bob']);
    // One request to learn the login cannot be assigned, one to learn it is no user.
    expect(loginChecks(run).map((r) => [r.path.replace(/^.*\/(assignees|users)\//, '$1/'), r.status])).toEqual([
      ['assignees/ghost-user-who-doesnt-exist', 404],
      ['users/ghost-user-who-doesnt-exist', 404],
    ]);
  });

  it('a page to a user GitHub does not know is refused; nobody is paged', async () => {
    const { sandbox } = ctx;
    const number = await declare(sandbox, 'P2');
    const before = sandbox.repo().readFile(`incidents/INC-${number}.md`);
    const { run, commentId } = await command(sandbox, number, '/inc escalate @carol @ghost-user-who-doesnt-exist database is on fire');
    expect(sandbox.repo().readFile(`incidents/INC-${number}.md`)).toBe(before);
    expect(own(sandbox, number, '<!-- sitrep:escalation -->')).toEqual([]);
    const [reply] = own(sandbox, number, `<!-- sitrep:reply comment=${commentId} -->`);
    expect(reply?.body).toContain('is not a GitHub user; check the spelling');
    expect(reply?.body).not.toMatch(/@ghost-user/);
    expect(reactions(sandbox, number, commentId)).toEqual(['confused']);
    expect(loginChecks(run).map((r) => r.path.replace(/^.*\/(assignees|users)\//, '$1/'))).toEqual([
      'assignees/carol',
      'assignees/ghost-user-who-doesnt-exist',
      'users/ghost-user-who-doesnt-exist',
    ]);
  });

  it('a team is refused: a role is held by one person', async () => {
    const { sandbox } = ctx;
    const number = await declare(sandbox, 'P1');
    const { run, commentId } = await command(sandbox, number, '/inc role coordinator @acme/incident-coordinators');
    expect(own(sandbox, number, `<!-- sitrep:reply comment=${commentId} -->`)[0]?.body).toContain('is a team; a role is held by one person');
    expect(record(sandbox, number).roles.coordinator).toBeNull();
    expect(loginChecks(run)).toEqual([]);
  });

  it('a user without access holds the role, and the author is told GitHub cannot assign them', async () => {
    const { sandbox } = ctx;
    const number = await declare(sandbox, 'P1');
    const { run, commentId } = await command(sandbox, number, '/inc role coordinator @mallory');
    expect(record(sandbox, number).roles.coordinator).toBe('mallory');
    expect(card(sandbox, number)).not.toContain(STAFFING_WARNING);
    expect(sandbox.repo().assignees(number)).toEqual(['bob']);
    const [reply] = own(sandbox, number, `<!-- sitrep:reply comment=${commentId} -->`);
    expect(reply?.body).toContain('@mallory now holds coordinator, but GitHub cannot assign them to this issue');
    expect(reactions(sandbox, number, commentId)).toEqual(['+1']);
    expect(loginChecks(run)).toHaveLength(2);
  });

  it('with /inc help in the same comment, one reply carries the note and the commands', async () => {
    const { sandbox } = ctx;
    const number = await declare(sandbox, 'P1');
    const { commentId } = await command(sandbox, number, '/inc role coordinator @mallory\n/inc help');
    const replies = own(sandbox, number, `<!-- sitrep:reply comment=${commentId} -->`);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toContain('@mallory now holds coordinator, but GitHub cannot assign them');
    expect(replies[0]?.body).toContain('**sitrep commands**');
    expect(replies[0]?.body).toContain('/inc role <coordinator|operations|communications> @user');
    expect(reactions(sandbox, number, commentId)).toEqual(['+1']);
  });

  it('a collaborator costs one request and gets no reply', async () => {
    const { sandbox } = ctx;
    const number = await declare(sandbox, 'P1');
    const { run, commentId } = await command(sandbox, number, '/inc role coordinator @alice');
    expect(record(sandbox, number).roles.coordinator).toBe('alice');
    expect(sandbox.repo().assignees(number).sort()).toEqual(['alice', 'bob']);
    expect(own(sandbox, number, `<!-- sitrep:reply comment=${commentId} -->`)).toEqual([]);
    expect(loginChecks(run).map((r) => r.status)).toEqual([204]);
    // A command that names no login asks nothing.
    const update = await command(sandbox, number, '/inc update Rolled back deploy 1234');
    expect(loginChecks(update.run)).toEqual([]);
  });

  it('a follow-up owner GitHub does not know is refused', async () => {
    const { sandbox } = ctx;
    const number = await declare(sandbox, 'P2');
    const before = sandbox.repo().readFile(`incidents/INC-${number}.md`);
    const { commentId } = await command(sandbox, number, '/inc followup Fix the pool — owner: @nobody-by-that-name');
    expect(sandbox.repo().readFile(`incidents/INC-${number}.md`)).toBe(before);
    expect(own(sandbox, number, `<!-- sitrep:reply comment=${commentId} -->`)[0]?.body).toContain('is not a GitHub user; check the spelling');
  });
});

describe('raising the severity to one that needs a coordinator', () => {
  it('pages escalation.coordinators in a new comment, once per raise', async () => {
    const { sandbox } = ctx;
    const number = await declare(sandbox, 'P2');
    expect(own(sandbox, number, ESCALATION)).toHaveLength(0);
    expect(card(sandbox, number)).not.toContain(STAFFING_WARNING);

    const { commentId } = await command(sandbox, number, '/inc severity P1 customers are losing orders');
    const pages = own(sandbox, number, ESCALATION);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.body).toContain('@acme/incident-coordinators');
    expect(pages[0]?.body).toContain('P1 needs a coordinator who is not the operations engineer');
    expect(card(sandbox, number)).toContain(STAFFING_WARNING);

    // The same comment delivered again pages no one.
    const again = await runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId }) });
    expect(again.exitCode, again.stderr).toBe(0);
    expect(own(sandbox, number, ESCALATION)).toHaveLength(1);

    // Down and up again is a second raise.
    await command(sandbox, number, '/inc severity P2');
    expect(own(sandbox, number, ESCALATION)).toHaveLength(1);
    await command(sandbox, number, '/inc severity P1');
    expect(own(sandbox, number, ESCALATION)).toHaveLength(2);
  });

  it('the page stands for the sweep\'s staffing reminder of the interval in progress', async () => {
    const { sandbox } = ctx;
    const number = await declare(sandbox, 'P2');
    sandbox.clock.advance('2h');
    const { run: raise } = await command(sandbox, number, '/inc severity P1');
    expect(own(sandbox, number, ESCALATION)).toHaveLength(1);
    // The raise run pages once: it sees its own page's marker, so it posts (and takes back) no staffing
    // reminder; the update long overdue is reminded as usual.
    expect(own(sandbox, number, '<!-- sitrep:reminder kind=staffing')).toEqual([]);
    expect(raise.requests.filter((r) => r.operation === 'issues/delete-comment')).toEqual([]);
    expect(own(sandbox, number, '<!-- sitrep:reminder kind=update')).toHaveLength(1);
    const sweep = async () => {
      const run = await runAction({ sandbox, ...scheduleEvent(sandbox) });
      expect(run.exitCode, run.stderr).toBe(0);
    };
    const staffing = () => own(sandbox, number, '<!-- sitrep:reminder kind=staffing');
    sandbox.clock.advance('5m');
    await sweep();
    expect(staffing()).toHaveLength(0);
    // The next interval reminds as usual.
    sandbox.clock.advance('30m');
    await sweep();
    expect(staffing()).toHaveLength(1);
    expect(staffing()[0]?.body).toContain('@acme/incident-coordinators');
  });

  it('pages no one when the same comment names a coordinator', async () => {
    const { sandbox } = ctx;
    const number = await declare(sandbox, 'P2');
    await command(sandbox, number, '/inc severity P1\n/inc role coordinator @alice');
    expect(record(sandbox, number).severity).toBe('P1');
    expect(own(sandbox, number, ESCALATION)).toHaveLength(0);
    expect(card(sandbox, number)).not.toContain(STAFFING_WARNING);
  });
});

describe('the incident label removed by hand', () => {
  const RESTORED = '<!-- sitrep:label-restored -->';

  it('is put back while the record says the incident is active, with one comment on how to decline', async () => {
    const { sandbox } = ctx;
    const number = await declare(sandbox, 'P2');
    sandbox.repo().removeLabel(number, 'incident', { as: 'carol' });
    expect(sandbox.repo().labels(number)).not.toContain('incident');

    const event = issuesEvent(sandbox, 'unlabeled', { number, label: 'incident', sender: 'carol' });
    const run = await runAction({ sandbox, ...event });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(sandbox.repo().labels(number)).toContain('incident');
    const comments = own(sandbox, number, RESTORED);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('@carol, the `incident` label is back');
    expect(comments[0]?.body).toContain('`/inc decline <reason>` declines an incident in triage');
    expect(comments[0]?.body).toContain('`/inc resolve <reason>`');

    // A re-run posts nothing more.
    const rerun = await runAction({ sandbox, ...event });
    expect(rerun.exitCode, rerun.stderr).toBe(0);
    expect(own(sandbox, number, RESTORED)).toHaveLength(1);

    // A second removal: a new short comment (so the remover is notified), the old one deleted.
    const first = own(sandbox, number, RESTORED)[0]!;
    sandbox.repo().removeLabel(number, 'incident', { as: 'carol' });
    const second = await runAction({ sandbox, ...issuesEvent(sandbox, 'unlabeled', { number, label: 'incident', sender: 'carol' }) });
    expect(second.exitCode, second.stderr).toBe(0);
    expect(sandbox.repo().labels(number)).toContain('incident');
    const now = own(sandbox, number, RESTORED);
    expect(now).toHaveLength(1);
    expect(now[0]?.id).not.toBe(first.id);
    expect(now[0]?.body).toContain('@carol, the `incident` label is back');
    expect(second.requests.filter((r) => r.operation === 'issues/create-comment')).toHaveLength(1);
    expect(second.requests.filter((r) => r.operation === 'issues/update-comment')).toHaveLength(0);

    // Commands work again.
    await command(sandbox, number, '/inc status fixing');
    expect(record(sandbox, number).status).toBe('fixing');
  });

  it('in triage, the comment says how to decline it', async () => {
    const { sandbox } = ctx;
    const number = await declare(sandbox, 'Not sure — triage');
    sandbox.repo().removeLabel(number, 'incident', { as: 'alice' });
    const run = await runAction({ sandbox, ...issuesEvent(sandbox, 'unlabeled', { number, label: 'incident', sender: 'alice' }) });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(sandbox.repo().labels(number)).toContain('incident');
    expect(own(sandbox, number, RESTORED)[0]?.body).toContain('`/inc decline <reason>` declines it and closes the issue as not planned');
  });

  it('may go once the incident is declined', async () => {
    const { sandbox } = ctx;
    const number = await declare(sandbox, 'Not sure — triage');
    expect(record(sandbox, number).status).toBe('triage');
    await command(sandbox, number, '/inc decline a test alert, not an incident');
    expect(record(sandbox, number).status).toBe('declined');
    sandbox.repo().removeLabel(number, 'incident', { as: 'alice' });
    const run = await runAction({ sandbox, ...issuesEvent(sandbox, 'unlabeled', { number, label: 'incident', sender: 'alice' }) });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(sandbox.repo().labels(number)).not.toContain('incident');
    expect(own(sandbox, number, RESTORED)).toHaveLength(0);
  });
});
