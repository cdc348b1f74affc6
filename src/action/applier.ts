/**
 * The one applier (DESIGN "Apply"): it performs a whole plan, in order, and nothing else in the
 * action writes to an incident's issue or to a channel.
 *
 *   1. commit the record, compare-and-swap (a conflict re-loads, re-plans and tries again);
 *   2. converge the issue (title, labels, assignees, state, card) on the committed record;
 *   3. post the replies and reactions the plan holds;
 *   4. tell the channels, one message per new Log entry; then the pages owed on the record
 *      (`applyPages`): each page first, then one compare-and-swap write of its `paged` entries;
 *   5. perform the side effects (the postmortem pull request); an effect that needs a change of
 *      its own returns what it made, and the applier plans that change (`postmortem-opened`);
 *   6. post the reminders due on the record as it now is: a plan of their own, performed here.
 *
 * Dry-run, the write budget and request counts live in the client; errors and counts go to the
 * run report.
 */
import * as core from '@actions/core';
import { blobOid, renderCard, type CardContext } from '../core/card.js';
import type { ChangeContext, Effects } from '../core/change.js';
import type { Declaration } from '../core/declare.js';
import { incidentId, type IncidentRecord, type LogEntry } from '../core/incident.js';
import { applyIncidentChange, createIncidentText } from '../core/incident-file.js';
import { isActive } from '../core/lifecycle.js';
import { latestUpdate, statusSince, writeLogEvent } from '../core/log.js';
import { ESCALATION_MARKER, replyMarker, SECRET_REFUSED_MARKER } from '../core/markers.js';
import { changesRecord, planChange, type IncidentEvent, type Plan, type Reaction } from '../core/plan.js';
import { labelsFor, projectAssignees, projectLabels } from '../core/projection.js';
import { earlierReminder, earliestDue, parseReminderKey, postedReminderKeys, readReminderKeys, reminderMarker, renderReminder, type Reminder } from '../core/reminders.js';
import { renderConflictReply, renderFormProblems, renderLabelRestored, renderPostmortemBlocked, renderProtectedBranch, renderSecretRefused } from '../core/reply.js';
import { fitBody, MAX_QUOTE_LENGTH, quoteUserText } from '../core/sanitize.js';
import { formatTimestamp } from '../core/time.js';
import { pageDetails, pagingSummary, planPages, type PageEvent } from '../core/paging.js';
import type { Timestamp } from '../core/time.js';
import { commitWithRetry } from '../github/commit.js';
import { deliverPages, pagerEndpointsFrom } from '../paging/index.js';
import { ConflictError, GitHubAPIError, ProtectedBranchError, PushProtectionError } from '../github/errors.js';
import type { CommentInfo, IncidentRepository } from '../github/incidents.js';
import { ACTIONS_PULL_REQUESTS_SETTING, PullRequestsNotAllowedError } from '../github/pulls.js';
import { planNotifications, type Message, type NotifyBatch } from '../notify/index.js';
import type { RunEnvironment } from './environment.js';
import { buildPostmortem, type PostmortemOpened } from './postmortem.js';
import { planRemindersDue, type ReminderPlan } from './reminders.js';
import type { RunReport } from './result.js';
import { changeContext, load, note, type EventRun, type Loaded } from './run.js';
import { sendNotifications } from './send-notifications.js';

export type { EventRun, Loaded } from './run.js';

/** What applying an event did: the plan performed (undefined when a concurrent run applied it) and the incident as it now is. */
export interface Applied {
  plan?: Plan;
  loaded: Loaded;
}

/**
 * Applies one event to an incident, the whole plan in order (see the module comment). Returns the
 * plan performed, or none when a concurrent run already applied this very comment, and the
 * incident as this run left it (the caller's `Loaded` is not changed).
 */
