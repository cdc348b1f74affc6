import { applyCommand, type LineRefusal } from './commands/index.js';
import { usageText } from './commands.js';
import { alertMarker, pageAnswerMarker, replyMarker } from './markers.js';
import { personByPager } from './catalog.js';
import type { PageAnswer } from './paging.js';
import { defuseMentions } from './sanitize.js';
import { formatTimestamp } from './time.js';
import { renderAppliedReply, renderRefusalReply } from './reply.js';
import { alertChange, alertResolvedComment, type AlertPayload } from './alert.js';
import { withMessageId } from './declare.js';
import { acknowledge, log, startDraft, type ChangeContext, type Draft, type Effects } from './change.js';
import type { CommandLine } from './commands.js';
import type { IncidentRecord, LogEntry } from './incident.js';
import { canMove, isActive } from './lifecycle.js';
import { formatDuration } from './duration.js';
import { isUnderstaffed } from './cadence.js';
import { isManagedLabel } from './projection.js';
import { reminderKey, staffingReminderDue } from './reminders.js';

/**
 * What happened to an incident, decoded once from whatever triggered it (a comment, an issue
 * event, a merged postmortem). Core plans each the same way; the adapter applies the plan.
 */
export type IncidentEvent =
  /**
   * `/inc` lines of one comment, applied in order as one change, all or nothing. The comment is
   * answered: a reaction, and a reply (keyed by the comment) when there is something to say.
   */
  | { type: 'commands'; lines: readonly CommandLine[]; comment?: { id: number } }
  /** A comment without commands by someone who may respond: the first one acknowledges. */
  | { type: 'responded' }
  /** The issue was closed by hand: resolve. */
  | { type: 'issue-closed' }
  /** The issue was reopened by hand: back to investigating. */
  | { type: 'issue-reopened' }
  /**
   * A label sitrep projects from the record (the incident label, `severity:`, `status:`) was
   * removed by hand: while the incident is active it is put back, since the record says so.
   */
  | { type: 'label-removed'; label: string }
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
  | { type: 'alert'; payload: AlertPayload }
  /**
   * An email in the incident's thread (SPEC 4.14): one `email` Log entry and its Message-ID kept in
   * the record, so the same email delivered again (compared on the fresh record) changes nothing.
   */
  | { type: 'email'; text: string; messageId: string }
  /**
   * A pager's answer for an incident sitrep paged (SPEC 4.11), forwarded by `sitrep relay` as a
   * `sitrep-page` dispatch. Decided on the Log (`ctx.log`): a replayed answer changes nothing.
   */
  | { type: 'page-answer'; answer: PageAnswer };

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
  /** Comments to post once the change is committed and the issue converged (each led by its marker). */
  replies: string[];
  /** Reactions to the comment that asked for the change. */
  reactions: Reaction[];
}

/** A reaction sitrep adds to a comment: applied, or not. */
export interface Reaction {
  commentId: number;
  content: '+1' | 'confused' | 'eyes';
}

/**
 * Whether a change alters what the public status page shows: a public update, or a change of a
 * published incident's state (status, severity, title, its public face).
 */
export function showsOnStatusPage(before: IncidentRecord, after: IncidentRecord, entries: readonly LogEntry[]): boolean {
  if (entries.some((e) => e.kind === 'public')) return true;
  if (!after.public && !before.public) return false;
  return before.status !== after.status || before.severity !== after.severity || before.title !== after.title || JSON.stringify(before.public ?? null) !== JSON.stringify(after.public ?? null);
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
        if (refusal) refusals.push({ line: line.line, lineNumber: line.lineNumber, reason: refusal.refused, ...(refusal.usage ? { usage: refusal.usage } : {}) });
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
    case 'label-removed':
      unchanged = planLabelRemoved(draft, ctx, event.label);
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
    case 'email':
      unchanged = planEmail(draft, ctx, event.text, event.messageId);
      break;
    case 'page-answer':
      unchanged = planPageAnswer(draft, ctx, event.answer);
      break;
    default:
      return unreachable(event);
  }
  if (refusals.length) return { record, entries: [], effects: {}, refusals, ...answer(event, ctx, { refusals }) };
  pageForStaffing(record, draft, ctx);
  if (showsOnStatusPage(record, draft.record, draft.entries)) draft.effects.statusPage = true;
  return {
    record: draft.record,
    entries: draft.entries,
    effects: draft.effects,
    refusals,
    ...(unchanged ? { unchanged } : {}),
    ...answer(event, ctx, { notices: draft.effects.notices ?? [], help: Boolean(draft.effects.help) }),
  };
}

