/** Who may do what: tokens, roles, private repositories and the workflow token's reach. */
import { describe, expect, it } from 'vitest';
import { api, graphql, useSandbox } from '../src/testing/index.js';

const ctx = useSandbox({ fresh: true });
const R = '/repos/acme/incidents';

describe('the collaborator permission API', () => {
  it.each([
    ['alice', 'admin', 'admin'],
    ['bob', 'write', 'write'],
    ['carol', 'read', 'triage'],
    ['dave', 'read', 'read'],
    ['mallory', 'none', 'none'],
  ])('reports %s as permission %s, role_name %s', async (login, permission, roleName) => {
    const response = await api<{ permission: string; role_name: string; user: { login: string } }>(ctx.sandbox, 'GET', `${R}/collaborators/${login}/permission`, {
      token: ctx.sandbox.botToken,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ permission, role_name: roleName, user: { login } });
  });

  it('maps maintain to write in the legacy field and 404s an unknown user', async () => {
    ctx.sandbox.addUser('erin', { permissions: { 'acme/incidents': 'maintain' } });
    const erin = await api<{ permission: string; role_name: string }>(ctx.sandbox, 'GET', `${R}/collaborators/erin/permission`);
    expect(erin.body).toMatchObject({ permission: 'write', role_name: 'maintain' });
    const ghost = await api<{ message: string }>(ctx.sandbox, 'GET', `${R}/collaborators/no-such-user/permission`);
    expect(ghost.status).toBe(404);
  });
});

describe('roles', () => {
  it('hides a private repository from a user without access (404) and lets a reader comment but not label', async () => {
    expect((await api(ctx.sandbox, 'GET', R, { token: ctx.sandbox.tokenFor('mallory') })).status).toBe(404);
    expect((await api(ctx.sandbox, 'POST', `${R}/issues/1/comments`, { token: ctx.sandbox.tokenFor('mallory'), body: { body: 'hi' } })).status).toBe(404);
    const dave = ctx.sandbox.tokenFor('dave');
    expect((await api(ctx.sandbox, 'POST', `${R}/issues/1/comments`, { token: dave, body: { body: '/inc status fixing' } })).status).toBe(201);
    const label = await api<{ message: string }>(ctx.sandbox, 'POST', `${R}/issues/1/labels`, { token: dave, body: { labels: ['incident'] } });
    expect(label.status).toBe(403);
    expect(label.body.message).toBe('Must have admin rights to Repository.');
    const write = await api(ctx.sandbox, 'PUT', `${R}/contents/x.md`, { token: dave, body: { message: 'x', content: '' } });
    expect(write.status).toBe(403);
  });

  it('lets triage label but not create labels or push', async () => {
    const carol = ctx.sandbox.tokenFor('carol');
    ctx.sandbox.repo().createLabel('incident');
    expect((await api(ctx.sandbox, 'POST', `${R}/issues/1/labels`, { token: carol, body: { labels: ['incident'] } })).status).toBe(200);
    const newLabel = await api<{ message: string; errors: unknown[] }>(ctx.sandbox, 'POST', `${R}/issues/1/labels`, { token: carol, body: { labels: ['brand-new'] } });
    expect(newLabel.status).toBe(403);
    expect(newLabel.body).toMatchObject({ message: 'You do not have permission to create labels on this repository.', errors: [{ resource: 'Repository', field: 'label', code: 'unauthorized' }] });
    expect((await api(ctx.sandbox, 'POST', `${R}/labels`, { token: carol, body: { name: 'x' } })).status).toBe(403);
  });

  it('lets anyone signed in read and comment on a public repository, but not write to it', async () => {
    ctx.sandbox.addRepo('acme/status-page', { private: false });
    const mallory = ctx.sandbox.tokenFor('mallory');
    expect((await api(ctx.sandbox, 'GET', '/repos/acme/status-page', { token: mallory })).status).toBe(200);
    expect((await api(ctx.sandbox, 'POST', '/repos/acme/status-page/issues', { token: mallory, body: { title: 'Is it down?' } })).status).toBe(201);
    expect((await api(ctx.sandbox, 'POST', '/repos/acme/status-page/labels', { token: mallory, body: { name: 'x' } })).status).toBe(403);
  });
});

describe('the workflow token', () => {
  it('has write access to its own repository: contents, issues and pull requests', async () => {
    const token = ctx.sandbox.botToken;
    expect((await api(ctx.sandbox, 'POST', `${R}/labels`, { token, body: { name: 'incident', color: 'd73a4a' } })).status).toBe(201);
    expect((await api(ctx.sandbox, 'PUT', `${R}/contents/a.md`, { token, body: { message: 'a', content: '' } })).status).toBe(201);
  });

  it('does not see another private repository (404), as the workflow token reaches only its own', async () => {
    ctx.sandbox.addRepo('acme/checkout');
    const token = ctx.sandbox.botToken;
    const create = await api<{ message: string }>(ctx.sandbox, 'POST', '/repos/acme/checkout/issues', { token, body: { title: 'Follow-up' } });
    expect(create.status).toBe(404);
    expect(create.body.message).toBe('Not Found');
    // With access granted (a token for both repositories), the same call succeeds.
    ctx.sandbox.repo('acme/checkout').grant('github-actions[bot]', 'write');
    expect((await api(ctx.sandbox, 'POST', '/repos/acme/checkout/issues', { token, body: { title: 'Follow-up' } })).status).toBe(201);
  });

  it('cannot read /user, as GitHub refuses it for installation tokens', async () => {
    const response = await api<{ message: string }>(ctx.sandbox, 'GET', '/user', { token: ctx.sandbox.botToken });
    expect(response.status).toBe(403);
    expect(response.body.message).toBe('Resource not accessible by integration');
    const user = await api<{ login: string }>(ctx.sandbox, 'GET', '/user', { token: ctx.sandbox.tokenFor('carol') });
    expect(user.body.login).toBe('carol');
  });

  it('is FORBIDDEN in GraphQL mutations on a repository it cannot write', async () => {
    ctx.sandbox.addRepo('acme/checkout', { botAccess: 'read' });
    ctx.sandbox.repo('acme/checkout').createIssue({ title: 'Existing' });
    const found = await graphql<{ repository: { issue: { id: string } } }>(
      ctx.sandbox,
      'query { repository(owner: "acme", name: "checkout") { issue(number: 1) { id } } }',
      {},
      { token: ctx.sandbox.botToken },
    );
    const id = found.body.data!.repository.issue.id;
    const denied = await graphql(ctx.sandbox, 'mutation($id: ID!) { addComment(input: { subjectId: $id, body: "x" }) { clientMutationId } }', { id }, { token: ctx.sandbox.botToken });
    expect(denied.body.errors?.[0]).toMatchObject({ type: 'FORBIDDEN', message: 'Resource not accessible by integration', path: ['addComment'] });
  });
});
