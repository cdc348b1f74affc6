import * as core from '@actions/core';
import { blobOid, renderCard, type CardContext } from '../core/card.js';
import { latestUpdate, statusSince, writeLogEvent } from '../core/log.js';
import type { ChangeContext, Effects } from '../core/change.js';
import { loadConfig, type Config } from '../core/config.js';
import { incidentPath, type IncidentRecord, type LogEntry } from '../core/incident.js';
import { applyIncidentChange, createIncidentText, readIncident } from '../core/incident-file.js';
import type { Declaration } from '../core/declare.js';
import { changesRecord, planChange, type IncidentEvent, type Plan } from '../core/plan.js';
import { isActive } from '../core/lifecycle.js';
import { labelsFor, projectAssignees, projectLabels } from '../core/projection.js';
import { parseReminderKey, postedReminderKeys, reminderMarker } from '../core/reminders.js';
import { renderLabelRestored } from '../core/reply.js';
import { fitBody, MAX_QUOTE_LENGTH, quoteUserText } from '../core/sanitize.js';
import { commitWithRetry } from '../github/commit.js';
import { ConflictError, GitHubAPIError } from '../github/errors.js';
import type { IncidentContext, IncidentRepository } from '../github/incidents.js';
import { buildPostmortem } from './postmortem.js';
import { remindDue } from './reminders.js';
import type { RunEnvironment } from './environment.js';
import { planNotifications, type NotifyBatch } from '../notify/index.js';
import type { RunResult } from './result.js';
import { sendNotifications } from './send-notifications.js';

/** Shared by every run that changes incidents: the repository, the config location and the result being built. */
export interface EventRun {
  repo: IncidentRepository;
  configPath: string;
  result: RunResult;
  env: RunEnvironment;
}

/** A loaded incident: the context, the config, and the record when the file exists. */
export interface Loaded {
  context: IncidentContext;
  config: Config;
  path: string;
  record?: IncidentRecord;
  log: LogEntry[];
}

export async function load(run: EventRun, issueNumber: number): Promise<Loaded> {
  const guess = incidentPath('incidents', issueNumber);
  const context = await run.repo.readContext(issueNumber, run.configPath, guess);
  const config = loadConfig(context.configText, run.configPath);
  const path = incidentPath(config.paths.incidents, issueNumber);
  if (path !== guess) context.file = await run.repo.readFile(path);
  if (!context.file) return { context, config, path, log: [] };
  const document = readIncident(context.file.text, path);
  return { context, config, path, record: document.record, log: document.log };
}

export function changeContext(run: EventRun, loaded: Loaded, actor: string, ref: string): ChangeContext {
  return { actor, now: run.repo.now, config: loaded.config, reporter: loaded.context.issue?.author ?? actor, ref };
}

/**
 * The one place a change to an incident is applied: plans the event on the record (pure core),
 * commits the record compare-and-swap (re-reading and re-planning on a conflict), converges the
 * issue on the committed record, then performs the plan's effects. Returns the plan, or
 * undefined when a concurrent run already applied this very comment.
 */