export async function applyEvent(run: EventRun, initial: Loaded, event: IncidentEvent, ctx: ChangeContext): Promise<Applied> {
  let committed: { plan?: Plan; loaded: Loaded };
  try {
    committed = await commitEvent(run, initial, event, ctx);
  } catch (error) {
    if (error instanceof ProtectedBranchError || error instanceof PushProtectionError) return { loaded: await refusedWrite(run, initial, error, event.type === 'commands' ? event : undefined, ctx.actor) };
    // The record kept changing under every attempt: nothing was applied; say so rather than drop the command.
    if (!(error instanceof ConflictError) || event.type !== 'commands' || !event.comment || !initial.record) throw error;
    const number = initial.record.issue;
    await postReplies(run, issueOf(initial, number), [renderConflictReply(replyMarker(event.comment.id), ctx.actor, initial.path, event.lines.length)], [{ commentId: event.comment.id, content: 'confused' }]);
    run.result.error(`**${incidentId(number)}: comment ${event.comment.id} not applied** after repeated write conflicts; the author was told`, { log: `${incidentId(number)}: comment ${event.comment.id} not applied after repeated write conflicts` });
    return { loaded: initial };
  }
  const { plan } = committed;
  let { loaded } = committed;
  if (!plan) {
    // A concurrent run applied this comment: it answered the author; the reaction is idempotent.
    if (event.type === 'commands' && event.comment) await postReplies(run, { number: 0 }, [], [{ commentId: event.comment.id, content: '+1' }]);
  } else {
    await postEffects(run, loaded, plan.record, plan.effects, initial.context.issue?.labels ?? []);
    await postReplies(run, issueOf(loaded, plan.record.issue), plan.replies, plan.reactions);
    if (plan.refusals.length) {
      run.result.incident = plan.record.id;
      run.result.status = plan.record.status;
    } else {
      if (plan.effects.statusPage) run.result.statusPage.add(plan.record.id);
      if (plan.entries.length) await notifyChannels(run, loaded, plan.record, plan.entries, event.type === 'commands' ? 'comment' : 'single');
    }
  }
  // The pages owed on the record as it now is: what this change owes, or what an earlier run could not deliver.
  loaded = await applyPages(run, loaded, ctx.actor);
  if (plan && !plan.refusals.length && plan.effects.buildPostmortem) loaded = await openPostmortem(run, (loaded.record as IncidentRecord).issue, ctx.actor, loaded);
  // The reminders due on the record as it now is (a refused change left it as loaded).
  if (plan) await applyRemindersDue(run, loaded);
  return { ...(plan ? { plan } : {}), loaded };
}

/** Step 1 and 2: commits the planned record compare-and-swap, re-planning on a conflict, and converges the issue. */
async function commitEvent(run: EventRun, initial: Loaded, event: IncidentEvent, ctx: ChangeContext): Promise<{ plan?: Plan; loaded: Loaded }> {
  let loaded = initial;
  // The last write tried, in case GitHub applied it but its answer was lost (the retry then meets a 409).
  let tried: { text: string; plan: Plan } | undefined;
  return commitWithRetry(initial.path, async (attempt) => {
    if (attempt > 1) loaded = await load(run, (loaded.record as IncidentRecord).issue);
    const record = loaded.record as IncidentRecord;
    if (tried && loaded.context.file?.text === tried.text) {
      // Our own write landed: finish it as if its answer had arrived.
      note(run, `${record.id}: the write's answer was lost, but the file shows it landed`);
      loaded = await converge(run, loaded, record, loaded.log);
      return { plan: tried.plan, loaded };
    }
    if (attempt > 1 && ctx.ref?.includes('#issuecomment-') && loaded.log.some((e) => e.ref === ctx.ref)) {
      note(run, `${record.id}: a concurrent run already applied this comment`);
      // Its projections may not have landed yet (or were written from an older view): converge on the file as it is now.
      loaded = await converge(run, loaded, record, loaded.log);
      return { loaded };
    }
    const planned = planChange(record, event, { ...ctx, config: loaded.config, log: loaded.log });
    if (planned.refusals.length) return { plan: planned, loaded };
    if (!changesRecord(record, planned)) {
      if (planned.unchanged) note(run, planned.unchanged);
      loaded = await converge(run, loaded, record, loaded.log);
      return { plan: planned, loaded };
    }
    const text = applyIncidentChange(loaded.context.file?.text ?? '', planned.record, planned.entries);
    tried = { text, plan: planned };
    const sha = await run.repo.commitFile({
      path: loaded.path,
      text,
      sha: loaded.context.file?.sha ?? null,
      message: commitMessage(planned),
      branch: loaded.context.defaultBranch,
    });
    // Later writes in this run (a postmortem link, say) start from what was just committed.
    loaded = { ...loaded, context: { ...loaded.context, file: { text, sha: sha ?? '' } }, log: [...loaded.log, ...planned.entries], record: planned.record };
    loaded = await converge(run, loaded, planned.record, loaded.log);
    return { plan: planned, loaded };
  });
}

/**
 * Writes a new incident's file (compare-and-swap on "no file yet"), converges the issue on it,
 * tells the declarer about form answers that could not be used, and the channels. When a
 * concurrent run declared first, converges on what it wrote instead (`declared: false`); when
 * GitHub refused the write by rule (a secret in the form), the declarer is told (`refused`).
 */
