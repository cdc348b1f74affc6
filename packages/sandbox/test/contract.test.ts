/** SPEC section 8: the sandbox's minimum contract, and the `sitrep sandbox` command. */
import { describe, expect, it } from 'vitest';
import { sandboxCommand } from '../src/serve.js';
import type { Sandbox } from '../src/index.js';
import { api, graphql, useSandbox } from '../src/testing/index.js';

const ctx = useSandbox();

describe('the minimum contract', () => {
  it('answers a request without a token with 401, as GitHub does', async () => {
    const response = await api(ctx.sandbox, 'GET', '/repos/acme/incidents', { token: null });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest' });
  });

  it('answers an unknown token with 401 Bad credentials', async () => {
    const response = await api(ctx.sandbox, 'GET', '/user', { token: 'ghp_not_a_token' });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ message: 'Bad credentials' });
  });

  it('answers an invalid GraphQL query with 200 and errors naming the bad field', async () => {
    const response = await graphql(ctx.sandbox, '{ repository(owner: "acme", name: "incidents") { nope } }');
    expect(response.status).toBe(200);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.[0]?.message).toBe("Field 'nope' doesn't exist on type 'Repository'");
    // Sending it is the caller's bug: recorded, so a test that does it by accident fails.
    expect(ctx.sandbox.violations.take().map((v) => v.direction)).toEqual(['request']);
  });

  it('answers a comment without body with 422', async () => {
    const response = await api<{ message: string }>(ctx.sandbox, 'POST', '/repos/acme/incidents/issues/1/comments', { body: {} });
    expect(response.status).toBe(422);
    expect(response.body.message).toBe('Invalid request.\n\n"body" wasn\'t supplied.');
    expect(ctx.sandbox.violations.take()).toHaveLength(1);
  });

  it('answers unknown routes with 404 and GitHub\'s error body', async () => {
    for (const token of [ctx.sandbox.token, null]) {
      const response = await api(ctx.sandbox, 'GET', '/no/such/route', { token });
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
    }
  });

  it('seeds acme/incidents with a main branch and issue #1, administered by the token', async () => {
    const repo = await api<{ default_branch: string; permissions: { admin: boolean } }>(ctx.sandbox, 'GET', '/repos/acme/incidents');
    expect(repo.body.default_branch).toBe('main');
    expect(repo.body.permissions.admin).toBe(true);
    const issue = await api<{ number: number }>(ctx.sandbox, 'GET', '/repos/acme/incidents/issues/1');
    expect(issue.body.number).toBe(1);
  });

  it('sends a Date header from the sandbox clock on every response', async () => {
    ctx.sandbox.clock.set('2027-03-04T05:06:07Z');
    for (const token of [ctx.sandbox.token, null]) {
      const response = await api(ctx.sandbox, 'GET', '/rate_limit', { token });
      expect(response.headers.get('date')).toBe('Thu, 04 Mar 2027 05:06:07 GMT');
    }
    ctx.sandbox.clock.advance('90m');
    const later = await api(ctx.sandbox, 'GET', '/nope');
    expect(later.headers.get('date')).toBe('Thu, 04 Mar 2027 06:36:07 GMT');
  });
});

describe('sitrep sandbox', () => {
  it('prints exactly the URL and token lines first, serves, and stops when told', async () => {
    const lines: string[] = [];
    const controller = new AbortController();
    let served: Sandbox | undefined;
    const done = sandboxCommand(['--port', '0'], {
      signal: controller.signal,
      out: (line) => lines.push(line),
      err: () => undefined,
      onReady: (sandbox) => (served = sandbox),
    });
    await expect.poll(() => lines.length).toBe(2);
    expect(lines[0]).toMatch(/^SANDBOX_URL=http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines[1]).toMatch(/^SANDBOX_TOKEN=ghp_\w+$/);
    const url = lines[0]!.slice('SANDBOX_URL='.length);
    const token = lines[1]!.slice('SANDBOX_TOKEN='.length);
    const response = await fetch(`${url}/repos/acme/incidents/collaborators/alice/permission`, { headers: { authorization: `Bearer ${token}` } });
    expect(await response.json()).toMatchObject({ permission: 'admin', role_name: 'admin' });
    expect(served?.url).toBe(url);
    controller.abort();
    expect(await done).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('serves a seed file', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'sandbox-seed-'));
    const seedPath = join(dir, 'seed.yml');
    await writeFile(
      seedPath,
      ['users: [{ login: erin, permissions: { acme/ops: write } }]', 'repos:', '  - name: acme/ops', '    permissions: { alice: admin, erin: triage }', '    files: { "notes.md": "hello" }', '    issues:', '      - { title: First, author: erin }'].join('\n'),
    );
    const lines: string[] = [];
    const controller = new AbortController();
    let served: Sandbox | undefined;
    const done = sandboxCommand(['--seed', seedPath], { signal: controller.signal, out: (l) => lines.push(l), err: () => undefined, onReady: (s) => (served = s) });
    await expect.poll(() => served).toBeDefined();
    expect(served!.repo('acme/ops').readFile('notes.md')).toBe('hello');
    expect(served!.repo('acme/ops').issue(1)).toMatchObject({ title: 'First', author: 'erin' });
    // The user's own list of roles wins over the repository's.
    expect(served!.repo('acme/ops').permissionOf('erin')).toBe('write');
    expect(served!.repo('acme/ops').permissionOf('bob')).toBe('none');
    controller.abort();
    expect(await done).toBe(0);
  });

  it('refuses bad arguments and bad seeds with a message', async () => {
    const errors: string[] = [];
    expect(await sandboxCommand(['--port', 'x'], { err: (l) => errors.push(l), out: () => undefined })).toBe(2);
    expect(errors.join('\n')).toContain('--port needs a number');
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const seedPath = join(await mkdtemp(join(tmpdir(), 'sandbox-seed-')), 'seed.json');
    await writeFile(seedPath, JSON.stringify({ repos: [{ name: 'acme/x', bot: 'everything' }] }));
    expect(await sandboxCommand(['--seed', seedPath], { err: (l) => errors.push(l), out: () => undefined })).toBe(1);
    expect(errors.join('\n')).toContain('/repos/0/bot: must be one of none, read, triage, write, maintain, admin');
  });
});
