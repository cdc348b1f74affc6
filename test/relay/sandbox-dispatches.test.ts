import { describe, expect, it } from 'vitest';
import { api, repositoryDispatchEvent, useSandbox } from '../harness/index.js';

const ctx = useSandbox({ fresh: true });

describe('the sandbox serves repository dispatches', () => {
  it('records a dispatch and answers 204, from which the harness builds the event', async () => {
    const response = await api(ctx.sandbox, 'POST', '/repos/acme/incidents/dispatches', { body: { event_type: 'sitrep-alert', client_payload: { a: 1 } } });
    expect(response.status).toBe(204);
    expect(ctx.sandbox.repo().dispatches()).toEqual([{ eventType: 'sitrep-alert', clientPayload: { a: 1 }, sender: 'alice', at: '2026-11-21T10:00:00Z' }]);
    const event = repositoryDispatchEvent(ctx.sandbox);
    expect(event).toMatchObject({ eventName: 'repository_dispatch', payload: { action: 'sitrep-alert', branch: 'main', client_payload: { a: 1 }, sender: { login: 'alice' } } });
  });

  it('refuses a user without write access, as GitHub does', async () => {
    const response = await api(ctx.sandbox, 'POST', '/repos/acme/incidents/dispatches', { token: ctx.sandbox.tokenFor('dave'), body: { event_type: 'sitrep-alert' } });
    expect(response.status).toBe(403);
    expect(ctx.sandbox.repo().dispatches()).toHaveLength(0);
  });

  it('refuses a client_payload over 65,535 characters with 422', async () => {
    const response = await api(ctx.sandbox, 'POST', '/repos/acme/incidents/dispatches', { body: { event_type: 'sitrep-alert', client_payload: { big: 'x'.repeat(70_000) } } });
    expect(response.status).toBe(422);
    expect(ctx.sandbox.repo().dispatches()).toHaveLength(0);
  });

  it('refuses more than 10 top-level keys in client_payload with 422', async () => {
    const client_payload = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]));
    const response = await api(ctx.sandbox, 'POST', '/repos/acme/incidents/dispatches', { body: { event_type: 'sitrep-alert', client_payload } });
    expect(response.status).toBe(422);
    expect(ctx.sandbox.repo().dispatches()).toHaveLength(0);
    // A request GitHub's description forbids is also recorded as a violation; this one is on purpose.
    expect(ctx.sandbox.violations.length).toBeGreaterThan(0);
    ctx.sandbox.violations.clear();
  });
});