export async function applyDeclaration(run: EventRun, initial: Loaded, declaration: Declaration): Promise<{ declared: boolean; refused?: true; loaded: Loaded }> {
  const text = createIncidentText(declaration);
  const { record } = declaration;
  let loaded = initial;
  // A card already on the issue before this run wrote the file is edited; its claim is the write's.
  const claim: CardClaim = { won: true };
  try {
    const outcome = await commitWithRetry(loaded.path, async (attempt): Promise<'written' | 'landed' | Loaded> => {
      if (attempt > 1) {
        const again = await load(run, record.issue);
        // The file is exactly what this run wrote: GitHub applied this write and its answer was lost,
        // or another run declared the same incident from the same issue at the same moment (a form
        // submission fires `issues.opened` and `issues.labeled` together). The status card decides.
        if (again.context.file?.text === text) {
          note(run, `${record.id}: the file already holds this declaration`);
          loaded = again;
          claim.won = false;
          return 'landed';
        }
        // Another run declared it first: converge on what it wrote.
        if (again.context.file) return again;
        // No file: nothing was written by anyone, so the declaration is written again.
      }
      const sha = await run.repo.commitFile({ path: loaded.path, text, sha: null, message: `${record.id}: declared (${record.severity})`, branch: loaded.context.defaultBranch });
      // A command in the same run (a comment on an undeclared incident issue) writes on top of this.
      loaded = { ...loaded, context: { ...loaded.context, file: { text, sha: sha ?? '' } } };
      return 'written';
    });
    if (typeof outcome !== 'string') return { declared: false, loaded: outcome.record ? await converge(run, outcome, outcome.record, outcome.log) : outcome };
  } catch (error) {
    if (!(error instanceof ProtectedBranchError || error instanceof PushProtectionError)) throw error;
    return { declared: false, refused: true, loaded: await refusedWrite(run, initial, error, undefined, initial.context.issue?.author ?? 'ghost', record.id) };
  }
  // Paged before the issue is converged, so the card written once already shows the page.
  loaded = await applyPages(run, { ...loaded, record, log: declaration.log }, declaration.log[0]?.actor ?? 'github-actions', { converge: false });
  // One declaration, one card and one set of messages, whichever run wins: the run whose card stands.
  loaded = await converge(run, loaded, record, loaded.log, {}, claim);
  if (!claim.won) return { declared: false, loaded };
  if (declaration.problems.length) await postReplies(run, issueOf(loaded, record.issue), [renderFormProblems(declaration.problems, loaded.config)], []);
  await notifyChannels(run, loaded, record, declaration.log, 'declaration');
  return { declared: true, loaded };
}

/**
 * Builds the postmortem pull request (a side effect) and plans the change it asks for: the
 * record links the pull request. The builder never calls back into the applier.
 */
export async function openPostmortem(run: EventRun, issueNumber: number, actor: string, fallback?: Loaded): Promise<Loaded> {
  let opened: PostmortemOpened | undefined;
  try {
    opened = await buildPostmortem(run, issueNumber, actor);
  } catch (error) {
    if (error instanceof PullRequestsNotAllowedError) await tellPullRequestsNotAllowed(run, fallback ?? (await load(run, issueNumber)), error);
    if (!fallback) throw error;
    // The change is committed; a postmortem that cannot be built is an error, and the run still finishes.
    run.result.failed(`${fallback.record?.id ?? incidentId(issueNumber)}: the postmortem could not be built`, error);
    return fallback;
  }
  if (!opened) return fallback ?? (await load(run, issueNumber));
  const { loaded, pull } = opened;
  if (loaded.record?.postmortem === pull.url) return loaded;
  const ctx = changeContext(run, loaded, actor, pull.url);
  return (await applyEvent(run, loaded, { type: 'postmortem-opened', url: pull.url, number: pull.number }, ctx)).loaded;
}

/**
 * GitHub Actions may not open pull requests here: one comment on the incident (kept, not repeated
 * on a re-run) names the setting and links the pushed branch, so a person can open the pull request.
 */
async function tellPullRequestsNotAllowed(run: EventRun, loaded: Loaded, error: PullRequestsNotAllowedError): Promise<void> {
  const issue = loaded.context.issue;
  if (!issue) return;
  const base = `${run.repo.serverUrl}/${run.repo.owner}/${run.repo.repo}`;
  const body = renderPostmortemBlocked(loaded.record ?? { id: incidentId(issue.number) }, {
    setting: ACTIONS_PULL_REQUESTS_SETTING,
    branch: error.branch,
    branchUrl: `${base}/tree/${error.branch}`,
    compareUrl: `${base}/compare/${error.base}...${error.branch}?expand=1`,
  });
  await run.repo.upsertMarkedComment(issue.number, issue.comments, body);
}

