/**
 * GitHub's platform rules that no schema states (GITHUB-RULES.md), as the sandbox plays them. Every
 * answer here also passes the sandbox's own check against GitHub's OpenAPI description (a mismatch
 * would be recorded as a violation and fail the test).
 */
import { describe, expect, it } from 'vitest';
import { ConcurrencyGroups, pathFilterFiles, startsWorkflowRun } from '../src/index.js';
import { api, graphql, issueOpenedEvents, pushEvent, useSandbox } from '../src/testing/index.js';

const ctx = useSandbox({ fresh: true });
const R = '/repos/acme/incidents';
const b64 = (text: string) => Buffer.from(text).toString('base64');
const put = (path: string, body: Record<string, unknown>, token?: string) =>
  api<{ message: string; metadata?: unknown; content?: { sha: string } }>(ctx.sandbox, 'PUT', `${R}/contents/${encodeURIComponent(path)}`, {
    token: token ?? ctx.sandbox.botToken,
    body,
  });

describe('row 5: two writes to one branch at the same moment', () => {
  it('the loser gets 409 "refs/heads/main is at <sha> but expected <sha>" and nothing of it is written', async () => {
    const repo = ctx.sandbox.repo();
    const before = repo.branch('main')!;
    ctx.sandbox.faults.inject({ operation: 'repos/create-or-update-file-contents', concurrentWrite: { path: 'incidents/INC-2.md', content: 'the winner\n' } });
    const lost = await put('incidents/INC-3.md', { message: 'INC-3: declared', content: b64('the loser\n') });
    const winner = repo.branch('main')!;
    expect(lost.status).toBe(409);
    expect(lost.body.message).toBe(`refs/heads/main is at ${winner} but expected ${before}`);
    expect(repo.readFile('incidents/INC-2.md')).toBe('the winner\n');
    expect(repo.readFile('incidents/INC-3.md')).toBeUndefined();
    expect(repo.commits().map((c) => c.message)).not.toContain('INC-3: declared');
    // The same write, sent again, succeeds: a race is retried as it was.
    const again = await put('incidents/INC-3.md', { message: 'INC-3: declared', content: b64('the loser\n') });
    expect(again.status).toBe(201);
    expect(repo.readFile('incidents/INC-3.md')).toBe('the loser\n');
  });

  it('is told apart from a stale sha, which says "does not match"', async () => {
    const repo = ctx.sandbox.repo();
    const sha = repo.fileSha('README.md')!;
    repo.writeFile('README.md', 'changed by bob\n', { as: 'bob' });
    const stale = await put('README.md', { message: 'edit', content: b64('mine'), sha });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toBe(`README.md does not match ${sha}`);
  });
});

describe('row 6: secret scanning push protection', () => {
  const AWS = 'AKIAIOSFODNN7EXAMPLE';
  const GITHUB = `ghp_${'a1B2c3D4e5'.repeat(3)}abcdef`;

  it('refuses a contents write holding an AWS key or a GitHub token with 409 and metadata.secret_scanning, without echoing it', async () => {
    const repo = ctx.sandbox.repo();
    repo.configure({ pushProtection: true });
    const head = repo.branch('main');
    for (const [secret, type] of [[AWS, 'AWS_ACCESS_KEY_ID'], [GITHUB, 'GITHUB_PERSONAL_ACCESS_TOKEN']] as const) {
      const refused = await put('incidents/INC-2.md', { message: 'update', content: b64(`- 10:02 rotated ${secret} after the leak\n`) });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toBe('Repository rule violations found\n\nPush cannot contain secrets\n\n');
      expect(refused.body.metadata).toEqual({ secret_scanning: { bypass_placeholders: [{ placeholder_id: expect.any(String), token_type: type }] } });
      expect(refused.text).not.toContain(secret);
    }
    const blob = await api<{ message: string }>(ctx.sandbox, 'POST', `${R}/git/blobs`, { token: ctx.sandbox.botToken, body: { content: `key=${AWS}` } });
    expect(blob.status).toBe(409);
    expect(repo.branch('main')).toBe(head);
    expect(repo.readFile('incidents/INC-2.md')).toBeUndefined();
  });

  it('lets through text that only looks like a key, and anything when push protection is off (the default of private repositories)', async () => {
    const repo = ctx.sandbox.repo();
    expect(repo.settings.pushProtection).toBe(false);
    expect((await put('a.md', { message: 'a', content: b64(AWS) })).status).toBe(201);
    repo.configure({ pushProtection: true });
    expect((await put('b.md', { message: 'b', content: b64('AKIA is the prefix of AWS key ids') })).status).toBe(201);
    expect(ctx.sandbox.addRepo('acme/public', { private: false }).settings.pushProtection).toBe(true);
  });
});

