/**
 * Triggers: each GitHub event sitrep runs on is decoded once, after a runtime check of its
 * payload's shape (schemas/trigger.schema.json, only the fields sitrep reads), into a typed
 * event; and `command: auto` is routed by one table (SPEC 4). Decoding is the only place that
 * knows webhook payload shapes.
 *
 * A new trigger is one row in ROUTES and, when it carries a payload sitrep reads, one decoder
 * (a `$defs` entry in the schema and a case in `decodeTrigger`).
 */
import { ALERT_EVENT_TYPE } from '../core/alert.js';
import type { FollowupEventPayload } from '../core/followup-requests.js';
import { checkShape, type ShapeSchema } from '../core/shape.js';
import triggerSchema from '../../schemas/trigger.schema.json' with { type: 'json' };
import type { RepositoryDispatchPayload } from './alert.js';
import type { IssueCommentPayload, IssuesPayload } from './event.js';
import type { ActionCommand } from './inputs.js';
import type { PushPayload } from './reconcile.js';

/** A command the action runs (the `command` input, or what `auto` chose). */
export type RunCommand = Exclude<ActionCommand, 'auto'>;

/** One row of the routing table: an event (and, for repository_dispatch, its type) and what `auto` runs for it, in order. */
export interface Route {
  event: string;
  /** The `action` of a repository_dispatch (its event type); absent for other events. */
  type?: string;
  commands: readonly RunCommand[];
}

/**
 * What `command: auto` runs for each event (SPEC 4): the one routing table. An event not listed
 * runs nothing. `sitrep-page`, `sitrep-slack` and `sitrep-email` are not in this version: a
 * dispatch of those types runs nothing and says so, like any other dispatch type.
 */
export const ROUTES: readonly Route[] = [
  { event: 'issues', commands: ['event'] },
  { event: 'issue_comment', commands: ['event'] },
  { event: 'schedule', commands: ['cadence'] },
  // The follow-ups file only for a merged postmortem pull request; otherwise they note nothing to do.
  { event: 'pull_request', commands: ['validate', 'followups'] },
  // A push converges hand-edited records (SPEC 4.8) and files a merged postmortem's follow-ups.
  { event: 'push', commands: ['validate', 'reconcile', 'followups'] },
  { event: 'repository_dispatch', type: ALERT_EVENT_TYPE, commands: ['alert'] },
];

/** What `auto` runs for an event, in order; empty when nothing. */
export function routeOf(eventName: string, dispatchType?: unknown): readonly RunCommand[] {
  const route = ROUTES.find((r) => r.event === eventName && (r.type === undefined || r.type === dispatchType));
  return route?.commands ?? [];
}

/** A GitHub event, decoded: its name and its payload, of the type its name says. */
export type Trigger =
  | { event: 'issues'; payload: IssuesPayload }
  | { event: 'issue_comment'; payload: IssueCommentPayload }
  | { event: 'push'; payload: PushPayload & FollowupEventPayload }
  | { event: 'pull_request'; payload: FollowupEventPayload & { pull_request: { number: number } } }
  | { event: 'schedule'; payload: { schedule?: string; sender?: { login?: string } } }
  | { event: 'repository_dispatch'; payload: RepositoryDispatchPayload & { action: string } }
  /** Any other event (workflow_dispatch…): sitrep reads only the sender of its payload. */
  | { event: 'other'; name: string; payload: { sender?: { login?: string } } };

/** A payload that does not have the shape its event promises: the run fails, naming the field. */
export class TriggerError extends Error {
  constructor(
    readonly event: string,
    readonly problems: readonly string[],
  ) {
    super(`the ${event} event's payload is not what GitHub sends, so nothing was done: ${problems.join('; ')}`);
    this.name = 'TriggerError';
  }
}

/** Checks a payload against the shape of its event and returns the typed event; throws TriggerError naming each field that does not fit. */
export function decodeTrigger(eventName: string, payload: unknown): Trigger {
  const problem = checkShape(triggerSchema as ShapeSchema, { event: eventName, payload });
  if (problem) throw new TriggerError(eventName || 'unknown', [problem.replace(/^payload\./, '').replace(/^payload /, '(the payload) ')]);
  switch (eventName) {
    case 'issues':
    case 'issue_comment':
    case 'push':
    case 'pull_request':
    case 'schedule':
    case 'repository_dispatch':
      // The schema checked this payload's shape for this event name.
      return { event: eventName, payload } as Trigger;
    default:
      return { event: 'other', name: eventName, payload: payload as { sender?: { login?: string } } };
  }
}