/**
 * A pager's answer (SPEC 4.11), for the `paging` entry of its type that paged this incident:
 * an acknowledgement is logged (`acknowledged · primary: Alice Example`), sets `acknowledged_at`
 * when it is empty (MTTA counts from it) and gives `operations` to the person when `people` maps
 * them to a login and nobody holds it; a resolve, escalate or reassign is logged (`answered`),
 * and a resolve asks the coordinator in one comment: it never resolves the incident. An answer
 * already logged since the pager's newest page (a replay) changes nothing, and so does an answer
 * for an incident this pager never paged. Returns why nothing applies, when nothing does.
 */
function planPageAnswer(draft: Draft, ctx: ChangeContext, answer: PageAnswer): string | undefined {
  const { record } = draft;
  const entries = ctx.log ?? [];
  const lastPage = (pager: string) => {
    for (let i = entries.length - 1; i >= 0; i--) {
      const e = entries[i] as LogEntry;
      if (e.kind === 'paged' && e.pager === pager && e.action === 'trigger') return i;
    }
    return -1;
  };
  const pager = ctx.config.paging.find((p) => p.type === answer.pager && lastPage(p.name) >= 0)?.name;
  if (!pager) return `${record.id} was never paged through ${answer.pager}; its ${answer.action} is dropped`;
  const name = pagerName(answer.by);
  const since = entries.slice(lastPage(pager) + 1);
  const login = personByPager(ctx.config, answer.by);
  // The person who answered acts, when `people` knows their login.
  if (login) ctx = { ...ctx, actor: login };
  if (answer.action === 'acknowledge') {
    if (since.some((e) => e.kind === 'acknowledged' && e.pager === pager && e.by === name)) return `${record.id}: ${pager}'s acknowledgement by ${name} is logged already`;
    log(draft, ctx, { kind: 'acknowledged', pager, by: name });
    if (!draft.record.acknowledged_at) draft.record.acknowledged_at = formatTimestamp(Date.parse(answer.at));
    if (login && !draft.record.roles.operations) applyCommand(draft, { name: 'role', role: 'operations', login }, ctx);
    return undefined;
  }
  const action = answer.action;
  if (since.some((e) => e.kind === 'answered' && e.pager === pager && e.action === action && e.by === name)) return `${record.id}: ${pager}'s ${action} by ${name} is logged already`;
  log(draft, ctx, { kind: 'answered', pager, action, by: name });
  if (action === 'resolve' && isActive(record.status)) {
    const coordinator = record.roles.coordinator;
    const ask = coordinator ? `@${coordinator}, if` : 'If';
    draft.effects.comment = {
      marker: pageAnswerMarker(pager, formatTimestamp(Date.parse(answer.at))),
      body: `🔕 **${pager}**: ${name} resolved the page at the pager. ${ask} ${record.id} is over, resolve it here with \`${ctx.config.command} resolve <what was done>\`; a resolve at the pager never resolves the incident.`,
    };
  }
  return undefined;
}

