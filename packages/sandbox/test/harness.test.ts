/** The runner harness and the event builders other end-to-end tests rely on. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  assertWebhookPayload,
  inputVariable,
  issueCommentEvent,
  issuesEvent,
  parseOutputFile,
  pullRequestEvent,
  pushEvent,
  runAction,
  scheduleEvent,
  useSandbox,
  workflowDispatchEvent,
} from '../src/testing/index.js';

const ctx = useSandbox({ fresh: true });
const probe = fileURLToPath(new URL('./fixtures/probe-action.mjs', import.meta.url));

describe('event builders', () => {
  it('build issues events from the current state, valid against GitHub\'s webhook schemas', () => {
    const repo = ctx.sandbox.repo();
    const issue = repo.createIssue({ as: 'bob', title: 'Checkout down', labels: ['incident'] });
    const opened = issuesEvent(ctx.sandbox, 'opened', { number: issue.number });
    expect(opened.eventName).toBe('issues');
    expect(opened.payload).toMatchObject({
      action: 'opened',
      issue: { number: issue.number, title: 'Checkout down', labels: [{ name: 'incident' }], user: { login: 'bob' } },
      repository: { full_name: 'acme/incidents', default_branch: 'main' },
      organization: { login: 'acme' },
      sender: { login: 'bob' },
    });
    expect(issuesEvent(ctx.sandbox, 'labeled', { number: issue.number, label: 'incident', sender: 'carol' }).payload).toMatchObject({ label: { name: 'incident' }, sender: { login: 'carol' } });
    repo.editIssue(issue.number, { title: 'Checkout API down' });
    expect(issuesEvent(ctx.sandbox, 'edited', { number: issue.number, changes: { title: { from: 'Checkout down' } } }).payload).toMatchObject({ changes: { title: { from: 'Checkout down' } } });
    repo.closeIssue(issue.number);
    expect(issuesEvent(ctx.sandbox, 'closed', { number: issue.number }).payload).toMatchObject({ issue: { state: 'closed' } });
    repo.reopenIssue(issue.number);
    expect(issuesEvent(ctx.sandbox, 'reopened', { number: issue.number }).payload).toMatchObject({ issue: { state: 'open' } });
  });

  it('build issue_comment events, including deleted (built before the deletion)', () => {
    const repo = ctx.sandbox.repo();
    const comment = repo.comment(1, '/inc status fixing', { as: 'carol' });
    expect(issueCommentEvent(ctx.sandbox, 'created', { commentId: comment.id }).payload).toMatchObject({
      action: 'created',
      comment: { id: comment.id, body: '/inc status fixing', user: { login: 'carol' } },
      issue: { number: 1 },
      sender: { login: 'carol' },
    });
    repo.editComment(comment.id, '/inc status monitoring', { as: 'carol' });
    expect(issueCommentEvent(ctx.sandbox, 'edited', { commentId: comment.id, changes: { body: { from: '/inc status fixing' } } }).payload).toMatchObject({ changes: { body: { from: '/inc status fixing' } } });
    const deleted = issueCommentEvent(ctx.sandbox, 'deleted', { commentId: comment.id });
    repo.deleteComment(comment.id, { as: 'carol' });
    expect(deleted.payload).toMatchObject({ action: 'deleted', comment: { id: comment.id } });
  });

  it('build pull_request closed+merged, push, schedule and workflow_dispatch events', () => {
    const repo = ctx.sandbox.repo();
    repo.createBranch('sitrep/postmortem/INC-1');
    repo.writeFile('postmortems/INC-1.md', '# PM\n', { branch: 'sitrep/postmortem/INC-1', as: 'github-actions[bot]' });
    const pull = repo.openPull({ as: 'github-actions[bot]', title: 'Postmortem: INC-1', head: 'sitrep/postmortem/INC-1' });
    const before = repo.branch('main')!;
    repo.mergePull(pull.number, { as: 'bob' });
    expect(pullRequestEvent(ctx.sandbox, 'closed', { number: pull.number }).payload).toMatchObject({
      action: 'closed',
      number: pull.number,
      pull_request: { merged: true, merged_by: { login: 'bob' }, head: { ref: 'sitrep/postmortem/INC-1' }, base: { ref: 'main' } },
      sender: { login: 'bob' },
    });
    const push = pushEvent(ctx.sandbox, { before });
    expect(push.payload).toMatchObject({ ref: 'refs/heads/main', before, after: repo.branch('main') });
    const pushed = push.payload.commits as Array<{ added: string[] }>;
    expect(pushed.flatMap((c) => c.added)).toEqual(['postmortems/INC-1.md']);
    expect(scheduleEvent(ctx.sandbox)).toMatchObject({ eventName: 'schedule', payload: { schedule: '*/15 * * * *' } });
    expect(workflowDispatchEvent(ctx.sandbox, { inputs: { command: 'postmortem', incident: 'INC-1' } }).payload).toMatchObject({
      inputs: { command: 'postmortem', incident: 'INC-1' },
      ref: 'refs/heads/main',
    });
  });

  it('reject a payload that does not match the webhook schema', () => {
    const { payload } = issuesEvent(ctx.sandbox, 'opened', { number: 1 });
    expect(() => assertWebhookPayload('webhook-issues-opened', { ...payload, issue: { ...(payload.issue as object), number: 'one' } })).toThrow(/\/issue\/number: must be integer/);
  });
});

