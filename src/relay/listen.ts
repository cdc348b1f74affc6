/** Serves the relay app under `node:http` (the CLI's `sitrep relay`, and tests that need real sockets). */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface RelayServer {
  server: Server;
  /** `http://host:port`, as `RELAY_URL=` prints it. */
  url: string;
  /** Stops accepting, lets requests in flight finish (at most `drainMs`) and resolves once closed. */
  close: (drainMs?: number) => Promise<void>;
}

/** How long a request may take to arrive whole, headers and body; then Node answers 408 and closes. */
export const REQUEST_TIMEOUT_MS = 30_000;

export interface ListenOptions {
  port: number;
  host: string;
  /** Default {@link REQUEST_TIMEOUT_MS}. */
  requestTimeoutMs?: number;
}

/**
 * Answers a refusal whose body was not read to its end with `Connection: close`. The client then
 * sends its next request on a fresh connection, instead of on one whose unread bytes the server
 * is still discarding (and may cut: @hono/node-server drains at most 500 ms, then destroys it).
 */
function closeAfterUnreadBody(fetch: (request: Request) => Response | Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const response = await fetch(request);
    const mayHaveBody = request.method !== 'GET' && request.method !== 'HEAD';
    if (!mayHaveBody || (request.bodyUsed && response.status !== 413)) return response;
    const closing = new Response(response.body, response);
    closing.headers.set('Connection', 'close');
    return closing;
  };
}

/** Listens on `host:port` (0 picks a free port); rejects when the address cannot be bound. */
export async function listenRelay<E extends object>(app: Hono<E>, options: ListenOptions): Promise<RelayServer> {
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const server = await new Promise<Server>((resolve, reject) => {
    const started = serve(
      {
        fetch: closeAfterUnreadBody((request) => app.fetch(request)),
        port: options.port,
        hostname: options.host,
        // A client that stops sending halfway holds its connection at most this long.
        serverOptions: { requestTimeout, headersTimeout: requestTimeout, connectionsCheckingInterval: Math.min(1_000, requestTimeout) },
      },
      () => resolve(started as Server),
    );
    started.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${host}:${address.port}`,
    close: (drainMs = 10_000) =>
      new Promise<void>((resolve) => {
        // Idle keep-alive connections close now, busy ones once their answer is sent.
        const force = setTimeout(() => server.closeAllConnections(), drainMs);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
