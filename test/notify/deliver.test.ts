import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { NotifyChannel } from '../../src/core/config.js';
import { deliver, retryAfter, type DeliverOptions } from '../../src/notify/deliver.js';
import { planNotifications } from '../../src/notify/plan.js';
import type { Message } from '../../src/notify/types.js';
import { verifySignature } from '../../src/notify/webhook.js';
import { anIncident } from '../support/builders.js';
import { aChannel, ISSUE_URL, update } from './fixtures.js';

interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}
interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/** A real HTTP server on 127.0.0.1: each path answers from its script of replies (then 200), and records what it got. */
let server: Server;
let base: string;
const received: Received[] = [];
const scripts = new Map<string, Reply[]>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const reply = scripts.get(path)?.shift() ?? { status: 200, body: 'ok' };
      res.writeHead(reply.status, reply.headers).end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received.length = 0;
  scripts.clear();
});

/** Deliver options that record every wait, log line and registered secret instead of sleeping. */
function harness(env: Record<string, string>) {
  const waits: number[] = [];
  const logs: string[] = [];
  const secrets: string[] = [];
  const options: DeliverOptions = {
    env,
    sleep: async (ms) => {
      waits.push(ms);
    },
    log: (line) => logs.push(line),
    registerSecret: (value) => secrets.push(value),
  };
  return { options, waits, logs, secrets };
}

function messagesFor(channels: NotifyChannel[]): Message[] {
  return planNotifications({ channels, record: anIncident({ status: 'fixing' }), entries: [update], issueUrl: ISSUE_URL, repository: 'acme/incidents', batch: 'single' });
}

const TOKEN = 'T0001/B0002/XXXXsecretTOKEN';

