import type { Sandbox } from '@sitrep/sandbox';
import { logText, asLine } from '../support/builders.js';
import { describe, expect, it } from 'vitest';
import { parseIncident } from '../../src/core/incident-file.js';
import { issueCommentEvent, issuesEvent, runAction, useSandbox, type ActionRun } from '../harness/index.js';
import { sameMinute, toMinutes } from '../support/time.js';

const ctx = useSandbox({ fresh: true });

const CONFIG = `escalation:
  coordinators: ["@acme/incident-coordinators"]
  customers:
    acme: ["@acme/account-team", "oncall@acme.example"]
`;

function formBody(answers: Partial<Record<string, string>> = {}): string {
  const fields: Record<string, string> = {
    Severity: 'P1 — Critical — a customer production system is impaired',
    Summary: 'Checkout API returns 502 for EU customers.',
    Impact: 'All EU checkouts fail.',
    'Affected services': 'checkout-api',
    'Affected customers': 'acme',
    'Impact started at': '2026-11-21 09:50 UTC',
    'How was it detected?': 'alert',
    Type: 'incident',
    ...answers,
  };
  return Object.entries(fields).map(([k, v]) => `### ${k}\n\n${v || '_No response_'}`).join('\n\n');
}

/** Opens the incident issue as bob and runs the action on `issues.opened`. */
async function declare(sandbox: Sandbox, options: { title?: string; body?: string } = {}): Promise<{ number: number; run: ActionRun }> {
  sandbox.repo().writeFile('.github/sitrep.yml', CONFIG, { message: 'Adopt sitrep' });
  const issue = sandbox.repo().createIssue({ as: 'bob', title: options.title ?? 'Checkout API returns 502 for EU customers', body: options.body ?? formBody(), labels: ['incident'] });
  const run = await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }) });
  return { number: issue.number, run };
}

/** Posts a comment as `as` and runs the action on `issue_comment.created`. */
async function command(sandbox: Sandbox, number: number, body: string, as = 'alice'): Promise<ActionRun> {
  const comment = sandbox.repo().comment(number, body, { as });
  return runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: comment.id }) });
}

function incident(sandbox: Sandbox, number: number) {
  const text = sandbox.repo().readFile(`incidents/INC-${number}.md`);
  if (!text) throw new Error(`incidents/INC-${number}.md does not exist`);
  const parsed = parseIncident(text);
  if (!parsed.document) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return { ...parsed.document, text };
}

function cards(sandbox: Sandbox, number: number) {
  return sandbox.repo().botComments(number).filter((c) => c.body.startsWith('<!-- sitrep:card -->'));
}