/** The person a pager names, on one line, with no mention, markup or marker it could forge. */
function pagerName(by: PageAnswer['by']): string {
  const raw = by.name?.trim() || by.email?.trim() || by.id?.trim() || 'someone';
  return defuseMentions(raw.replace(/[\r\n<>`|[\]]+/g, ' ').replace(/\s+/g, ' ').trim()).slice(0, 100) || 'someone';
}

/**
 * How a comment's commands are answered (SPEC 4.2): refused, one reply naming every refused line
 * and a confused reaction; applied, a +1 and a reply only for notes or the help asked for. Other
 * events are answered by their effects.
 */
function answer(event: IncidentEvent, ctx: ChangeContext, outcome: { refusals: LineRefusal[] } | { notices: string[]; help: boolean }): Pick<Plan, 'replies' | 'reactions'> {
  if (event.type !== 'commands' || !event.comment) return { replies: [], reactions: [] };
  const marker = replyMarker(event.comment.id);
  if ('refusals' in outcome) {
    return { replies: [renderRefusalReply(marker, ctx.actor, outcome.refusals, event.lines.length)], reactions: [{ commentId: event.comment.id, content: 'confused' }] };
  }
  const reply = renderAppliedReply(marker, ctx.actor, { ...outcome, usage: usageText(ctx.config.command) });
  return { replies: reply ? [reply] : [], reactions: [{ commentId: event.comment.id, content: '+1' }] };
}

/**
 * A severity change that leaves the incident understaffed (SPEC 4.1 step 7: a severity whose
 * `min_responders` is 2 needs a coordinator who is not the operations engineer) pages
 * `escalation.coordinators` in a new comment, as the declaration does: editing the card would
 * notify nobody. Once per raise: only the change that crosses into understaffed pages, and a
 * re-delivered comment is never planned twice; the page stands for the sweep's staffing reminder
 * of the interval in progress. Decided on the whole change, so a comment that
 * raises the severity and names a coordinator pages no one.
 */
function pageForStaffing(before: IncidentRecord, draft: Draft, ctx: ChangeContext): void {
  const { record } = draft;
  if (record.severity === before.severity) return;
  if (isUnderstaffed(ctx.config, before) || !isUnderstaffed(ctx.config, record)) return;
  const coordinators = [...ctx.config.coordinators];
  if (!coordinators.length) return;
  const reason = `${record.severity} needs a coordinator who is not the operations engineer; assign one with ${ctx.config.command} role coordinator <login>`;
  const escalation = draft.effects.escalation;
  if (escalation) {
    // An /inc escalate in the same comment: one page, to everyone.
    for (const target of coordinators) if (!escalation.targets.some((t) => t.toLowerCase() === target.toLowerCase())) escalation.targets.push(target);
    return;
  }
  // The sweep's staffing reminder for the interval in progress would page them again at once.
  const due = staffingReminderDue(ctx.config, record, ctx.now);
  draft.effects.escalation = { targets: coordinators, reason, ...(due ? { covers: [reminderKey('staffing', due)] } : {}) };
  log(draft, ctx, { kind: 'escalated', targets: coordinators, reason });
}

/** A managed label removed by hand (see IncidentEvent): returns why nothing applies, when nothing does. */
function planLabelRemoved(draft: Draft, ctx: ChangeContext, label: string): string {
  const { record } = draft;
  if (!isManagedLabel(label, ctx.config)) return `"${label}" is not a label sitrep manages; nothing to do`;
  if (!isActive(record.status)) return `${record.id} is ${record.status}; the "${label}" label may go`;
  if (label.toLowerCase() === ctx.config.label.toLowerCase()) draft.effects.labelRestored = { label: ctx.config.label, by: ctx.actor };
  return `${record.id} is ${record.status} in its record: the "${label}" label is put back`;
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
    draft.effects.comment = { marker: alertMarker('firing'), body: change.comment };
  } else if (change.state === 'resolved' && isActive(draft.record.status)) {
    const responder = draft.record.roles.coordinator ?? draft.record.roles.operations;
    draft.effects.comment = { marker: alertMarker('resolved'), body: alertResolvedComment(payload, responder, ctx.config) };
  }
  return undefined;
}

/** An email logged on its incident: once per Message-ID. Returns why nothing applies, when nothing does. */
function planEmail(draft: Draft, ctx: ChangeContext, text: string, messageId: string): string | undefined {
  const ids = draft.record.email?.message_ids ?? [];
  if (messageId && ids.includes(messageId)) return `${draft.record.id}: email ${messageId} is logged already`;
  log(draft, ctx, { kind: 'email', text });
  const kept = withMessageId(ids, messageId);
  if (kept.length !== ids.length || kept.some((id, i) => id !== ids[i])) draft.record.email = { message_ids: kept };
  return undefined;
}

/** Whether a plan changes the record or its Log. */
export function changesRecord(before: IncidentRecord, plan: Plan): boolean {
  return plan.entries.length > 0 || JSON.stringify(before) !== JSON.stringify(plan.record);
}

function unreachable(value: never): never {
  throw new Error(`unhandled incident event ${JSON.stringify(value)}`);
}