/** The issue replies go to, with the comments read of it (undefined when the run read none). */
export interface ReplyTarget {
  number: number;
  comments?: CommentInfo[];
}

/**
 * A write GitHub refused by rule, not by a race. A protected branch: one comment on the issue
 * (not recorded yet, what an admin must do), then the run fails at once, since every later write
 * would be refused too. A secret in someone's text: they are told without it, their comment is
 * kept, nothing is retried, and the run fails once it has finished.
 */
async function refusedWrite(run: EventRun, loaded: Loaded, error: ProtectedBranchError | PushProtectionError, commands: Extract<IncidentEvent, { type: 'commands' }> | undefined, author: string, id?: string): Promise<Loaded> {
  const issue = loaded.context.issue;
  const number = loaded.record?.issue ?? issue?.number;
  const name = id ?? loaded.record?.id ?? (number ? incidentId(number) : loaded.path);
  if (error instanceof ProtectedBranchError) {
    if (issue) await run.repo.upsertMarkedComment(issue.number, issue.comments, renderProtectedBranch(name, error.branch, error.path, commands ? 'change' : 'declaration'));
    throw error;
  }
  if (commands?.comment) {
    await postReplies(run, issueOf(loaded, number ?? 0), [renderSecretRefused(replyMarker(commands.comment.id), author, error.path, error.secretTypes, 'comment')], [{ commentId: commands.comment.id, content: 'confused' }]);
  } else if (issue) {
    await run.repo.upsertMarkedComment(issue.number, issue.comments, renderSecretRefused(SECRET_REFUSED_MARKER, author, error.path, error.secretTypes, 'form'));
  }
  run.result.error(`**${name}: not recorded**: ${error.message}; @${author} was told, without the secret`);
  return loaded;
}

/** The `repository_dispatch` type that rebuilds the status page; the template's `status-page` job listens for it. */
export const STATUS_PAGE_DISPATCH = 'sitrep-status-page';

/**
 * The run's last effect: when it committed a change the status page shows, one dispatch rebuilds
 * the page. sitrep's commits are made with the workflow token, and GitHub starts no workflow for
 * that token's events, so the page's `push` trigger never sees them; a dispatch does start one.
 */
export async function rebuildStatusPage(repo: IncidentRepository, result: RunReport): Promise<void> {
  if (!result.statusPage.size) return;
  const incidents = [...result.statusPage].sort();
  try {
    await repo.dispatch(STATUS_PAGE_DISPATCH, { incidents });
    result.note(`status page: rebuild requested for ${incidents.join(', ')}`);
  } catch (error) {
    result.failed(`the status page could not be asked to rebuild (${incidents.join(', ')})`, error);
  }
}

/** The reply target of a loaded incident. */
export function issueOf(loaded: Loaded, number: number): ReplyTarget {
  return loaded.context.issue ?? { number };
}

/**
 * Posts comments (each led by its marker) and reactions: the answer to whoever asked, or a
 * problem the issue's people must know (a configuration error, a pushed record's problem).
 */
export async function postReplies(run: EventRun, target: ReplyTarget, replies: readonly string[], reactions: readonly Reaction[]): Promise<void> {
  for (const body of replies) {
    const id = await run.repo.comment(target.number, body);
    // Comments this run posts join the ones read, so its later steps (the reminders due) see their markers.
    target.comments?.push({ id, author: null, byBot: true, body, url: '' });
  }
  for (const reaction of reactions) await run.repo.react(reaction.commentId, reaction.content);
}