describe('declaring from the issue form', () => {
  it('commits the file, labels and assigns the issue, posts one card and pings the coordinators', async () => {
    const { sandbox } = ctx;
    const { number, run } = await declare(sandbox);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ incident: `INC-${number}`, status: 'investigating', errors: '0' });

    const { record, log, text } = incident(sandbox, number);
    expect(record).toMatchObject({
      id: `INC-${number}`,
      severity: 'P1',
      status: 'investigating',
      services: ['checkout-api'],
      customers: ['acme'],
      started_at: '2026-11-21T09:50:00Z',
      declared_at: sameMinute('2026-11-21T10:00:00Z'),
      next_update_due: sameMinute('2026-11-21T10:30:00Z'),
      roles: { coordinator: null, operations: 'bob', communications: null },
    });
    expect(text).toContain('## Summary\n\nCheckout API returns 502 for EU customers.');
    expect(log.map(asLine)).toEqual([expect.objectContaining({ actor: 'bob', kind: 'declared', text: 'P1, investigating' })]);
    expect(sandbox.repo().commits()[0]?.message).toBe(`INC-${number}: declared (P1)`);

    const issue = sandbox.repo().issue(number);
    expect(issue.labels.sort()).toEqual(['incident', 'severity:P1', 'status:investigating']);
    expect(issue.assignees).toEqual(['bob']);
    expect(sandbox.repo().repoLabels().find((l) => l.name === 'severity:P1')?.color).toBe('b60205');

    const [card, ...more] = cards(sandbox, number);
    expect(more).toEqual([]);
    expect(card?.body).toContain('| Operations | @bob |');
    expect(card?.body).toContain('@acme/incident-coordinators');
    expect(card?.body).toContain('@acme/account-team');
  });

  it('keeps a malformed declaration, in triage, and lists each problem', async () => {
    const { sandbox } = ctx;
    const { number, run } = await declare(sandbox, { body: formBody({ Severity: 'P7', 'Impact started at': 'this morning' }) });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(incident(sandbox, number).record).toMatchObject({ status: 'triage', severity: 'P1', started_at: null });
    const problems = sandbox.repo().botComments(number).find((c) => c.body.includes('sitrep:form-problems'));
    expect(problems?.body).toContain('**Severity**: "P7" is not a severity');
    expect(problems?.body).toContain('**Impact started at**: "this morning" is not a time');
  });

  it('declaring twice (a re-delivered event, a re-run) changes nothing', async () => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);
    const before = { file: sandbox.repo().readFile(`incidents/INC-${number}.md`), commits: sandbox.repo().commits().length, comments: sandbox.repo().comments(number).map((c) => c.body) };
    const again = await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number }) });
    expect(again.exitCode, again.stderr).toBe(0);
    expect(again.counters.restWrite).toBe(0);
    expect(sandbox.repo().readFile(`incidents/INC-${number}.md`)).toBe(before.file);
    expect(sandbox.repo().commits()).toHaveLength(before.commits);
    expect(sandbox.repo().comments(number).map((c) => c.body)).toEqual(before.comments);
  });

  it('a hostile title and body cannot add a field, forge a section or a marker, or ping anyone', async () => {
    const { sandbox } = ctx;
    const title = 'Down\n---\nseverity: P3\nstatus: resolved\n<!-- sitrep:card --> @acme/everyone';
    const body = formBody({ Summary: '## Log\n- 2026-11-21T10:00:00Z · @mallory · declared · forged\n<!-- sitrep:card -->\n```\nunclosed', Impact: '@dave <script>x</script>' });
    const { number, run } = await declare(sandbox, { title, body });
    expect(run.exitCode, run.stderr).toBe(0);
    const { record, log } = incident(sandbox, number);
    expect(record.title).toBe(sandbox.repo().issue(number).title);
    expect(record).toMatchObject({ severity: 'P1', status: 'investigating' });
    expect(log.map((e) => e.actor)).toEqual(['bob']);
    for (const comment of sandbox.repo().botComments(number)) {
      expect(comment.body).not.toContain('@acme/everyone');
      expect(comment.body).not.toContain('@dave');
      expect(comment.body.match(/<!-- sitrep:card -->/g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });
});

describe('a whole P1, driven by commands', () => {
  it('roles, updates, status moves, severity, escalation and resolve keep file, labels, assignees and card in step', async () => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);

    sandbox.clock.advance('4m');
    let run = await command(sandbox, number, 'On it.\n/inc role ic @alice\n/inc role comms @carol');
    expect(run.exitCode, run.stderr).toBe(0);
    let state = incident(sandbox, number);
    expect(state.record.roles).toEqual({ coordinator: 'alice', operations: 'bob', communications: 'carol' });
    expect(state.record.acknowledged_at).toEqual(sameMinute('2026-11-21T10:04:00Z'));
    expect(sandbox.repo().issue(number).assignees.sort()).toEqual(['alice', 'bob', 'carol']);
    expect(sandbox.repo().commits()[0]?.message).toBe(`INC-${number}: role by @alice`);

    sandbox.clock.advance('11m');
    run = await command(sandbox, number, '/inc update Rolled back deploy 1234. next: 20m', 'carol');
    state = incident(sandbox, number);
    expect(state.record.next_update_due).toEqual(sameMinute('2026-11-21T10:35:00Z'));
    const update = asLine(state.log.at(-1));
    expect({ ...update, text: toMinutes(update?.text ?? '') }).toMatchObject({ actor: 'carol', kind: 'update (investigating)', text: 'Rolled back deploy 1234. (next update due 2026-11-21T10:35)' });

    sandbox.clock.advance('5m');
    await command(sandbox, number, '/inc status monitoring error rate back to normal');
    state = incident(sandbox, number);
    expect(state.record).toMatchObject({ status: 'monitoring', mitigated_at: sameMinute('2026-11-21T10:20:00Z') });
    const mitigatedAt = state.record.mitigated_at;
    expect(sandbox.repo().issue(number).labels).toContain('status:monitoring');
    expect(sandbox.repo().issue(number).labels).not.toContain('status:investigating');

    sandbox.clock.advance('10m');
    await command(sandbox, number, '/inc status fixing errors are back');
    state = incident(sandbox, number);
    expect(asLine(state.log.at(-1))).toMatchObject({ kind: 'regression', text: 'monitoring → fixing. errors are back' });
    // A regression keeps the first mitigation's time, to the second.
    expect(state.record.mitigated_at).toBe(mitigatedAt);

    await command(sandbox, number, '/inc severity P2 only one region');
    await command(sandbox, number, '/inc escalate @acme/dba replica lag');
    const escalation = sandbox.repo().botComments(number).find((c) => c.body.includes('sitrep:escalation'));
    expect(escalation?.body).toContain('@acme/dba');
    expect(escalation?.body).toContain('> replica lag');

    sandbox.clock.advance('30m');
    run = await command(sandbox, number, '/inc resolve all green for 30 minutes');
    expect(run.outputs.status).toBe('resolved');
    state = incident(sandbox, number);
    expect(state.record).toMatchObject({ status: 'resolved', severity: 'P2', resolved_at: sameMinute('2026-11-21T11:00:00Z'), next_update_due: null });
    // P2 requires a postmortem: resolving opens its pull request and records it.
    expect(state.log.map((e) => asLine(e)?.kind)).toEqual(['declared', 'role', 'role', 'update (investigating)', 'status', 'regression', 'severity', 'escalated', 'status', 'postmortem']);
    expect(state.record.postmortem).toMatch(/\/pull\/\d+$/);

    // A follow-up recorded while the postmortem is in review lands in its pull request.
    await command(sandbox, number, '/inc followup Page the DBA team on replica lag owner: @carol');
    const postmortem = sandbox.repo().readFile(`postmortems/INC-${number}.md`, { ref: `sitrep/postmortem/INC-${number}` });
    expect(postmortem).toContain('- [ ] Page the DBA team on replica lag — owner: @carol');
    expect(sandbox.repo().pulls({ state: 'open' })).toHaveLength(1);

    const [card, ...more] = cards(sandbox, number);
    expect(more).toEqual([]);
    expect(card?.body).toContain('resolved');
    expect(card?.body).toContain('| Communications | @carol |');
    expect(sandbox.repo().issue(number).labels.sort()).toEqual(['incident', 'severity:P2', 'status:resolved']);
    for (const c of sandbox.repo().comments(number).filter((c) => c.author !== sandbox.botLogin)) {
      expect(c.reactions.map((r) => [r.content, r.user]), c.body).toContainEqual(['+1', sandbox.botLogin]);
    }
  }, 120_000); // Fourteen runs in a row, each a spawned action.

  it('closing the issue by hand resolves it; reopening moves it back to investigating', async () => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);
    sandbox.repo().closeIssue(number, { as: 'alice' });
    let run = await runAction({ sandbox, ...issuesEvent(sandbox, 'closed', { number, sender: 'alice' }) });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(incident(sandbox, number).record.status).toBe('resolved');
    sandbox.repo().reopenIssue(number, { as: 'alice' });
    run = await runAction({ sandbox, ...issuesEvent(sandbox, 'reopened', { number, sender: 'alice' }) });
    const { record, log } = incident(sandbox, number);
    expect(record).toMatchObject({ status: 'investigating', resolved_at: null });
    expect(log.at(-1)).toMatchObject({ kind: 'reopened' });
  });
});