describe('row 4: protected branches', () => {
  it('classic protection: contents 409 "Could not update file: Changes must be made through a pull request.", refs 422', async () => {
    const repo = ctx.sandbox.repo();
    repo.configure({ protectedBranches: [{ branch: 'main' }] });
    const head = repo.branch('main')!;
    const created = await put('incidents/INC-2.md', { message: 'declare', content: b64('x') });
    expect(created.status).toBe(409);
    expect(created.body.message).toBe('Could not create file: Changes must be made through a pull request.');
    const updated = await put('README.md', { message: 'edit', content: b64('x'), sha: repo.fileSha('README.md') });
    expect(updated.status).toBe(409);
    expect(updated.body.message).toBe('Could not update file: Changes must be made through a pull request.');
    repo.createBranch('draft');
    const draftHead = repo.writeFile('notes.md', 'n', { branch: 'draft' });
    const ref = await api<{ message: string }>(ctx.sandbox, 'PATCH', `${R}/git/refs/heads/main`, { token: ctx.sandbox.botToken, body: { sha: draftHead } });
    expect(ref.status).toBe(422);
    expect(ref.body.message).toBe('Protected branch update failed for refs/heads/main.');
    expect(repo.branch('main')).toBe(head);
    // Other branches stay writable, and the branch reads as protected.
    expect((await put('notes.md', { message: 'n2', content: b64('n2'), sha: repo.fileSha('notes.md', { ref: 'draft' }), branch: 'draft' })).status).toBe(200);
    const branch = await api<{ protected: boolean }>(ctx.sandbox, 'GET', `${R}/branches/main`);
    expect(branch.body.protected).toBe(true);
  });

  it('a ruleset answers repository-rule-violation-error, and a bypass actor writes', async () => {
    const repo = ctx.sandbox.repo();
    repo.configure({ protectedBranches: [{ branch: 'main', kind: 'ruleset', bypass: ['alice'] }] });
    const refused = await put('incidents/INC-2.md', { message: 'declare', content: b64('x') });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe('Repository rule violations found\n\nChanges must be made through a pull request.\n\n');
    expect((await put('incidents/INC-2.md', { message: 'declare', content: b64('x') }, ctx.sandbox.token)).status).toBe(201);
  });
});