/** The comments a change's effects ask for: an alert's comment, a page, a restored label's explanation. */
async function postEffects(run: EventRun, loaded: Loaded, record: IncidentRecord, effects: Effects, labelsRead: readonly string[]): Promise<void> {
  const issue = loaded.context.issue;
  if (!issue) return;
  const replies: string[] = [];
  if (effects.comment) replies.push(`${effects.comment.marker}\n${effects.comment.body}`);
  if (effects.escalation) {
    const { targets, reason } = effects.escalation;
    // A reminder the page stands for is marked, so the sweep does not page again, unless it was posted already.
    const posted = postedReminderKeys(issue.comments);
    const covers = (effects.escalation.covers ?? []).filter((key) => !posted.has(key)).map((key) => {
      const { kind, due, item } = parseReminderKey(key);
      return reminderMarker(kind, due, item);
    });
    replies.push(
      [
        ESCALATION_MARKER,
        ...covers,
        `🚨 **${record.id} escalated** (${record.severity}, ${record.status}): ${targets.join(' ')}`,
        reason ? `\n${fitBody(quoteUserText(reason), MAX_QUOTE_LENGTH)}` : '',
      ].join('\n'),
    );
    run.result.escalations++;
  }
  await postReplies(run, issue, replies, []);
  const restored = effects.labelRestored;
  if (restored) {
    const body = renderLabelRestored(record, { ...restored, path: loaded.path, command: loaded.config.command });
    // The label was missing when this run read the issue: a removal (the first or a later one) is
    // answered with a new comment, so the remover is notified (an edit notifies nobody), and the
    // older one goes. A re-run of the same event finds the label back and changes nothing.
    const removedNow = !labelsRead.some((l) => l.toLowerCase() === restored.label.toLowerCase());
    if (removedNow) await run.repo.replaceMarkedComment(issue.number, issue.comments, body);
    else await run.repo.upsertMarkedComment(issue.number, issue.comments, body);
  }
}

function commitMessage(plan: Plan): string {
  const kinds = [...new Set(plan.entries.map((e) => writeLogEvent(e).label.split(' ')[0]))];
  const by = [...new Set(plan.entries.map((e) => `@${e.actor}`))];
  return `${plan.record.id}: ${kinds.join(', ') || 'record updated'}${by.length ? ` by ${by.join(', ')}` : ''}`;
}

/** How many times a run follows records committed by other runs while it updates the issue. */
const MAX_FOLLOW_ROUNDS = 3;

/**
 * Brings the issue in line with the record: labels, assignees, open/closed, the card. Writes only
 * what differs, so running it twice changes nothing. Returns the incident as converged.
 *
 * Runs on one incident overlap (an update and a status change a second apart), and the last to
 * write the card wins, whatever it saw. So after writing, a run checks the file's blob id: when
 * another run committed meanwhile, it re-reads and writes again from the newer record. The run
 * that writes last checks last, so the issue ends equal to the newest file.
 */
export async function converge(run: EventRun, loaded: Loaded, record: IncidentRecord, log: readonly LogEntry[], card: Pick<CardContext, 'editedIn'> = {}, claim?: CardClaim): Promise<Loaded> {
  let wrote = await convergeOnce(run, loaded, record, log, card);
  // A run that found the card already there keeps the claim it came with.
  if (claim && wrote.createdCard !== undefined) claim.won = true;
  // A run that wrote nothing to the issue left nothing stale behind.
  if (!wrote.wrote || run.repo.dryRun) return loaded;
  let current = loaded;
  for (let round = 1; round <= MAX_FOLLOW_ROUNDS; round++) {
    const { file, issue, defaultBranch } = current.context;
    if (!file || !issue) return current;
    const after = await run.repo.afterWrite(current.path, defaultBranch, issue.number);
    if (wrote.createdCard !== undefined) {
      const kept = await keepOneCard(run, issue, after.cards, wrote.createdCard);
      if (claim && round === 1) claim.won = kept;
    }
    if (after.oid === null || after.oid === blobOid(file.text)) return current;
    note(run, `${current.path} changed while this run updated #${issue.number}; following the newer record`);
    current = await load(run, issue.number);
    if (!current.record) return current;
    wrote = await convergeOnce(run, current, current.record, current.log, {});
    if (!wrote.wrote) return current;
  }
  return current;
}

/**
 * Two runs on one issue at the same moment (a form submission fires `issues.opened` and
 * `issues.labeled` together) may each post a status card. Post, then check: the card posted first
 * stays and takes this run's text; the one this run posted after it is deleted. The run that
 * posted later always sees the earlier card, so one card remains.
 */
async function keepOneCard(run: EventRun, issue: ReplyTarget, latest: readonly CommentInfo[], created: number): Promise<boolean> {
  const first = latest.reduce<CommentInfo | undefined>((min, c) => (min === undefined || c.id < min.id ? c : min), undefined);
  if (!first || first.id >= created) return true;
  const mine = issue.comments?.find((c) => c.id === created);
  if (mine && first.body !== mine.body) await run.repo.editComment(first.id, mine.body);
  await run.repo.deleteComment(created);
  note(run, `#${issue.number}: another run posted the status card first (comment ${first.id}); removed this run's copy`);
  if (issue.comments) {
    const at = issue.comments.findIndex((c) => c.id === created);
    if (at >= 0) issue.comments.splice(at, 1, { ...first, body: mine?.body ?? first.body });
  }
  return false;
}

