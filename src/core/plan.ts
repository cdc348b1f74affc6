import { applyCommand, type LineRefusal } from '../commands/index.js';
import { alertChange, alertResolvedComment, type AlertPayload } from './alert.js';
import { acknowledge, log, startDraft, type ChangeContext, type Draft, type Effects } from './change.js';
import type { CommandLine } from './commands.js';
import type { IncidentRecord, LogEntry } from './incident.js';
import { canMove, isActive } from './lifecycle.js';
import { formatDuration } from './duration.js';

/**
 * What happened to an incident, decoded once from whatever triggered it (a comment, an issue
 * event, a merged postmortem). Core plans each the same way; the adapter applies the plan.
 */
export type IncidentEvent =
  /** `/inc` lines of one comment, applied in order as one change, all or nothing. */
  | { type: 'commands'; lines: readonly CommandLine[] }
  /** A comment without commands by someone who may respond: the first one acknowledges. */
  | { type: 'responded' }
  /** The issue was closed by hand: resolve. */
  | { type: 'issue-closed' }
  /** The issue was reopened by hand: back to investigating. */
  | { type: 'issue-reopened' }
  /** The issue was renamed: the record's title follows. */
  | { type: 'issue-renamed'; title: string }
  /** The postmortem pull request was opened. */
  | { type: 'postmortem-opened'; url: string; number: number }
  /** The postmortem was merged and its follow-ups filed: the incident closes. */
  | { type: 'followups-filed'; urls: readonly string[]; created: readonly string[]; postmortemPath: string }
  /**
   * The incident's alert group was delivered again (SPEC 4.6): the planner compares it with the
   * fingerprints the record holds, so a re-plan after a conflict compares with the fresh record.
   */
  | { type: 'alert'; payload: AlertPayload };

/** What one event does to an incident: the record after, the new Log entries, and what else to do. */
export interface Plan {
  /** The record after the change (the record before when nothing applies). */
  record: IncidentRecord;
  /** Appended to the Log, in order. */
  entries: LogEntry[];
  effects: Effects;
  /** Lines that were refused; when any is, nothing applies and the author is told why. */
  refusals: LineRefusal[];
  /** Why the event changes nothing, for the run log (a close of an already resolved incident…). */
  unchanged?: string;
}

/**
 * Plans an event against the record as it is: pure, so the adapter may plan again on a fresher
 * record after a conflict and get the change the event means on that record.
 */
export function planChange(record: IncidentRecord, event: IncidentEvent, ctx: ChangeContext): Plan {
  const draft = startDraft(record);
  const refusals: LineRefusal[] = [];
  let unchanged: string | undefined;
  switch (event.type) {
    case 'commands':
      for (const line of event.lines) {
        if (!line.parsed.ok) {
          refusals.push({ line: line.line, lineNumber: line.lineNumber, reason: line.parsed.error, usage: line.parsed.usage });
          continue;
        }
        const refusal = applyCommand(draft, line.parsed.command, ctx);
        if (refusal) refusals.push({ line: line.line, lineNumber: line.lineNumber, reason: refusal.refused });
      }
      break;
    case 'responded':
      acknowledge(draft, ctx);
      if (draft.record.acknowledged_at) log(draft, ctx, { kind: 'acknowledged' });
      else unchanged = 'acknowledged already';
      break;
    case 'issue-closed':
      if (!canMove(record.status, 'resolved')) unchanged = `${record.id} is ${record.status}; closing the issue changes nothing`;
      else applyCommand(draft, { name: 'status', status: 'resolved', message: 'issue closed by hand' }, ctx);
      break;
    case 'issue-reopened':
      if (!['resolved', 'closed', 'declined'].includes(record.status)) unchanged = `${record.id} is ${record.status}; reopening changes nothing`;
      else applyCommand(draft, { name: 'status', status: 'investigating', message: 'issue reopened by hand' }, ctx);
      break;
    case 'issue-renamed':
      if (record.title === event.title) unchanged = `${record.id} already has this title`;
      else {
        log(draft, ctx, { kind: 'renamed', from: record.title, to: event.title });
        draft.record.title = event.title;
      }
      break;
    case 'postmortem-opened':
      if (record.postmortem === event.url) unchanged = `${record.id} already links its postmortem`;
      else {
        draft.record.postmortem = event.url;
        log(draft, ctx, { kind: 'postmortem', text: `pull request #${event.number} opened for review` });
      }
      break;
    case 'followups-filed':
      closeIncident(draft, ctx, event);
      break;
    case 'alert':
      unchanged = planAlert(draft, ctx, event.payload);
      break;
    default:
      return unreachable(event);
  }
  if (refusals.length) return { record, entries: [], effects: {}, refusals };
  return { record: draft.record, entries: draft.entries, effects: draft.effects, refusals, ...(unchanged ? { unchanged } : {}) };
}

