import type { Config } from './config.js';
import type { IncidentRecord, LogEntry } from './incident.js';
import type { LogEvent } from './log.js';
import { formatTimestamp } from './time.js';

/** Who is acting, when, and under which configuration. The clock is injected. */
export interface ChangeContext {
  actor: string;
  now: number;
  config: Config;
  /** The author, who declared the incident. */
  reporter: string;
  /** URL of the comment or issue that caused the change, linked from the Log. */
  ref?: string;
  /**
   * What GitHub said of the logins the change names (role holders, follow-up owners), keyed in
   * lower case; read by the adapter before planning. A login missing here was not checked.
   */
  logins?: ReadonlyMap<string, LoginStanding>;
  /** The incident's Log as loaded, oldest first, for the changes that depend on it (a pager's answer). */
  log?: readonly LogEntry[];
}

/**
 * A login as GitHub knows it: a user who can be assigned to the incident's issue, a user who
 * cannot (no access to the repository), or no user at all (a typo, a team, an organization).
 */
export type LoginStanding = 'assignable' | 'exists' | 'unknown';

/** What GitHub said of a login, or undefined when it was not checked. */
export function loginStanding(ctx: ChangeContext, login: string): LoginStanding | undefined {
  return ctx.logins?.get(login.toLowerCase());
}

/** Writes beyond the incident file and its projections that a change asks for. */
export interface Effects {
  /** (Re)build the postmortem pull request. */
  buildPostmortem?: boolean;
  /**
   * Mentions to post in an escalation comment, with the reason; `covers` are reminder keys the
   * page stands for (a staffing page settles the staffing reminder due now), marked in the comment
   * unless already posted.
   */
  escalation?: { targets: string[]; reason: string; covers?: string[] };
  /** Show the command reference. */
  help?: boolean;
  /** One comment to post on the issue once the change is committed (an alert's), led by its marker. */
  comment?: { marker: string; body: string };
  /** Things the author should know about a change that applied (a role holder GitHub cannot assign). */
  notices?: string[];
  /**
   * Explain, in one marker-keyed comment (created or updated), that a removed `incident` label
   * was put back because the record says the incident is active, and how to decline it.
   */
  labelRestored?: { label: string; by: string };
  /**
   * The change shows on the public status page (a public update, or a published incident's state):
   * once committed, the page is rebuilt. One rebuild per run, however many changes ask for it.
   */
  statusPage?: boolean;
}

/** A change being built: the new record, what to append to the Log, and the effects. */
export interface Draft {
  record: IncidentRecord;
  entries: LogEntry[];
  effects: Effects;
}

/** A command that cannot apply, and why. */
export interface Refusal {
  refused: string;
  /** The command's usage, when the refusal is about how it was written. */
  usage?: string;
}

/** Starts a draft from the current record (deep-copied, so the input is never changed). */
export function startDraft(record: IncidentRecord): Draft {
  return { record: structuredClone(record), entries: [], effects: {} };
}

/** Appends a Log entry stamped with the context's time, actor and reference. */
export function log(draft: Draft, ctx: ChangeContext, event: LogEvent): void {
  const at = formatTimestamp(ctx.now);
  draft.entries.push(ctx.ref ? { at, actor: ctx.actor, ...event, ref: ctx.ref } : { at, actor: ctx.actor, ...event });
}

/** Sets acknowledged_at the first time someone other than the reporter acts. */
export function acknowledge(draft: Draft, ctx: ChangeContext, force = false): void {
  if (draft.record.acknowledged_at) return;
  if (!force && ctx.actor.toLowerCase() === ctx.reporter.toLowerCase()) return;
  draft.record.acknowledged_at = formatTimestamp(ctx.now);
}