/**
 * Which run tells people about a new incident when two declare it at once: the one whose status
 * card stands (see `keepOneCard`); when neither posted one (the card was there before), the run
 * whose write created the file. Only one card stands, so one run wins, whichever it is.
 */
export interface CardClaim {
  won: boolean;
}

/** What converging wrote: anything at all, and the status card's id when this run created it. */
interface Converged {
  wrote: boolean;
  createdCard?: number;
}

async function convergeOnce(run: EventRun, loaded: Loaded, record: IncidentRecord, log: readonly LogEntry[], card: Pick<CardContext, 'editedIn'>): Promise<Converged> {
  const latest = latestUpdate(log);
  const since = statusSince(log);
  const { context, config } = loaded;
  const issue = context.issue;
  if (!issue) return { wrote: false };
  let wrote = false;
  const labels = projectLabels(issue.labels, record, config);
  const assignees = projectAssignees(record);
  const sameSet = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((x) => b.some((y) => y.toLowerCase() === x.toLowerCase()));
  const wantClosed = record.status === 'closed' || record.status === 'declined';
  const wantOpen = isActive(record.status);
  const stateChange =
    wantClosed && issue.state === 'OPEN'
      ? { state: 'closed' as const, stateReason: record.status === 'declined' ? ('not_planned' as const) : ('completed' as const) }
      : wantOpen && issue.state === 'CLOSED'
        ? { state: 'open' as const, stateReason: 'reopened' as const }
        : {};
  await run.repo.ensureLabels(labelsFor(record, config), context.repoLabels);
  // The title follows the record too (a hand edit may rename the incident); a rename on the issue was recorded first.
  const retitle = record.title !== issue.title && record.title.trim() !== '';
  if (retitle || !sameSet(labels, issue.labels) || !sameSet(assignees, issue.assignees) || 'state' in stateChange) {
    const change = {
      ...(retitle ? { title: record.title } : {}),
      ...(sameSet(labels, issue.labels) ? {} : { labels }),
      ...(sameSet(assignees, issue.assignees) ? {} : { assignees }),
      ...stateChange,
    };
    wrote = true;
    try {
      await run.repo.updateIssue(issue.number, change);
    } catch (error) {
      // GitHub refuses the whole update (422) when one role holder cannot be assigned (not a
      // collaborator). The record already names them; keep labels and state in step without it.
      if (!(error instanceof GitHubAPIError) || error.status !== 422 || !('assignees' in change)) throw error;
      note(run, `could not assign ${assignees.map((a) => `@${a}`).join(', ')} to #${issue.number}: GitHub refused (someone is not a collaborator); the roles are still recorded`);
      const { assignees: _refused, ...rest } = change;
      if (Object.keys(rest).length) await run.repo.updateIssue(issue.number, rest);
    }
  }
  const fileUrl = run.repo.blobUrl(context.defaultBranch, loaded.path);
  const cardText = renderCard(record, {
    config,
    fileUrl,
    ...card,
    ...(context.file ? { blobOid: blobOid(context.file.text) } : {}),
    ...(latest ? { latest } : {}),
    ...(since ? { statusSince: since } : {}),
    paging: pagingSummary(log),
  });
  const upserted = await run.repo.upsertCard(issue.number, issue.comments, cardText);
  run.result.incident = record.id;
  run.result.status = record.status;
  if (upserted && upserted !== 'edited') return { wrote: true, createdCard: upserted.created };
  return { wrote: wrote || upserted === 'edited' };
}

/**
 * Tells the configured chat and webhook channels about a committed change (SPEC 4.7): one message
 * per new Log entry per channel, batched as one for a declaration or for one comment's commands.
 * Only what this run committed is sent, so a re-delivered event or a re-run sends nothing. A
 * channel that fails is an error naming the channel; the change stays committed. Pagers are the
 * next step (`applyPages`), planned from the record rather than from the new entries.
 */
