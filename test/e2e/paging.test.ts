import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentFormBody } from '../support/builders.js';
import { PAGE_EVENT_TYPE, type PagePayload } from '../../src/paging/verify.js';
import { createDispatcher, createRelayApp } from '../../src/relay/index.js';
import type { Sandbox } from '@sitrep/sandbox';
import { startSandboxPager, type SandboxPager } from '@sitrep/sandbox/pager';
import { issueCommentEvent, issuesEvent, repositoryDispatchEvent, runAction, scheduleEvent, useSandbox, type ActionRun } from '../harness/index.js';

// Paging (SPEC 4.11) from the built action against the sandbox's pager: the applier pages after a
// committed change, records `paged` only after the pager accepted, and the next run pages what
// an earlier one could not.

const ROUTING_KEY = 'R0UT1NGKEY0000000000000000000042';
const WEBHOOK_SECRET = 'pagerduty-webhook-signing-secret';
const CONFIG = `escalation:
  coordinators: ["@acme/incident-coordinators"]
paging:
  - { name: primary, type: pagerduty, key_env: SITREP_PD_KEY }
people:
  carol: { email: carol@example.com, pager: PCAROL1 }
`;

let pager: SandboxPager;
beforeAll(async () => {
  pager = await startSandboxPager({ keys: [ROUTING_KEY] });
});
afterAll(() => pager.close());

function env(): Record<string, string> {
  return { SITREP_PD_KEY: ROUTING_KEY, SITREP_PAGERDUTY_EVENTS_URL: pager.url };
}

function declare(sandbox: Sandbox): { number: number; opened: () => Promise<ActionRun> } {
  if (!sandbox.repo().readFile('.github/sitrep.yml')) sandbox.repo().writeFile('.github/sitrep.yml', CONFIG, { message: 'Adopt sitrep' });
  const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout API returns 502 for EU customers', body: incidentFormBody(), labels: ['incident'] });
  return { number: issue.number, opened: () => runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: issue.number }), env: env() }) };
}

async function comment(sandbox: Sandbox, number: number, body: string): Promise<ActionRun> {
  const posted = sandbox.repo().comment(number, body, { as: 'alice' });
  return runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: posted.id }), env: env() });
}

/** What the run printed, less the runner's masking commands (a runner never shows those lines). */
function printed(run: ActionRun): string {
  return (run.stdout + run.stderr).split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
}

function logOf(sandbox: Sandbox, number: number): string[] {
  const text = sandbox.repo().readFile(`incidents/INC-${number}.md`) ?? '';
  return text.split('\n').filter((line) => / · @[^ ]+ · /.test(line));
}

function pagedLines(sandbox: Sandbox, number: number): string[] {
  return logOf(sandbox, number).filter((line) => line.includes(' · paged'));
}

function card(sandbox: Sandbox, number: number): string {
  return sandbox.repo().botComments(number).find((c) => c.body.startsWith('<!-- sitrep:card -->'))?.body ?? '';
}

function alertOf(number: number) {
  return [...pager.alerts.values()].find((a) => a.key.endsWith(`#INC-${number}`));
}

