/**
 * sitrep against GitHub's platform rules that no schema states (issues 23 and 28): what a 409 on a
 * contents write means, protected branches, push protection, large records.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Sandbox } from '@sitrep/sandbox';
import { issueCommentEvent, issuesEvent, pushEvent, runAction, workflowDispatchEvent, useSandbox, type ActionRun } from '../harness/index.js';

const ctx = useSandbox({ fresh: true });

const CONFIG = `escalation:
  coordinators: ["@acme/incident-coordinators"]
`;

function formBody(summary = 'Checkout API returns 502 for EU customers.'): string {
  const fields: Record<string, string> = {
    Severity: 'P2 — Major',
    Summary: summary,
    Impact: 'Some EU checkouts fail.',
    'Affected services': 'checkout-api',
    'How was it detected?': 'alert',
    Type: 'incident',
  };
  return Object.entries(fields).map(([k, v]) => `### ${k}\n\n${v}`).join('\n\n');
}

function openIncident(sandbox: Sandbox, summary?: string): number {
  sandbox.repo().writeFile('.github/sitrep.yml', CONFIG, { message: 'Adopt sitrep' });
  return sandbox.repo().createIssue({ as: 'bob', title: 'Checkout API returns 502', body: formBody(summary), labels: ['incident'] }).number;
}

async function declare(sandbox: Sandbox): Promise<number> {
  const number = openIncident(sandbox);
  const run = await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number }) });
  expect(run.exitCode, run.stderr).toBe(0);
  return number;
}

async function command(sandbox: Sandbox, number: number, body: string, as = 'alice'): Promise<{ run: ActionRun; commentId: number }> {
  const comment = sandbox.repo().comment(number, body, { as });
  const run = await runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: comment.id }) });
  return { run, commentId: comment.id };
}

const contentWrites = (run: ActionRun) => run.requests.filter((r) => r.operation === 'repos/create-or-update-file-contents');

describe('a 409 on a contents write is told apart by its answer (issue 23 item 1, issue 28 item 10)', () => {
  it('a branch race ("is at … but expected") retries the same write: the declaration lands', async () => {
    const { sandbox } = ctx;
    const number = openIncident(sandbox);
    // Another run declares another incident in the same second: this run's write loses the race on main.
    sandbox.faults.inject({ operation: 'repos/create-or-update-file-contents', concurrentWrite: { path: 'incidents/INC-900.md', content: 'another incident\n' } });
    const run = await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number }) });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(sandbox.repo().readFile(`incidents/INC-${number}.md`)).toContain(`id: INC-${number}`);
    expect(sandbox.repo().readFile('incidents/INC-900.md')).toBe('another incident\n');
    expect(contentWrites(run).map((r) => r.status)).toEqual([409, 201]);
    expect(sandbox.repo().botComments(number).filter((c) => c.body.startsWith('<!-- sitrep:card -->'))).toHaveLength(1);
  });

  it('a protected branch fails the run at once, names the branch and both ways out, tells the issue once; re-running after the fix declares', async () => {
    const { sandbox } = ctx;
    const repo = sandbox.repo();
    const number = openIncident(sandbox);
    repo.configure({ protectedBranches: [{ branch: 'main' }] });
    const event = issuesEvent(sandbox, 'opened', { number });
    const run = await runAction({ sandbox, ...event });
    expect(run.exitCode).toBe(1);
    expect(repo.readFile(`incidents/INC-${number}.md`)).toBeUndefined();
    expect(contentWrites(run)).toHaveLength(1);
    const error = run.annotations.filter((a) => a.level === 'error').map((a) => a.message).join('\n');
    expect(error).toContain('`main` is protected');
    expect(error).toMatch(/bypass/i);
    expect(error).toContain('GitHub App');
    expect(error).toContain('repository of their own');
    const told = repo.botComments(number);
    expect(told).toHaveLength(1);
    expect(told[0]?.body).toContain(`INC-${number} is not recorded yet`);
    expect(told[0]?.body).toContain('`main`');
    expect(told[0]?.body).toContain('repository of their own');
    // The same event again, while still protected: the issue is not told twice.
    expect((await runAction({ sandbox, ...event })).exitCode).toBe(1);
    expect(repo.botComments(number)).toHaveLength(1);
    // An admin lets sitrep's token bypass the rule; the same event, re-run, declares.
    repo.configure({ protectedBranches: [{ branch: 'main', bypass: ['github-actions[bot]'] }] });
    const again = await runAction({ sandbox, ...event });
    expect(again.exitCode, again.stderr).toBe(0);
    expect(repo.readFile(`incidents/INC-${number}.md`)).toContain(`id: INC-${number}`);
    expect(repo.botComments(number).filter((c) => c.body.startsWith('<!-- sitrep:card -->'))).toHaveLength(1);
  });

  it('a ruleset refusing a command fails the run at once, with no retry', async () => {
    const { sandbox } = ctx;
    const repo = sandbox.repo();
    const number = await declare(sandbox);
    const before = repo.readFile(`incidents/INC-${number}.md`);
    repo.configure({ protectedBranches: [{ branch: 'main', kind: 'ruleset' }] });
    const { run } = await command(sandbox, number, '/inc update Rolled back the deploy.');
    expect(run.exitCode).toBe(1);
    expect(contentWrites(run)).toHaveLength(1);
    expect(repo.readFile(`incidents/INC-${number}.md`)).toBe(before);
    expect(run.annotations.some((a) => a.level === 'error' && a.message.includes('`main` is protected'))).toBe(true);
    const told = repo.botComments(number).filter((c) => c.body.includes('is not recorded yet'));
    expect(told).toHaveLength(1);
  });

  it('push protection: the author is told without the secret, the comment stays, nothing is retried, the run fails', async () => {
    const { sandbox } = ctx;
    const repo = sandbox.repo();
    const number = await declare(sandbox);
    repo.configure({ pushProtection: true });
    const secret = 'AKIAIOSFODNN7EXAMPLE';
    const { run, commentId } = await command(sandbox, number, `/inc update Rotated ${secret} after the leak.`);
    expect(run.exitCode).toBe(1);
    expect(contentWrites(run)).toHaveLength(1);
    expect(repo.readFile(`incidents/INC-${number}.md`)).not.toContain('Rotated');
    expect(repo.comments(number).some((c) => c.id === commentId)).toBe(true);
    const reply = repo.botComments(number).find((c) => c.body.includes(`comment=${commentId}`));
    expect(reply?.body).toContain('@alice');
    expect(reply?.body).toContain('AWS_ACCESS_KEY_ID');
    expect(reply?.body).not.toContain(secret);
    expect(run.stdout + run.stderr).not.toContain(secret);
    expect(run.annotations.some((a) => a.level === 'error' && /secret/i.test(a.message))).toBe(true);
  });
});

describe('large records are read whole (issue 23 item 2)', () => {
  it('a ~600 KB record and one /inc update keep every Log entry', async () => {
    const { sandbox } = ctx;
    const repo = sandbox.repo();
    const number = await declare(sandbox);
    const path = `incidents/INC-${number}.md`;
    const filler = 'The queue drains slowly; we keep watching the error rate on every shard. '.repeat(80);
    const notes = Array.from({ length: 100 }, (_, i) => `- 2026-11-21T11:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}Z · @alice · note · Entry ${i}: ${filler}`);
    const big = `${repo.readFile(path)!.trimEnd()}\n${notes.join('\n')}\n`;
    expect(big.length).toBeGreaterThan(580_000);
    repo.writeFile(path, big, { as: 'alice', message: 'Long incident' });
    const { run } = await command(sandbox, number, '/inc update Still draining.');
    expect(run.exitCode, run.stderr).toBe(0);
    const after = repo.readFile(path)!;
    for (let i = 0; i < 100; i++) expect(after).toContain(`Entry ${i}: `);
    expect(after).toContain('Still draining.');
    expect(after.length).toBeGreaterThan(big.length);
  });
});

describe('a hand edit the configuration rejects does not converge (issue 28 item 1)', () => {
  it('severity P9 and an unknown role holder: one comment naming path:line and the accepted values; the issue stays; the run fails', async () => {
    const { sandbox } = ctx;
    const repo = sandbox.repo();
    const number = await declare(sandbox);
    const path = `incidents/INC-${number}.md`;
    const before = { issue: repo.issue(number), card: repo.botComments(number).find((c) => c.body.startsWith('<!-- sitrep:card -->'))?.body };
    const text = repo.readFile(path)!;
    const edited = text.replace('severity: P2', 'severity: P9').replace('communications: null', 'communications: no-such-user-42');
    expect(edited).not.toBe(text);
    repo.writeFile(path, edited, { as: 'alice', message: 'Hand edit' });
    const lineOf = (needle: string) => edited.split('\n').findIndex((l) => l.startsWith(needle)) + 1;
    const comments = repo.comments(number).length;
    const run = await runAction({ sandbox, ...pushEvent(sandbox) });
    expect(run.exitCode).toBe(1);
    const issue = repo.issue(number);
    expect(issue.labels).toEqual(before.issue.labels);
    expect(issue.assignees).toEqual(before.issue.assignees);
    expect(issue.title).toBe(before.issue.title);
    expect(issue.state).toBe(before.issue.state);
    expect(repo.botComments(number).find((c) => c.body.startsWith('<!-- sitrep:card -->'))?.body).toBe(before.card);
    expect(repo.comments(number)).toHaveLength(comments + 1);
    const told = repo.comments(number).at(-1)!.body;
    expect(told).toContain(`${path}:${lineOf('severity:')}`);
    expect(told).toContain('P1, P2, P3');
    expect(told).toContain(`${path}:${lineOf('  communications:')}`);
    expect(told).toContain('no-such-user-42');
    // One request per new login, as commands do.
    expect(run.requests.filter((r) => r.operation === 'users/get-by-username')).toHaveLength(1);
  });
});

describe('the status page follows what sitrep commits (issue 28 item 8)', () => {
  it('a public update sends exactly one dispatch the template\'s status-page job accepts; an internal update sends none', async () => {
    const { sandbox } = ctx;
    const repo = sandbox.repo();
    const number = await declare(sandbox);
    expect(repo.dispatches()).toHaveLength(0);
    const internal = await command(sandbox, number, '/inc update Rolled back the deploy.');
    expect(internal.run.exitCode, internal.run.stderr).toBe(0);
    expect(repo.dispatches()).toHaveLength(0);
    // Two public lines in one comment: one dispatch for the run.
    const published = await command(sandbox, number, '/inc public We are rolling back a faulty deploy.\n/inc status monitoring');
    expect(published.run.exitCode, published.run.stderr).toBe(0);
    const dispatches = repo.dispatches();
    expect(dispatches).toHaveLength(1);
    const type = dispatches[0]!.eventType;
    const workflow = parseYaml(readFileSync(new URL('../../templates/workflows/sitrep.yml', import.meta.url), 'utf8')) as { on: { repository_dispatch: { types: string[] } }; jobs: Record<string, { if?: string }> };
    expect(workflow.on.repository_dispatch.types).toContain(type);
    expect(workflow.jobs['status-page']?.if).toContain(`github.event.action == '${type}'`);
    // A later change of the published incident's state: one more.
    await command(sandbox, number, '/inc status resolved');
    expect(repo.dispatches()).toHaveLength(2);
  });
});

describe('an invalid record does not make the bot answer every comment (issue 28 item 3)', () => {
  it('a plain comment gets no reply; a command from someone without permission gets the ordinary refusal; a permitted command gets one reply naming the problem', async () => {
    const { sandbox } = ctx;
    const repo = sandbox.repo();
    const number = await declare(sandbox);
    const path = `incidents/INC-${number}.md`;
    repo.writeFile(path, repo.readFile(path)!.replace('severity: P2', 'severity: [P2'), { as: 'alice', message: 'Broken by hand' });
    const replies = () => repo.botComments(number).filter((c) => c.body.startsWith('<!-- sitrep:reply'));
    const before = replies().length;

    const plain = await command(sandbox, number, 'Any news?', 'dave');
    expect(plain.run.exitCode, plain.run.stderr).toBe(0);
    const plainByTeam = await command(sandbox, number, 'Looking at the dashboards now.', 'bob');
    expect(plainByTeam.run.exitCode, plainByTeam.run.stderr).toBe(0);
    expect(replies()).toHaveLength(before);

    const stranger = await command(sandbox, number, '/inc update Anyone?', 'dave');
    const refusal = repo.botComments(number).filter((c) => c.body.includes(`comment=${stranger.commentId}`));
    expect(refusal).toHaveLength(1);
    expect(refusal[0]?.body).not.toContain('is not valid');
    expect(refusal[0]?.body).toMatch(/permission/i);

    const permitted = await command(sandbox, number, '/inc update Rolled back.', 'bob');
    expect(permitted.run.exitCode).toBe(1);
    const told = repo.botComments(number).filter((c) => c.body.includes(`comment=${permitted.commentId}`));
    expect(told).toHaveLength(1);
    expect(told[0]?.body).toContain(`\`${path}\``);
    expect(told[0]?.body).toContain('is not valid');
  });
});

describe('setup creates the labels before anyone can declare (issue 28 item 9)', () => {
  it('the adoption push\'s setup job creates the missing labels; then a form submission GitHub labels only with existing labels is declared; a second setup only lists', async () => {
    const { sandbox } = ctx;
    const repo = sandbox.repo();
    repo.writeFile('.github/sitrep.yml', CONFIG, { message: 'Adopt sitrep' });
    const run = await runAction({ sandbox, ...pushEvent(sandbox), inputs: { command: 'setup' } });
    expect(run.exitCode, run.stderr).toBe(0);
    const names = repo.repoLabels().map((l) => l.name);
    for (const label of ['incident', 'severity:P1', 'severity:P2', 'severity:P3', 'status:triage', 'status:investigating', 'status:resolved', 'incident-followup']) expect(names).toContain(label);
    expect(run.summary).toContain('created');
    const { issue, dropped } = repo.submitIssueForm({ as: 'bob', title: 'Checkout API returns 502', body: formBody(), labels: ['incident'] });
    expect(dropped).toEqual([]);
    expect(issue.labels).toContain('incident');
    const declared = await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }) });
    expect(declared.exitCode, declared.stderr).toBe(0);
    expect(repo.readFile(`incidents/INC-${issue.number}.md`)).toContain(`id: INC-${issue.number}`);
    const again = await runAction({ sandbox, ...workflowDispatchEvent(sandbox, { inputs: { command: 'setup' } }), inputs: { command: 'setup' } });
    expect(again.exitCode, again.stderr).toBe(0);
    expect(again.requests.filter((r) => r.method !== 'GET' && r.kind === 'rest')).toEqual([]);
  });
});
