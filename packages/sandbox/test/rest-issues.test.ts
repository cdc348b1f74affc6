/** Issues, labels, assignees, comments, reactions, timelines and pagination over REST. */
import { describe, expect, it } from 'vitest';
import { api, useSandbox } from '../src/testing/index.js';

const ctx = useSandbox({ fresh: true });
const R = '/repos/acme/incidents';

interface IssueJson {
  number: number;
  title: string;
  state: string;
  labels: Array<{ name: string; color: string }>;
  assignees: Array<{ login: string }>;
  pull_request?: unknown;
  user: { login: string };
}

describe('issues', () => {
  it('creates labels that do not exist yet, grey, when an issue is opened with them', async () => {
    const created = await api<IssueJson>(ctx.sandbox, 'POST', `${R}/issues`, { body: { title: 'Checkout down', labels: ['incident', { name: 'severity:P1' }] } });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`${ctx.sandbox.url}${R}/issues/2`);
    expect(created.body.labels.map((l) => [l.name, l.color])).toEqual([
      ['incident', 'ededed'],
      ['severity:P1', 'ededed'],
    ]);
    expect(ctx.sandbox.repo().repoLabels().map((l) => l.name)).toEqual(['incident', 'severity:P1']);
  });

  it('drops assignees who cannot be assigned, silently, on create', async () => {
    const created = await api<IssueJson>(ctx.sandbox, 'POST', `${R}/issues`, { body: { title: 'x', assignees: ['bob', 'mallory', 'nobody-here'] } });
    expect(created.status).toBe(201);
    expect(created.body.assignees.map((a) => a.login)).toEqual(['bob']);
  });

  it('tells whether a user can be assigned to an issue: 204, else 404 (no such user included)', async () => {
    const issue = ctx.sandbox.repo().createIssue({ title: 'Checkout down' });
    const check = (login: string) => api(ctx.sandbox, 'GET', `${R}/issues/${issue.number}/assignees/${login}`);
    expect((await check('bob')).status).toBe(204);
    expect((await check('mallory')).status).toBe(404);
    expect((await check('nobody-here')).status).toBe(404);
  });

  it('drops labels and assignees from an author without triage access, as GitHub does', async () => {
    const created = await api<IssueJson>(ctx.sandbox, 'POST', `${R}/issues`, {
      token: ctx.sandbox.tokenFor('dave'),
      body: { title: 'Reader report', labels: ['incident'], assignees: ['dave'] },
    });
    expect(created.status).toBe(201);
    expect(created.body.user.login).toBe('dave');
    expect(created.body.labels).toEqual([]);
    expect(created.body.assignees).toEqual([]);
  });

  it('updates title, state and labels and refuses an invalid assignee with 422', async () => {
    const { number } = ctx.sandbox.repo().createIssue({ as: 'bob', title: 'Old' });
    const updated = await api<IssueJson & { state_reason: string }>(ctx.sandbox, 'PATCH', `${R}/issues/${number}`, {
      body: { title: 'New', state: 'closed', state_reason: 'not_planned', labels: ['declined'] },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ title: 'New', state: 'closed', state_reason: 'not_planned' });
    expect(updated.body.labels.map((l) => l.name)).toEqual(['declined']);
    const refused = await api<{ message: string; errors: unknown[] }>(ctx.sandbox, 'PATCH', `${R}/issues/${number}`, { body: { assignees: ['mallory'] } });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'invalid', field: 'assignees', value: 'mallory' }] });
  });

  it('adds, replaces and removes labels on an issue', async () => {
    const add = await api<Array<{ name: string }>>(ctx.sandbox, 'POST', `${R}/issues/1/labels`, { body: { labels: ['incident', 'status:triage'] } });
    expect(add.body.map((l) => l.name)).toEqual(['incident', 'status:triage']);
    const set = await api<Array<{ name: string }>>(ctx.sandbox, 'PUT', `${R}/issues/1/labels`, { body: { labels: ['incident', 'status:fixing'] } });
    expect(set.body.map((l) => l.name)).toEqual(['incident', 'status:fixing']);
    const removed = await api<Array<{ name: string }>>(ctx.sandbox, 'DELETE', `${R}/issues/1/labels/${encodeURIComponent('status:fixing')}`);
    expect(removed.body.map((l) => l.name)).toEqual(['incident']);
    const missing = await api<{ message: string }>(ctx.sandbox, 'DELETE', `${R}/issues/1/labels/nope`);
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe('Label does not exist');
  });

  it('adds and removes assignees, skipping unassignable users', async () => {
    const added = await api<IssueJson>(ctx.sandbox, 'POST', `${R}/issues/1/assignees`, { body: { assignees: ['carol', 'mallory'] } });
    expect(added.status).toBe(201);
    expect(added.body.assignees.map((a) => a.login)).toEqual(['carol']);
    const removed = await api<IssueJson>(ctx.sandbox, 'DELETE', `${R}/issues/1/assignees`, { body: { assignees: ['carol'] } });
    expect(removed.status).toBe(200);
    expect(removed.body.assignees).toEqual([]);
  });

  it('filters the issue list by labels, state, creator and since, and lists pull requests with a pull_request key', async () => {
    const repo = ctx.sandbox.repo();
    repo.createIssue({ as: 'bob', title: 'A', labels: ['incident', 'severity:P1'] });
    repo.createIssue({ as: 'carol', title: 'B', labels: ['incident'] });
    const closed = repo.createIssue({ as: 'bob', title: 'C', labels: ['incident'] });
    repo.closeIssue(closed.number);
    repo.createBranch('feature');
    repo.writeFile('x.md', 'x', { branch: 'feature' });
    repo.openPull({ title: 'PR', head: 'feature' });
    const titles = async (query: string) => (await api<IssueJson[]>(ctx.sandbox, 'GET', `${R}/issues?${query}`)).body.map((i) => i.title);
    expect(await titles('labels=incident')).toEqual(['B', 'A']);
    expect(await titles('labels=incident,SEVERITY:P1')).toEqual(['A']);
    expect(await titles('labels=incident&state=all&direction=asc')).toEqual(['A', 'B', 'C']);
    expect(await titles('creator=carol')).toEqual(['B']);
    expect(await titles('state=closed')).toEqual(['C']);
    const all = await api<IssueJson[]>(ctx.sandbox, 'GET', `${R}/issues`);
    expect(all.body.find((i) => i.title === 'PR')?.pull_request).toMatchObject({ url: `${ctx.sandbox.url}${R}/pulls/5` });
    ctx.sandbox.clock.advance('1h');
    repo.comment(2, 'later');
    expect(await titles(`since=${encodeURIComponent(ctx.sandbox.clock.iso())}`)).toEqual(['A']);
  });
});