export async function applyEvent(run: EventRun, initial: Loaded, event: IncidentEvent, ctx: ChangeContext): Promise<Plan | undefined> {
  let loaded = initial;
  // The last write tried, in case GitHub applied it but its answer was lost (the retry then meets a 409).
  let tried: { text: string; plan: Plan } | undefined;
  const plan = await commitWithRetry(initial.path, async (attempt): Promise<Plan | undefined> => {
    if (attempt > 1) loaded = await load(run, (loaded.record as IncidentRecord).issue);
    const record = loaded.record as IncidentRecord;
    if (tried && loaded.context.file?.text === tried.text) {
      // Our own write landed: finish it as if its answer had arrived.
      note(run, `${record.id}: the write's answer was lost, but the file shows it landed`);
      await converge(run, loaded, record, loaded.log, tried.plan.effects);
      return tried.plan;
    }
    if (attempt > 1 && ctx.ref?.includes('#issuecomment-') && loaded.log.some((e) => e.ref === ctx.ref)) {
      note(run, `${record.id}: a concurrent run already applied this comment`);
      // Its projections may not have landed yet (or were written from an older view): converge on the file as it is now.
      await converge(run, loaded, record, loaded.log, {});
      return undefined;
    }
    const planned = planChange(record, event, { ...ctx, config: loaded.config });
    if (planned.refusals.length) return planned;
    if (!changesRecord(record, planned)) {
      if (planned.unchanged) note(run, planned.unchanged);
      await converge(run, loaded, record, loaded.log, planned.effects);
      return planned;
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
    loaded.context.file = { text, sha: sha ?? '' };
    loaded.log = [...loaded.log, ...planned.entries];
    loaded.record = planned.record;
    await converge(run, loaded, planned.record, loaded.log, planned.effects);
    return planned;
  });
  if (plan && !plan.refusals.length) {
    initial.record = loaded.record;
    initial.log = loaded.log;
    initial.context.file = loaded.context.file;
    if (plan.entries.length) {
      await notifyChannels(run, loaded, plan.record, plan.entries, event.type === 'commands' ? 'comment' : 'single');
    }
    if (plan.effects.buildPostmortem) {
      // The change is committed; a postmortem that cannot be built is an error, and the run still finishes.
      try {
        await buildPostmortem(run, (loaded.record as IncidentRecord).issue, ctx.actor);
      } catch (error) {
        const message = `${plan.record.id}: the postmortem could not be built: ${error instanceof Error ? error.message : String(error)}`;
        core.error(message);
        run.result.errors++;
        run.result.notes.push(message);
      }
    }
  }
  // Then the reminders due on the record as it now is (a refused change left it as loaded).
  if (plan) await remindDue(run, initial);
  return plan;
}

/**
 * Writes a new incident's file (compare-and-swap on "no file yet") and converges the issue on it.
 * When a concurrent run declared first, converges on what it wrote instead and returns false.
 */
export async function applyDeclaration(run: EventRun, loaded: Loaded, declaration: Declaration): Promise<boolean> {
  const text = createIncidentText(declaration);
  const { record } = declaration;
  try {
    const sha = await run.repo.commitFile({
      path: loaded.path,
      text,
      sha: null,
      message: `${record.id}: declared (${record.severity})`,
      branch: loaded.context.defaultBranch,
    });
    // A command in the same run (a comment on an undeclared incident issue) writes on top of this.
    loaded.context.file = { text, sha: sha ?? '' };
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const again = await load(run, record.issue);
    Object.assign(loaded, { context: again.context });
    if (again.context.file?.text !== text) {
      if (again.record) await converge(run, again, again.record, again.log, {});
      Object.assign(loaded, { record: again.record, log: again.log });
      return false;
    }
    // The file is exactly what this run wrote: GitHub applied the write and its answer was lost.
    note(run, `${record.id}: the declaration's answer was lost, but the file shows it landed`);
  }
  loaded.record = record;
  loaded.log = declaration.log;
  await converge(run, loaded, record, declaration.log, {});
  await notifyChannels(run, loaded, record, declaration.log, 'declaration');
  return true;
}

function commitMessage(plan: Plan): string {
  const kinds = [...new Set(plan.entries.map((e) => writeLogEvent(e).label.split(' ')[0]))];
  const by = [...new Set(plan.entries.map((e) => `@${e.actor}`))];
  return `${plan.record.id}: ${kinds.join(', ') || 'record updated'}${by.length ? ` by ${by.join(', ')}` : ''}`;
}

/** How many times a run follows records committed by other runs while it updates the issue. */
const MAX_FOLLOW_ROUNDS = 3;

/**
 * Brings the issue in line with the record: labels, assignees, open/closed, the card; then the
 * change's effects. Writes only what differs, so running it twice changes nothing.
 *
 * Runs on one incident overlap (an update and a status change a second apart), and the last to
 * write the card wins, whatever it saw. So after writing, a run checks the file's blob id: when
 * another run committed meanwhile, it re-reads and writes again from the newer record. The run
 * that writes last checks last, so the issue ends equal to the newest file.
 */
export async function converge(
  run: EventRun,
  loaded: Loaded,
  record: IncidentRecord,
  log: readonly LogEntry[],
  effects: Effects,
  card: Pick<CardContext, 'editedIn'> = {},
): Promise<void> {
  // A run that wrote nothing to the issue left nothing stale behind.
  if (!(await convergeOnce(run, loaded, record, log, effects, card)) || run.repo.dryRun) return;
  for (let round = 1; round <= MAX_FOLLOW_ROUNDS; round++) {
    const { file, issue, defaultBranch } = loaded.context;
    if (!file || !issue) return;
    const oid = await run.repo.fileOid(loaded.path, defaultBranch);
    if (oid === null || oid === blobOid(file.text)) return;
    note(run, `${loaded.path} changed while this run updated #${issue.number}; following the newer record`);
    const newer = await load(run, issue.number);
    Object.assign(loaded, newer);
    if (!newer.record || !(await convergeOnce(run, loaded, newer.record, newer.log, {}, {}))) return;
  }
}

async function convergeOnce(
  run: EventRun,
  loaded: Loaded,
  record: IncidentRecord,
  log: readonly LogEntry[],
  effects: Effects,
  card: Pick<CardContext, 'editedIn'>,
): Promise<boolean> {
  const latest = latestUpdate(log);
  const since = statusSince(log);
  const { context, config } = loaded;
  const issue = context.issue;
  if (!issue) return false;
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
  });
  if (await run.repo.upsertCard(issue.number, issue.comments, cardText)) wrote = true;
  // Comments this run posts join the ones read, so its later steps (the reminders due) see their markers.
  const say = async (body: string) => {
    const id = await run.repo.comment(issue.number, body);
    issue.comments.push({ id, author: null, byBot: true, body, url: '' });
  };
  if (effects.comment) await say(`${effects.comment.marker}\n${effects.comment.body}`);
  if (effects.escalation) {
    const { targets, reason } = effects.escalation;
    // A reminder the page stands for is marked, so the sweep does not page again, unless it was posted already.
    const posted = postedReminderKeys(issue.comments);
    const covers = (effects.escalation.covers ?? []).filter((key) => !posted.has(key)).map((key) => {
      const { kind, due, item } = parseReminderKey(key);
      return reminderMarker(kind, due, item);
    });
    await say(
      [
        `<!-- sitrep:escalation -->`,
        ...covers,
        `🚨 **${record.id} escalated** (${record.severity}, ${record.status}): ${targets.join(' ')}`,
        reason ? `\n${fitBody(quoteUserText(reason), MAX_QUOTE_LENGTH)}` : '',
      ].join('\n'),
    );
    run.result.escalations++;
  }
  if (effects.labelRestored) {
    await run.repo.upsertMarkedComment(issue.number, issue.comments, renderLabelRestored(record, { ...effects.labelRestored, path: loaded.path, command: config.command }));
  }
  run.result.incident = record.id;
  run.result.status = record.status;
  return wrote;
}

/** Logs a line to the run log and the job summary. */
export function note(run: EventRun, text: string): void {
  core.info(text);
  run.result.notes.push(text);
}

/**
 * Tells the configured chat and webhook channels about a committed change (SPEC 4.7): one message
 * per new Log entry per channel, batched as one for a declaration or for one comment's commands.
 * Only what this run committed is sent, so a re-delivered event or a re-run sends nothing. A
 * channel that fails is an error naming the channel; the change stays committed.
 */
export async function notifyChannels(run: EventRun, loaded: Loaded, record: IncidentRecord, entries: readonly LogEntry[], batch: NotifyBatch): Promise<void> {
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
  });
  await sendNotifications(messages, { dryRun: run.repo.dryRun, env: run.env, result: run.result });
}