describe('row 7: large files', () => {
  it('GraphQL cuts Blob.text at 512,000 bytes with isTruncated; REST contents has no content from 1 MB; raw and git blobs are whole', async () => {
    const repo = ctx.sandbox.repo();
    const line = '- 10:00 an update that repeats\n';
    const big = line.repeat(Math.ceil(600_000 / line.length));
    const huge = line.repeat(Math.ceil(1_100_000 / line.length));
    repo.writeFiles({ 'incidents/INC-2.md': big, 'incidents/INC-3.md': huge });
    const query = `query { repository(owner: "acme", name: "incidents") {
      a: object(expression: "main:incidents/INC-2.md") { ... on Blob { text isTruncated byteSize } }
      b: object(expression: "main:README.md") { ... on Blob { isTruncated } } } }`;
    const answer = await graphql<{ repository: { a: { text: string; isTruncated: boolean; byteSize: number }; b: { isTruncated: boolean } } }>(ctx.sandbox, query);
    expect(answer.body.data!.repository.a.isTruncated).toBe(true);
    expect(Buffer.byteLength(answer.body.data!.repository.a.text)).toBe(512_000);
    expect(answer.body.data!.repository.a.byteSize).toBe(Buffer.byteLength(big));
    expect(answer.body.data!.repository.b.isTruncated).toBe(false);

    const json = await api<{ content: string; encoding: string; size: number; sha: string }>(ctx.sandbox, 'GET', `${R}/contents/incidents/INC-3.md`);
    expect(json.body).toMatchObject({ content: '', encoding: 'none', size: Buffer.byteLength(huge) });
    const under = await api<{ encoding: string }>(ctx.sandbox, 'GET', `${R}/contents/incidents/INC-2.md`);
    expect(under.body.encoding).toBe('base64');
    const raw = await api(ctx.sandbox, 'GET', `${R}/contents/incidents/INC-3.md`, { headers: { accept: 'application/vnd.github.raw+json' } });
    expect(raw.text).toBe(huge);
    const blob = await api<{ content: string }>(ctx.sandbox, 'GET', `${R}/git/blobs/${json.body.sha}`);
    expect(Buffer.from(blob.body.content, 'base64').toString()).toBe(huge);
  });
});

describe('row 8: mentions and notifications', () => {
  it("a team mention by github-actions[bot] notifies nobody; a user's does, and user mentions by the bot work", async () => {
    ctx.sandbox.addTeam('acme/oncall', ['bob', 'carol']);
    const repo = ctx.sandbox.repo();
    const byBot = await api<{ id: number }>(ctx.sandbox, 'POST', `${R}/issues/1/comments`, { token: ctx.sandbox.botToken, body: { body: 'P1 needs a coordinator: @acme/oncall @dave' } });
    const byAlice = repo.comment(1, 'Paging @acme/oncall, and `@mallory` in code');
    const [bot, alice] = ctx.sandbox.notifications;
    expect(bot).toMatchObject({ commentId: byBot.body.id, author: 'github-actions[bot]', teams: ['acme/oncall'], notified: ['dave'] });
    expect(bot!.unexpanded).toEqual([{ team: 'acme/oncall', reason: 'github-actions[bot] cannot read organization members' }]);
    expect(alice).toMatchObject({ commentId: byAlice.id, notified: ['bob', 'carol'], users: [], unexpanded: [] });
  });

  it('an App token that may read members expands the team', async () => {
    ctx.sandbox.addTeam('acme/oncall', ['bob']);
    ctx.sandbox.addApp('sitrep-app', { permissions: { 'acme/incidents': 'write' }, readsMembers: true });
    await api(ctx.sandbox, 'POST', `${R}/issues/1/comments`, { token: ctx.sandbox.tokenFor('sitrep-app[bot]'), body: { body: 'cc @acme/oncall' } });
    expect(ctx.sandbox.notifications[0]).toMatchObject({ author: 'sitrep-app[bot]', notified: ['bob'] });
  });
});

describe('row 9: GitHub Actions creating pull requests', () => {
  it('answers 403 to the workflow token when the repository does not allow it; people and Apps still may', async () => {
    const repo = ctx.sandbox.repo();
    expect(repo.settings.actionsCanCreatePullRequests).toBe(true);
    repo.configure({ actionsCanCreatePullRequests: false });
    repo.createBranch('postmortem/INC-2');
    repo.writeFile('postmortems/INC-2.md', '# Postmortem\n', { branch: 'postmortem/INC-2' });
    const body = { title: 'Postmortem: INC-2', head: 'postmortem/INC-2', base: 'main' };
    const refused = await api<{ message: string }>(ctx.sandbox, 'POST', `${R}/pulls`, { token: ctx.sandbox.botToken, body });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('GitHub Actions is not permitted to create or approve pull requests.');
    expect(repo.pulls({ state: 'all' })).toHaveLength(0);
    ctx.sandbox.addApp('sitrep-app', { permissions: { 'acme/incidents': 'write' } });
    expect((await api(ctx.sandbox, 'POST', `${R}/pulls`, { token: ctx.sandbox.tokenFor('sitrep-app[bot]'), body })).status).toBe(201);
  });
});