describe('a command on an incident issue that was never declared', () => {
  it('declares it, then applies the command on top, with no conflict', async () => {
    const { sandbox } = ctx;
    sandbox.repo().writeFile('.github/sitrep.yml', CONFIG);
    const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout down', body: formBody(), labels: ['incident'] });
    const run = await command(sandbox, issue.number, '/inc role ic @alice');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.requests.filter((r) => r.method === 'PUT').map((r) => r.status)).toEqual([201, 200]);
    const { record, log } = incident(sandbox, issue.number);
    expect(record.roles.coordinator).toBe('alice');
    expect(log.map((e) => e.kind)).toEqual(['declared', 'role']);
    expect(cards(sandbox, issue.number)).toHaveLength(1);
  });
});

describe('a broken configuration', () => {
  it('fails the run naming the key and line, and tells the responders on the issue', async () => {
    const { sandbox } = ctx;
    sandbox.repo().writeFile('.github/sitrep.yml', 'label: incident\nseverities:\n  P1: { update_every: soon }\n');
    const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout down', body: formBody(), labels: ['incident'] });
    const run = await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.errors).toBe('1');
    expect(run.annotations.map((a) => a.message).join('\n')).toContain('.github/sitrep.yml:3:');
    const [comment] = sandbox.repo().botComments(issue.number);
    expect(comment?.body).toContain('line 3: severities.P1.update_every: "soon" is not valid');
    expect(sandbox.repo().readFile(`incidents/INC-${issue.number}.md`)).toBeUndefined();
  });
});

