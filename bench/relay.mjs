// Benchmark: how fast `sitrep relay` answers, with GitHub answering normally.
//
//   node bench/relay.mjs [--requests 1000] [--concurrency 50]
//
// Serves the relay app (built from src/, under node:http as `sitrep relay` does) in front of the
// local GitHub sandbox, and a sandbox Slack for the signatures; 50 senders post at once, each
// waiting for its answer before sending again, until --requests requests have been answered per
// route: the alert routes (/alertmanager, /generic, relay secret) and Slack's slash command route
// (/slack/commands, v0 signature). Every request is forwarded as one repository dispatch, so the
// figure includes GitHub's (the sandbox's) answer. Prints, per route, the answers' statuses and
// the 50th, 90th and 99th percentile of the time to answer. Goal: p99 under 300 ms for each.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { importSources, root } from './lib/bundle.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const REQUESTS = option('requests', 1000);
const CONCURRENCY = option('concurrency', 50);

const sitrep = await importSources('relay', [
  "export { createSlackSandbox } from '@sitrep/sandbox/slack';",
  "export { createRelayApp } from './src/relay/index.ts';",
  "export { serve } from '@hono/node-server';",
]);

const SECRET = 'bench-relay-secret';
// GitHub (the sandbox, as `sitrep sandbox` serves it) runs in its own process, as GitHub does: its
// checks of every request against GitHub's OpenAPI description do not share the relay's thread.
const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'sandbox'], { stdio: ['ignore', 'pipe', 'inherit'] });
const github = await new Promise((resolve) => {
  const found = {};
  createInterface({ input: child.stdout }).on('line', (line) => {
    const [key, value] = line.split('=');
    if (key === 'SANDBOX_URL') found.url = value;
    if (key === 'SANDBOX_TOKEN') found.token = value;
    if (found.url && found.token) resolve(found);
  });
});
const slack = await sitrep.createSlackSandbox();
slack.addUser('alice');
slack.addChannel('inc-42-checkout');
const app = sitrep.createRelayApp({
  repo: 'acme/incidents',
  secret: SECRET,
  token: github.token,
  apiUrl: github.url,
  log: () => {},
  slack: { signingSecret: slack.signingSecret, teamId: slack.teamId },
});
const server = await new Promise((resolve) => {
  const started = sitrep.serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
});
const base = `http://127.0.0.1:${server.address().port}`;

const alertmanager = (i) => ({
  receiver: 'sitrep',
  status: 'firing',
  alerts: [{ status: 'firing', labels: { alertname: 'HighErrorRate', service: 'checkout-api', severity: 'critical', n: String(i) }, annotations: { summary: 'Checkout API returns 502' }, startsAt: '2026-11-21T09:50:00Z', endsAt: '0001-01-01T00:00:00Z', generatorURL: 'http://prometheus.example.com/graph', fingerprint: `f${i}` }],
  groupLabels: { alertname: 'HighErrorRate' },
  commonLabels: { alertname: 'HighErrorRate' },
  commonAnnotations: {},
  externalURL: 'http://alertmanager.example.com:9093',
  version: '4',
  groupKey: `{}:{alertname="HighErrorRate",n="${i}"}`,
  truncatedAlerts: 0,
});
const bearer = { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' };
const ROUTES = {
  '/alertmanager': (i) => fetch(`${base}/alertmanager`, { method: 'POST', headers: bearer, body: JSON.stringify(alertmanager(i)) }),
  '/generic': (i) => fetch(`${base}/generic`, { method: 'POST', headers: bearer, body: JSON.stringify({ key: `bench-${i}`, title: 'Checkout API returns 502', status: 'firing' }) }),
  '/slack/commands': (i) => slack.send(`${base}/slack/commands`, slack.slashCommand('alice', 'inc-42-checkout', `update step ${i} of the rollback`)),
};

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

console.log(`relay: ${REQUESTS} requests per route, ${CONCURRENCY} concurrent senders, GitHub answering normally (the sandbox)`);
console.log('route              statuses             p50 ms   p90 ms   p99 ms   max ms');
let failed = false;
for (const [route, send] of Object.entries(ROUTES)) {
  // Warm up the route (and the connections) before measuring.
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => send(-1 - i).then((r) => r.arrayBuffer())));
  const times = [];
  const statuses = new Map();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        const i = next++;
        const started = performance.now();
        const response = await send(i);
        await response.arrayBuffer();
        times.push(performance.now() - started);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  times.sort((a, b) => a - b);
  const shown = [...statuses].map(([s, n]) => `${s}×${n}`).join(' ');
  const p99 = percentile(times, 99);
  if (p99 >= 300 || [...statuses.keys()].some((s) => s >= 300)) failed = true;
  console.log(
    `${route.padEnd(18)} ${shown.padEnd(20)} ${percentile(times, 50).toFixed(1).padStart(6)}   ${percentile(times, 90).toFixed(1).padStart(6)}   ${p99.toFixed(1).padStart(6)}   ${times.at(-1).toFixed(1).padStart(6)}`,
  );
}
server.closeAllConnections();
server.close();
await slack.close();
child.kill('SIGTERM');
if (failed) {
  console.log('goal missed: a p99 of 300 ms or more, or an answer that is not 2xx');
  process.exitCode = 1;
}