/**
 * The change that ends the incident: resolved → closed (an incident not yet resolved is resolved
 * first, and both moves are logged), the follow-ups recorded, the postmortem linked.
 */
function closeIncident(draft: Draft, ctx: ChangeContext, input: Extract<IncidentEvent, { type: 'followups-filed' }>): void {
  const { record } = draft;
  const followups = [...new Set([...(record.followups ?? []), ...input.urls])];
  if (followups.length !== (record.followups ?? []).length) record.followups = followups;
  record.postmortem ??= input.postmortemPath;
  if (input.created.length) log(draft, ctx, { kind: 'followups', text: `${input.created.length} filed: ${input.created.join(', ')}` });
  if (isActive(record.status)) applyCommand(draft, { name: 'status', status: 'resolved', message: 'postmortem merged' }, ctx);
  if (record.status === 'resolved') {
    applyCommand(draft, { name: 'status', status: 'closed', message: 'postmortem merged and follow-ups filed' }, ctx);
    // The postmortem exists: resolving here must not ask for another one.
    delete draft.effects.buildPostmortem;
  }
}

/**
 * An alert group delivered to its incident (SPEC 4.6). Alerts joining or leaving the group are one
 * `alert` Log entry and the record's firing fingerprints; the same set again (a re-delivery, a
 * repeat notification) changes nothing. A group firing anew within `alerts.reopen_within` of the
 * incident's resolution reopens it through the status command. The status never changes otherwise.
 * Returns why nothing applies, when nothing does.
 */
function planAlert(draft: Draft, ctx: ChangeContext, payload: AlertPayload): string | undefined {
  const { record } = draft;
  const change = alertChange(record.alert?.fingerprints ?? [], payload);
  if (!change) return `${record.id}: the alert group is unchanged`;
  const resolvedAt = record.resolved_at ? Date.parse(record.resolved_at) : Number.NaN;
  const reopens =
    record.status === 'resolved' && change.state === 'firing' && change.joined.length > 0 && ctx.now - resolvedAt <= ctx.config.alerts.reopenWithin;
  // A resolved incident still learns that its alerts resolved, so a later firing counts as new.
  if (!isActive(record.status) && !reopens && !(record.status === 'resolved' && change.state === 'resolved')) {
    return `${record.id} is ${record.status}; the alert group does not change it`;
  }
  log(draft, ctx, change.log);
  draft.record.alert = { key: record.alert?.key ?? payload.key, source: record.alert?.source ?? payload.source, fingerprints: change.fingerprints };
  if (reopens) {
    const within = formatDuration(ctx.config.alerts.reopenWithin);
    applyCommand(draft, { name: 'status', status: 'investigating', message: `the alert fired again within ${within} of resolution` }, ctx);
  }
  // One comment: the alerts that joined, or (while the incident is active) a request to resolve it.
  // Planned against the record being changed, so after a conflict it says only what this delivery adds.
  if (change.state === 'firing' && change.comment) {
    draft.effects.comment = { marker: '<!-- sitrep:alert state=firing -->', body: change.comment };
  } else if (change.state === 'resolved' && isActive(draft.record.status)) {
    const responder = draft.record.roles.coordinator ?? draft.record.roles.operations;
    draft.effects.comment = { marker: '<!-- sitrep:alert state=resolved -->', body: alertResolvedComment(payload, responder, ctx.config) };
  }
  return undefined;
}

/** Whether a plan changes the record or its Log. */
export function changesRecord(before: IncidentRecord, plan: Plan): boolean {
  return plan.entries.length > 0 || JSON.stringify(before) !== JSON.stringify(plan.record);
}

function unreachable(value: never): never {
  throw new Error(`unhandled incident event ${JSON.stringify(value)}`);
}