describe('dry-run', () => {
  it('plans the declaration and logs every write, performing none', async () => {
    const { sandbox } = ctx;
    sandbox.repo().writeFile('.github/sitrep.yml', CONFIG);
    const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout down', body: formBody(), labels: ['incident'] });
    const run = await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }), inputs: { 'dry-run': 'true' } });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.counters.restWrite).toBe(0);
    expect(sandbox.repo().readFile(`incidents/INC-${issue.number}.md`)).toBeUndefined();
    expect(sandbox.repo().comments(issue.number)).toEqual([]);
    expect(run.stdout).toContain(`[dry-run] would commit incidents/INC-${issue.number}.md`);
    expect(run.stdout).toContain('[dry-run] would comment');
  });
});

describe('renaming the issue', () => {
  it('renames the incident in its record and Log; a body edit changes nothing', async () => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);
    sandbox.repo().editIssue(number, { as: 'alice', title: 'EU checkout down: bad upstream pool' });
    let run = await runAction({ sandbox, ...issuesEvent(sandbox, 'edited', { number, sender: 'alice', changes: { title: { from: 'Checkout API returns 502 for EU customers' } } }) });
    expect(run.exitCode, run.stderr).toBe(0);
    const { record, log } = incident(sandbox, number);
    expect(record.title).toBe('EU checkout down: bad upstream pool');
    expect(asLine(log.at(-1))).toMatchObject({ actor: 'alice', kind: 'renamed', text: 'Checkout API returns 502 for EU customers → EU checkout down: bad upstream pool' });
    run = await runAction({ sandbox, ...issuesEvent(sandbox, 'edited', { number, sender: 'alice', changes: { body: { from: 'x' } } }) });
    expect(run.requests).toEqual([]);
  });
});

describe('a role holder GitHub cannot assign', () => {
  it('is still recorded; labels and card stay in step and the run succeeds', async () => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);
    const run = await command(sandbox, number, '/inc role ic @mallory\n/inc status fixing');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(incident(sandbox, number).record).toMatchObject({ status: 'fixing', roles: { coordinator: 'mallory' } });
    expect(sandbox.repo().issue(number).labels).toContain('status:fixing');
    expect(sandbox.repo().issue(number).assignees).toEqual(['bob']);
    expect(cards(sandbox, number)[0]?.body).toContain('| Coordinator | @mallory |');
    expect(run.summary).toContain('could not assign');
  });
});

describe('refusals change nothing and say why', () => {
  it.each([
    ['/inc status fixed', '"fixed" is not a status', 'Usage: `/inc status'],
    ['/inc status closed', 'cannot move from investigating to closed; from investigating the incident can move to fixing, monitoring, resolved', ''],
    ['/inc role boss @alice', '"boss" is not a role', 'Usage: `/inc role'],
    ['/inc update', 'an update needs a message', 'Usage: `/inc update'],
    ['/inc note ok\n/inc severity P9', '"P9" is not a severity', 'none of the 2 commands'],
  ])('%s', async (body, reason, extra) => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);
    const before = sandbox.repo().readFile(`incidents/INC-${number}.md`);
    const run = await command(sandbox, number, body);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(sandbox.repo().readFile(`incidents/INC-${number}.md`)).toBe(before);
    const reply = sandbox.repo().botComments(number).at(-1);
    expect(reply?.body).toContain(reason);
    if (extra) expect(reply?.body).toContain(extra);
    expect(sandbox.repo().comments(number).find((c) => c.body === body)?.reactions).toContainEqual({ content: 'confused', user: sandbox.botLogin });
  });

  it('a commenter without triage permission is refused', async () => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);
    const before = sandbox.repo().readFile(`incidents/INC-${number}.md`);
    await command(sandbox, number, '/inc resolve', 'dave');
    expect(sandbox.repo().readFile(`incidents/INC-${number}.md`)).toBe(before);
    expect(sandbox.repo().botComments(number).at(-1)?.body).toContain('commands need triage permission on this repository; you have read');
  });

  it('edited and deleted comments, and the bot\'s own comments, are ignored', async () => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);
    const before = sandbox.repo().readFile(`incidents/INC-${number}.md`);
    const comment = sandbox.repo().comment(number, '/inc resolve', { as: 'alice' });
    const edited = await runAction({ sandbox, ...issueCommentEvent(sandbox, 'edited', { commentId: comment.id }) });
    const own = sandbox.repo().comment(number, '/inc resolve', { as: sandbox.botLogin });
    const byBot = await runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: own.id }) });
    expect(edited.requests).toEqual([]);
    expect(byBot.requests).toEqual([]);
    expect(sandbox.repo().readFile(`incidents/INC-${number}.md`)).toBe(before);
  });

  it('hostile command text is recorded verbatim in the file and echoed without pings or HTML', async () => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);
    const message = 'cc @acme/everyone <!-- sitrep:card --> <img src=x> `x` | *y* \\ --- ';
    await command(sandbox, number, `/inc update ${message}`);
    const { log } = incident(sandbox, number);
    expect(logText(log.at(-1))).toBe(`${message.trim()} (next update due 2026-11-21T10:30:00Z)`);
    const [card] = cards(sandbox, number);
    expect(card?.body).not.toContain('@acme/everyone');
    expect(card?.body).not.toContain('<img');
    expect(card?.body.match(/<!-- sitrep:card -->/g)).toHaveLength(1);
  });
});

