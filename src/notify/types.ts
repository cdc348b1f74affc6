import type { Config, NotifyChannel, NotifyEvent } from '../core/config.js';
import type { IncidentRecord } from '../core/incident.js';
import type { LogEntry } from '../core/log.js';
import type { ReminderKind } from '../core/reminders.js';
import type { Timestamp } from '../core/time.js';
import type { MailContent } from './email.js';

/**
 * How the entries of one applied change are grouped into messages (SPEC 4.7):
 * - `declaration`: one message per channel for the whole declaration (roles, customers, who was paged);
 * - `comment`: one message per channel listing each change one comment's commands made;
 * - `single`: one message per entry (a hand close, an alert joining, a push of a hand edit).
 */
export type NotifyBatch = 'declaration' | 'comment' | 'single';

/**
 * A reminder or escalation the cadence sweep posted (SPEC 4.3), to be told to chat as well.
 * Its identity is kind + due (+ item), as the comment marker's is.
 */
export interface ReminderNotice {
  kind: ReminderKind;
  /** The due time the reminder is about. */
  due: Timestamp;
  /** For a follow-up reminder, the action item's key. */
  item?: string;
  /** When the sweep posted it. */
  at: Timestamp;
  /** Who was pinged on GitHub: logins without @, teams as `@org/team`. */
  mentions: readonly string[];
  /** What is late and by how much, as the reminder comment says it. */
  message: string;
}

/** Everything planNotifications needs; all of it data, no environment. */
export interface NotifyInput {
  channels: readonly NotifyChannel[];
  /** The record after the change was committed. */
  record: IncidentRecord;
  /** The Log entries the change appended, in order (empty for a reminder). */
  entries: readonly LogEntry[];
  /** Web URL of the incident's issue. */
  issueUrl: string;
  /** `owner/name` of the incident repository. */
  repository: string;
  batch: NotifyBatch;
  /** A sweep's reminder or escalation; with it, `entries` is ignored. */
  reminder?: ReminderNotice;
  /** Severity names, most severe first (config order), for the colour; default: P1/SEV1 style names. */
  severities?: readonly string[];
  /**
   * For customer channels (SPEC 4.14): the whole Log after the change, the configuration and the
   * clock, from which the status page's public projection is made. Without them a customer
   * channel gets nothing (it never falls back to internal text).
   */
  publicSource?: { log: readonly LogEntry[]; config: Config; now: number };
}

/** One line of what changed, ready for any target. Every string in it may be user text. */
export interface NoticeLine {
  event: NotifyEvent;
  at: Timestamp;
  /** GitHub login without @, or null for sitrep itself (a reminder). */
  actor: string | null;
  /** `Update (fixing): Rolled back deploy 1234`. */
  text: string;
  /** Where it happened (the comment), if known. */
  ref?: string;
}

/** What one message says, independent of where it goes. */
export interface Notice {
  /** The event this message is sent as (`X-Sitrep-Event`); for a batch, its most significant one. */
  event: NotifyEvent;
  record: IncidentRecord;
  issueUrl: string;
  repository: string;
  /** Short verb phrase for the first line: `declared`, `now monitoring`, `resolved`, `3 changes`. */
  what: string;
  lines: readonly NoticeLine[];
  /** For a declaration: who was paged (escalation targets). */
  paged: readonly string[];
  /** Whether the change declared the incident (shows roles, customers and who was paged). */
  declaration: boolean;
  /** Next update due, when the incident still owes updates. */
  nextUpdateDue: Timestamp | null;
  /** `#rrggbb`: severity colour, green once resolved. */
  color: string;
  /** The entries it reports, as data (the webhook sends them raw). */
  entries: readonly LogEntry[];
  /** The entry the message is sent as (the batch's most significant); none for a reminder. */
  lead?: LogEntry;
  reminder?: ReminderNotice;
}

/** A message ready to send: the exact body, its headers, and the channel it goes to. */
export interface Message {
  /** Stable per incident, entries (or reminder) and channel: `X-Sitrep-Delivery`, and the exactly-once key. */
  deliveryId: string;
  channel: NotifyChannel;
  event: NotifyEvent;
  incident: string;
  /** The first line, for logs, dry-run and the job summary (no user text is interpreted there). */
  summary: string;
  /** The exact request body (JSON). A webhook channel's signature is computed over these bytes at delivery. */
  body: string;
  /** Request headers besides the signature (which needs the secret, read at delivery). */
  headers: Readonly<Record<string, string>>;
  /** An email channel's message; `body` then holds it as JSON (for dry runs and logs). */
  mail?: MailContent;
}
