/** GitHub's 65,536-character limit on issue, pull request and comment bodies. */
import { describe, expect, it } from 'vitest';
import { api, useSandbox } from '../src/testing/index.js';

const ctx = useSandbox({ fresh: true });
const R = '/repos/acme/incidents';

interface ValidationBody {
  message: string;
  errors: { resource: string; code: string; field: string; message: string }[];
}

describe('body limit', () => {
  it('refuses a comment over 65,536 characters with a 422 and creates nothing', async () => {
    const response = await api<ValidationBody>(ctx.sandbox, 'POST', `${R}/issues/1/comments`, { body: { body: 'x'.repeat(65_537) } });
    expect(response.status).toBe(422);
    expect(response.body.message).toBe('Validation Failed');
    expect(response.body.errors).toEqual([{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body is too long (maximum is 65536 characters)' }]);
    expect(ctx.sandbox.repo().comments(1)).toEqual([]);
  });

  it('accepts exactly 65,536 characters, counted as characters (an emoji is one)', async () => {
    expect((await api(ctx.sandbox, 'POST', `${R}/issues/1/comments`, { body: { body: 'x'.repeat(65_536) } })).status).toBe(201);
    expect((await api(ctx.sandbox, 'POST', `${R}/issues/1/comments`, { body: { body: '🔥'.repeat(65_536) } })).status).toBe(201);
  });

  it('refuses a comment edit, an issue and an issue edit over the limit', async () => {
    const created = await api<{ id: number }>(ctx.sandbox, 'POST', `${R}/issues/1/comments`, { body: { body: 'short' } });
    const edit = await api<ValidationBody>(ctx.sandbox, 'PATCH', `${R}/issues/comments/${created.body.id}`, { body: { body: 'x'.repeat(70_000) } });
    expect(edit.status).toBe(422);
    expect(ctx.sandbox.repo().comments(1)[0]?.body).toBe('short');
    const issue = await api<ValidationBody>(ctx.sandbox, 'POST', `${R}/issues`, { body: { title: 'Long', body: 'x'.repeat(65_537) } });
    expect(issue.status).toBe(422);
    expect(issue.body.errors[0]).toMatchObject({ resource: 'Issue', field: 'body', message: 'body is too long (maximum is 65536 characters)' });
    const patch = await api<ValidationBody>(ctx.sandbox, 'PATCH', `${R}/issues/1`, { body: { body: 'x'.repeat(65_537) } });
    expect(patch.status).toBe(422);
  });
});
