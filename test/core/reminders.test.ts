import { describe, expect, it } from 'vitest';
import { cronInterval, dueReminders, dueRemindersFor, earliestDue, earlierReminder, EVENT_REMINDER_MARKER, readReminderKeys, reminderKey, renderReminder } from '../../src/core/reminders.js';
import { anIncident, at, configFrom, logLine } from '../support/builders.js';

const config = configFrom('escalation: { coordinators: ["@acme/incident-coordinators"] }');
const staffed = { coordinator: 'alice', operations: 'bob', communications: 'carol' };
const none = new Set<string>();

describe('dueReminders', () => {
  it('nothing is due before the next update', () => {
    expect(dueReminders({ record: anIncident({ roles: staffed }), statusSince: null }, config, at(29), none)).toEqual([]);
  });

  it('an overdue update reminds the communications lead, saying how late', () => {
    const [reminder, ...rest] = dueReminders({ record: anIncident({ roles: staffed }), statusSince: null }, config, at(45), none);
    expect(rest).toEqual([]);
    expect(reminder).toMatchObject({ kind: 'update', due: '2026-11-21T10:30:00Z', mentions: ['carol'] });
    expect(reminder?.message).toContain('15m late');
  });

  it.each([
    [{ coordinator: 'alice', operations: 'bob', communications: null }, 'alice'],
    [{ coordinator: null, operations: 'bob', communications: null }, 'bob'],
  ])('without a communications lead, reminds the next in line (%o)', (roles, who) => {
    const reminders = dueReminders({ record: anIncident({ severity: 'P2', roles, next_update_due: '2026-11-21T10:30:00Z' }), statusSince: null }, config, at(45), none);
    expect(reminders.map((r) => [r.kind, r.mentions])).toEqual([['update', [who]]]);
  });

  it('posts each (kind, due) once: a posted reminder is not repeated', () => {
    const posted = new Set([reminderKey('update', '2026-11-21T10:30:00Z')]);
    expect(dueReminders({ record: anIncident({ roles: staffed }), statusSince: null }, config, at(50), posted)).toEqual([]);
  });

  it('overdue past escalate_after pings the coordinators once, and that stands for the update reminder too', () => {
    const [reminder, ...rest] = dueReminders({ record: anIncident({ roles: staffed }), statusSince: null }, config, at(95), none);
    expect(rest).toEqual([]);
    expect(reminder).toMatchObject({ kind: 'escalation', mentions: ['@acme/incident-coordinators', 'carol'], alsoCovers: ['update@2026-11-21T10:30:00Z'] });
    const posted = new Set(readReminderKeys(renderReminder(reminder!)));
    expect(dueReminders({ record: anIncident({ roles: staffed }), statusSince: null }, config, at(200), posted)).toEqual([]);
  });

  it('an escalation after a posted update reminder carries only its own marker', () => {
    const posted = new Set([reminderKey('update', '2026-11-21T10:30:00Z')]);
    const [reminder, ...rest] = dueReminders({ record: anIncident({ roles: staffed }), statusSince: null }, config, at(95), posted);
    expect(rest).toEqual([]);
    expect(reminder).toMatchObject({ kind: 'escalation', alsoCovers: [] });
    expect(readReminderKeys(renderReminder(reminder!))).toEqual(['escalation@2026-11-21T10:30:00Z']);
  });

  it('a later update moves the due time and the next miss is reminded again', () => {
    const posted = new Set([reminderKey('update', '2026-11-21T10:30:00Z')]);
    const updated = anIncident({ roles: staffed, next_update_due: '2026-11-21T11:20:00Z' });
    expect(dueReminders({ record: updated, statusSince: null }, config, at(85), posted).map((r) => r.due)).toEqual(['2026-11-21T11:20:00Z']);
  });

  it('a P1 without a distinct coordinator gets a staffing reminder once per cadence interval', () => {
    const record = anIncident({ next_update_due: '2026-11-21T12:00:00Z' });
    expect(dueReminders({ record, statusSince: null }, config, at(20), none)).toEqual([]);
    const [staffing] = dueReminders({ record, statusSince: null }, config, at(31), none);
    expect(staffing).toMatchObject({ kind: 'staffing', due: '2026-11-21T10:30:00Z', mentions: ['@acme/incident-coordinators'] });
    expect(dueReminders({ record, statusSince: null }, config, at(59), new Set([reminderKey('staffing', '2026-11-21T10:30:00Z')]))).toEqual([]);
  });

  it('monitoring past the window asks the coordinator to resolve', () => {
    const record = anIncident({ roles: staffed, status: 'monitoring', next_update_due: '2026-11-24T00:00:00Z' });
    const reminders = dueReminders({ record, statusSince: '2026-11-21T10:00:00Z' }, config, at(48 * 60 + 1), none);
    expect(reminders.map((r) => [r.kind, r.mentions, r.due])).toEqual([['monitoring', ['alice'], '2026-11-23T10:00:00Z']]);
  });

  it('a resolved P1 without a postmortem after due_after reminds the coordinator; P3 never', () => {
    const resolved = anIncident({ roles: staffed, status: 'resolved', resolved_at: '2026-11-21T10:00:00Z', next_update_due: null });
    expect(dueReminders({ record: resolved, statusSince: null }, config, at(3 * 1440 - 1), none)).toEqual([]);
    expect(dueReminders({ record: resolved, statusSince: null }, config, at(3 * 1440), none).map((r) => r.kind)).toEqual(['postmortem']);
    expect(dueReminders({ record: { ...resolved, postmortem: 'https://x/pull/1' }, statusSince: null }, config, at(5000), none)).toEqual([]);
    expect(dueReminders({ record: { ...resolved, severity: 'P3' }, statusSince: null }, config, at(5000), none)).toEqual([]);
  });
});