describe('pagination', () => {
  it('pages with per_page (default 30, at most 100) and a Link header with next, last, prev and first', async () => {
    const repo = ctx.sandbox.repo();
    for (let i = 0; i < 104; i++) repo.comment(1, `comment ${i}`, { as: 'bob' });
    const first = await api<unknown[]>(ctx.sandbox, 'GET', `${R}/issues/1/comments`);
    expect(first.body).toHaveLength(30);
    const link = (page: number, per = 30) => `<${ctx.sandbox.url}${R}/issues/1/comments?per_page=${per}&page=${page}>`;
    expect(first.headers.get('link')).toBe(`<${ctx.sandbox.url}${R}/issues/1/comments?page=2>; rel="next", <${ctx.sandbox.url}${R}/issues/1/comments?page=4>; rel="last"`);
    const capped = await api<unknown[]>(ctx.sandbox, 'GET', `${R}/issues/1/comments?per_page=500`);
    expect(capped.body).toHaveLength(100);
    const middle = await api<Array<{ body: string }>>(ctx.sandbox, 'GET', `${R}/issues/1/comments?per_page=50&page=2`);
    expect(middle.body[0]?.body).toBe('comment 50');
    expect(middle.headers.get('link')).toBe(`${link(1, 50)}; rel="prev", ${link(3, 50)}; rel="next", ${link(3, 50)}; rel="last", ${link(1, 50)}; rel="first"`);
    const last = await api<unknown[]>(ctx.sandbox, 'GET', `${R}/issues/1/comments?per_page=50&page=3`);
    expect(last.body).toHaveLength(4);
    expect(last.headers.get('link')).not.toContain('rel="next"');
    const beyond = await api<unknown[]>(ctx.sandbox, 'GET', `${R}/issues/1/comments?per_page=50&page=9`);
    expect(beyond.body).toEqual([]);
  });

  it('sends no Link header when everything fits on one page', async () => {
    const response = await api<unknown[]>(ctx.sandbox, 'GET', `${R}/labels`);
    expect(response.headers.get('link')).toBeNull();
  });
});

