import type { NotifyEvent } from '../core/config.js';
import type { IncidentRecord } from '../core/incident.js';
import { isActive } from '../core/lifecycle.js';
import { describeLogEntry, type LogEntry } from '../core/log.js';
import { POSTMORTEM_REQUESTED } from '../core/postmortem/input.js';
import type { ReminderKind } from '../core/reminders.js';
import type { Notice, NoticeLine, ReminderNotice } from './types.js';

/**
 * Which channel event a Log entry is (SPEC 4.7), or null when it is not worth a message.
 *
 * - A status move into `resolved` or `closed` is that event, not `status`; regressions and
 *   reopens are `status` (the incident is live again).
 * - `acknowledged` is null: the first response is on the card and in the next update; a ping for
 *   it is noise. `renamed` is null: the new title shows in the next message. `other` (a line sitrep
 *   cannot read) is null: it is kept in the file, never interpreted.
 * - `followups` (issues filed from the merged postmortem) is `followup`.
 */
export function notificationEvent(entry: LogEntry, _record?: IncidentRecord): NotifyEvent | null {
  switch (entry.kind) {
    case 'declared':
      return 'declared';
    case 'update':
      return 'update';
    case 'status':
      return entry.to === 'resolved' ? 'resolved' : entry.to === 'closed' ? 'closed' : 'status';
    case 'regression':
    case 'reopened':
      return 'status';
    case 'severity':
      return 'severity';
    case 'role':
      return 'role';
    case 'escalated':
      return 'escalation';
    case 'note':
      return 'note';
    case 'followup':
    case 'followups':
      return 'followup';
    case 'postmortem':
      // Asking for a rebuild is bookkeeping; the pull request being opened is the news.
      return entry.text === POSTMORTEM_REQUESTED ? null : 'postmortem';
    case 'public':
      return 'public';
    case 'cause':
      return 'cause';
    case 'alert':
      return 'alert';
    case 'email':
      return 'email';
    // A page is told in the card and the declaration's message, not as a message of its own.
    case 'paged':
    case 'acknowledged':
    case 'answered':
    case 'renamed':
    case 'other':
      return null;
  }
}

/** Most significant first: a batch is sent as (and headed by) its most significant event. */
const SIGNIFICANCE: readonly NotifyEvent[] = [
  'resolved', 'closed', 'declared', 'escalation', 'severity', 'status', 'role', 'update', 'public',
  'alert', 'email', 'reminder', 'cause', 'postmortem', 'followup', 'note',
];

/** The index of the most significant of a batch's events (the first such). */
export function leadIndex(events: readonly NotifyEvent[]): number {
  let best = -1;
  events.forEach((event, i) => {
    if (best < 0 || SIGNIFICANCE.indexOf(event) < SIGNIFICANCE.indexOf(events[best] as NotifyEvent)) best = i;
  });
  return best;
}

/** The short verb phrase the first line uses for one entry. */
function whatFor(entry: LogEntry, event: NotifyEvent): string {
  switch (entry.kind) {
    case 'status':
      return event === 'status' ? `now ${entry.to}` : event;
    case 'regression':
      return `regressed to ${entry.to}`;
    case 'reopened':
      return `reopened (${entry.to})`;
    case 'severity':
      return `severity ${entry.from} → ${entry.to}`;
    case 'role':
      return entry.previous ? `${entry.role} handed off` : `${entry.role} assigned`;
    case 'alert':
      return `alert ${entry.state}`;
    case 'email':
      return 'email received';
    case 'public':
      return 'public update';
    case 'followup':
    case 'followups':
      return 'follow-up';
    case 'cause':
      return 'cause recorded';
    case 'escalated':
      return 'escalated';
    case 'paged':
      return entry.action === 'resolve' ? `page resolved at ${entry.pager}` : `paged ${entry.pager}`;
    case 'answered':
      return `${entry.action} at ${entry.pager}`;
    // These read as the event's own name (`declared`, `update`, `note`, `postmortem`).
    case 'declared':
    case 'update':
    case 'note':
    case 'postmortem':
    case 'acknowledged':
    case 'renamed':
    case 'other':
      return event;
  }
}

const REMINDER_WHAT: Readonly<Record<ReminderKind, string>> = {
  update: 'update overdue',
  escalation: 'escalated: update overdue',
  staffing: 'needs a coordinator',
  monitoring: 'monitoring window over',
  postmortem: 'postmortem overdue',
  followup: 'follow-up overdue',
};

/** A reminder is sent as `escalation` when the sweep escalated, else as `reminder`. */
export function reminderEvent(reminder: ReminderNotice): NotifyEvent {
  return reminder.kind === 'escalation' ? 'escalation' : 'reminder';
}

export const COLORS = {
  critical: '#d1242f',
  major: '#fb8500',
  minor: '#d4a72c',
  other: '#8c959f',
  resolved: '#1a7f37',
} as const;

/**
 * The colour of a message: by the severity's rank (config order, else the digit in `P1`/`SEV2`),
 * green once resolved or closed so a glance tells good news from bad, grey when declined.
 */