describe('runAction', () => {
  it('runs a script with the runner environment and returns outputs, summary and its requests', async () => {
    const issue = ctx.sandbox.repo().createIssue({ as: 'bob', title: 'Checkout down', labels: ['incident'] });
    ctx.sandbox.clock.set('2026-12-01T08:00:00Z');
    await fetch(`${ctx.sandbox.url}/rate_limit`, { headers: { authorization: `token ${ctx.sandbox.token}` } });
    const run = await runAction({
      sandbox: ctx.sandbox,
      ...issuesEvent(ctx.sandbox, 'opened', { number: issue.number }),
      inputs: { 'dry-run': true },
      script: probe,
      env: { EXTRA: 'yes' },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const env = JSON.parse(run.outputs.env!) as Record<string, string>;
    expect(env).toMatchObject({
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'issues',
      GITHUB_REPOSITORY: 'acme/incidents',
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_API_URL: ctx.sandbox.url,
      GITHUB_GRAPHQL_URL: `${ctx.sandbox.url}/graphql`,
      GITHUB_SERVER_URL: ctx.sandbox.serverUrl,
      GITHUB_ACTOR: 'bob',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: ctx.sandbox.repo().branch('main'),
      INPUT_TOKEN: ctx.sandbox.botToken,
      'INPUT_DRY-RUN': 'true',
      // Defaults come from action.yml, as a runner fills them in.
      INPUT_COMMAND: 'auto',
      INPUT_CONFIG: '.github/sitrep.yml',
    });
    expect(env.GITHUB_WORKSPACE).toBeTruthy();
    expect(env.RUNNER_TEMP).toBeTruthy();
    expect(run.outputs.multiline).toBe('first line\nsecond line');
    expect(run.outputs['dry-run']).toBe('true');
    expect(run.outputs.status).toBe('201');
    expect(run.outputs.date).toBe('Tue, 01 Dec 2026 08:00:00 GMT');
    expect(run.summary).toContain('<h1>Probe</h1>');
    expect(run.requests.map((r) => [r.method, r.operation, r.actor])).toEqual([['POST', 'issues/create-comment', 'github-actions[bot]']]);
    expect(run.counters).toMatchObject({ restWrite: 1, restRead: 0, total: 1 });
    expect(ctx.sandbox.repo().botComments(issue.number).map((c) => c.body)).toEqual(['probe saw issues.opened']);
  });

  it('reports a failed run with its exit code and error annotation', async () => {
    const run = await runAction({ sandbox: ctx.sandbox, ...scheduleEvent(ctx.sandbox), inputs: { command: 'fail' }, script: probe });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toEqual([{ level: 'error', message: 'asked to fail' }]);
  });

  it('does not leak the test process\'s own GitHub variables into the run', async () => {
    process.env.GITHUB_TOKEN = 'ghp_from_the_outside';
    try {
      const run = await runAction({ sandbox: ctx.sandbox, ...scheduleEvent(ctx.sandbox), script: probe });
      expect(JSON.parse(run.outputs.env!)).not.toHaveProperty('GITHUB_TOKEN');
    } finally {
      delete process.env.GITHUB_TOKEN;
    }
  });
});

describe('runner conventions', () => {
  it('names input variables as the runner does', () => {
    expect(inputVariable('dry-run')).toBe('INPUT_DRY-RUN');
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT');
  });

  it('parses GITHUB_OUTPUT heredocs and plain lines', () => {
    expect(parseOutputFile('incident<<ghadelimiter_1\nINC-2\nghadelimiter_1\nstatus=triage\nbody<<EOF\na\nb\nEOF\n')).toEqual({ incident: 'INC-2', status: 'triage', body: 'a\nb' });
  });
});