describe('rows 10 and 11: what a token reaches, and who it writes as', () => {
  it('the workflow token gets 404 from another private repository, reads a public one and writes to neither', async () => {
    ctx.sandbox.addRepo('acme/checkout');
    ctx.sandbox.repo('acme/checkout').createIssue({ title: 'Follow-up' });
    const token = ctx.sandbox.botToken;
    expect((await api(ctx.sandbox, 'GET', '/repos/acme/checkout/issues/1', { token })).status).toBe(404);
    ctx.sandbox.addRepo('acme/website', { private: false });
    expect((await api(ctx.sandbox, 'GET', '/repos/acme/website', { token })).status).toBe(200);
    const write = await api<{ message: string }>(ctx.sandbox, 'POST', '/repos/acme/website/issues', { token, body: { title: 'x' } });
    expect(write.status).toBe(403);
    expect(write.body.message).toBe('Resource not accessible by integration');
  });

  it('an App token writes as <app>[bot], the workflow token as github-actions[bot]', async () => {
    ctx.sandbox.addApp('sitrep-app', { permissions: { 'acme/incidents': 'write' } });
    const app = await api<{ user: { login: string; type: string } }>(ctx.sandbox, 'POST', `${R}/issues/1/comments`, { token: ctx.sandbox.tokenFor('sitrep-app[bot]'), body: { body: 'from the app' } });
    const bot = await api<{ user: { login: string } }>(ctx.sandbox, 'POST', `${R}/issues/1/comments`, { token: ctx.sandbox.botToken, body: { body: 'from the workflow' } });
    expect(app.body.user).toMatchObject({ login: 'sitrep-app[bot]', type: 'Bot' });
    expect(bot.body.user.login).toBe('github-actions[bot]');
    const viewer = await graphql<{ viewer: { login: string } }>(ctx.sandbox, 'query { viewer { login } }', {}, { token: ctx.sandbox.tokenFor('sitrep-app[bot]') });
    expect(viewer.body.data!.viewer.login).toBe('sitrep-app[bot]');
  });
});

describe('row 12: rate limits and timeouts', () => {
  it('with the limits on, the 81st content-creating request in a minute gets the secondary limit, and an hour later it passes', async () => {
    ctx.sandbox.state.platform.enforceRateLimits = true;
    const statuses: number[] = [];
    for (let i = 0; i < 81; i++) {
      statuses.push((await api(ctx.sandbox, 'POST', `${R}/issues/1/comments`, { token: ctx.sandbox.botToken, body: { body: `update ${i}` } })).status);
    }
    expect(statuses.slice(0, 80).every((s) => s === 201)).toBe(true);
    const refused = await api<{ message: string }>(ctx.sandbox, 'POST', `${R}/issues/1/comments`, { token: ctx.sandbox.botToken, body: { body: 'one more' } });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/^You have exceeded a secondary rate limit/);
    expect(refused.headers.get('retry-after')).toBe('60');
    // Reads are not content-creating.
    expect((await api(ctx.sandbox, 'GET', `${R}/issues/1`, { token: ctx.sandbox.botToken })).status).toBe(200);
    ctx.sandbox.clock.advance('1h');
    expect((await api(ctx.sandbox, 'POST', `${R}/issues/1/comments`, { token: ctx.sandbox.botToken, body: { body: 'later' } })).status).toBe(201);
  });

  it('with the limits on, the workflow token gets 1,000 REST requests an hour', async () => {
    ctx.sandbox.state.platform.enforceRateLimits = true;
    // Spend the budget cheaply: the sandbox counts per token and resource.
    ctx.sandbox.state.rateLimits.consume(ctx.sandbox.state.account('github-actions[bot]'), 'core', 1000);
    const refused = await api<{ message: string }>(ctx.sandbox, 'GET', `${R}/issues/1`, { token: ctx.sandbox.botToken });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(refused.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(refused.body.message).toMatch(/^API rate limit exceeded/);
    expect((await api(ctx.sandbox, 'GET', `${R}/issues/1`)).status).toBe(200);
  });

  it('a GraphQL query asking for more nodes than the threshold answers 502 with no data', async () => {
    ctx.sandbox.state.platform.graphqlTimeoutNodes = 5000;
    const query = (n: number) => `query { repository(owner: "acme", name: "incidents") { issues(first: ${n}) { nodes { comments(first: 100) { nodes { body } } } } } }`;
    const slow = await graphql(ctx.sandbox, query(100));
    expect(slow.status).toBe(502);
    expect(slow.body.data).toBeNull();
    expect((await graphql(ctx.sandbox, query(40))).status).toBe(200);
  });
});