async function notifyChannels(run: EventRun, loaded: Loaded, record: IncidentRecord, entries: readonly LogEntry[], batch: NotifyBatch): Promise<void> {
  const { config, context } = loaded;
  if (config.notify.length === 0 || entries.length === 0) return;
  const messages = planNotifications({
    channels: config.notify,
    record,
    entries,
    issueUrl: context.issue?.url ?? `${run.repo.serverUrl}/${run.repo.owner}/${run.repo.repo}/issues/${record.issue}`,
    repository: `${run.repo.owner}/${run.repo.repo}`,
    batch,
    severities: config.severities.map((s) => s.name),
    // Customer channels get the status page's projection of the whole Log, never internal entries.
    publicSource: { log: loaded.log, config, now: run.repo.now },
  });
  await deliverMessages(run, messages);
}

/**
 * The pages owed on an incident (SPEC 4.11), planned from its record and Log as they now are:
 * what the change just committed owes, or a page an earlier run could not deliver. Each page
 * goes first, then the `paged` entries of the ones the pager accepted are committed in one
 * compare-and-swap write. That order may send a page whose entry is then lost (the run dies, the
 * write fails): the next run pages again with the same key, and PagerDuty (`dedup_key`),
 * Opsgenie (`alias`) and Grafana OnCall (alert uid) fold it into the open alert. The other order
 * would log a page that never went. A pager that fails is an error naming it (never its key);
 * the change stays committed and the next run pages it. Returns the incident as committed.
 */
export async function applyPages(run: EventRun, loaded: Loaded, actor: string, options: { missed?: { due: Timestamp }; converge?: boolean } = {}): Promise<Loaded> {
  const { record, config } = loaded;
  if (!record || config.paging.length === 0) return loaded;
  const repository = `${run.repo.owner}/${run.repo.repo}`;
  const events = planPages({ repo: repository, record, log: loaded.log, config, ...(options.missed ? { missed: options.missed } : {}) });
  if (!events.length) return loaded;
  if (run.repo.dryRun) {
    for (const event of events) note(run, `[dry-run] would page ${event.pager} (${event.action}): ${event.why}`);
    return loaded;
  }
  const url = loaded.context.issue?.url ?? `${run.repo.serverUrl}/${repository}/issues/${record.issue}`;
  const report = await deliverPages(events, pageDetails(record, config, repository, url), config.paging, { env: run.env.variables, endpoints: pagerEndpointsFrom(run.env.variables) });
  for (const failure of report.errors) run.result.error(`**${record.id}: ${failure.message}**`, { log: `${record.id}: ${failure.message}` });
  if (!report.sent.length) return loaded;
  run.result.pages += report.sent.length;
  for (const event of report.sent) note(run, `${record.id}: paged ${event.pager} (${event.action}): ${event.why}`);
  try {
    return await recordPages(run, loaded, report.sent, actor, options.converge ?? true);
  } catch (error) {
    run.result.failed(`${record.id}: the page was sent, but its Log entry was not written (the next run pages again with the same key)`, error);
    return loaded;
  }
}

/** Commits the `paged` entries of accepted pages, compare-and-swap: on a conflict, re-reads and keeps only what is still unrecorded. */
async function recordPages(run: EventRun, initial: Loaded, sent: readonly PageEvent[], actor: string, convergeAfter: boolean): Promise<Loaded> {
  let loaded = initial;
  const number = (initial.record as IncidentRecord).issue;
  return commitWithRetry(initial.path, async (attempt) => {
    if (attempt > 1) loaded = await load(run, number);
    const record = loaded.record as IncidentRecord;
    const at = formatTimestamp(run.repo.now);
    const newest = new Map<string, LogEntry>();
    for (const entry of loaded.log) if (entry.kind === 'paged') newest.set(entry.pager, entry);
    const entries: LogEntry[] = sent
      .filter((event) => {
        const last = newest.get(event.pager);
        return !(last?.kind === 'paged' && last.action === event.action && last.why === event.why);
      })
      .map((event) => ({ at, actor, kind: 'paged', pager: event.pager, action: event.action, why: event.why }));
    if (!entries.length) return loaded;
    const text = applyIncidentChange(loaded.context.file?.text ?? '', record, entries);
    const sha = await run.repo.commitFile({
      path: loaded.path,
      text,
      sha: loaded.context.file?.sha ?? null,
      message: `${record.id}: paged ${entries.map((e) => (e.kind === 'paged' ? e.pager : '')).join(', ')}`,
      branch: loaded.context.defaultBranch,
    });
    loaded = { ...loaded, context: { ...loaded.context, file: { text, sha: sha ?? '' } }, log: [...loaded.log, ...entries] };
    return convergeAfter ? await converge(run, loaded, record, loaded.log) : loaded;
  });
}