export function noticeColor(record: IncidentRecord, severities?: readonly string[]): string {
  if (record.status === 'resolved' || record.status === 'closed') return COLORS.resolved;
  if (record.status === 'declined') return COLORS.other;
  let rank = severities ? severities.indexOf(record.severity) : -1;
  if (rank < 0) {
    const digit = /(\d+)$/.exec(record.severity);
    rank = digit ? Number(digit[1]) - 1 : -1;
  }
  return [COLORS.critical, COLORS.major, COLORS.minor][rank] ?? COLORS.other;
}

/** The entries that are events, each with its line (entries that are no event are left out). */
export function noticeLines(entries: readonly LogEntry[], record: IncidentRecord): { entry: LogEntry; line: NoticeLine }[] {
  return entries.flatMap((entry) => {
    const event = notificationEvent(entry, record);
    if (!event) return [];
    const line: NoticeLine = { event, at: entry.at, actor: entry.actor, text: describeLogEntry(entry) };
    return [{ entry, line: entry.ref ? { ...line, ref: entry.ref } : line }];
  });
}

interface NoticeParts {
  record: IncidentRecord;
  issueUrl: string;
  repository: string;
  severities?: readonly string[];
}

/**
 * The notice for a change's entries (already filtered to what the channel wants). A change that
 * declares the incident (a declaration, or a command on an undeclared incident) shows roles,
 * customers and who was paged as facts, so its role and escalation lines are not repeated.
 */
export function changeNotice(parts: NoticeParts, entries: readonly LogEntry[], declaration: boolean): Notice | null {
  const pairs = noticeLines(entries, parts.record);
  const lead = pairs[leadIndex(pairs.map((p) => p.line.event))];
  if (!lead) return null;
  const declares = declaration || pairs.some((p) => p.line.event === 'declared');
  const shown = declares ? pairs.filter((p) => p.line.event !== 'role' && p.line.event !== 'escalation') : pairs;
  const lines = (shown.length ? shown : pairs).map((p) => p.line);
  const event: NotifyEvent = declaration ? 'declared' : lead.line.event;
  let what = declaration ? 'declared' : whatFor(lead.entry, lead.line.event);
  if (!declaration && lines.length > 1) what += ` (+${lines.length - 1} more)`;
  const paged = entries.flatMap((e) => (e.kind === 'escalated' ? e.targets : []));
  return {
    event,
    record: parts.record,
    issueUrl: parts.issueUrl,
    repository: parts.repository,
    what,
    lines,
    paged: [...new Set(paged)],
    declaration: declares,
    nextUpdateDue: isActive(parts.record.status) ? parts.record.next_update_due : null,
    color: noticeColor(parts.record, parts.severities),
    entries: pairs.map((p) => p.entry),
    lead: declaration ? (pairs.find((p) => p.line.event === 'declared') ?? lead).entry : lead.entry,
  };
}

/** The notice for a sweep's reminder or escalation. */
export function reminderNotice(parts: NoticeParts, reminder: ReminderNotice): Notice {
  const event = reminderEvent(reminder);
  const pinged = reminder.mentions.length ? ` (pinged ${reminder.mentions.map((m) => (m.startsWith('@') ? m : `@${m}`)).join(', ')})` : '';
  return {
    event,
    record: parts.record,
    issueUrl: parts.issueUrl,
    repository: parts.repository,
    what: REMINDER_WHAT[reminder.kind],
    lines: [{ event, at: reminder.at, actor: null, text: `${reminder.message}${pinged}` }],
    paged: reminder.kind === 'escalation' ? reminder.mentions : [],
    declaration: false,
    nextUpdateDue: isActive(parts.record.status) ? parts.record.next_update_due : null,
    color: noticeColor(parts.record, parts.severities),
    entries: [],
    reminder,
  };
}

/** `INC-42 (P1, fixing) now monitoring: Checkout API returns 502` — the line a lock screen shows. */
export function firstLine(notice: Notice): string {
  const r = notice.record;
  return `${r.id} (${r.severity}, ${r.status}) ${notice.what}: ${r.title}`;
}

/** `Update (fixing): Rolled back — @alice`. */
export function lineText(line: NoticeLine): string {
  return line.actor ? `${line.text} — @${line.actor}` : line.text;
}

/** `2026-11-21 10:45 UTC`. */
export function when(timestamp: string): string {
  return timestamp.replace('T', ' ').replace(/:\d{2}Z$/, ' UTC');
}

/** Label/value facts every target shows: severity, status, next update, and on a declaration roles and customers. */
export function noticeFacts(notice: Notice): { label: string; value: string }[] {
  const r = notice.record;
  const facts = [
    { label: 'Severity', value: r.severity },
    { label: 'Status', value: r.status },
  ];
  if (notice.nextUpdateDue) facts.push({ label: 'Next update due', value: when(notice.nextUpdateDue) });
  if (notice.declaration) {
    const roles = (['coordinator', 'operations', 'communications'] as const)
      .map((role) => `${role} ${r.roles[role] ? `@${r.roles[role]}` : '—'}`)
      .join(', ');
    facts.push({ label: 'Roles', value: roles });
    if (r.customers.length) facts.push({ label: 'Customers', value: r.customers.join(', ') });
    if (r.services.length) facts.push({ label: 'Services', value: r.services.join(', ') });
    if (notice.paged.length) facts.push({ label: 'Paged', value: notice.paged.join(', ') });
  }
  return facts;
}

/** Cuts text to at most `max` characters (code points), marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