describe('reminder markers', () => {
  it('round-trip, one per key the comment settles', () => {
    const body = renderReminder({ kind: 'escalation', due: '2026-11-21T10:30:00Z', mentions: ['@acme/x'], message: 'late', alsoCovers: ['update@2026-11-21T10:30:00Z'] });
    expect(readReminderKeys(body)).toEqual(['escalation@2026-11-21T10:30:00Z', 'update@2026-11-21T10:30:00Z']);
    expect(body).toContain('🚨 @acme/x: late');
  });

  it.each([
    ['a marker without an item (as written before follow-up reminders)', '<!-- sitrep:reminder kind=update due=2026-11-21T10:30:00Z -->', ['update@2026-11-21T10:30:00Z']],
    ['a follow-up marker', '<!-- sitrep:reminder kind=followup due=2026-12-05 item=0123456789ab -->', ['followup@2026-12-05@0123456789ab']],
    ['a repeated title\'s key', '<!-- sitrep:reminder kind=followup due=2026-12-05 item=0123456789ab-2 -->', ['followup@2026-12-05@0123456789ab-2']],
    ['an unknown kind', '<!-- sitrep:reminder kind=nag due=2026-12-05 -->', []],
    ['an item that is not a key', '<!-- sitrep:reminder kind=followup due=2026-12-05 item=<b> -->', []],
  ])('read %s', (_, body, keys) => {
    expect(readReminderKeys(body)).toEqual(keys);
  });

  it('a follow-up reminder round-trips its item, also as a key it covers', () => {
    const body = renderReminder({ kind: 'followup', due: '2026-12-05', item: '0123456789ab', mentions: ['carol'], message: 'late', alsoCovers: ['followup@2026-12-01@ba9876543210'] });
    expect(body.split('\n').slice(0, 2)).toEqual(['<!-- sitrep:reminder kind=followup due=2026-12-05 item=0123456789ab -->', '<!-- sitrep:reminder kind=followup due=2026-12-01 item=ba9876543210 -->']);
    expect(readReminderKeys(body)).toEqual([reminderKey('followup', '2026-12-05', '0123456789ab'), 'followup@2026-12-01@ba9876543210']);
    expect(body).toContain('📌 @carol: late');
  });
});

