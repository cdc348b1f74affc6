import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPageAnswer } from '../../src/core/paging.js';
import { PAGE_EVENT_TYPE } from '../../src/paging/verify.js';
import { createDispatcher, createRelayApp, type RelayLogLine } from '../../src/relay/index.js';
import type { PagePayload } from '../../src/paging/verify.js';
import { startSandboxPager, type SandboxPager } from '../../src/sandbox/pager/server.js';
import { useSandbox } from '../harness/index.js';
import { bearer, SECRET } from './fixtures.js';
import { oncallBody, opsgenieBody } from './pager-fixtures.js';

const ctx = useSandbox({ fresh: true });
const PD_SECRET = 'pagerduty-webhook-secret-for-tests';
const KEY = 'acme/incidents#INC-42';

let pager: SandboxPager;
beforeAll(async () => {
  pager = await startSandboxPager();
});
afterAll(() => pager.close());

function relay() {
  const lines: RelayLogLine[] = [];
  const apiUrl = ctx.sandbox.url;
  const app = createRelayApp({
    repo: 'acme/incidents',
    secret: SECRET,
    pagerdutySecret: PD_SECRET,
    dispatch: createDispatcher({ repo: 'acme/incidents', token: ctx.sandbox.token, apiUrl, retryBaseMs: 5 }),
    dispatchPage: createDispatcher<PagePayload>({ repo: 'acme/incidents', token: ctx.sandbox.token, apiUrl, retryBaseMs: 5, eventType: PAGE_EVENT_TYPE }),
    log: (line) => lines.push(line),
    now: () => Date.parse('2026-11-21T10:05:00Z'),
  });
  const post = (path: string, body: string | object, headers: Record<string, string>) =>
    app.fetch(new Request(`http://relay.test${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }));
  return { app, lines, post };
}

/** A PagerDuty webhook v3 as the sandbox's pager signs it. */
function pagerduty(eventType: 'incident.acknowledged' | 'incident.resolved' | 'incident.triggered', options: { key?: string; secret?: string; extra?: string[] } = {}) {
  return pager.webhookFor({ eventType, incidentKey: options.key ?? KEY, secret: options.secret ?? PD_SECRET, agent: { id: 'PLH1HKV', summary: 'Alice Example' }, occurredAt: '2026-11-21T10:04:30Z', ...(options.extra ? { extraSignatures: options.extra } : {}) });
}

function dispatches() {
  return ctx.sandbox.repo().dispatches();
}

describe('POST /pagerduty (webhooks v3)', () => {
  it('forwards a signed acknowledgement once, as a sitrep-page dispatch the action can read', async () => {
    const { post } = relay();
    const hook = pagerduty('incident.acknowledged');
    const response = await post('/pagerduty', hook.body, { 'x-pagerduty-signature': hook.signature });
    expect(response.status).toBe(202);
    expect(dispatches()).toHaveLength(1);
    expect(dispatches()[0]!.eventType).toBe('sitrep-page');
    const read = readPageAnswer(dispatches()[0]!.clientPayload);
    expect(read).toEqual({ answer: { incident: 'INC-42', pager: 'pagerduty', action: 'acknowledge', by: { name: 'Alice Example', email: null, id: 'PLH1HKV' }, at: '2026-11-21T10:04:30Z', key: KEY } });
  });

  it('answers 401 and forwards nothing for a forged, missing or wrong-secret signature', async () => {
    const { post } = relay();
    const hook = pagerduty('incident.acknowledged');
    const forged = pagerduty('incident.acknowledged', { secret: 'not-the-secret' });
    for (const headers of [{ 'x-pagerduty-signature': forged.signature }, {} as Record<string, string>, { 'x-pagerduty-signature': 'v1=' }, { 'x-pagerduty-signature': hook.signature.replace('v1=', 'v0=') }]) {
      const response = await post('/pagerduty', hook.body, headers);
      expect(response.status).toBe(401);
    }
    // The right signature over another body: the body was changed in transit.
    const tampered = hook.body.replace('Alice Example', 'Mallory');
    expect((await post('/pagerduty', tampered, { 'x-pagerduty-signature': hook.signature })).status).toBe(401);
    expect(dispatches()).toHaveLength(0);
  });

  it('accepts a header with several signatures when one is valid (a secret being rotated)', async () => {
    const { post } = relay();
    const old = pagerduty('incident.acknowledged', { secret: 'the-old-secret' }).signature;
    const hook = pagerduty('incident.acknowledged', { extra: [old, 'v1=00'] });
    expect(hook.signature.split(',')).toHaveLength(3);
    expect((await post('/pagerduty', hook.body, { 'x-pagerduty-signature': hook.signature })).status).toBe(202);
    expect(dispatches()).toHaveLength(1);
  });

  it('answers 2xx and drops an event for a key sitrep did not send, and an event type it does not act on', async () => {
    const { post, lines } = relay();
    for (const hook of [pagerduty('incident.acknowledged', { key: 'srv01/mysql' }), pagerduty('incident.acknowledged', { key: 'acme/other#INC-42' }), pagerduty('incident.triggered')]) {
      const response = await post('/pagerduty', hook.body, { 'x-pagerduty-signature': hook.signature });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ forwarded: false });
    }
    expect(dispatches()).toHaveLength(0);
    expect(lines.map((l) => l.error)).toEqual([expect.stringMatching(/^dropped: key is not one sitrep sent/), expect.stringMatching(/^dropped: key is not one/), 'dropped: event_type incident.triggered is not one sitrep acts on']);
  });

  it('forwards a resolve at the pager as a resolve (the action decides what it means)', async () => {
    const { post } = relay();
    const hook = pagerduty('incident.resolved');
    expect((await post('/pagerduty', hook.body, { 'x-pagerduty-signature': hook.signature })).status).toBe(202);
    expect(dispatches()[0]!.clientPayload).toMatchObject({ incident: 'INC-42', action: 'resolve' });
  });
});

describe('POST /opsgenie and POST /grafana-oncall (the relay\'s own auth)', () => {
  it('forwards an Opsgenie Acknowledge and a Grafana OnCall acknowledge; refuses a request without the secret', async () => {
    const { post } = relay();
    expect((await post('/opsgenie', opsgenieBody(), {})).status).toBe(401);
    expect((await post('/grafana-oncall', oncallBody(), { authorization: 'Bearer wrong' })).status).toBe(401);
    expect(dispatches()).toHaveLength(0);
    expect((await post('/opsgenie', opsgenieBody(), bearer())).status).toBe(202);
    expect((await post('/grafana-oncall', oncallBody(), bearer())).status).toBe(202);
    const payloads = dispatches().map((d) => d.clientPayload);
    expect(payloads).toEqual([
      { incident: 'INC-42', pager: 'opsgenie', action: 'acknowledge', by: { name: 'alice@acme.example', email: 'alice@acme.example', id: 'daed1180-0ce8-438b-8f8e-57e1a5920a2d' }, at: '2026-11-21T10:04:30Z', key: KEY },
      { incident: 'INC-42', pager: 'grafana-oncall', action: 'acknowledge', by: { name: 'alice', email: 'alice@acme.example', id: 'UVMX6YI9VY9PV' }, at: '2026-11-21T10:04:30Z', key: KEY },
    ]);
  });

  it('drops an alert that is not sitrep\'s and an action it does not act on; 400 names the field of a body that is no webhook', async () => {
    const { post } = relay();
    expect((await post('/opsgenie', opsgenieBody('Acknowledge', 'disk-full-db01'), bearer())).status).toBe(200);
    expect((await post('/opsgenie', opsgenieBody('AddNote'), bearer())).status).toBe(200);
    expect((await post('/grafana-oncall', oncallBody('silence'), bearer())).status).toBe(200);
    const bad = await post('/opsgenie', { alert: {} }, bearer());
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'action: expected a non-empty string' });
    expect(dispatches()).toHaveLength(0);
  });
});