describe('paging from the applier', () => {
  const ctx = useSandbox();

  /** `sitrep relay` on a port, forwarding to the sandbox's repository. */
  async function startRelay(sandbox: Sandbox): Promise<{ url: string; close: () => Promise<void> }> {
    const [owner = '', name = ''] = sandbox.defaultRepo.split('/');
    const repo = `${owner}/${name}`;
    const app = createRelayApp({
      repo,
      secret: 'relay-secret-for-tests',
      pagerdutySecret: WEBHOOK_SECRET,
      dispatch: createDispatcher({ repo, token: sandbox.token, apiUrl: sandbox.url, retryBaseMs: 5 }),
      dispatchPage: createDispatcher<PagePayload>({ repo, token: sandbox.token, apiUrl: sandbox.url, retryBaseMs: 5, eventType: PAGE_EVENT_TYPE }),
      log: () => undefined,
    });
    const server = await new Promise<Server>((resolve) => {
      const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started as Server));
    });
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  }

  it('pages a declared P1 once even when the 202 is lost, logs it, shows it on the card, pages nothing on a re-delivery, and resolves at the pager', async () => {
    const { sandbox } = ctx;
    pager.reset();
    const { number, opened } = declare(sandbox);
    pager.faults.lostAnswer = 1;
    const declared = await opened();
    expect(declared.exitCode, declared.stdout + declared.stderr).toBe(0);
    expect(declared.outputs.pages).toBe('1');
    // The answer was lost and the page sent again with the same dedup_key: one alert at the pager.
    expect(pager.requests.filter((r) => r.path === '/v2/enqueue')).toHaveLength(2);
    // PagerDuty folds the second trigger into the alert the first opened: one alert, one incident number.
    expect([...pager.alerts.values()]).toHaveLength(1);
    expect(alertOf(number)).toMatchObject({ status: 'triggered', triggers: 2, number: 1 });
    expect(pager.violations).toEqual([]);
    expect(pagedLines(sandbox, number)).toEqual([expect.stringMatching(/ · @bob · paged · primary: declared P1$/)]);
    expect(card(sandbox, number)).toMatch(/\| Paged \| primary .*declared P1/);
    expect(printed(declared)).not.toContain(ROUTING_KEY);

    // The same event delivered again: nothing is owed, nothing is sent.
    const before = pager.requests.length;
    const again = await opened();
    expect(again.exitCode, again.stdout + again.stderr).toBe(0);
    expect(pager.requests.length).toBe(before);
    expect(again.outputs.pages).toBe('0');
    expect(pagedLines(sandbox, number)).toHaveLength(1);

    // Escalating to a person pages nobody; naming the pager pages it again (the same alert).
    await comment(sandbox, number, '/inc escalate @carol take a look');
    expect(pager.requests.length).toBe(before);
    const escalated = await comment(sandbox, number, '/inc escalate primary wake the DBA');
    expect(escalated.exitCode, escalated.stdout + escalated.stderr).toBe(0);
    expect(alertOf(number)).toMatchObject({ status: 'triggered', triggers: 3 });
    expect(pagedLines(sandbox, number).at(-1)).toMatch(/ · @alice · paged · primary: escalated by @alice$/);

    const resolved = await comment(sandbox, number, '/inc resolve Rolled back the deploy');
    expect(resolved.exitCode, resolved.stdout + resolved.stderr).toBe(0);
    expect(alertOf(number)).toMatchObject({ status: 'resolved' });
    expect(pagedLines(sandbox, number)).toEqual([expect.stringMatching(/paged · primary: declared P1$/), expect.stringMatching(/paged · primary: escalated by @alice$/), expect.stringMatching(/ · @alice · paged \(resolve\) · primary: resolved$/)]);
  });

  it('declares while the pager is down, fails the run naming the pager, and the next run pages it', async () => {
    const { sandbox } = ctx;
    pager.reset();
    const { number, opened } = declare(sandbox);
    pager.faults.down = 3;
    const declared = await opened();
    expect(declared.exitCode).toBe(1);
    expect(declared.stdout + declared.stderr).toContain('pager "primary" (pagerduty)');
    expect(printed(declared)).not.toContain(ROUTING_KEY);
    // Declared all the same: the file, the card, no page logged.
    expect(logOf(sandbox, number)[0]).toMatch(/ · declared · P1/);
    expect(card(sandbox, number)).not.toBe('');
    expect(pagedLines(sandbox, number)).toEqual([]);
    expect(pager.alerts.size).toBe(0);

    // The next run on the incident (a note) pages what is owed.
    const next = await comment(sandbox, number, '/inc note Looking at the load balancer');
    expect(next.exitCode, next.stdout + next.stderr).toBe(0);
    expect(alertOf(number)).toMatchObject({ status: 'triggered', triggers: 1 });
    expect(pagedLines(sandbox, number)).toEqual([expect.stringMatching(/ · @alice · paged · primary: declared P1$/)]);
  });

  it('brings an acknowledgement back through the relay: logged, acknowledged_at, operations, the card; a replay, a forgery and a never-paged incident change nothing', async () => {
    const { sandbox } = ctx;
    pager.reset();
    const relay = await startRelay(sandbox);
    try {
      const { number, opened } = declare(sandbox);
      const declared = await opened();
      expect(declared.exitCode, declared.stdout + declared.stderr).toBe(0);
      const key = alertOf(number)?.key ?? '';
      expect(key).toMatch(new RegExp(`#INC-${number}$`));
      const dispatched = () => sandbox.repo().dispatches().filter((d) => d.eventType === PAGE_EVENT_TYPE).length;

      // A forged signature: 401, nothing forwarded.
      const forged = await pager.sendWebhook(`${relay.url}/pagerduty`, { eventType: 'incident.acknowledged', incidentKey: key, secret: 'not-the-secret', agent: { id: 'PCAROL1', summary: 'Carol <b>@admins</b>' } });
      expect(forged.status).toBe(401);
      expect(dispatched()).toBe(0);

      const ack = { eventType: 'incident.acknowledged' as const, incidentKey: key, secret: WEBHOOK_SECRET, agent: { id: 'PCAROL1', summary: 'Carol <b>@admins</b>' }, occurredAt: '2026-11-21T10:04:30Z' };
      expect((await pager.sendWebhook(`${relay.url}/pagerduty`, ack)).status).toBe(202);
      expect(dispatched()).toBe(1);
      const answered = await runAction({ sandbox, ...repositoryDispatchEvent(sandbox), env: env() });
      expect(answered.exitCode, answered.stdout + answered.stderr).toBe(0);
      const text = sandbox.repo().readFile(`incidents/INC-${number}.md`) ?? '';
      expect(logOf(sandbox, number).filter((l) => l.includes(' · acknowledged · '))).toEqual([expect.stringMatching(/ · @carol · acknowledged · primary: Carol b @\u200badmins \/b$/)]);
      expect(text).toMatch(/^acknowledged_at: '?2026-11-21T10:04:30Z'?$/m);
      // The declarer holds operations already: the acknowledging person does not take it.
      expect(text).toMatch(/^ {2}operations: bob$/m);
      expect(card(sandbox, number)).toMatch(/acknowledged by Carol b @\u200badmins \/b at/);

      // The same signed body again: forwarded (the relay does not remember), and the action changes nothing.
      expect((await pager.sendWebhook(`${relay.url}/pagerduty`, ack)).status).toBe(202);
      const commits = sandbox.repo().commits().length;
      const replay = await runAction({ sandbox, ...repositoryDispatchEvent(sandbox), env: env() });
      expect(replay.exitCode, replay.stdout + replay.stderr).toBe(0);
      expect(sandbox.repo().commits().length).toBe(commits);

      // A resolve at the pager is logged and asks the coordinator; the incident stays open.
      expect((await pager.sendWebhook(`${relay.url}/pagerduty`, { ...ack, eventType: 'incident.resolved', occurredAt: '2026-11-21T10:20:00Z' })).status).toBe(202);
      const resolved = await runAction({ sandbox, ...repositoryDispatchEvent(sandbox), env: env() });
      expect(resolved.exitCode, resolved.stdout + resolved.stderr).toBe(0);
      expect(logOf(sandbox, number).at(-1)).toMatch(/ · answered \(resolve\) · primary: Carol b @\u200badmins \/b$/);
      expect(sandbox.repo().readFile(`incidents/INC-${number}.md`)).toMatch(/^status: investigating$/m);
      expect(sandbox.repo().botComments(number).filter((c) => c.body.includes('resolved the page at the pager'))).toHaveLength(1);

      // An acknowledgement for an incident sitrep never paged (declared before paging was set up): no change.
      const unpaged = declare(sandbox);
      const quiet = await runAction({ sandbox, ...issuesEvent(sandbox, 'opened', { number: unpaged.number }), env: { ...env(), SITREP_PAGERDUTY_EVENTS_URL: 'http://127.0.0.1:9/' } });
      expect(quiet.exitCode).toBe(1);
      const before = sandbox.repo().commits().length;
      await sandbox.repo().dispatches();
      const response = await fetch(`${sandbox.url}/repos/${sandbox.defaultRepo}/dispatches`, {
        method: 'POST',
        headers: { authorization: `Bearer ${sandbox.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ event_type: PAGE_EVENT_TYPE, client_payload: { incident: `INC-${unpaged.number}`, pager: 'pagerduty', action: 'acknowledge', by: { name: 'Carol', email: null, id: 'PCAROL1' }, at: '2026-11-21T10:04:30Z' } }),
      });
      expect(response.status).toBe(204);
      const dropped = await runAction({ sandbox, ...repositoryDispatchEvent(sandbox), env: { ...env(), SITREP_PAGERDUTY_EVENTS_URL: 'http://127.0.0.1:9/' } });
      expect(dropped.stdout).toContain(`INC-${unpaged.number} was never paged through pagerduty`);
      expect(logOf(sandbox, unpaged.number).some((l) => l.includes('acknowledged · primary'))).toBe(false);
      expect(sandbox.repo().commits().length).toBe(before);
    } finally {
      await relay.close();
    }
  });

  it('pages an update missed past escalate_after from the sweep, once per due time', async () => {
    const { sandbox } = ctx;
    pager.reset();
    const { number, opened } = declare(sandbox);
    expect((await opened()).exitCode).toBe(0);
    sandbox.clock.advance('2h');
    const swept = await runAction({ sandbox, ...scheduleEvent(sandbox), env: env() });
    expect(swept.exitCode, swept.stdout + swept.stderr).toBe(0);
    expect(pagedLines(sandbox, number).at(-1)).toMatch(/ · paged · primary: update missed \(due \S+\)$/);
    expect(alertOf(number)).toMatchObject({ status: 'triggered', triggers: 2 });
    const requests = pager.requests.length;
    await runAction({ sandbox, ...scheduleEvent(sandbox), env: env() });
    expect(pager.requests.length).toBe(requests);
  });
});
