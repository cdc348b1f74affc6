import { describe, expect, it } from 'vitest';
import { readAlertPayload, type AlertPayload } from '../../src/core/alert.js';
import { createDispatcher, createRelayApp, MAX_BODY_BYTES, type RelayLogLine } from '../../src/relay/index.js';
import { repositoryDispatchEvent, useSandbox } from '../harness/index.js';
import { alertmanagerBody, basic, bearer, genericBody, grafanaBody, SECRET } from './fixtures.js';

const ctx = useSandbox({ fresh: true });

function relay(options: { token?: string; apiUrl?: string } = {}) {
  const lines: RelayLogLine[] = [];
  const app = createRelayApp({
    repo: 'acme/incidents',
    secret: SECRET,
    dispatch: createDispatcher({
      repo: 'acme/incidents',
      token: options.token ?? ctx.sandbox.token,
      apiUrl: options.apiUrl ?? ctx.sandbox.url,
      retryBaseMs: 5,
    }),
    log: (line) => lines.push(line),
    now: () => Date.parse('2026-11-21T10:00:00Z'),
  });
  const post = (path: string, body: unknown, headers: Record<string, string> = bearer()) =>
    app.fetch(new Request(`http://relay.test${path}`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) }));
  return { app, lines, post };
}

function dispatches() {
  return ctx.sandbox.repo().dispatches();
}

function payloadOf(index = 0): AlertPayload {
  const read = readAlertPayload(dispatches()[index]!.clientPayload);
  if ('problems' in read) throw new Error(read.problems.map((p) => p.message).join('; '));
  return read.payload;
}

