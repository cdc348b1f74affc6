import { parseRole, type Role } from './roles.js';
import { isStatus, type Status } from './lifecycle.js';
import { isTimestamp, type Timestamp } from './time.js';

/**
 * The incident's `## Log` as typed data. Each entry has a kind from a closed set and typed
 * fields; `writeLogEvent` is the only writer of a line's kind and text, `readLogEvent` the only
 * reader. Everything that asks "was this a status change?" reads a kind, never a sentence.
 *
 * On disk a line stays `<time> · @<login> · <label> · <text>`, as every earlier version wrote it.
 */
export type LogEvent =
  /** The incident was declared with this severity and status. */
  | { kind: 'declared'; severity: string; status: Status }
  /**
   * The first response by someone other than the reporter (`first response`), or, with `pager`,
   * an acknowledgement at a pager by the person it names (SPEC 4.11: `primary: Alice Example`).
   */
  | { kind: 'acknowledged'; pager?: string; by?: string }
  /**
   * A pager accepted an event (SPEC 4.11): `paged · primary: declared P1` for a trigger,
   * `paged (resolve) · primary: resolved` for a resolve. Written only after the pager accepted it.
   */
  | { kind: 'paged'; pager: string; action: PageAction; why: string }
  /**
   * A pager's answer other than an acknowledgement (SPEC 4.11): `answered (resolve) · primary:
   * Alice Example`. Logged only: a resolve at the pager never resolves the incident.
   */
  | { kind: 'answered'; pager: string; action: PagerAnswerAction; by: string }
  /** A status update, given while in `status`; `nextDue` is when the next one is due. */
  | { kind: 'update'; status: Status; message: string; nextDue: Timestamp | null }
  /** A lifecycle move. `regression` is monitoring → investigating|fixing; `reopened` leaves resolved, closed or declined. */
  | { kind: 'status' | 'regression'; from: Status; to: Status; message: string }
  | { kind: 'reopened'; from: Status; to: Status; cleared: string[]; message: string }
  | { kind: 'severity'; from: string; to: string; reason: string }
  /** A role assigned; with `previous`, handed off (written `handoff`). */
  | { kind: 'role'; role: Role; login: string; previous: string | null }
  /**
   * `page`: the escalation pages (SPEC 4.11), written `escalated (page)`: `/inc escalate` with no
   * @ target, or with a pager's name as the first word of the reason (then only that pager). An
   * escalation to named people, or the understaffing ping after a raise, pages nobody.
   */
  | { kind: 'escalated'; targets: string[]; reason: string; page?: boolean }
  /**
   * A key event for the timeline. `slack` marks a message pinned or reacted to in the incident's
   * Slack channel (SPEC 4.12): `key` (`<channel>:<ts>`) keeps it to one entry per message,
   * `author` is the Slack name of whoever wrote it; the permalink is the entry's `ref`.
   */
  | { kind: 'note'; text: string; slack?: SlackNoteSource }
  /** A follow-up in the action-item grammar (`Title — owner: @carol, due: 2026-12-05`). */
  | { kind: 'followup'; item: string }
  /** The postmortem was asked for or its pull request opened. */
  | { kind: 'postmortem'; text: string }
  /** Follow-up issues were filed from the merged postmortem. */
  | { kind: 'followups'; text: string }
  | { kind: 'renamed'; from: string; to: string }
  /** A public update for the status page (SPEC 4.9); counts as an update. */
  | { kind: 'public'; message: string; nextDue: Timestamp | null }
  /** The change that caused it (SPEC 4.10). */
  | { kind: 'cause'; url: string }
  /** The alert group changed (SPEC 4.6): `firing` (alerts joined or left) or `resolved`. */
  | { kind: 'alert'; state: 'firing' | 'resolved'; summary: string }
  /** An email that declared the incident or was logged on its thread (SPEC 4.14): who wrote, the subject and text, neutralised. */
  | { kind: 'email'; text: string }
  /** A line whose label sitrep does not know (written by hand or by a newer version): kept, never interpreted. */
  | { kind: 'other'; label: string; text: string };

export type LogKind = LogEvent['kind'];

/** Where a `note` from Slack came from. */
export interface SlackNoteSource {
  /** `<channel id>:<message ts>`, e.g. `C0123ABCD:1763719092.000100`. */
  key: string;
  /** The author's Slack name, one line, without ` · `. */
  author: string;
}

/** A Slack message key: a channel id, a colon, the message's `ts`. */
export const SLACK_NOTE_KEY = /^[A-Z0-9]{2,}:\d{6,}\.\d{1,9}$/;

