/** Fault injection, counters and the request log. */
import { describe, expect, it } from 'vitest';
import { api, graphql, useSandbox } from '../src/testing/index.js';

const ctx = useSandbox({ fresh: true });
const R = '/repos/acme/incidents';

describe('faults', () => {
  it('fails the next N matching requests with the status and GitHub\'s body, then recovers', async () => {
    ctx.sandbox.faults.inject({ method: 'GET', path: `${R}/issues/1`, status: 502, count: 2 });
    const first = await api<{ message: string }>(ctx.sandbox, 'GET', `${R}/issues/1`);
    expect(first.status).toBe(502);
    expect(first.body.message).toBe('Server Error');
    expect((await api(ctx.sandbox, 'GET', `${R}/issues/2`)).status).toBe(404);
    expect((await api(ctx.sandbox, 'GET', `${R}/issues/1`)).status).toBe(502);
    expect((await api(ctx.sandbox, 'GET', `${R}/issues/1`)).status).toBe(200);
    expect(ctx.sandbox.faults.pending).toEqual([]);
  });

  it('answers a secondary rate limit with 403, its message and retry-after', async () => {
    ctx.sandbox.faults.inject({ path: /\/comments$/, secondaryRateLimit: true, retryAfter: 3 });
    const response = await api<{ message: string }>(ctx.sandbox, 'POST', `${R}/issues/1/comments`, { body: { body: 'x' } });
    expect(response.status).toBe(403);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(response.body.message).toMatch(/^You have exceeded a secondary rate limit/);
    expect(ctx.sandbox.repo().comments(1)).toEqual([]);
  });

  it('answers an exhausted primary rate limit with x-ratelimit-remaining 0', async () => {
    ctx.sandbox.faults.inject({ kind: 'rest', primaryRateLimit: true });
    const response = await api<{ message: string }>(ctx.sandbox, 'GET', R);
    expect(response.status).toBe(403);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(response.body.message).toMatch(/^API rate limit exceeded/);
  });

  it('matches by operation and by kind (GraphQL)', async () => {
    ctx.sandbox.faults.inject({ operation: 'issues/create-comment', status: 500 });
    ctx.sandbox.faults.inject({ kind: 'graphql', status: 502 });
    expect((await api(ctx.sandbox, 'GET', `${R}/issues/1/comments`)).status).toBe(200);
    expect((await api(ctx.sandbox, 'POST', `${R}/issues/1/comments`, { body: { body: 'x' } })).status).toBe(500);
    expect((await graphql(ctx.sandbox, '{ viewer { login } }')).status).toBe(502);
    expect((await graphql(ctx.sandbox, '{ viewer { login } }')).status).toBe(200);
  });

  it('performs a write and then destroys the connection (a lost response)', async () => {
    ctx.sandbox.faults.inject({ method: 'POST', path: `${R}/issues`, lostResponse: 'destroy' });
    await expect(api(ctx.sandbox, 'POST', `${R}/issues`, { body: { title: 'Follow-up: alert on 5xx' } })).rejects.toThrow();
    expect(ctx.sandbox.repo().issues().map((i) => i.title)).toContain('Follow-up: alert on 5xx');
    expect(ctx.sandbox.requests.at(-1)).toMatchObject({ method: 'POST', status: 0, operation: 'issues/create' });
  });

  it('performs a write and answers 502 instead of its result', async () => {
    ctx.sandbox.faults.inject({ operation: 'issues/create-comment', lostResponse: 502 });
    const response = await api(ctx.sandbox, 'POST', `${R}/issues/1/comments`, { body: { body: 'posted anyway' } });
    expect(response.status).toBe(502);
    expect(ctx.sandbox.repo().comments(1).map((c) => c.body)).toEqual(['posted anyway']);
  });

  it('holds a request until released, then performs it (to interleave runs in a known order)', async () => {
    let release = (): void => {};
    const hold = new Promise<void>((resolve) => (release = resolve));
    const fault = ctx.sandbox.faults.inject({ operation: 'issues/create-comment', hold });
    const pending = api(ctx.sandbox, 'POST', `${R}/issues/1/comments`, { body: { body: 'held' } });
    while (fault.remaining > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ctx.sandbox.repo().comments(1).map((c) => c.body)).toEqual([]);
    release();
    expect((await pending).status).toBe(201);
    expect(ctx.sandbox.repo().comments(1).map((c) => c.body)).toEqual(['held']);
  });

  it('refuses a fault that would do nothing', () => {
    expect(() => ctx.sandbox.faults.inject({ path: '/x' })).toThrow('a fault needs a status');
  });
});

describe('counters and the request log', () => {
  it('counts REST reads and writes, GraphQL queries and mutations, and resets', async () => {
    await api(ctx.sandbox, 'GET', R);
    await api(ctx.sandbox, 'GET', `${R}/issues`);
    await api(ctx.sandbox, 'POST', `${R}/issues/1/comments`, { body: { body: 'x' } });
    const { repository } = (await graphql<{ repository: { issue: { id: string } } }>(ctx.sandbox, 'query Find { repository(owner: "acme", name: "incidents") { issue(number: 1) { id } } }')).body.data!;
    await graphql(ctx.sandbox, 'mutation React($id: ID!) { addReaction(input: { subjectId: $id, content: EYES }) { clientMutationId } }', { id: repository.issue.id });
    expect(ctx.sandbox.counters.snapshot()).toEqual({
      restRead: 2,
      restWrite: 1,
      graphqlQuery: 1,
      graphqlMutation: 1,
      total: 5,
      byOperation: { 'repos/get': 1, 'issues/list-for-repo': 1, 'issues/create-comment': 1, 'query Find': 1, 'mutation React': 1 },
    });
    expect(ctx.sandbox.requests.map((r) => [r.method, r.path, r.status, r.operation, r.actor])).toEqual([
      ['GET', R, 200, 'repos/get', 'alice'],
      ['GET', `${R}/issues`, 200, 'issues/list-for-repo', 'alice'],
      ['POST', `${R}/issues/1/comments`, 201, 'issues/create-comment', 'alice'],
      ['POST', '/graphql', 200, 'query Find', 'alice'],
      ['POST', '/graphql', 200, 'mutation React', 'alice'],
    ]);
    ctx.sandbox.counters.reset();
    expect(ctx.sandbox.counters.snapshot().total).toBe(0);
    expect(ctx.sandbox.requests).toHaveLength(5);
  });

  it('reports rate-limit headers that count down per token', async () => {
    const first = await api(ctx.sandbox, 'GET', R, { token: ctx.sandbox.botToken });
    const second = await api(ctx.sandbox, 'GET', R, { token: ctx.sandbox.botToken });
    expect(first.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(Number(first.headers.get('x-ratelimit-remaining')) - Number(second.headers.get('x-ratelimit-remaining'))).toBe(1);
    expect(second.headers.get('x-ratelimit-resource')).toBe('core');
  });
});