describe('comments and reactions', () => {
  it('creates, reads, edits and deletes a comment', async () => {
    const created = await api<{ id: number; body: string; user: { login: string }; html_url: string }>(ctx.sandbox, 'POST', `${R}/issues/1/comments`, {
      token: ctx.sandbox.botToken,
      body: { body: '<!-- sitrep:card -->\nStatus: triage' },
    });
    expect(created.status).toBe(201);
    expect(created.body.user.login).toBe('github-actions[bot]');
    expect(created.body.html_url).toBe(`${ctx.sandbox.url}/acme/incidents/issues/1#issuecomment-${created.body.id}`);
    ctx.sandbox.clock.advance('5m');
    const edited = await api<{ body: string; updated_at: string; created_at: string }>(ctx.sandbox, 'PATCH', `${R}/issues/comments/${created.body.id}`, {
      token: ctx.sandbox.botToken,
      body: { body: 'Status: fixing' },
    });
    expect(edited.body.body).toBe('Status: fixing');
    expect(Date.parse(edited.body.updated_at) - Date.parse(edited.body.created_at)).toBe(300_000);
    expect((await api(ctx.sandbox, 'GET', `${R}/issues/comments/${created.body.id}`)).status).toBe(200);
    expect((await api(ctx.sandbox, 'DELETE', `${R}/issues/comments/${created.body.id}`)).status).toBe(204);
    expect((await api(ctx.sandbox, 'GET', `${R}/issues/comments/${created.body.id}`)).status).toBe(404);
  });

  it("refuses to let a reader edit someone else's comment", async () => {
    const comment = ctx.sandbox.repo().comment(1, 'mine', { as: 'bob' });
    const refused = await api<{ message: string }>(ctx.sandbox, 'PATCH', `${R}/issues/comments/${comment.id}`, { token: ctx.sandbox.tokenFor('dave'), body: { body: 'hijacked' } });
    expect(refused.status).toBe(403);
    expect(ctx.sandbox.repo().comments(1)[0]?.body).toBe('mine');
  });

  it('answers 201 for a new reaction and 200 for a repeat, and lists reactions', async () => {
    const comment = ctx.sandbox.repo().comment(1, '/inc update all good', { as: 'bob' });
    const path = `${R}/issues/comments/${comment.id}/reactions`;
    const first = await api<{ id: number; content: string }>(ctx.sandbox, 'POST', path, { token: ctx.sandbox.botToken, body: { content: 'rocket' } });
    expect(first.status).toBe(201);
    const again = await api<{ id: number }>(ctx.sandbox, 'POST', path, { token: ctx.sandbox.botToken, body: { content: 'rocket' } });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    await api(ctx.sandbox, 'POST', path, { body: { content: '+1' } });
    const listed = await api<Array<{ content: string; user: { login: string } }>>(ctx.sandbox, 'GET', `${path}?content=rocket`);
    expect(listed.body.map((r) => [r.content, r.user.login])).toEqual([['rocket', 'github-actions[bot]']]);
    const got = await api<{ reactions: Record<string, number> }>(ctx.sandbox, 'GET', `${R}/issues/comments/${comment.id}`);
    expect(got.body.reactions).toMatchObject({ total_count: 2, rocket: 1, '+1': 1 });
    expect(ctx.sandbox.repo().comments(1).at(-1)?.reactions).toEqual([
      { content: 'rocket', user: 'github-actions[bot]' },
      { content: '+1', user: 'alice' },
    ]);
  });

  it('rejects a reaction GitHub does not know', async () => {
    const comment = ctx.sandbox.repo().comment(1, 'x');
    const response = await api(ctx.sandbox, 'POST', `${R}/issues/comments/${comment.id}/reactions`, { body: { content: 'party' } });
    expect(response.status).toBe(422);
    expect(ctx.sandbox.violations.take()[0]?.problems[0]?.pointer).toBe('/content');
  });
});