describe('dueRemindersFor', () => {
  it('takes when the status began from the Log, as the sweep does', () => {
    const record = anIncident({ status: 'monitoring', roles: staffed, next_update_due: '2026-11-30T00:00:00Z' });
    const log = [logLine('2026-11-21T10:00:00Z', 'bob', 'declared', 'P1, investigating'), logLine('2026-11-21T10:20:00Z', 'alice', 'status', 'investigating → monitoring. fix deployed')];
    const reminders = dueRemindersFor(record, log, config, Date.parse('2026-11-23T10:20:00Z'), none);
    expect(reminders.map((r) => [r.kind, r.due])).toEqual([['monitoring', '2026-11-23T10:20:00Z']]);
    expect(earliestDue(reminders)).toBe(Date.parse('2026-11-23T10:20:00Z'));
  });

  it('the earliest due time of follow-up reminders is the start of their due day', () => {
    expect(earliestDue([{ kind: 'followup', due: '2026-12-05', item: '0123456789ab', mentions: [], message: '', alsoCovers: [] }])).toBe(Date.parse('2026-12-05T00:00:00Z'));
    expect(earliestDue([])).toBeUndefined();
  });
});

describe('cronInterval', () => {
  it.each([
    ['*/10 * * * *', 10],
    ['*/15 * * * *', 15],
    ['* * * * *', 1],
    ['0,15,30,45 * * * *', 15],
    ['5,20 * * * *', 45],
    ['7 * * * *', 60],
    ['0 */2 * * *', 120],
  ])('%s runs at least every %i minutes', (cron, minutes) => {
    expect(cronInterval(cron)).toBe(minutes * 60_000);
  });

  it.each([undefined, '', '0 9 * * 1-5', '*/10 * * * * *', '0 0 1 * *', '*/75 * * * *'])('%s has no regular interval', (cron) => {
    expect(cronInterval(cron)).toBeUndefined();
  });
});

describe('earlierReminder: one comment stays when two runs post the same reminder', () => {
  const update = '<!-- sitrep:reminder kind=update due=2026-11-21T10:30:00Z -->\n⏰ late';
  const escalation = '<!-- sitrep:reminder kind=escalation due=2026-11-21T10:30:00Z -->\n<!-- sitrep:reminder kind=update due=2026-11-21T10:30:00Z -->\n🚨 late';
  const card = '<!-- sitrep:card -->\nINC-1';
  const keys = (body: string) => readReminderKeys(body);

  it.each([
    ['the later of two copies yields to the earlier', [{ id: 7, body: update }, { id: 9, body: update }], 9, update, 7],
    ['the earliest keeps its comment', [{ id: 7, body: update }, { id: 9, body: update }], 7, update, undefined],
    ['a comment that shares one key counts (an escalation standing for the update)', [{ id: 7, body: escalation }, { id: 9, body: update }], 9, update, 7],
    ['the lowest id wins among several', [{ id: 9, body: update }, { id: 5, body: update }, { id: 7, body: update }], 9, update, 5],
    ['other markers and other due times do not', [{ id: 3, body: card }, { id: 4, body: update.replace('10:30', '11:30') }], 9, update, undefined],
  ])('%s', (_name, own, id, body, expected) => {
    expect(earlierReminder(own, id, keys(body))?.id).toBe(expected);
  });

  it('the two runs, applying it to the same comments, keep exactly one', () => {
    const own = [{ id: 12, body: renderReminder({ kind: 'update', due: '2026-11-21T10:30:00Z', mentions: [], message: 'late', alsoCovers: [] }, 'event') }, { id: 11, body: update }];
    const kept = own.filter((c) => !earlierReminder(own, c.id, keys(c.body)));
    expect(kept.map((c) => c.id)).toEqual([11]);
  });

  it('a reminder an event run posts says so after its markers, and reads as the same key', () => {
    const body = renderReminder({ kind: 'update', due: '2026-11-21T10:30:00Z', mentions: ['carol'], message: 'late', alsoCovers: [] }, 'event');
    expect(body.split('\n')).toEqual(['<!-- sitrep:reminder kind=update due=2026-11-21T10:30:00Z -->', EVENT_REMINDER_MARKER, '⏰ @carol: late']);
    expect(readReminderKeys(body)).toEqual(['update@2026-11-21T10:30:00Z']);
  });
});
