import { isUnderstaffed, severityOf } from './cadence.js';
import type { Config } from './config.js';
import { effectiveHolder, type IncidentRecord } from './incident.js';
import { isActive } from './lifecycle.js';
import { formatDuration } from './duration.js';
import { statusSince, type LogEntry } from './log.js';
import { formatTimestamp, toMillis } from './time.js';
import { EVENT_REMINDER_MARKER, readReminderMarkers, reminderMarker } from './markers.js';

export const REMINDER_KINDS = ['update', 'escalation', 'staffing', 'monitoring', 'postmortem', 'followup'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** A reminder the sweep wants to post. Its key (kind + due [+ item]) makes it post at most once. */
export interface Reminder {
  kind: ReminderKind;
  /** The due time this reminder is about; with the kind, its identity. */
  due: string;
  /** For a `followup` reminder, the action item's key: one reminder per item and due date. */
  item?: string;
  /** Who is mentioned (users without @, teams as @org/team). */
  mentions: string[];
  /** What is late and by how much. */
  message: string;
  /** Other keys this comment also settles (an escalation also stands for the update reminder). */
  alsoCovers: string[];
}

/** The identity of a reminder: `kind@due`, or `kind@due@item` for one about an action item. */
export function reminderKey(kind: ReminderKind, due: string, item?: string): string {
  return item ? `${kind}@${due}@${item}` : `${kind}@${due}`;
}

/** The parts of a key made by reminderKey. */
export function parseReminderKey(key: string): { kind: ReminderKind; due: string; item?: string } {
  const [kind, due = '', item] = key.split('@') as [ReminderKind, string?, string?];
  return item ? { kind, due, item } : { kind, due };
}

export { reminderMarker };

/** The reminder keys found in a comment body (only trust this on the bot's own comments). */
export function readReminderKeys(body: string): string[] {
  return readReminderMarkers(body).flatMap((m) => ((REMINDER_KINDS as readonly string[]).includes(m.kind) ? [reminderKey(m.kind as ReminderKind, m.due, m.item)] : []));
}

/** The reminder keys the bot's own comments carry: the reminders already posted. */
export function postedReminderKeys(comments: readonly { byBot: boolean; body: string }[]): Set<string> {
  return new Set(comments.filter((c) => c.byBot).flatMap((c) => readReminderKeys(c.body)));
}

/** The incident as the sweep sees it: the record plus when it entered its current status. */
export interface SweepIncident {
  record: IncidentRecord;
  /** When the incident entered its current status (for the monitoring window). */
  statusSince: string | null;
}

function who(login: string | null | undefined): string[] {
  return login ? [login] : [];
}

function late(ms: number): string {
  return formatDuration(ms);
}

/**
 * The reminders due for one incident at `now`, leaving out those already posted (`posted` holds
 * keys from the bot's own markers). Decided from timestamps alone, so however often or late the
 * sweep runs, each (kind, due time) is posted at most once.
 */
export function dueReminders(incident: SweepIncident, config: Config, now: number, posted: ReadonlySet<string>, command = config.command): Reminder[] {
  const { record } = incident;
  const severity = severityOf(config, record.severity);
  const reminders: Reminder[] = [];
  const coordinators = [...config.coordinators];
  const roles = record.roles;
  const updateOwner = who(roles.communications ?? roles.coordinator ?? roles.operations);

  if (isActive(record.status) && record.next_update_due) {
    const due = record.next_update_due;
    const overdue = now - toMillis(due);
    const updateKey = reminderKey('update', due);
    const escalationKey = reminderKey('escalation', due);
    if (overdue >= severity.escalateAfter && !posted.has(escalationKey)) {
      reminders.push({
        kind: 'escalation',
        due,
        mentions: coordinators.length ? [...coordinators, ...updateOwner] : [...who(roles.coordinator), ...updateOwner],
        message: `${record.id} (${record.severity}, ${record.status}) has had no update for ${late(overdue)} past its due time (${due}); ${record.severity} escalates after ${late(severity.escalateAfter)}.${coordinators.length ? '' : ' No escalation.coordinators are configured.'} Post one with \`${command} update <message>\`.`,
        // It stands for the update reminder only when that one was never posted (SPEC 4.3).
        alsoCovers: posted.has(updateKey) ? [] : [updateKey],
      });
    } else if (overdue > 0 && !posted.has(updateKey) && !posted.has(escalationKey)) {
      reminders.push({
        kind: 'update',
        due,
        mentions: updateOwner,
        message: `the ${record.id} update was due at ${due} and is ${late(overdue)} late. Post one with \`${command} update <message> [next: ${late(severity.updateEvery)}]\`.`,
        alsoCovers: [],
      });
    }
  }

  const staffingDue = staffingReminderDue(config, record, now);
  if (staffingDue && !posted.has(reminderKey('staffing', staffingDue))) {
    reminders.push({
      kind: 'staffing',
      due: staffingDue,
      mentions: coordinators.length ? coordinators : who(roles.operations),
      message: `${record.id} is ${record.severity} and needs ${severity.minResponders} responders, but has no coordinator besides the operations engineer after ${late(now - toMillis(record.declared_at))}. Assign one: \`${command} role coordinator @user\`.`,
      alsoCovers: [],
    });
  }

  if (record.status === 'monitoring' && incident.statusSince) {
    const due = formatTimestamp(toMillis(incident.statusSince) + config.monitoringWindow);
    if (now >= toMillis(due) && !posted.has(reminderKey('monitoring', due))) {
      reminders.push({
        kind: 'monitoring',
        due,
        mentions: who(effectiveHolder(roles, 'coordinator') ?? roles.operations),
        message: `${record.id} has been monitoring for ${late(now - toMillis(incident.statusSince))} (window ${late(config.monitoringWindow)}). If it is stable, resolve it: \`${command} resolve <message>\`.`,
        alsoCovers: [],
      });
    }
  }

  if (record.status === 'resolved' && record.resolved_at && !record.postmortem && severity.postmortem === 'required') {
    const due = formatTimestamp(toMillis(record.resolved_at) + config.postmortemDueAfter);
    if (now >= toMillis(due) && !posted.has(reminderKey('postmortem', due))) {
      reminders.push({
        kind: 'postmortem',
        due,
        mentions: who(roles.coordinator ?? roles.operations),
        message: `${record.id} was resolved at ${record.resolved_at}; its ${record.severity} postmortem was due by ${due} and has no pull request yet. Start it with \`${command} postmortem\`.`,
        alsoCovers: [],
      });
    }
  }
  return reminders;
}

/**
 * The line a reminder posted by an event run carries after its reminder markers, so the sweep's
 * "previous sweep" line counts only the reminders a sweep posted.
 */
export { EVENT_REMINDER_MARKER };

/** Which run posts a reminder: the scheduled sweep, or an event run on the incident's issue. */
export type ReminderOrigin = 'sweep' | 'event';

/**
 * The due time of the staffing reminder in force at `now`: one per cadence interval that passes
 * since the declaration without a distinct coordinator. Undefined while the incident is staffed
 * or before its first interval has passed.
 */
export function staffingReminderDue(config: Config, record: IncidentRecord, now: number): string | undefined {
  if (!isUnderstaffed(config, record)) return undefined;
  const interval = severityOf(config, record.severity).updateEvery;
  const windows = Math.floor((now - toMillis(record.declared_at)) / interval);
  return windows >= 1 ? formatTimestamp(toMillis(record.declared_at) + windows * interval) : undefined;
}

/** The comment a reminder posts: its markers, then the mentions and the message. */
export function renderReminder(reminder: Reminder, origin: ReminderOrigin = 'sweep'): string {
  const markers = [reminderMarker(reminder.kind, reminder.due, reminder.item), ...reminder.alsoCovers.map((key) => {
    const { kind, due, item } = parseReminderKey(key);
    return reminderMarker(kind, due, item);
  }), ...(origin === 'event' ? [EVENT_REMINDER_MARKER] : [])];
  const icon = { update: '⏰', escalation: '🚨', staffing: '🧑‍🚒', monitoring: '🔵', postmortem: '📝', followup: '📌' }[reminder.kind];
  const mentions = reminder.mentions.map((m) => (m.startsWith('@') ? m : `@${m}`)).join(' ');
  return `${markers.join('\n')}\n${icon} ${mentions ? `${mentions}: ` : ''}${reminder.message}`;
}

/**
 * The reminders due on one incident from its record and Log, for any run that has them at hand
 * (an event run for the incident's issue posts them too, so a late or skipped schedule loses no
 * reminder). `posted` holds the keys of the markers in the bot's own comments on the issue from
 * the earliest due time on (see `earliestDue`); a reminder whose marker is there is not repeated.
 */
export function dueRemindersFor(record: IncidentRecord, log: readonly LogEntry[], config: Config, now: number, posted: ReadonlySet<string>): Reminder[] {
  return dueReminders({ record, statusSince: statusSince(log) ?? null }, config, now, posted);
}

/** A comment the bot wrote, as the duplicate check reads it. */
export interface OwnComment {
  id: number;
  body: string;
}

/**
 * The reminder comment that settles the same key as comment `id` (with `keys`) and came first,
 * if there is one. A sweep and an event run may decide the same reminder at once, and GitHub has
 * no compare-and-swap on comments: each posts, reads the bot's comments again and keeps its own
 * only when no earlier one (lower id: ids grow with creation) shares a key. Every run applies the
 * same rule to the same comments, so exactly one of them stays, and only its run notifies.
 */
export function earlierReminder(own: readonly OwnComment[], id: number, keys: readonly string[]): OwnComment | undefined {
  const mine = new Set(keys);
  return own
    .filter((c) => c.id < id && readReminderKeys(c.body).some((key) => mine.has(key)))
    .sort((a, b) => a.id - b.id)[0];
}

/** The earliest due time among reminders, in milliseconds: no marker for them can be older. */
export function earliestDue(reminders: readonly Reminder[]): number | undefined {
  const times = reminders.map((r) => Date.parse(r.kind === 'followup' ? `${r.due}T00:00:00Z` : r.due)).filter((t) => Number.isFinite(t));
  return times.length ? Math.min(...times) : undefined;
}

/**
 * How often the scheduled sweep runs when the event does not say: the workflow template's cron
 * (every 10 minutes). GitHub may run it late or skip it; a gap over three schedules is reported
 * in the job summary.
 */
export const SWEEP_SCHEDULE_MS = 10 * 60_000;

/**
 * The interval of a cron schedule as a `schedule` event names it (`*\/10 * * * *`), for the
 * regular forms a workflow uses: every N minutes, listed minutes, or minute M every H hours.
 * Undefined for anything else (then SWEEP_SCHEDULE_MS applies).
 */
export function cronInterval(cron: string | undefined): number | undefined {
  const fields = cron?.trim().split(/\s+/);
  if (fields?.length !== 5 || fields.slice(2).some((f) => f !== '*')) return undefined;
  const [minute = '', hour = ''] = fields;
  const every = (field: string, unit: number, max: number): number | undefined => {
    if (field === '*') return unit;
    const step = /^\*\/([1-9][0-9]?)$/.exec(field);
    return step && Number(step[1]) < max ? Number(step[1]) * unit : undefined;
  };
  const MINUTE = 60_000;
  if (hour === '*') {
    const stepped = every(minute, MINUTE, 60);
    if (stepped) return stepped;
    const listed = minute.split(',').map(Number);
    if (!listed.every((m) => Number.isInteger(m) && m >= 0 && m < 60)) return undefined;
    const sorted = [...new Set(listed)].sort((a, b) => a - b);
    const gaps = sorted.map((m, i) => ((sorted[i + 1] ?? (sorted[0] ?? 0) + 60) - m) * MINUTE);
    return Math.max(...gaps);
  }
  const hours = every(hour, 60 * MINUTE, 24);
  return hours && /^[0-9]{1,2}$/.test(minute) && Number(minute) < 60 ? hours : undefined;
}