describe('row 14: scheduled workflows disabled after inactivity', () => {
  it('lists a public repository’s scheduled workflow as disabled_inactivity after 60 days, and PUT …/enable enables it', async () => {
    const site = ctx.sandbox.addRepo('acme/site', { private: false, botAccess: 'write', files: { '.github/workflows/sitrep.yml': 'name: sitrep\non:\n  schedule:\n    - cron: "7 * * * *"\njobs: {}\n', '.github/workflows/ci.yml': 'name: ci\non: push\njobs: {}\n' } });
    const list = async () => (await api<{ total_count: number; workflows: Array<{ id: number; path: string; state: string }> }>(ctx.sandbox, 'GET', '/repos/acme/site/actions/workflows', { token: ctx.sandbox.botToken })).body;
    expect((await list()).workflows.map((w) => w.state)).toEqual(['active', 'active']);
    ctx.sandbox.clock.advance('61d');
    const later = await list();
    expect(later.total_count).toBe(2);
    expect(Object.fromEntries(later.workflows.map((w) => [w.path, w.state]))).toEqual({ '.github/workflows/ci.yml': 'active', '.github/workflows/sitrep.yml': 'disabled_inactivity' });
    const enable = await api(ctx.sandbox, 'PUT', '/repos/acme/site/actions/workflows/sitrep.yml/enable', { token: ctx.sandbox.botToken });
    expect(enable.status).toBe(204);
    expect((await list()).workflows.every((w) => w.state === 'active')).toBe(true);
    expect(site.settings.workflowStates).toEqual({ 'sitrep.yml': 'active' });
  });
});

describe('row 15: sizes', () => {
  it('refuses a title over 256 characters and a label name over 50; keeps 10 assignees', async () => {
    const long = await api<{ errors: Array<{ field: string; message: string }> }>(ctx.sandbox, 'POST', `${R}/issues`, { body: { title: 'x'.repeat(257) } });
    expect(long.status).toBe(422);
    expect(long.body.errors[0]).toMatchObject({ field: 'title', message: 'title is too long (maximum is 256 characters)' });
    expect((await api(ctx.sandbox, 'POST', `${R}/issues`, { body: { title: 'x'.repeat(256) } })).status).toBe(201);
    const label = await api<{ errors: Array<{ field: string }> }>(ctx.sandbox, 'POST', `${R}/labels`, { body: { name: 'l'.repeat(51) } });
    expect(label.status).toBe(422);
    expect(label.body.errors[0]!.field).toBe('name');
    const users = Array.from({ length: 11 }, (_, i) => `user${i}`);
    for (const login of users) ctx.sandbox.addUser(login, { permissions: { 'acme/incidents': 'write' } });
    const assigned = await api<{ assignees: unknown[] }>(ctx.sandbox, 'POST', `${R}/issues`, { body: { title: 'many', assignees: users } });
    expect(assigned.body.assignees).toHaveLength(10);
  });

  it('search counts every match but returns at most 1,000; a push lists at most 2,048 commits; path filters see 300 files', async () => {
    const repo = ctx.sandbox.repo();
    for (let i = 0; i < 1005; i++) ctx.sandbox.state.createIssue(repo.model, ctx.sandbox.state.account('alice'), { title: `storm ${i}` });
    const page = (after: string | null) =>
      graphql<{ search: { issueCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: unknown[] } }>(
        ctx.sandbox,
        'query($after: String) { search(query: "repo:acme/incidents is:issue storm", type: ISSUE, first: 100, after: $after) { issueCount pageInfo { hasNextPage endCursor } nodes { ... on Issue { number } } } }',
        { after },
      );
    let seen = 0;
    let cursor: string | null = null;
    let count = 0;
    for (;;) {
      const answer: { issueCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: unknown[] } = (await page(cursor)).body.data!.search;
      count = answer.issueCount;
      seen += answer.nodes.length;
      if (!answer.pageInfo.hasNextPage) break;
      cursor = answer.pageInfo.endCursor;
    }
    expect(count).toBe(1005);
    expect(seen).toBe(1000);

    const before = repo.branch('main')!;
    for (let i = 0; i < 2050; i++) repo.writeFile('log.md', String(i));
    const push = pushEvent(ctx.sandbox, { before });
    const commits = push.payload.commits as Array<{ id: string }>;
    expect(commits).toHaveLength(2048);
    expect((push.payload.head_commit as { id: string }).id).toBe(repo.branch('main'));
    expect(pathFilterFiles(Array.from({ length: 400 }, (_, i) => `f${i}`))).toHaveLength(300);
  });
});