/** What the applier needs of a run to post reminders: the sweep's run has no config path. */
export interface ReminderRun {
  repo: IncidentRepository;
  result: RunReport;
  /** The runner's environment, where notification channels find their URLs. */
  env?: RunEnvironment;
}

async function deliverMessages(run: ReminderRun, messages: readonly Message[]): Promise<void> {
  if (!run.env) return;
  await sendNotifications(messages, { dryRun: run.repo.dryRun, env: run.env, result: run.result });
}

/**
 * How far before the decision a competing run's reminder may have been created without the
 * decision seeing it (clock skew and the time between the read and the post).
 */
const RACE_WINDOW_MS = 10 * 60_000;

/**
 * Performs a reminder plan (SPEC 4.3): posts the incident's due reminders and keeps each only when
 * no other run posted it first. After posting, the bot's comments on the issue written since the
 * decision are read once (one REST request per 100 comments, for all of the issue's reminders),
 * and a reminder that an earlier comment already settles is deleted, not counted and not
 * notified. Returns the reminders that stayed. Nothing is read when there is nothing to post, nor
 * in a dry run.
 */
export async function applyReminders(run: ReminderRun, plan: ReminderPlan): Promise<Reminder[]> {
  const { repo, result } = run;
  if (!plan.reminders.length) return [];
  const posted: { reminder: Reminder; id: number }[] = [];
  for (const reminder of plan.reminders) posted.push({ reminder, id: await repo.comment(plan.number, renderReminder(reminder, plan.origin)) });
  let own: Awaited<ReturnType<IncidentRepository['ownCommentsSince']>> = [];
  if (!repo.dryRun) {
    // Any competing comment was created after its own due time and after this run's read.
    const since = Math.max(earliestDue(plan.reminders) ?? 0, plan.decidedAt - RACE_WINDOW_MS);
    try {
      own = await repo.ownCommentsSince(plan.number, since, plan.botLogin);
    } catch (error) {
      // Unchecked, the reminders stay and are announced: a rare second copy beats a silent loss.
      result.failed(`#${plan.number}: could not check for a reminder another run posted first`, error);
    }
  }
  const kept: Reminder[] = [];
  for (const { reminder, id } of posted) {
    const first = earlierReminder(own, id, readReminderKeys(renderReminder(reminder)));
    if (first) {
      await repo.deleteComment(id);
      core.info(`${reminder.kind} reminder (due ${reminder.due}) was posted first by another run (comment ${first.id}); removed this run's copy`);
      continue;
    }
    if (reminder.kind === 'escalation') result.escalations++;
    else result.reminders++;
    core.info(`posted ${reminder.kind} reminder (due ${reminder.due}${reminder.item ? `, item ${reminder.item}` : ''})`);
    kept.push(reminder);
    if (plan.notify) await notifyReminder(run, plan.notify, reminder);
  }
  return kept;
}

/**
 * Tells the channels that listen for `reminder` (or `escalation`) about a reminder just posted
 * (SPEC 4.7): once, since the reminder itself is posted once per kind and due time.
 */
async function notifyReminder(run: ReminderRun, notify: NonNullable<ReminderPlan['notify']>, reminder: Reminder): Promise<void> {
  const { config, record, now } = notify;
  if (config.notify.length === 0) return;
  const fullName = `${run.repo.owner}/${run.repo.repo}`;
  const messages = planNotifications({
    channels: config.notify,
    record,
    entries: [],
    issueUrl: `${run.repo.serverUrl}/${fullName}/issues/${record.issue}`,
    repository: fullName,
    batch: 'single',
    reminder: { ...reminder, at: formatTimestamp(now) },
    severities: config.severities.map((s) => s.name),
  });
  await deliverMessages(run, messages);
}

/** The incidents each event run has already reminded: once per issue, however many changes it applied. */
const reminded = new WeakMap<EventRun, Set<number>>();

/**
 * Posts the reminders due on an incident an event run changed (or read), decided on the record as
 * it now is: a late or skipped schedule then loses no reminder on an incident people are working
 * on. Once per issue per run. A failure here is counted and reported; the change already applied
 * stays.
 */
export async function applyRemindersDue(run: EventRun, loaded: Loaded): Promise<void> {
  const { record, context } = loaded;
  const issue = context.issue;
  if (!record || !issue) return;
  const done = reminded.get(run) ?? new Set<number>();
  reminded.set(run, done);
  if (done.has(issue.number)) return;
  done.add(issue.number);
  try {
    await applyReminders(run, await planRemindersDue(run, loaded));
  } catch (error) {
    run.result.failed(`${record.id} reminders`, error);
  }
}