describe('relay app (as a fetch handler)', () => {
  it('answers GET /healthz with 200 without a secret', async () => {
    const { app } = relay();
    const response = await app.fetch(new Request('http://relay.test/healthz'));
    expect(response.status).toBe(200);
  });

  it.each([
    ['no Authorization header', { 'content-type': 'application/json' }],
    ['a wrong bearer token', bearer('not-the-secret')],
    ['a bearer token that is a prefix of the secret', bearer(SECRET.slice(0, -1))],
    ['basic auth with a wrong password', basic('wrong')],
    ['basic auth with the secret as user name', { authorization: `Basic ${Buffer.from(`${SECRET}:`).toString('base64')}` }],
    ['another scheme', { authorization: `token ${SECRET}` }],
  ])('answers 401 and forwards nothing for %s', async (_name, headers) => {
    const { post, lines } = relay();
    for (const path of ['/alertmanager', '/grafana', '/generic']) {
      const body = path === '/generic' ? genericBody() : path === '/grafana' ? grafanaBody() : alertmanagerBody();
      const response = await post(path, body, headers);
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: string }).error).toMatch(/unauthorized/);
    }
    expect(dispatches()).toHaveLength(0);
    expect(lines.map((l) => l.status)).toEqual([401, 401, 401]);
  });

  it('accepts basic auth with the secret as password', async () => {
    const { post } = relay();
    const response = await post('/alertmanager', alertmanagerBody(), basic());
    expect(response.status).toBe(202);
    expect(dispatches()).toHaveLength(1);
  });

  it('forwards an Alertmanager group as exactly one sitrep-alert dispatch and answers 202', async () => {
    const { post, lines } = relay();
    const response = await post('/alertmanager', alertmanagerBody());
    expect(response.status).toBe(202);
    const recorded = dispatches();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.eventType).toBe('sitrep-alert');
    const payload = payloadOf();
    expect(payload).toMatchObject({
      version: 1,
      source: 'alertmanager',
      key: '{}:{alertname="HighErrorRate"}',
      status: 'firing',
      common_labels: { alertname: 'HighErrorRate', service: 'checkout-api', severity: 'critical' },
      counts: { firing: 1, resolved: 0, total: 1, truncated: 0 },
      external_url: 'http://alertmanager.example.com:9093/',
    });
    expect(payload.alerts[0]).toEqual({
      fingerprint: 'a1b2c3d4e5f60718',
      status: 'firing',
      labels: { alertname: 'HighErrorRate', service: 'checkout-api', severity: 'critical', instance: 'eu-1' },
      annotations: { summary: 'Checkout API returns 502 for EU customers', runbook_url: 'https://runbooks.example.com/checkout' },
      starts_at: '2026-11-21T09:50:00Z',
      url: 'http://prometheus.example.com/graph?g0.expr=rate',
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ route: '/alertmanager', status: 202, key: payload.key, alerts: 1 });
    // The harness builds the event GitHub would deliver from the recorded dispatch.
    const event = repositoryDispatchEvent(ctx.sandbox);
    expect(event.eventName).toBe('repository_dispatch');
    expect(event.payload).toMatchObject({ action: 'sitrep-alert', branch: 'main', client_payload: payload });
  });

  it('forwards a Grafana group and a generic alert', async () => {
    const { post } = relay();
    expect((await post('/grafana', grafanaBody())).status).toBe(202);
    expect((await post('/generic', genericBody())).status).toBe(202);
    expect(dispatches()).toHaveLength(2);
    expect(payloadOf(0)).toMatchObject({
      source: 'grafana',
      key: '{}:{alertname="High memory usage"}',
      alerts: [{ fingerprint: 'c6eadffa33fcdf37', starts_at: '2021-10-12T07:51:03Z', url: 'https://play.grafana.org/alerting/1afz29v7z/edit' }],
    });
    expect(payloadOf(1)).toMatchObject({
      source: 'generic',
      key: 'checkout-latency',
      title: 'Checkout latency above 2s',
      status: 'firing',
      common_labels: { alertname: 'Checkout latency above 2s', severity: 'warning', service: 'checkout-api' },
      common_annotations: { summary: 'p99 at 3.1s' },
      alerts: [{ fingerprint: 'checkout-latency', starts_at: '2026-11-21T10:00:00Z', url: 'https://status.example.com/checks/1' }],
    });
  });

  it('forwards a resolved Alertmanager group with its end time', async () => {
    const { post } = relay();
    const body = alertmanagerBody({ status: 'resolved' });
    const alerts = body.alerts as Array<Record<string, unknown>>;
    alerts[0] = { ...alerts[0], status: 'resolved', endsAt: '2026-11-21T10:20:00Z' };
    expect((await post('/alertmanager', body)).status).toBe(202);
    expect(payloadOf()).toMatchObject({ status: 'resolved', alerts: [{ status: 'resolved', ends_at: '2026-11-21T10:20:00Z' }], counts: { firing: 0, resolved: 1 } });
  });

  const alertmanagerAlert = (overrides: Record<string, unknown>) => ({ alerts: [{ ...(alertmanagerBody().alerts as object[])[0], ...overrides }] });

  it.each([
    ['/alertmanager', 'not json', 'body: not valid JSON'],
    ['/alertmanager', [], 'body: expected an object, got an array'],
    ['/alertmanager', alertmanagerBody({ version: '3' }), 'version: expected "4"'],
    ['/alertmanager', alertmanagerBody({ groupKey: undefined }), 'groupKey: expected a string'],
    ['/alertmanager', alertmanagerBody({ status: 'pending' }), 'status: expected "firing" or "resolved"'],
    ['/alertmanager', alertmanagerBody({ alerts: {} }), 'alerts: expected an array, got an object'],
    ['/alertmanager', alertmanagerBody(alertmanagerAlert({ labels: 'x' })), 'alerts[0].labels: expected an object, got string'],
    ['/alertmanager', alertmanagerBody(alertmanagerAlert({ labels: undefined })), 'alerts[0].labels: expected an object'],
    ['/alertmanager', alertmanagerBody(alertmanagerAlert({ labels: { severity: 3 } })), 'alerts[0].labels.severity: expected a string, got number'],
    ['/alertmanager', alertmanagerBody(alertmanagerAlert({ startsAt: 'yesterday' })), 'alerts[0].startsAt: expected an RFC 3339 time'],
    ['/alertmanager', alertmanagerBody({ commonLabels: [] }), 'commonLabels: expected an object, got an array'],
    ['/alertmanager', alertmanagerBody({ truncatedAlerts: -1 }), 'truncatedAlerts: expected a whole number'],
    ['/grafana', grafanaBody({ alerts: [null] }), 'alerts[0]: expected an object, got null'],
    ['/grafana', grafanaBody({ orgId: 'one' }), 'orgId: expected a whole number'],
    ['/grafana', grafanaBody({ groupKey: '' }), 'groupKey: expected a non-empty string'],
    ['/generic', genericBody({ key: undefined }), 'key: expected a string, got undefined'],
    ['/generic', genericBody({ title: 7 }), 'title: expected a string, got number'],
    ['/generic', genericBody({ status: 'ok' }), 'status: expected "firing" or "resolved", got "ok"'],
    ['/generic', genericBody({ sevrity: 'critical' }), 'sevrity: unknown key; accepted keys: key, title, status, severity, service, summary, url'],
    ['/generic', genericBody({ url: 'javascript:alert(1)' }), 'url: expected an http(s) URL'],
  ])('%s answers 400 naming the field for %j', async (path, body, message) => {
    const { post, lines } = relay();
    const response = await post(path, body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain(message);
    expect(dispatches()).toHaveLength(0);
    expect(lines[0]).toMatchObject({ status: 400 });
  });

  it('answers 413 for a body over 1 MiB and forwards nothing', async () => {
    const { post } = relay();
    const body = alertmanagerBody({ commonAnnotations: { description: 'x'.repeat(MAX_BODY_BYTES) } });
    const response = await post('/alertmanager', body);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toMatch(/too large/);
    expect(dispatches()).toHaveLength(0);
  });

  it('answers 413 for a streamed body over 1 MiB without a Content-Length', async () => {
    const { app } = relay();
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_BODY_BYTES + chunk.length) controller.close();
        else {
          controller.enqueue(chunk);
          sent += chunk.length;
        }
      },
    });
    const request = new Request('http://relay.test/generic', { method: 'POST', headers: bearer(), body: stream, duplex: 'half' } as RequestInit);
    const response = await app.fetch(request);
    expect(response.status).toBe(413);
    expect(dispatches()).toHaveLength(0);
  });

  it('answers 502 when GitHub keeps failing with 5xx, after retrying, and records no dispatch', async () => {
    ctx.sandbox.faults.inject({ operation: 'repos/create-dispatch-event', status: 502, count: 3 });
    const { post, lines } = relay();
    const response = await post('/alertmanager', alertmanagerBody());
    expect(response.status).toBe(502);
    expect(((await response.json()) as { error: string }).error).toContain('GitHub answered 502');
    expect(dispatches()).toHaveLength(0);
    const attempts = ctx.sandbox.requests.filter((r) => r.path === '/repos/acme/incidents/dispatches');
    expect(attempts).toHaveLength(3);
    expect(lines[0]).toMatchObject({ status: 502 });
  });

  it('retries a 5xx and forwards once when GitHub recovers', async () => {
    ctx.sandbox.faults.inject({ operation: 'repos/create-dispatch-event', status: 503, count: 1 });
    const { post } = relay();
    expect((await post('/alertmanager', alertmanagerBody())).status).toBe(202);
    expect(dispatches()).toHaveLength(1);
  });

  it('answers 502 for a bad token without retrying, and logs no secret', async () => {
    const { post, lines } = relay({ token: 'ghp_not-a-valid-token' });
    const response = await post('/alertmanager', alertmanagerBody());
    expect(response.status).toBe(502);
    const body = (await response.json()) as { error: string };
    expect(body.error).toContain('GitHub answered 401');
    expect(dispatches()).toHaveLength(0);
    expect(ctx.sandbox.requests.filter((r) => r.path === '/repos/acme/incidents/dispatches')).toHaveLength(1);
    const logged = JSON.stringify(lines) + JSON.stringify(body);
    expect(logged).not.toContain('ghp_not-a-valid-token');
    expect(logged).not.toContain(SECRET);
  });

  it('answers 502 when GitHub is unreachable', async () => {
    const { post, lines } = relay({ apiUrl: 'http://127.0.0.1:9' });
    const response = await post('/generic', genericBody());
    expect(response.status).toBe(502);
    expect(((await response.json()) as { error: string }).error).toContain('GitHub unreachable');
    expect(lines[0]).toMatchObject({ status: 502, key: 'checkout-latency' });
  });

  it('never sends a delivery twice once GitHub answered 2xx', async () => {
    const { post } = relay();
    await post('/alertmanager', alertmanagerBody());
    await post('/alertmanager', alertmanagerBody());
    // Two deliveries (Alertmanager repeats), two dispatches: one each, never a retry of a 2xx.
    expect(dispatches()).toHaveLength(2);
    expect(ctx.sandbox.requests.filter((r) => r.path === '/repos/acme/incidents/dispatches')).toHaveLength(2);
  });

  it('fits a huge group into one dispatch within GitHub limits, keeping counts', async () => {
    const { post } = relay();
    const alerts = Array.from({ length: 2000 }, (_, i) => ({
      status: i % 3 === 0 ? 'resolved' : 'firing',
      labels: { alertname: 'DiskFull', instance: `host-${i}`, service: 'storage' },
      annotations: { description: `disk ${i} is at 99%`.padEnd(200, '.') },
      startsAt: '2026-11-21T09:00:00Z',
      endsAt: '2026-11-21T09:30:00Z',
      fingerprint: `fp-${i}`,
    }));
    const response = await post('/alertmanager', alertmanagerBody({ alerts, truncatedAlerts: 5 }));
    expect(response.status).toBe(202);
    expect(dispatches()).toHaveLength(1);
    const raw = dispatches()[0]!.clientPayload;
    expect(JSON.stringify(raw).length).toBeLessThanOrEqual(65_535);
    expect(Object.keys(raw).length).toBeLessThanOrEqual(10);
    const payload = payloadOf();
    expect(payload.counts).toEqual({ firing: 1333, resolved: 667, total: 2005, truncated: 2005 - payload.alerts.length });
    expect(payload.alerts.length).toBeGreaterThan(50);
    // Firing alerts are kept first.
    expect(payload.alerts.every((a) => a.status === 'firing')).toBe(true);
  });
});
