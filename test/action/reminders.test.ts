/**
 * Posting a reminder when another run may post the same one at the same moment: the sweep and an
 * event run on the incident's issue both decide from what they read, and GitHub has no
 * compare-and-swap on comments. Each run posts, reads the bot's comments again and keeps its own
 * only when none earlier settles the same reminder, so one comment stays and one message is sent.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readEnvironment } from '../../src/action/environment.js';
import { applyReminders, type ReminderRun } from '../../src/action/applier.js';
import { emptyResult } from '../../src/action/result.js';
import { loadConfig } from '../../src/core/config.js';
import type { IncidentRecord } from '../../src/core/incident.js';
import { dueReminders, renderReminder, type Reminder } from '../../src/core/reminders.js';
import { createClient } from '../../src/github/client.js';
import { IncidentRepository } from '../../src/github/incidents.js';
import { useSandbox } from '../harness/index.js';

const ctx = useSandbox({ fresh: true });

let server: Server;
let base = '';
const hooks: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      hooks.push(body);
      response.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

afterEach(() => {
  hooks.length = 0;
  process.exitCode = 0;
});

const config = loadConfig('notify:\n  - { name: audit, type: webhook, url_env: SITREP_HOOK_URL, events: [reminder, escalation] }\n', '.github/sitrep.yml');

/** A run as the action builds one (its own client and request counts), against the sandbox. */
function reminderRun(): ReminderRun & { repo: IncidentRepository } {
  const { sandbox } = ctx;
  const env = readEnvironment({ GITHUB_REPOSITORY: sandbox.defaultRepo, GITHUB_API_URL: sandbox.url, GITHUB_SERVER_URL: sandbox.serverUrl, SITREP_HOOK_URL: `${base}/hook` });
  const client = createClient(sandbox.botToken, { apiUrl: env.apiUrl });
  return { repo: new IncidentRepository(client, env.repository, false, env.serverUrl), result: emptyResult(), env };
}

/** An incident issue whose update was due at 10:30, and the update reminder due on it at 10:45. */
function overdue(): { number: number; record: IncidentRecord; reminder: Reminder } {
  const { sandbox } = ctx;
  const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout down', body: 'x', labels: ['incident'] });
  const record: IncidentRecord = {
    id: `INC-${issue.number}`, title: 'Checkout down', severity: 'P2', status: 'investigating', type: 'incident', issue: issue.number,
    source: null, services: [], customers: [], declared_at: '2026-11-21T10:00:00Z', started_at: null, acknowledged_at: null,
    mitigated_at: null, resolved_at: null, closed_at: null, next_update_due: '2026-11-21T10:30:00Z',
    roles: { coordinator: 'alice', operations: 'bob', communications: 'carol' }, postmortem: null,
  };
  sandbox.clock.advance('45m');
  const [reminder, ...others] = dueReminders({ record, statusSince: null }, config, sandbox.clock.now().getTime(), new Set());
  expect(others).toEqual([]);
  return { number: issue.number, record, reminder: reminder as Reminder };
}

function post(run: ReminderRun, number: number, record: IncidentRecord, reminder: Reminder, origin: 'sweep' | 'event') {
  const now = ctx.sandbox.clock.now().getTime();
  return applyReminders(run, { number, reminders: [reminder], decidedAt: now, botLogin: ctx.sandbox.botLogin, origin, notify: { config, record, now } });
}

function updateReminders(number: number) {
  return ctx.sandbox.repo().botComments(number).filter((c) => c.body.includes('<!-- sitrep:reminder kind=update due=2026-11-21T10:30:00Z -->'));
}

