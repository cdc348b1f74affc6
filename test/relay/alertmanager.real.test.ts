/**
 * The relay behind a real Prometheus Alertmanager (SPEC 7): Alertmanager's own webhook notifier
 * delivers to the built `sitrep relay`, which dispatches to the sandbox. Slow (seconds); skipped
 * with a visible reason where Alertmanager is not installed, except under CI=true, where it fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RepositoryDispatch } from '@sitrep/sandbox';
import { readAlertPayload, type AlertPayload } from '../../src/core/alert.js';
import { useSandbox } from '../harness/index.js';
import { SECRET } from './fixtures.js';
import { startRelay, type RelayProcess } from './process.js';

const ALERTMANAGER = process.env.SITREP_ALERTMANAGER_BIN ?? '/usr/bin/prometheus-alertmanager';
const installed = existsSync(ALERTMANAGER);
const inCi = process.env.CI === 'true';
const reason = `${ALERTMANAGER} is not installed (apt-get install prometheus-alertmanager)`;

if (!installed && !inCi) {
  // Visible in the run's output, not only as a skipped test.
  process.stderr.write(`Skipping the real Alertmanager test: ${reason}\n`);
}

/** A free loopback port (released just before Alertmanager binds it). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` every 100 ms until it returns a value, failing after `ms`. */
async function waitFor<T>(what: string, ms: number, check: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function payloadOf(dispatch: RepositoryDispatch): AlertPayload {
  const read = readAlertPayload(dispatch.clientPayload);
  if ('problems' in read) throw new Error(`the dispatch does not match schemas/alert.schema.json: ${read.problems.map((p) => p.message).join('; ')}`);
  return read.payload;
}

describe.runIf(installed || inCi)('the relay behind a real Alertmanager', () => {
  const ctx = useSandbox();
  let dir: string;
  let alertmanager: ChildProcess | undefined;
  let alertmanagerLog = '';
  let alertmanagerUrl: string;
  let relay: RelayProcess | undefined;

  beforeAll(async () => {
    if (!installed) throw new Error(`CI=true and ${reason}`);
    relay = await startRelay(['--repo', 'acme/incidents', '--port', '0'], {
      SITREP_RELAY_SECRET: SECRET,
      GITHUB_TOKEN: ctx.sandbox.token,
      GITHUB_API_URL: ctx.sandbox.url,
    });
    dir = mkdtempSync(join(tmpdir(), 'sitrep-alertmanager-'));
    const config = [
      'route:',
      '  receiver: sitrep',
      '  group_by: [alertname]',
      '  group_wait: 1s',
      '  group_interval: 1s',
      '  repeat_interval: 4h',
      'receivers:',
      '  - name: sitrep',
      '    webhook_configs:',
      `      - url: ${JSON.stringify(`${relay.url}/alertmanager`)}`,
      '        send_resolved: true',
      '        http_config:',
      '          authorization:',
      '            type: Bearer',
      `            credentials: ${JSON.stringify(SECRET)}`,
      '',
    ].join('\n');
    writeFileSync(join(dir, 'alertmanager.yml'), config);
    const port = await freePort();
    alertmanagerUrl = `http://127.0.0.1:${port}`;
    alertmanager = spawn(
      ALERTMANAGER,
      [
        `--config.file=${join(dir, 'alertmanager.yml')}`,
        `--storage.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--cluster.listen-address=',
        '--log.level=debug',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    alertmanager.stdout!.on('data', (chunk: Buffer) => (alertmanagerLog += chunk.toString()));
    alertmanager.stderr!.on('data', (chunk: Buffer) => (alertmanagerLog += chunk.toString()));
    await waitFor('Alertmanager to be ready', 20_000, async () => {
      if (alertmanager?.exitCode !== null) throw new Error(`Alertmanager exited (${alertmanager?.exitCode}):\n${alertmanagerLog}`);
      const ready = await fetch(`${alertmanagerUrl}/-/ready`).catch(() => undefined);
      return ready?.ok ? true : undefined;
    });
  }, 60_000);

  afterAll(async () => {
    const stopped = (child: ChildProcess | undefined) =>
      child && child.exitCode === null && child.signalCode === null
        ? new Promise<void>((resolve) => {
            const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
            child.once('exit', () => {
              clearTimeout(force);
              resolve();
            });
            child.kill('SIGTERM');
          })
        : Promise.resolve();
    await stopped(alertmanager);
    if (relay) {
      relay.child.kill('SIGTERM');
      await relay.exited(10_000).catch(() => undefined);
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function postAlerts(alerts: unknown[]): Promise<void> {
    const response = await fetch(`${alertmanagerUrl}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(alerts),
    });
    expect(response.status, await response.text()).toBe(200);
  }

  const labels = { alertname: 'CheckoutErrors', service: 'checkout-api', severity: 'critical', instance: 'eu-1' };
  const startsAt = new Date(Date.now() - 60_000).toISOString();

  it('forwards a firing group as exactly one sitrep-alert dispatch, then its resolution', async () => {
    const repo = ctx.sandbox.repo();
    await postAlerts([
      {
        labels,
        annotations: { summary: 'Checkout API returns 502 for EU customers', runbook_url: 'https://runbooks.example.com/checkout' },
        startsAt,
        generatorURL: 'http://prometheus.example.com/graph?g0.expr=errors',
      },
    ]);
    const [firing] = await waitFor('the firing dispatch', 20_000, () => {
      const recorded = repo.dispatches();
      return recorded.length ? recorded : undefined;
    }).catch((error: Error) => {
      throw new Error(`${error.message}\nrelay:\n${relay?.stderr()}\nalertmanager:\n${alertmanagerLog}`);
    });
    // Long enough for a duplicate notification to have arrived (group_interval is 1s).
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(repo.dispatches()).toHaveLength(1);
    expect(firing!.eventType).toBe('sitrep-alert');
    const payload = payloadOf(firing!);
    expect(payload).toMatchObject({
      version: 1,
      source: 'alertmanager',
      key: '{}:{alertname="CheckoutErrors"}',
      status: 'firing',
      common_labels: labels,
      common_annotations: { summary: 'Checkout API returns 502 for EU customers' },
      counts: { firing: 1, resolved: 0, total: 1, truncated: 0 },
    });
    expect(payload.alerts).toHaveLength(1);
    expect(payload.alerts[0]).toMatchObject({ status: 'firing', labels, url: 'http://prometheus.example.com/graph?g0.expr=errors' });
    expect(payload.alerts[0]!.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(payload.external_url).toMatch(/^http:\/\//);

    // The same alert, now ended: Alertmanager sends the group as resolved.
    await postAlerts([{ labels, annotations: { summary: 'Checkout API returns 502 for EU customers' }, startsAt, endsAt: new Date(Date.now() - 1_000).toISOString() }]);
    const resolved = await waitFor('the resolved dispatch', 20_000, () => repo.dispatches()[1]).catch((error: Error) => {
      throw new Error(`${error.message}\nrelay:\n${relay?.stderr()}\nalertmanager:\n${alertmanagerLog}`);
    });
    const after = payloadOf(resolved);
    expect(after).toMatchObject({ key: payload.key, status: 'resolved', counts: { firing: 0, resolved: 1, total: 1, truncated: 0 } });
    expect(after.alerts[0]).toMatchObject({ fingerprint: payload.alerts[0]!.fingerprint, status: 'resolved' });
    expect(after.alerts[0]!.ends_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

    // The relay logs a request once it has answered, which can be just after GitHub saw the dispatch.
    const routeLines = () => relay!.stderr().split('\n').filter((l) => l.includes('"route":"/alertmanager"'));
    const logged = await waitFor('the relay\'s log of both deliveries', 10_000, () => (routeLines().length >= 2 ? routeLines() : undefined));
    expect(logged.length).toBeGreaterThanOrEqual(2);
    expect(logged.every((l) => (JSON.parse(l) as { status: number }).status === 202)).toBe(true);
    expect(relay!.stderr()).not.toContain(SECRET);
  }, 90_000);
});

if (!installed && !inCi) {
  describe('the relay behind a real Alertmanager', () => {
    it.skip(`skipped: ${reason}`, () => {});
  });
}
