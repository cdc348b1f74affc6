import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { useSandbox } from '../harness/index.js';
import { bearer, genericBody, SECRET } from './fixtures.js';
import { startRelay, type RelayProcess } from './process.js';

const ctx = useSandbox({ fresh: true });
let running: RelayProcess | undefined;

afterEach(() => {
  if (running && running.child.exitCode === null && running.child.signalCode === null) running.child.kill('SIGKILL');
  running = undefined;
});

function env(apiUrl: string, token: string): Record<string, string> {
  return { SITREP_RELAY_SECRET: SECRET, GITHUB_TOKEN: token, GITHUB_API_URL: apiUrl };
}

describe('sitrep relay (the built CLI)', () => {
  it('prints RELAY_URL, forwards a delivery to the sandbox and exits 0 on SIGTERM', async () => {
    running = await startRelay(['--repo', 'acme/incidents', '--port', '0'], env(ctx.sandbox.url, ctx.sandbox.token));
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    const response = await fetch(`${running.url}/generic`, { method: 'POST', headers: bearer(), body: JSON.stringify(genericBody()) });
    expect(response.status).toBe(202);
    expect(ctx.sandbox.repo().dispatches()).toHaveLength(1);
    running.child.kill('SIGTERM');
    expect(await running.exited()).toBe(0);
    const lines = running
      .stderr()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toContainEqual(expect.objectContaining({ route: '/generic', status: 202, key: 'checkout-latency' }));
    // Neither the secret nor the token is ever logged.
    expect(running.stderr() + running.stdout()).not.toContain(SECRET);
    expect(running.stderr() + running.stdout()).not.toContain(ctx.sandbox.token);
  });

  it('finishes a request in flight on SIGTERM before exiting 0', async () => {
    // A GitHub that takes its time answering the dispatch.
    let received!: () => void;
    const arrived = new Promise<void>((resolve) => (received = resolve));
    const slow: Server = createServer((request, response) => {
      request.resume();
      received();
      setTimeout(() => response.writeHead(204).end(), 700);
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      const api = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
      running = await startRelay(['--repo', 'acme/incidents', '--port', '0'], env(api, 'any-token'));
      const pending = fetch(`${running.url}/generic`, { method: 'POST', headers: bearer(), body: JSON.stringify(genericBody()) });
      await arrived;
      running.child.kill('SIGTERM');
      expect((await pending).status).toBe(202);
      expect(await running.exited()).toBe(0);
      // Once stopping, it accepts nothing new.
      await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
    } finally {
      slow.closeAllConnections();
      await new Promise((resolve) => slow.close(resolve));
    }
  });

  it('refuses to start without the secret or the token, naming them (exit 2)', async () => {
    await expect(startRelay(['--repo', 'acme/incidents', '--port', '0'], { GITHUB_TOKEN: 'x' })).rejects.toThrow(/exited \(2\)[\s\S]*SITREP_RELAY_SECRET is required/);
    await expect(startRelay(['--repo', 'acme/incidents', '--port', '0'], { SITREP_RELAY_SECRET: 'x' })).rejects.toThrow(/GITHUB_TOKEN is required/);
    await expect(startRelay(['--port', '0'], { SITREP_RELAY_SECRET: 'x', GITHUB_TOKEN: 'x' })).rejects.toThrow(/--repo is required/);
  });
});