describe('deliver', () => {
  it('waits as Retry-After says on a 429, then delivers', async () => {
    const path = `/services/${TOKEN}`;
    scripts.set(path, [{ status: 429, headers: { 'Retry-After': '7' }, body: 'rate_limited' }]);
    const h = harness({ SITREP_SLACK_URL: `${base}${path}` });
    const [message] = messagesFor([aChannel()]);
    const report = await deliver([message as Message], h.options);
    expect(report).toEqual({ sent: [message?.deliveryId], errors: [] });
    expect(h.waits).toEqual([7000]);
    expect(received).toHaveLength(2);
    expect(received[1]?.body).toBe(message?.body);
    expect(h.secrets).toEqual([`${base}${path}`]);
  });

  it("honours Discord's retry_after in the body when there is no header", async () => {
    const path = '/api/webhooks/1/abc';
    scripts.set(path, [{ status: 429, headers: { 'Content-Type': 'application/json' }, body: '{"message":"You are being rate limited.","retry_after":1.5,"global":false}' }]);
    const h = harness({ SITREP_DISCORD_URL: `${base}${path}` });
    const report = await deliver(messagesFor([aChannel({ type: 'discord', name: 'discord', urlEnv: 'SITREP_DISCORD_URL' })]), h.options);
    expect(report.errors).toEqual([]);
    expect(h.waits).toEqual([1500]);
  });

  it('fails a channel that answers 500 three times: the error names the channel, never its URL', async () => {
    const path = `/services/${TOKEN}`;
    scripts.set(path, [{ status: 500, body: `upstream ${base}${path} broke` }, { status: 502 }, { status: 503 }]);
    const h = harness({ SITREP_SLACK_URL: `${base}${path}` });
    const report = await deliver(messagesFor([aChannel({ name: 'incidents' })]), h.options);
    expect(received).toHaveLength(3);
    expect(h.waits).toEqual([1000, 2000]);
    expect(report.sent).toEqual([]);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]?.channel).toBe('incidents');
    expect(report.errors[0]?.message).toMatch(/^notify channel "incidents" \(slack\): INC-42 update not delivered: HTTP 503/);
    const everything = JSON.stringify(report) + h.logs.join('\n');
    for (const secret of [TOKEN, 'XXXXsecretTOKEN', base, base.replace('http://', '')]) expect(everything).not.toContain(secret);
    expect(h.logs).toHaveLength(2);
  });

  it('does not retry a 4xx other than 429', async () => {
    const path = '/workflows/abc';
    scripts.set(path, [{ status: 400, body: 'invalid_payload' }]);
    const h = harness({ SITREP_TEAMS_URL: `${base}${path}` });
    const report = await deliver(messagesFor([aChannel({ type: 'teams', name: 'teams', urlEnv: 'SITREP_TEAMS_URL' })]), h.options);
    expect(received).toHaveLength(1);
    expect(report.errors[0]?.message).toContain('HTTP 400: invalid_payload');
  });

  it('gives up rather than wait for a Retry-After longer than a minute', async () => {
    const path = '/slow';
    scripts.set(path, [{ status: 429, headers: { 'Retry-After': '3600' } }]);
    const h = harness({ SITREP_SLACK_URL: `${base}${path}` });
    const report = await deliver(messagesFor([aChannel()]), h.options);
    expect(received).toHaveLength(1);
    expect(h.waits).toEqual([]);
    expect(report.errors[0]?.message).toContain('HTTP 429');
  });

  it('reports a closed port as a connection error, tried three times, without the address', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const h = harness({ SITREP_SLACK_URL: `http://127.0.0.1:${port}/services/${TOKEN}` });
    const report = await deliver(messagesFor([aChannel()]), h.options);
    expect(report.sent).toEqual([]);
    expect(report.errors[0]?.message).toContain('could not connect (ECONNREFUSED)');
    expect(h.waits).toEqual([1000, 2000]);
    const everything = JSON.stringify(report) + h.logs.join('\n');
    expect(everything).not.toContain(String(port));
    expect(everything).not.toContain(TOKEN);
  });

  it('a missing environment variable is an error naming the variable; nothing is sent', async () => {
    const h = harness({});
    const report = await deliver(messagesFor([aChannel({ urlEnv: 'SITREP_SLACK_URL' })]), h.options);
    expect(received).toEqual([]);
    expect(report.errors).toEqual([
      { channel: 'incidents', deliveryIds: [expect.any(String)], message: expect.stringContaining('environment variable SITREP_SLACK_URL (url_env) is not set') },
    ]);
  });

  it('a variable that holds no http(s) URL is an error naming the variable, not its value', async () => {
    const h = harness({ SITREP_SLACK_URL: `hooks.slack.com/services/${TOKEN}` });
    const report = await deliver(messagesFor([aChannel()]), h.options);
    expect(report.errors[0]?.message).toBe('notify channel "incidents": environment variable SITREP_SLACK_URL does not hold an http(s) URL');
    expect(h.secrets).toEqual([`hooks.slack.com/services/${TOKEN}`]);
  });

  it('one failing channel never stops another', async () => {
    scripts.set('/bad', [{ status: 500 }, { status: 500 }, { status: 500 }]);
    const h = harness({ BAD_URL: `${base}/bad`, GOOD_URL: `${base}/good`, MISSING_SECRET_URL: `${base}/hook` });
    const channels = [
      aChannel({ name: 'bad', urlEnv: 'BAD_URL' }),
      aChannel({ name: 'unset', urlEnv: 'UNSET_URL' }),
      aChannel({ name: 'nosecret', type: 'webhook', urlEnv: 'MISSING_SECRET_URL', secretEnv: 'HOOK_SECRET' }),
      aChannel({ name: 'good', type: 'discord', urlEnv: 'GOOD_URL' }),
    ];
    const messages = messagesFor(channels);
    const report = await deliver(messages, h.options);
    expect(report.sent).toEqual([messages[3]?.deliveryId]);
    expect(report.errors.map((e) => e.channel).sort()).toEqual(['bad', 'nosecret', 'unset']);
    expect(report.errors.find((e) => e.channel === 'nosecret')?.message).toContain('HOOK_SECRET');
    expect(received.filter((r) => r.path === '/good')).toHaveLength(1);
  });

  it('signs a webhook: the receiver recomputes the HMAC over the body it got', async () => {
    const secret = 'sup3r-s3cret-value';
    const h = harness({ HOOK_URL: `${base}/hook`, HOOK_SECRET: secret });
    const [message] = messagesFor([aChannel({ name: 'hook', type: 'webhook', urlEnv: 'HOOK_URL', secretEnv: 'HOOK_SECRET' })]);
    const report = await deliver([message as Message], h.options);
    expect(report.errors).toEqual([]);
    const got = received[0] as Received;
    expect(got.headers['x-sitrep-event']).toBe('update');
    expect(got.headers['x-sitrep-delivery']).toBe(message?.deliveryId);
    expect(verifySignature(got.body, secret, String(got.headers['x-sitrep-signature-256']))).toBe(true);
    expect(JSON.parse(got.body)).toMatchObject({ event: 'update', url: ISSUE_URL, incident: { id: 'INC-42' } });
    expect(h.secrets).toEqual([`${base}/hook`, secret]);
  });
});

describe('registering the URL as a secret', () => {
  async function stdoutOf(env: Record<string, string>): Promise<string> {
    const written: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      await deliver(messagesFor([aChannel()]), { env, sleep: async () => undefined, log: () => undefined });
    } finally {
      process.stdout.write = write;
    }
    return written.join('');
  }

  it('on a runner, masks the URL with core.setSecret before sending', async () => {
    const url = `${base}/services/${TOKEN}`;
    expect(await stdoutOf({ GITHUB_ACTIONS: 'true', SITREP_SLACK_URL: url })).toContain(`::add-mask::${url}`);
    expect(received).toHaveLength(1);
  });

  it('outside a runner, prints nothing (setSecret would print the URL itself)', async () => {
    expect(await stdoutOf({ SITREP_SLACK_URL: `${base}/services/${TOKEN}` })).not.toContain(TOKEN);
    expect(received).toHaveLength(1);
  });
});

describe('retryAfter', () => {
  const now = Date.parse('2026-11-21T10:00:00Z');
  it.each([
    ['5', '', 5000],
    ['0.5', '', 500],
    ['Sat, 21 Nov 2026 10:00:30 GMT', '', 30_000],
    ['Sat, 21 Nov 2026 09:59:00 GMT', '', 0],
    [null, '{"retry_after": 2.25}', 2250],
    [null, 'not json', null],
    ['soon', '', null],
  ])('%s / %s → %s', (header, body, expected) => {
    expect(retryAfter(header, body, now)).toBe(expected);
  });
});