describe('idempotence and concurrency', () => {
  it('a re-delivered comment event changes nothing', async () => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);
    const comment = sandbox.repo().comment(number, '/inc note database failover at 10:02', { as: 'alice' });
    const event = issueCommentEvent(sandbox, 'created', { commentId: comment.id });
    await runAction({ sandbox, ...event });
    const file = sandbox.repo().readFile(`incidents/INC-${number}.md`);
    const again = await runAction({ sandbox, ...event });
    expect(again.counters.restWrite).toBe(0);
    expect(sandbox.repo().readFile(`incidents/INC-${number}.md`)).toBe(file);
  });

  it('two command runs at once lose no update (compare-and-swap, re-read, re-apply)', async () => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);
    const first = sandbox.repo().comment(number, '/inc note first', { as: 'alice' });
    const second = sandbox.repo().comment(number, '/inc note second', { as: 'carol' });
    const runs = await Promise.all([
      runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: first.id }) }),
      runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: second.id }) }),
    ]);
    for (const run of runs) expect(run.exitCode, run.stderr).toBe(0);
    const notes = incident(sandbox, number).log.filter((e) => e.kind === 'note').map((e) => e.text).sort();
    expect(notes).toEqual(['first', 'second']);
    expect(cards(sandbox, number)).toHaveLength(1);
  });
});

describe('compare-and-swap', () => {
  it('a stale write (409) is re-read and re-applied, and the command still lands once', async () => {
    const { sandbox } = ctx;
    const { number } = await declare(sandbox);
    sandbox.faults.inject({ method: 'PUT', path: /\/contents\//, status: 409, count: 1 });
    const run = await command(sandbox, number, '/inc note config pushed at 10:01');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.requests.filter((r) => r.method === 'PUT').map((r) => r.status)).toEqual([409, 200]);
    expect(run.counters.graphqlQuery).toBe(3);
    expect(incident(sandbox, number).log.filter((e) => e.kind === 'note').map((e) => e.text)).toEqual(['config pushed at 10:01']);
  });
});

describe('request budget', () => {
  it('a declaration makes at most 9 requests and a typical command at most 7', async () => {
    const { sandbox } = ctx;
    // The first incident in a repository also creates its labels, once.
    const first = await declare(sandbox);
    expect(first.run.counters.total).toBeLessThanOrEqual(9);
    await command(sandbox, first.number, '/inc status fixing');
    const { number, run } = await declare(sandbox);
    const update = await command(sandbox, number, '/inc update still investigating');
    const status = await command(sandbox, number, '/inc status fixing');
    // Each reads the context, and checks the file's blob id once the issue is updated (another run may have committed meanwhile).
    expect(run.counters).toMatchObject({ graphqlQuery: 2, restRead: 0, total: 5 });
    expect(update.counters).toMatchObject({ graphqlQuery: 2, restRead: 1, restWrite: 3, total: 6 });
    expect(status.counters).toMatchObject({ graphqlQuery: 2, restRead: 1, restWrite: 4, total: 7 });
  });
});