describe('rows 1, 2, 3 and 13: what starts a workflow run, and how runs queue', () => {
  it('row 2: an issue form applies only labels that exist, whoever submits it', () => {
    const repo = ctx.sandbox.repo();
    repo.createLabel('incident');
    const { issue, dropped } = repo.submitIssueForm({ as: 'dave', title: 'Checkout down', labels: ['incident', 'severity:P1'] });
    expect(issue.labels).toEqual(['incident']);
    expect(dropped).toEqual(['severity:P1']);
  });

  it('row 3: opening with labels fires opened, then one labeled per label', () => {
    const issue = ctx.sandbox.repo().createIssue({ as: 'bob', title: 'Checkout down', labels: ['incident', 'severity:P1'] });
    const events = issueOpenedEvents(ctx.sandbox, { number: issue.number });
    expect(events.map((e) => [e.eventName, e.payload.action, (e.payload.label as { name?: string } | undefined)?.name])).toEqual([
      ['issues', 'opened', undefined],
      ['issues', 'labeled', 'incident'],
      ['issues', 'labeled', 'severity:P1'],
    ]);
  });

  it('row 1: events the workflow token causes start no run, except workflow_dispatch and repository_dispatch', () => {
    expect(startsWorkflowRun('push', 'github-actions[bot]')).toBe(false);
    expect(startsWorkflowRun('issue_comment', 'github-actions[bot]')).toBe(false);
    expect(startsWorkflowRun('repository_dispatch', 'github-actions[bot]')).toBe(true);
    expect(startsWorkflowRun('workflow_dispatch', 'github-actions[bot]')).toBe(true);
    expect(startsWorkflowRun('push', 'sitrep-app[bot]')).toBe(true);
    expect(startsWorkflowRun('push', 'alice')).toBe(true);
  });

  it('row 13: a group keeps one pending run; a newer pending run cancels the older one', () => {
    const groups = new ConcurrencyGroups();
    expect(groups.queue('sitrep-followups', 'merge-1')).toBe('running');
    expect(groups.queue('sitrep-followups', 'merge-2')).toBe('pending');
    expect(groups.queue('sitrep-followups', 'merge-3')).toBe('pending');
    expect(groups.status('merge-2')).toBe('cancelled');
    expect(groups.complete('merge-1')).toBe('merge-3');
    expect(groups.status('merge-3')).toBe('running');
    // Per-key groups lose nothing.
    const keyed = new ConcurrencyGroups();
    for (const n of [1, 2, 3]) expect(keyed.queue(`sitrep-followups-${n}`, `merge-${n}`)).toBe('running');
    // cancel-in-progress cancels the running run.
    expect(groups.queue('sitrep-followups', 'merge-4', { cancelInProgress: true })).toBe('running');
    expect(groups.status('merge-3')).toBe('cancelled');
  });
});
