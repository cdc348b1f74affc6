/**
 * SPEC 5: a request on a keep-alive connection is answered whatever came before it on that
 * connection. Each case sends a refused request and then a good webhook through one keep-alive
 * agent with a single socket, as Node's `fetch` and Alertmanager's client reuse connections, and
 * asserts the good webhook is answered 202 and forwarded.
 */
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelayApp, MAX_BODY_BYTES } from '../../src/relay/index.js';
import { listenRelay, type RelayServer } from '../../src/relay/listen.js';
import { useSandbox } from '../harness/index.js';
import { bearer, genericBody, SECRET } from './fixtures.js';

const ctx = useSandbox();
let relay: RelayServer;

beforeAll(async () => {
  const app = createRelayApp({ repo: 'acme/incidents', secret: SECRET, token: ctx.sandbox.token, apiUrl: ctx.sandbox.url, log: () => {} });
  // A short request timeout, so the stalled client below is answered within the test.
  relay = await listenRelay(app, { port: 0, host: '127.0.0.1', requestTimeoutMs: 1_000 });
});

afterAll(async () => {
  await relay?.close();
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  socket: Socket;
}

/** Sends one request through `agent`; `body` is written in one go, or as chunks without a length. */
function send(
  agent: Agent,
  path: string,
  options: { headers?: Record<string, string>; body?: Buffer | string; chunks?: Buffer[]; stopAfter?: Buffer; stall?: boolean; declaredLength?: number },
): Promise<Answer | 'aborted'> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, relay.url);
    const headers: Record<string, string> = { ...(options.headers ?? bearer()) };
    if (options.declaredLength !== undefined) headers['content-length'] = String(options.declaredLength);
    const req = request(url, { method: 'POST', agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, socket: req.socket! }));
      res.on('error', reject);
    });
    req.on('error', (error) => (options.stopAfter && !options.stall ? resolve('aborted') : reject(error)));
    if (options.stopAfter) {
      // Declares a length and sends part of it; then either drops the connection or goes quiet.
      req.write(options.stopAfter, () => {
        if (!options.stall) setTimeout(() => req.destroy(), 50);
      });
      return;
    }
    if (options.chunks) {
      for (const chunk of options.chunks) req.write(chunk);
      req.end();
      return;
    }
    req.end(options.body);
  });
}

function answered(refused: Answer | 'aborted'): Answer {
  if (refused === 'aborted') throw new Error('the refused request got no answer');
  return refused;
}

async function refusedThenGood(first: Parameters<typeof send>[2]): Promise<{ refused: Answer | 'aborted'; good: Answer }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const before = ctx.sandbox.repo().dispatches().length;
    const refused = await send(agent, '/generic', first);
    const good = answered(await send(agent, '/generic', { body: JSON.stringify(genericBody({ key: `after-${before}` })) }));
    expect(good.status, good.body).toBe(202);
    expect(JSON.parse(good.body)).toMatchObject({ forwarded: true, key: `after-${before}` });
    // The refused request forwarded nothing; the good one exactly one dispatch.
    expect(ctx.sandbox.repo().dispatches()).toHaveLength(before + 1);
    return { refused, good };
  } finally {
    agent.destroy();
  }
}

describe('relay on a keep-alive connection (node:http)', () => {
  it('answers the next request after a 401 whose body was never read', async () => {
    const { refused } = await refusedThenGood({ headers: bearer('wrong'), body: Buffer.alloc(4 * MAX_BODY_BYTES, 0x78) });
    expect(answered(refused).status).toBe(401);
  });

  it('answers the next request after a 400, on the same socket', async () => {
    const { refused, good } = await refusedThenGood({ body: '{"not json' });
    expect(answered(refused).status).toBe(400);
    // The refused body was read whole, so nothing stops the connection from being reused.
    expect(good.socket).toBe(answered(refused).socket);
  });

  it('answers the next request after a 413 refused by its Content-Length', async () => {
    const { refused } = await refusedThenGood({ body: Buffer.alloc(MAX_BODY_BYTES + 1024 * 1024, 0x61) });
    expect(answered(refused).status).toBe(413);
  });

  it('answers the next request after a chunked body that grows past the limit (413)', async () => {
    const chunks = Array.from({ length: 40 }, () => Buffer.alloc(64 * 1024, 0x61));
    const { refused } = await refusedThenGood({ chunks });
    expect(answered(refused).status).toBe(413);
  });

  it('answers the next request after a client that stopped sending halfway', async () => {
    const { refused } = await refusedThenGood({ declaredLength: 4096, stopAfter: Buffer.alloc(2048, 0x61) });
    expect(refused).toBe('aborted');
    // And a relay that saw the half body still answers a fresh connection.
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
  });

  it('answers a client that stopped sending halfway and stays connected with 408, then the next request', async () => {
    const { refused } = await refusedThenGood({ declaredLength: 4096, stopAfter: Buffer.alloc(2048, 0x61), stall: true });
    expect(answered(refused).status).toBe(408);
    expect(answered(refused).headers.connection).toBe('close');
  });

  it('answers a POST to an unknown route, body unread, then the next request', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const missing = answered(await send(agent, '/nowhere', { body: Buffer.alloc(MAX_BODY_BYTES, 0x61) }));
      expect(missing.status).toBe(404);
      const good = answered(await send(agent, '/generic', { body: JSON.stringify(genericBody()) }));
      expect(good.status).toBe(202);
    } finally {
      agent.destroy();
    }
  });
});