/** What someone did at a pager, besides acknowledging: the `answered` entry's qualifier. */
export type PagerAnswerAction = 'resolve' | 'escalate' | 'reassign';
const PAGER_ANSWER_ACTIONS: readonly string[] = ['resolve', 'escalate', 'reassign'];

/** What a page asks of the pager: open (or re-open) its alert, or resolve it. */
export type PageAction = 'trigger' | 'resolve';

/** A pager's name as `paging[].name` allows it: the part of a `paged`/`acknowledged` line before the colon. */
const PAGER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;
const FIRST_RESPONSE = 'first response';

/** When, who and where: what every Log entry has. */
export interface LogMeta {
  at: Timestamp;
  /** GitHub login without the @. */
  actor: string;
  /** Link to where it happened (the comment or issue), shown as a trailing `[link](url)`. */
  ref?: string;
}

/** One line of the append-only `## Log`. */
export type LogEntry = LogMeta & LogEvent;

/** An entry of one kind. */
export type LogEntryOf<K extends LogKind> = LogMeta & Extract<LogEvent, { kind: K }>;

const ARROW = ' → ';
const SEPARATOR = ' · ';
const NEXT_DUE = /^(.*?) ?\(next update due (\S+)\)$/s;

/** A line's label and text as written in the file. */
export interface LogLine {
  label: string;
  text: string;
}

/** Writes an event as the label and text of its Log line. The only writer. */
export function writeLogEvent(event: LogEvent): LogLine {
  switch (event.kind) {
    case 'declared':
      return { label: 'declared', text: `${event.severity}, ${event.status}` };
    case 'acknowledged':
      return { label: 'acknowledged', text: event.pager ? `${event.pager}: ${oneLine(event.by ?? '')}` : FIRST_RESPONSE };
    case 'paged':
      return { label: event.action === 'resolve' ? 'paged (resolve)' : 'paged', text: `${event.pager}: ${oneLine(event.why)}` };
    case 'answered':
      return { label: `answered (${event.action})`, text: `${event.pager}: ${oneLine(event.by)}` };
    case 'update':
      return { label: `update (${event.status})`, text: withNextDue(event.message, event.nextDue) };
    case 'status':
    case 'regression':
      return { label: event.kind, text: `${event.from}${ARROW}${event.to}${sentence(event.message)}` };
    case 'reopened': {
      const cleared = event.cleared.length ? `; cleared ${event.cleared.join(', ')}` : '';
      return { label: 'reopened', text: `${event.from}${ARROW}${event.to}${cleared}${sentence(event.message)}` };
    }
    case 'severity':
      return { label: 'severity', text: `${event.from}${ARROW}${event.to}${sentence(event.reason)}` };
    case 'role':
      return {
        label: event.previous ? 'handoff' : 'role',
        text: `${event.role}: @${event.login}${event.previous ? ` (was @${event.previous})` : ''}`,
      };
    case 'escalated':
      return { label: event.page ? 'escalated (page)' : 'escalated', text: `to ${event.targets.join(', ')}${sentence(event.reason)}` };
    case 'note':
      // A Slack note is `note (slack) · <key> · <author> · <text>`: the qualifier sits in the label,
      // which only this writer sets, so no note's text can pass for one from Slack.
      return event.slack
        ? { label: 'note (slack)', text: [event.slack.key, event.slack.author, event.text].join(SEPARATOR) }
        : { label: 'note', text: event.text };
    case 'followup':
      return { label: 'followup', text: event.item };
    case 'postmortem':
    case 'followups':
      return { label: event.kind, text: event.text };
    case 'renamed':
      return { label: 'renamed', text: `${event.from}${ARROW}${event.to}` };
    case 'public':
      return { label: 'public', text: withNextDue(event.message, event.nextDue) };
    case 'cause':
      return { label: 'cause', text: event.url };
    case 'alert':
      return { label: `alert (${event.state})`, text: event.summary };
    case 'email':
      return { label: 'email', text: event.text };
    case 'other':
      return { label: event.label, text: event.text };
    default:
      return unreachable(event);
  }
}

/**
 * Reads a Log line's label and text back into its event. The only reader; a line it cannot
 * read as its label's kind (a hand edit) is kept as `other`, never dropped.
 */
