import type { Config } from './config.js';
import type { IncidentRecord, LogEntry } from './incident.js';
import type { LogEvent } from './log.js';
import { formatTimestamp } from './time.js';

/** Who is acting, when, and under which configuration. The clock is injected. */
export interface ChangeContext {
  actor: string;
  now: number;
  config: Config;
  /** The issue's author, who declared the incident. */
  reporter: string;
  /** URL of the comment or issue that caused the change, linked from the Log. */
  ref?: string;
}

/** Writes beyond the incident file and its projections that a change asks for. */
export interface Effects {
  /** Close the issue with this reason. */
  closeIssue?: 'completed' | 'not_planned';
  reopenIssue?: boolean;
  /** (Re)build the postmortem pull request. */
  buildPostmortem?: boolean;
  /** Mentions to post in an escalation comment, with the reason. */
  escalation?: { targets: string[]; reason: string };
  /** Show the command reference. */
  help?: boolean;
  /** One comment to post on the issue once the change is committed (an alert's), led by its marker. */
  comment?: { marker: string; body: string };
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
