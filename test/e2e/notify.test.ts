import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '@sitrep/sandbox';
import { incidentFormBody } from '../support/builders.js';
import { issueCommentEvent, issuesEvent, runAction, scheduleEvent, useSandbox, type ActionRun } from '../harness/index.js';

// Notifications (SPEC 4.7) from the built action: one message per committed change per channel,
// sent to real HTTP endpoints on this machine.

interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let server: Server;
let base = '';
const received: Received[] = [];
/** Paths that answer 500, to see a failing channel reported. */
const failing = new Set<string>();

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      received.push({ path, headers: request.headers, body });
      response.writeHead(failing.has(path) ? 500 : 200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const CONFIG = `escalation:
  coordinators: ["@acme/incident-coordinators"]
notify:
  - { name: incidents, type: slack, url_env: SITREP_SLACK_URL }
  - { name: audit, type: webhook, url_env: SITREP_HOOK_URL, secret_env: SITREP_HOOK_SECRET, events: [declared, update, status, role, resolved] }
  - { name: security, type: discord, url_env: SITREP_DISCORD_URL, types: [security] }
`;
const SECRET = 'hook-secret-123';

const FORM = incidentFormBody({ Summary: 'Checkout API returns 502 for EU customers. cc <!channel> @everyone' });

function env(): Record<string, string> {
  return { SITREP_SLACK_URL: `${base}/slack`, SITREP_HOOK_URL: `${base}/hook`, SITREP_HOOK_SECRET: SECRET, SITREP_DISCORD_URL: `${base}/discord` };
}

async function comment(sandbox: Sandbox, number: number, body: string): Promise<ActionRun> {
  const posted = sandbox.repo().comment(number, body, { as: 'alice' });
  return runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: posted.id }), env: env() });
}

describe('notifications from committed changes', () => {
  const ctx = useSandbox({ fresh: true });

  it('sends one message per channel for a declaration and for one comment, signed, and nothing on a re-run', async () => {
    const { sandbox } = ctx;
    received.length = 0;
    sandbox.repo().writeFile('.github/sitrep.yml', CONFIG, { message: 'Adopt sitrep' });
    const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout API returns 502 for EU customers', body: FORM, labels: ['incident'] });
    const declared = await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }), env: env() });
    expect(declared.exitCode, declared.stdout + declared.stderr).toBe(0);
    expect(declared.outputs.notifications).toBe('2');
    // The security-only Discord channel hears nothing of an ordinary incident.
    expect(received.map((r) => r.path).sort()).toEqual(['/hook', '/slack']);

    const hook = received.find((r) => r.path === '/hook')!;
    expect(hook.headers['x-sitrep-event']).toBe('declared');
    expect(hook.headers['x-sitrep-signature-256']).toBe(`sha256=${createHmac('sha256', SECRET).update(hook.body).digest('hex')}`);
    expect(JSON.parse(hook.body)).toMatchObject({ event: 'declared', incident: { id: `INC-${issue.number}`, severity: 'P1' } });
    const slack = received.find((r) => r.path === '/slack')!;
    expect(slack.body).toContain(`INC-${issue.number}`);
    expect(slack.body).not.toContain('<!channel>');

    received.length = 0;
    const batch = await comment(sandbox, issue.number, '/inc role coordinator @carol\n/inc update Rolled back deploy 1234');
    expect(batch.exitCode, batch.stdout + batch.stderr).toBe(0);
    expect(received.map((r) => r.path).sort()).toEqual(['/hook', '/slack']);
    expect(JSON.parse(received.find((r) => r.path === '/hook')!.body).entries).toHaveLength(2);

    // The same event again adds no Log entry, so nothing is sent.
    received.length = 0;
    const again = await runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: sandbox.repo().comments(issue.number).at(-1)!.id }), env: env() });
    expect(again.exitCode).toBe(0);
    expect(received).toEqual([]);
  });

  it('reports a failing channel by name, never its URL, keeps the change and fails the run', async () => {
    const { sandbox } = ctx;
    failing.add('/slack');
    try {
      sandbox.repo().writeFile('.github/sitrep.yml', CONFIG, { message: 'Adopt sitrep' });
      const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Search is slow', body: FORM, labels: ['incident'] });
      received.length = 0;
      const run = await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }), env: env() });
      expect(run.exitCode).toBe(1);
      expect(run.outputs.errors).toBe('1');
      expect(run.summary).toContain('"incidents"');
      // `::add-mask::` registers the URL as a secret with the runner, which then hides it from every log line.
      const shown = (run.stdout + run.stderr).split('\n').filter((line) => !line.startsWith('::add-mask::'));
      expect(shown.join('\n') + run.summary).not.toContain(`${base}/slack`);
      expect(run.stdout).toContain(`::add-mask::${base}/slack`);
      expect(sandbox.repo().readFile(`incidents/INC-${issue.number}.md`)).toContain(`id: INC-${issue.number}`);
      expect(received.filter((r) => r.path === '/slack').length).toBe(3);
      expect(received.filter((r) => r.path === '/hook').length).toBe(1);
    } finally {
      failing.delete('/slack');
    }
  });

  it('tells the channels that listen for reminders when the sweep posts one, once', async () => {
    const { sandbox } = ctx;
    sandbox.repo().writeFile('.github/sitrep.yml', CONFIG.replace('events: [declared, update, status, role, resolved]', 'events: [reminder, escalation]'), { message: 'Adopt sitrep' });
    const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Payments time out', body: FORM, labels: ['incident'] });
    expect((await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }), env: env() })).exitCode).toBe(0);
    received.length = 0;
    sandbox.clock.advance('35m');
    const sweep = await runAction({ sandbox, ...scheduleEvent(sandbox, { cron: '*/10 * * * *' }), env: env() });
    expect(sweep.exitCode, sweep.stdout + sweep.stderr).toBe(0);
    const hooks = received.filter((r) => r.path === '/hook');
    // The update is late and the P1 has no coordinator: two reminders on the issue, two messages.
    expect(sweep.outputs.reminders).toBe('2');
    expect(hooks.map((r) => r.headers['x-sitrep-event'])).toEqual(['reminder', 'reminder']);
    expect(hooks.map((r) => JSON.parse(r.body).reminder?.kind).sort()).toEqual(['staffing', 'update']);
    expect(JSON.parse(hooks[0]!.body)).toMatchObject({ event: 'reminder', incident: { id: `INC-${issue.number}` } });

    received.length = 0;
    const again = await runAction({ sandbox, ...scheduleEvent(sandbox, { cron: '*/10 * * * *' }), env: env() });
    expect(again.exitCode).toBe(0);
    expect(received.filter((r) => r.path === '/hook')).toEqual([]);
  });
});