describe('a reminder two runs decide at once', () => {
  it('the run that posts second finds the first one, removes its copy and notifies no one', async () => {
    const { number, record, reminder } = overdue();
    const sweep = reminderRun();
    const event = reminderRun();
    // Both read before either posted, so both decided the reminder is due.
    expect(await post(sweep, number, record, reminder, 'sweep')).toEqual([reminder]);
    expect(await post(event, number, record, reminder, 'event')).toEqual([]);

    const [kept, ...more] = updateReminders(number);
    expect(more).toEqual([]);
    expect(kept?.body).not.toContain('sitrep:reminder-by event');
    expect(hooks.map((h) => JSON.parse(h).reminder?.kind)).toEqual(['update']);
    expect([sweep.result.reminders, event.result.reminders]).toEqual([1, 0]);
    // The cost of the check: one read after the post; the loser also deletes its comment.
    expect(sweep.repo.client.counts).toMatchObject({ restReads: 1, restWrites: 1, graphqlQueries: 0 });
    expect(event.repo.client.counts).toMatchObject({ restReads: 1, restWrites: 2, graphqlQueries: 0 });
  });

  it('when both posted before either looked, the earlier comment stays whichever run looks first', async () => {
    const { sandbox } = ctx;
    const { number, record, reminder } = overdue();
    // The event run's comment landed first; the sweep's came right after and looks first.
    const first = sandbox.repo().comment(number, renderReminder(reminder, 'event'), { as: sandbox.botLogin });
    const sweep = reminderRun();
    expect(await post(sweep, number, record, reminder, 'sweep')).toEqual([]);
    expect(updateReminders(number).map((c) => c.id)).toEqual([first.id]);
    expect(hooks).toEqual([]);
  });

  it('two runs posting at the same time leave one comment and one message', async () => {
    const { number, record, reminder } = overdue();
    const runs = [reminderRun(), reminderRun()];
    const kept = await Promise.all(runs.map((run, i) => post(run, number, record, reminder, i ? 'event' : 'sweep')));
    expect(kept.flat()).toEqual([reminder]);
    expect(updateReminders(number)).toHaveLength(1);
    expect(hooks).toHaveLength(1);
    expect(runs.map((r) => r.result.reminders).sort()).toEqual([0, 1]);
  });

  it('an escalation that also stands for an update reminder posted first is withdrawn; the next run posts it alone', async () => {
    const { sandbox } = ctx;
    const { number, record } = overdue();
    sandbox.clock.advance('4h'); // 14:45: past P2's escalate_after
    const [escalation] = dueReminders({ record, statusSince: null }, config, sandbox.clock.now().getTime(), new Set());
    expect(escalation).toMatchObject({ kind: 'escalation', alsoCovers: ['update@2026-11-21T10:30:00Z'] });
    // A run that decided a little earlier posted the update reminder first.
    const [update] = dueReminders({ record, statusSince: null }, config, Date.parse('2026-11-21T10:45:00Z'), new Set());
    sandbox.repo().comment(number, renderReminder(update as Reminder), { as: sandbox.botLogin });

    expect(await post(reminderRun(), number, record, escalation as Reminder, 'event')).toEqual([]);
    const [again] = dueReminders({ record, statusSince: null }, config, sandbox.clock.now().getTime(), new Set(['update@2026-11-21T10:30:00Z']));
    expect(again).toMatchObject({ kind: 'escalation', alsoCovers: [] });
    expect(await post(reminderRun(), number, record, again as Reminder, 'sweep')).toEqual([again]);
    const all = sandbox.repo().botComments(number).map((c) => c.body).join('\n');
    expect(all.match(/kind=update due=2026-11-21T10:30:00Z/g)).toHaveLength(1);
    expect(all.match(/kind=escalation due=2026-11-21T10:30:00Z/g)).toHaveLength(1);
  });

  it('when the check cannot be read, the reminder stays and is announced, and the run reports the error', async () => {
    const { sandbox } = ctx;
    const { number, record, reminder } = overdue();
    sandbox.faults.inject({ method: 'GET', path: `/repos/${sandbox.defaultRepo}/issues/${number}/comments`, status: 404, count: 1 });
    const run = reminderRun();
    expect(await post(run, number, record, reminder, 'sweep')).toEqual([reminder]);
    expect(updateReminders(number)).toHaveLength(1);
    expect(hooks).toHaveLength(1);
    expect(run.result).toMatchObject({ reminders: 1, errors: 1 });
    expect(run.result.notes.join('\n')).toContain('could not check for a reminder another run posted first');
  });

  it('in a dry run nothing is posted, read or deleted', async () => {
    const { sandbox } = ctx;
    const { number, record, reminder } = overdue();
    const run = reminderRun();
    const dry = { ...run, repo: new IncidentRepository(run.repo.client, sandbox.defaultRepo, true, sandbox.serverUrl) };
    expect(await post(dry, number, record, reminder, 'sweep')).toEqual([reminder]);
    expect(run.repo.client.counts).toMatchObject({ restReads: 0, restWrites: 0 });
    expect(updateReminders(number)).toEqual([]);
  });
});
