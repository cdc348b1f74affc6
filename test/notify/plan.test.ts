import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/core/log.js';
import { notificationEvent } from '../../src/notify/notice.js';
import { deliveryId, planNotifications } from '../../src/notify/plan.js';
import type { NotifyInput } from '../../src/notify/types.js';
import { anIncident } from '../support/builders.js';
import { aChannel, declaration, ISSUE_URL, resolve, update } from './fixtures.js';

const at = '2026-11-21T10:30:00Z';
const actor = 'alice';

describe('notificationEvent', () => {
  const record = anIncident();
  const table: [LogEntry, string | null][] = [
    [{ at, actor, kind: 'declared', severity: 'P1', status: 'triage' }, 'declared'],
    [{ at, actor, kind: 'update', status: 'fixing', message: 'x', nextDue: null }, 'update'],
    [{ at, actor, kind: 'status', from: 'fixing', to: 'monitoring', message: '' }, 'status'],
    [{ at, actor, kind: 'status', from: 'monitoring', to: 'resolved', message: '' }, 'resolved'],
    [{ at, actor, kind: 'status', from: 'resolved', to: 'closed', message: '' }, 'closed'],
    [{ at, actor, kind: 'status', from: 'triage', to: 'declined', message: '' }, 'status'],
    [{ at, actor, kind: 'regression', from: 'monitoring', to: 'investigating', message: '' }, 'status'],
    [{ at, actor, kind: 'reopened', from: 'resolved', to: 'investigating', cleared: ['resolved_at'], message: '' }, 'status'],
    [{ at, actor, kind: 'severity', from: 'P2', to: 'P1', reason: '' }, 'severity'],
    [{ at, actor, kind: 'role', role: 'coordinator', login: 'alice', previous: null }, 'role'],
    [{ at, actor, kind: 'escalated', targets: ['@acme/oncall'], reason: '' }, 'escalation'],
    [{ at, actor, kind: 'note', text: 'x' }, 'note'],
    [{ at, actor, kind: 'followup', item: 'Alert on 5xx' }, 'followup'],
    [{ at, actor, kind: 'followups', text: 'filed 2' }, 'followup'],
    [{ at, actor, kind: 'postmortem', text: 'opened' }, 'postmortem'],
    [{ at, actor, kind: 'public', message: 'We are on it', nextDue: null }, 'public'],
    [{ at, actor, kind: 'cause', url: 'https://github.com/acme/app/pull/9' }, 'cause'],
    [{ at, actor, kind: 'alert', state: 'resolved', summary: 'HighErrorRate' }, 'alert'],
    [{ at, actor, kind: 'acknowledged' }, null],
    [{ at, actor, kind: 'renamed', from: 'a', to: 'b' }, null],
    [{ at, actor, kind: 'other', label: 'weird', text: 'x' }, null],
  ];
  it.each(table)('%o → %s', (entry, event) => {
    expect(notificationEvent(entry, record)).toBe(event);
  });
});

function plan(input: Partial<NotifyInput>) {
  return planNotifications({
    channels: [aChannel()],
    record: anIncident(),
    entries: [update],
    issueUrl: ISSUE_URL,
    repository: 'acme/incidents',
    batch: 'single',
    ...input,
  });
}

