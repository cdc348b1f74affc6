import { ROLES, type IncidentRecord, type LogEntry, type Role } from './incident.js';
import { describeLogEntry, type LogKind } from './log.js';
import { isBotLogin } from './sanitize.js';
import type { Timestamp } from './time.js';

/** Fields every item of an issue's timeline has. */
interface TimelineBase {
  /** When it happened (RFC 3339). */
  at: Timestamp;
  /** Who did it; null for a deleted account. */
  actor: string | null;
  /** Done by a bot or by the token sitrep runs with: never a responder. */
  byBot: boolean;
  url?: string;
}

/** A pull request (or issue) that mentions the incident's issue. */
export interface ReferenceSource {
  type: 'PullRequest' | 'Issue';
  /** `owner/repo`. */
  repository: string;
  number: number;
  title: string;
  url: string;
  /** The pull request's head branch, for telling sitrep's own postmortem pull request apart. */
  headRef?: string;
  mergedAt?: Timestamp | null;
  mergedBy?: string | null;
}

/** One item of the issue timeline, as the adapter reads it from GraphQL `timelineItems`. */
export type TimelineEvent = TimelineBase &
  (
    | { kind: 'comment' }
    | { kind: 'labeled' | 'unlabeled'; label: string }
    | { kind: 'assigned' | 'unassigned'; assignee: string | null }
    | { kind: 'closed' | 'reopened' }
    | { kind: 'renamed'; from: string; to: string }
    | { kind: 'cross-referenced'; source: ReferenceSource }
  );

/** A row of the postmortem's timeline table: what happened, when, who, and where to see it. */
export interface TimelineRow {
  at: Timestamp;
  /** Plain text; the renderer escapes it. */
  event: string;
  /** Login without @; null when unknown. */
  who: string | null;
  url?: string;
}

/** Branches sitrep's own postmortem pull requests live on; they are not part of the incident. */
export const POSTMORTEM_BRANCH_PREFIX = 'sitrep/postmortem/';

// Follow-ups go to Action items and the postmortem entry is about the review, not the incident.
const LOG_KINDS_LEFT_OUT: ReadonlySet<LogKind> = new Set(['followup', 'postmortem']);

function isOwnPostmortem(source: ReferenceSource): boolean {
  return source.headRef?.startsWith(POSTMORTEM_BRANCH_PREFIX) ?? false;
}

function reference(source: ReferenceSource): string {
  return `${source.repository}#${source.number}`;
}

/**
 * The postmortem timeline: the Log's key events (declaration, updates, status and severity
 * changes, role handoffs, escalations, notes) merged with what only the issue timeline knows
 * (linked pull requests and their merges, title changes), in time order. Label, assignment,
 * close and reopen events are sitrep's own projections of the Log, so they are not repeated.
 */
export function timelineRows(log: readonly LogEntry[], events: readonly TimelineEvent[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const entry of log) {
    if (LOG_KINDS_LEFT_OUT.has(entry.kind)) continue;
    rows.push({ at: entry.at, event: describeLogEntry(entry), who: entry.actor, ...(entry.ref ? { url: entry.ref } : {}) });
  }
  const linked = new Set<string>();
  for (const event of events) {
    if (event.kind === 'renamed' && !event.byBot) {
      rows.push({ at: event.at, event: `Title changed: “${event.from}” → “${event.to}”`, who: event.actor, ...(event.url ? { url: event.url } : {}) });
    }
    if (event.kind !== 'cross-referenced' || event.source.type !== 'PullRequest') continue;
    const { source } = event;
    if (isOwnPostmortem(source) || linked.has(source.url)) continue;
    linked.add(source.url);
    rows.push({ at: event.at, event: `Pull request linked: ${reference(source)} ${source.title}`, who: event.actor, url: source.url });
    if (source.mergedAt) {
      rows.push({ at: source.mergedAt, event: `Pull request merged: ${reference(source)} ${source.title}`, who: source.mergedBy ?? null, url: source.url });
    }
  }
  return sortByTime(rows);
}

/** Stable sort by time: entries at the same second keep the order they were recorded in. */
export function sortByTime<T extends { at: Timestamp }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index, ms: Date.parse(item.at) }))
    .sort((a, b) => a.ms - b.ms || a.index - b.index)
    .map(({ item }) => item);
}

/** Someone who took part in the incident. */
export interface Responder {
  login: string;
  /** Roles held at the end, in role order. */
  roles: Role[];
  /** Roles held earlier and handed off, with when. */
  formerRoles: { role: Role; until: Timestamp }[];
  /** When they first acted. */
  firstAt: Timestamp | null;
  /** Comments, commands and changes on the issue (a comment with several commands counts once). */
  actions: number;
}


/**
 * Everyone who acted until the incident was resolved (from the Log and the issue timeline, bots
 * left out) and every role holder, role holders first in role order, then by when they first acted.
 */
export function responders(record: IncidentRecord, log: readonly LogEntry[], events: readonly TimelineEvent[]): Responder[] {
  const bots = new Set(events.filter((e) => e.byBot && e.actor).map((e) => (e.actor as string).toLowerCase()));
  const people = new Map<string, Responder & { acts: Set<string> }>();
  const person = (login: string) => {
    const key = login.toLowerCase();
    let found = people.get(key);
    if (!found) {
      found = { login, roles: [], formerRoles: [], firstAt: null, actions: 0, acts: new Set() };
      people.set(key, found);
    }
    return found;
  };
  // The response ends at resolution: what people do afterwards (asking for the postmortem,
  // discussing it) is not counted, so rebuilding the postmortem does not change this table.
  const end = record.resolved_at ? Date.parse(record.resolved_at) : Infinity;
  const acted = (login: string | null, at: Timestamp, act: string) => {
    if (!login || isBotLogin(login) || bots.has(login.toLowerCase()) || Date.parse(at) > end) return;
    const who = person(login);
    if (!who.firstAt || Date.parse(at) < Date.parse(who.firstAt)) who.firstAt = at;
    who.acts.add(act);
  };
  log.forEach((entry, index) => {
    // Asking for the postmortem is not part of the response.
    if (entry.kind !== 'postmortem') acted(entry.actor, entry.at, entry.ref ?? `log:${index}`);
  });
  events.forEach((event, index) => {
    if (!event.byBot) acted(event.actor, event.at, event.kind === 'comment' && event.url ? event.url : `event:${index}`);
  });
  for (const entry of log) {
    if (entry.kind === 'role' && entry.previous && !isBotLogin(entry.previous)) person(entry.previous).formerRoles.push({ role: entry.role, until: entry.at });
  }
  for (const role of ROLES) {
    const holder = record.roles[role];
    if (holder && !isBotLogin(holder)) person(holder).roles.push(role);
  }
  const rank = (r: Responder) => {
    const first = r.roles[0];
    return first ? ROLES.indexOf(first) : ROLES.length;
  };
  return [...people.values()]
    .map(({ acts, ...r }) => ({ ...r, actions: acts.size }))
    .sort((a, b) => rank(a) - rank(b) || (a.firstAt ? Date.parse(a.firstAt) : Infinity) - (b.firstAt ? Date.parse(b.firstAt) : Infinity) || a.login.localeCompare(b.login));
}