describe('repository labels', () => {
  it('creates, reads and updates labels; a duplicate name in any case is 422 already_exists', async () => {
    const created = await api<{ name: string; color: string; description: string }>(ctx.sandbox, 'POST', `${R}/labels`, {
      body: { name: 'severity:P1', color: 'B60205', description: 'Critical' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'severity:P1', color: 'b60205', description: 'Critical' });
    const duplicate = await api(ctx.sandbox, 'POST', `${R}/labels`, { body: { name: 'SEVERITY:p1' } });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body).toMatchObject({ message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] });
    const got = await api<{ name: string }>(ctx.sandbox, 'GET', `${R}/labels/${encodeURIComponent('Severity:P1')}`);
    expect(got.body.name).toBe('severity:P1');
    const updated = await api<{ name: string; color: string }>(ctx.sandbox, 'PATCH', `${R}/labels/${encodeURIComponent('severity:P1')}`, {
      body: { new_name: 'sev:P1', color: '000000' },
    });
    expect(updated.body).toMatchObject({ name: 'sev:P1', color: '000000' });
    expect((await api(ctx.sandbox, 'GET', `${R}/labels/${encodeURIComponent('severity:P1')}`)).status).toBe(404);
  });
});

describe('timeline', () => {
  it('records comments, labels, assignments, renames, closes, reopens and cross-references with actor and time', async () => {
    const repo = ctx.sandbox.repo();
    const issue = repo.createIssue({ as: 'bob', title: 'Checkout down', labels: ['incident'], assignees: ['bob'] });
    ctx.sandbox.clock.advance('1m');
    repo.comment(issue.number, 'looking', { as: 'carol' });
    repo.editIssue(issue.number, { as: 'alice', title: 'Checkout API down' });
    repo.removeLabel(issue.number, 'incident', { as: 'carol' });
    repo.editIssue(issue.number, { as: 'alice', assignees: [] });
    repo.closeIssue(issue.number, { as: 'bob' });
    repo.reopenIssue(issue.number, { as: 'alice' });
    repo.createIssue({ as: 'dave', title: 'Related', body: `Same as #${issue.number}` });
    const timeline = await api<Array<Record<string, unknown>>>(ctx.sandbox, 'GET', `${R}/issues/${issue.number}/timeline`);
    expect(timeline.status).toBe(200);
    const summary = timeline.body.map((e) => [e.event, (e.actor as { login: string }).login]);
    expect(summary).toEqual([
      ['labeled', 'bob'],
      ['assigned', 'bob'],
      ['commented', 'carol'],
      ['renamed', 'alice'],
      ['unlabeled', 'carol'],
      ['unassigned', 'alice'],
      ['closed', 'bob'],
      ['reopened', 'alice'],
      ['cross-referenced', 'dave'],
    ]);
    expect(timeline.body[0]).toMatchObject({ label: { name: 'incident' }, created_at: '2026-11-21T10:00:00Z' });
    expect(timeline.body[2]).toMatchObject({ body: 'looking', created_at: '2026-11-21T10:01:00Z' });
    expect(timeline.body[3]).toMatchObject({ rename: { from: 'Checkout down', to: 'Checkout API down' } });
    expect(timeline.body[8]).toMatchObject({ source: { type: 'issue', issue: { title: 'Related', repository: { full_name: 'acme/incidents' } } } });
  });

  it('records a cross-reference from a URL, once per source, and not from code', async () => {
    const repo = ctx.sandbox.repo();
    const target = repo.createIssue({ title: 'Target' });
    const source = repo.createIssue({ title: 'Source', body: `see ${ctx.sandbox.serverUrl}/acme/incidents/issues/${target.number}` });
    repo.comment(source.number, `again #${target.number}`);
    repo.comment(source.number, `\`#1\` in code`);
    expect(repo.timeline(target.number).map((e) => e.event)).toEqual(['cross-referenced']);
    expect(repo.timeline(1).map((e) => e.event)).toEqual([]);
  });
});