describe('planNotifications: which channels', () => {
  const ops = aChannel({ name: 'ops', types: ['incident'] });
  const sec = aChannel({ name: 'security', types: ['security'] });
  const both = aChannel({ name: 'leads', types: ['incident', 'security'] });

  it('sends a security incident only to channels that list security', () => {
    const messages = plan({ channels: [ops, sec, both], record: anIncident({ type: 'security' }) });
    expect(messages.map((m) => m.channel.name)).toEqual(['security', 'leads']);
  });

  it('keeps an ordinary incident out of a security-only channel', () => {
    const messages = plan({ channels: [ops, sec, both] });
    expect(messages.map((m) => m.channel.name)).toEqual(['ops', 'leads']);
  });

  it('honours severities; [] means all', () => {
    const p1only = aChannel({ name: 'p1', severities: ['P1'] });
    const all = aChannel({ name: 'all', severities: [] });
    expect(plan({ channels: [p1only, all], record: anIncident({ severity: 'P2' }) }).map((m) => m.channel.name)).toEqual(['all']);
    expect(plan({ channels: [p1only, all], record: anIncident({ severity: 'P1' }) }).map((m) => m.channel.name)).toEqual(['p1', 'all']);
  });

  it('honours events: a status move to resolved is `resolved`, not `status`', () => {
    const statusOnly = aChannel({ name: 'status-only', events: ['status'] });
    const resolvedOnly = aChannel({ name: 'resolved-only', events: ['resolved'] });
    const messages = plan({ channels: [statusOnly, resolvedOnly], entries: [resolve] });
    expect(messages.map((m) => [m.channel.name, m.event])).toEqual([['resolved-only', 'resolved']]);
  });

  it('sends nothing for entries that are no event (acknowledged, renamed)', () => {
    expect(plan({ entries: [{ at, actor, kind: 'acknowledged' }, { at, actor, kind: 'renamed', from: 'a', to: 'b' }] })).toEqual([]);
  });
});

describe('planNotifications: batching', () => {
  const slack = aChannel({ name: 'slack' });
  const hook = aChannel({ name: 'hook', type: 'webhook', urlEnv: 'HOOK_URL' });

  it('a declaration is one message per channel, naming roles, customers and who was paged', () => {
    const messages = plan({ channels: [slack, hook], entries: declaration, batch: 'declaration' });
    expect(messages.map((m) => [m.channel.name, m.event])).toEqual([['slack', 'declared'], ['hook', 'declared']]);
    const body = (messages[0]?.body ?? '') as string;
    expect(body).toContain('Roles: coordinator —, operations @\u200bbob, communications —');
    expect(body).toContain('Customers: acme');
    expect(body).toContain('Paged: @\u200bacme/incident-coordinators');
    expect(messages[0]?.summary).toBe('INC-42 (P1, investigating) declared: Checkout API returns 502 for EU customers');
  });

  it('a declaration does not repeat its role and escalation lines, which it shows as facts', () => {
    const [m] = plan({ channels: [hook], entries: declaration, batch: 'declaration' });
    const b = JSON.parse(m?.body ?? '{}') as { entries: unknown[]; summary: string };
    expect(b.entries).toHaveLength(3);
    const [s] = plan({ channels: [slack], entries: declaration, batch: 'declaration' });
    const lines = (JSON.parse(s?.body ?? '{}') as { blocks: { text: { text: string } }[] }).blocks[1]?.text.text;
    expect(lines).toBe('Declared: P1, investigating — @\u200bbob');
  });

  it('a comment that declares the incident and applies commands shows the declaration facts', () => {
    const entries: LogEntry[] = [...declaration, update];
    const [m] = plan({ channels: [slack], entries, batch: 'comment' });
    expect(m?.event).toBe('declared');
    expect(m?.summary).toBe('INC-42 (P1, investigating) declared (+1 more): Checkout API returns 502 for EU customers');
    expect(m?.body).toContain('Roles: coordinator —, operations @\u200bbob, communications —');
    expect(m?.body).toContain('Update (fixing): Rolled back deploy 1234.');
  });

  it('a declaration goes only to channels that list `declared`', () => {
    const quiet = aChannel({ name: 'quiet', events: ['resolved'] });
    expect(plan({ channels: [quiet], entries: declaration, batch: 'declaration' })).toEqual([]);
  });

  it("one comment's commands are one message per channel listing each change", () => {
    const entries: LogEntry[] = [
      { at, actor, kind: 'role', role: 'coordinator', login: 'alice', previous: null },
      { at, actor, kind: 'severity', from: 'P2', to: 'P1', reason: 'EU down' },
      { at, actor, kind: 'note', text: 'Vendor contacted' },
    ];
    const messages = plan({ channels: [slack, aChannel({ name: 'no-notes', events: ['role', 'severity'] })], entries, batch: 'comment' });
    expect(messages).toHaveLength(2);
    expect(messages[0]?.event).toBe('severity');
    expect(messages[0]?.summary).toBe('INC-42 (P1, investigating) severity P2 → P1 (+2 more): Checkout API returns 502 for EU customers');
    for (const text of ['Role assigned: coordinator: @\u200balice', 'Severity: P2 → P1. EU down', 'Note: Vendor contacted']) {
      expect(messages[0]?.body).toContain(text);
    }
    expect(messages[1]?.body).not.toContain('Vendor contacted');
  });

  it('otherwise one message per entry and channel', () => {
    const note = { at, actor, kind: 'note', text: 'n' } as const;
    const messages = plan({ channels: [slack, hook], entries: [update, note], batch: 'single' });
    expect(messages.map((m) => `${m.channel.name}:${m.event}`)).toEqual(['slack:update', 'slack:note', 'hook:update', 'hook:note']);
  });

  it('a sweep escalation goes to channels listing escalation, a reminder to those listing reminder', () => {
    const reminder = { kind: 'update', due: '2026-11-21T10:30:00Z', at: '2026-11-21T10:35:00Z', mentions: ['alice'], message: 'The update due 10:30 UTC is 5m late.' } as const;
    const escalation = { ...reminder, kind: 'escalation', mentions: ['@acme/coordinators'], message: 'No update for 65m.' } as const;
    const channels = [aChannel({ name: 'r', events: ['reminder'] }), aChannel({ name: 'e', events: ['escalation'] })];
    expect(plan({ channels, entries: [], reminder }).map((m) => [m.channel.name, m.event, m.summary])).toEqual([
      ['r', 'reminder', 'INC-42 (P1, investigating) update overdue: Checkout API returns 502 for EU customers'],
    ]);
    const [sent] = plan({ channels, entries: [], reminder: escalation });
    expect([sent?.channel.name, sent?.event]).toEqual(['e', 'escalation']);
    expect(sent?.body).toContain('No update for 65m. (pinged @\u200bacme/coordinators)');
  });
});