export function readLogEvent(label: string, text: string): LogEvent {
  const other: LogEvent = { kind: 'other', label, text };
  const [word = '', qualifier] = splitLabel(label);
  switch (word) {
    case 'declared': {
      const [severity = '', status = ''] = text.split(', ');
      return severity && isStatus(status) ? { kind: 'declared', severity, status } : other;
    }
    case 'acknowledged': {
      if (qualifier !== undefined) return other;
      const byPager = readPagerText(text);
      return byPager && byPager.rest ? { kind: 'acknowledged', pager: byPager.pager, by: byPager.rest } : { kind: 'acknowledged' };
    }
    case 'paged': {
      const byPager = readPagerText(text);
      if (!byPager?.rest || (qualifier !== undefined && qualifier !== 'resolve')) return other;
      return { kind: 'paged', pager: byPager.pager, action: qualifier === 'resolve' ? 'resolve' : 'trigger', why: byPager.rest };
    }
    case 'answered': {
      const byPager = readPagerText(text);
      if (!byPager?.rest || qualifier === undefined || !PAGER_ANSWER_ACTIONS.includes(qualifier)) return other;
      return { kind: 'answered', pager: byPager.pager, action: qualifier as PagerAnswerAction, by: byPager.rest };
    }
    case 'update':
      return qualifier && isStatus(qualifier) ? { kind: 'update', status: qualifier, ...readNextDue(text) } : other;
    case 'status':
    case 'regression': {
      const move = readMove(text);
      return move && qualifier === undefined && isStatus(move.from) && isStatus(move.to)
        ? { kind: word, from: move.from, to: move.to, message: move.rest }
        : other;
    }
    case 'reopened': {
      const move = readMove(text);
      if (!move || qualifier !== undefined || !isStatus(move.from) || !isStatus(move.to)) return other;
      const cleared = /^; cleared ([a-z_]+(?:, [a-z_]+)*)(?:\. |$)/s.exec(move.tail);
      const message = cleared ? move.tail.slice(cleared[0].length) : move.rest;
      return { kind: 'reopened', from: move.from, to: move.to, cleared: cleared?.[1]?.split(', ') ?? [], message };
    }
    case 'severity': {
      const move = readMove(text);
      return move && qualifier === undefined ? { kind: 'severity', from: move.from, to: move.to, reason: move.rest } : other;
    }
    case 'role':
    case 'handoff': {
      const match = /^([a-z]+): @(\S+?)(?: \(was @(\S+?)\))?$/.exec(text);
      const role = match?.[1] ? parseRole(match[1]) : undefined;
      if (!match?.[2] || !role || qualifier !== undefined || (word === 'handoff') !== Boolean(match[3])) return other;
      return { kind: 'role', role, login: match[2], previous: match[3] ?? null };
    }
    case 'escalated': {
      const match = /^to ((?:@[^\s,.]+(?:\/[^\s,]+?)?)(?:, @[^\s,.]+(?:\/[^\s,]+?)?)*)(?:\. (.*))?$/s.exec(text);
      if (!match?.[1] || (qualifier !== undefined && qualifier !== 'page')) return other;
      return { kind: 'escalated', targets: match[1].split(', '), reason: match[2] ?? '', ...(qualifier === 'page' ? { page: true } : {}) };
    }
    case 'note': {
      if (qualifier === undefined) return { kind: 'note', text };
      if (qualifier !== 'slack') return other;
      const [key = '', author = '', ...rest] = text.split(SEPARATOR);
      return SLACK_NOTE_KEY.test(key) && rest.length ? { kind: 'note', text: rest.join(SEPARATOR), slack: { key, author } } : other;
    }
    case 'followup':
      return qualifier === undefined ? { kind: 'followup', item: text } : other;
    case 'postmortem':
    case 'followups':
      return qualifier === undefined ? { kind: word, text } : other;
    case 'renamed': {
      const at = text.indexOf(ARROW);
      return at >= 0 && qualifier === undefined ? { kind: 'renamed', from: text.slice(0, at), to: text.slice(at + ARROW.length) } : other;
    }
    case 'public':
      return qualifier === undefined ? { kind: 'public', ...readNextDue(text) } : other;
    case 'cause':
      return qualifier === undefined && /^https?:\/\/\S+$/.test(text) ? { kind: 'cause', url: text } : other;
    case 'alert':
      return qualifier === 'firing' || qualifier === 'resolved' ? { kind: 'alert', state: qualifier, summary: text } : other;
    case 'email':
      return qualifier === undefined ? { kind: 'email', text } : other;
    default:
      return other;
  }
}