describe('delivery ids', () => {
  it('are stable for the same change and channel, and differ per channel, entry and reminder', () => {
    const a = plan({ channels: [aChannel({ name: 'a' }), aChannel({ name: 'b' })] });
    const again = plan({ channels: [aChannel({ name: 'a' }), aChannel({ name: 'b' })] });
    expect(a.map((m) => m.deliveryId)).toEqual(again.map((m) => m.deliveryId));
    expect(a[0]?.deliveryId).not.toBe(a[1]?.deliveryId);
    expect(a[0]?.deliveryId).toMatch(/^[0-9a-f]{64}$/);
    expect(deliveryId('INC-42', 'a', [update])).not.toBe(deliveryId('INC-42', 'a', [{ ...update, message: 'other' }]));
    const reminder = { kind: 'update', due: '2026-11-21T10:30:00Z', at, mentions: [], message: 'late' } as const;
    expect(deliveryId('INC-42', 'a', reminder)).toBe(deliveryId('INC-42', 'a', { ...reminder, at: '2026-11-21T11:00:00Z' }));
    expect(deliveryId('INC-42', 'a', reminder)).not.toBe(deliveryId('INC-42', 'a', { ...reminder, due: '2026-11-21T11:00:00Z' }));
  });

  it('the webhook carries the id and event in its headers', () => {
    const [m] = plan({ channels: [aChannel({ type: 'webhook', name: 'hook' })], entries: [resolve] });
    expect(m?.headers['X-Sitrep-Event']).toBe('resolved');
    expect(m?.headers['X-Sitrep-Delivery']).toBe(m?.deliveryId);
  });
});