/** `primary: declared P1` → the pager's name and what follows; undefined when the text does not start with a pager's name. */
function readPagerText(text: string): { pager: string; rest: string } | undefined {
  const colon = text.indexOf(': ');
  if (colon < 0) return undefined;
  const pager = text.slice(0, colon);
  return PAGER_NAME.test(pager) ? { pager, rest: text.slice(colon + 2) } : undefined;
}

/** User text from a pager kept on one line, so it cannot start another Log entry. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `update (fixing)` → [`update`, `fixing`]; `note` → [`note`]. */
function splitLabel(label: string): [string, string?] {
  const match = /^([a-z]+)(?: \(([a-z]+)\))?$/.exec(label);
  return match ? [match[1] as string, match[2]] : [label];
}

function sentence(text: string): string {
  return text ? `. ${text}` : '';
}

function withNextDue(message: string, nextDue: Timestamp | null): string {
  const next = nextDue ? `(next update due ${nextDue})` : '';
  return [message, next].filter(Boolean).join(' ');
}

function readNextDue(text: string): { message: string; nextDue: Timestamp | null } {
  const match = NEXT_DUE.exec(text);
  if (match?.[2] && isTimestamp(match[2])) return { message: match[1] ?? '', nextDue: match[2] };
  return { message: text, nextDue: null };
}

/** `from → to. rest`: the two words around the arrow, and what follows. */
function readMove(text: string): { from: string; to: string; rest: string; tail: string } | undefined {
  const match = /^([^\s.,;]+) → ([^\s.,;]+)/.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const tail = text.slice(match[0].length);
  if (tail && !tail.startsWith('. ') && !tail.startsWith('; ')) return undefined;
  return { from: match[1], to: match[2], rest: tail.startsWith('. ') ? tail.slice(2) : '', tail };
}

function unreachable(value: never): never {
  throw new Error(`unhandled Log event ${JSON.stringify(value)}`);
}

/** Lifecycle moves: status changes, regressions and reopens. */
export function isStatusChange(entry: LogEntry): entry is LogEntryOf<'status' | 'regression' | 'reopened'> {
  return entry.kind === 'status' || entry.kind === 'regression' || entry.kind === 'reopened';
}

/** Entries that count as a status update for the cadence (SPEC 4.2: a status change counts as an update). */
export function isCadenceUpdate(entry: LogEntry): boolean {
  return entry.kind === 'update' || entry.kind === 'public' || isStatusChange(entry);
}

/** The status the incident entered with this entry, if it moved it. */
export function statusEnteredBy(entry: LogEntry): Status | undefined {
  if (isStatusChange(entry)) return entry.to;
  if (entry.kind === 'declared') return entry.status;
  return undefined;
}

/** When the incident entered its current status: the newest declaration or move. */
export function statusSince(log: readonly LogEntry[]): Timestamp | undefined {
  for (let i = log.length - 1; i >= 0; i--) {
    const entry = log[i] as LogEntry;
    if (statusEnteredBy(entry)) return entry.at;
  }
  return undefined;
}

/** The newest entry that tells where the incident stands (an update, a move, a declaration, a severity change). */
export function latestUpdate(log: readonly LogEntry[]): LogEntry | undefined {
  for (let i = log.length - 1; i >= 0; i--) {
    const entry = log[i] as LogEntry;
    if (isCadenceUpdate(entry) || entry.kind === 'declared' || entry.kind === 'severity') return entry;
  }
  return undefined;
}

/** A short human account of an entry (`Update (fixing): Rolled back`), for the card, the timeline and chat. */
export function describeLogEntry(entry: LogEntry): string {
  if (entry.kind === 'note' && entry.slack) return `Note from Slack (${entry.slack.author}): ${entry.text}`;
  const line = writeLogEvent(entry);
  const [word = '', qualifier] = splitLabel(line.label);
  const label = LABELS[word] ?? word.charAt(0).toUpperCase() + word.slice(1);
  const head = qualifier ? `${label} (${qualifier})` : label;
  const text = entry.kind === 'update' || entry.kind === 'public' ? entry.message : line.text;
  return text ? `${head}: ${text}` : head;
}

const LABELS: Readonly<Record<string, string>> = {
  declared: 'Declared',
  acknowledged: 'Acknowledged',
  paged: 'Paged',
  answered: 'Answered at the pager',
  update: 'Update',
  status: 'Status',
  regression: 'Regression',
  reopened: 'Reopened',
  severity: 'Severity',
  role: 'Role assigned',
  handoff: 'Role handed off',
  escalated: 'Escalated',
  note: 'Note',
  public: 'Public update',
  cause: 'Caused by',
  alert: 'Alert',
  email: 'Email',
  renamed: 'Renamed',
};
