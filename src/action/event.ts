import type { ChangeContext } from '../core/change.js';
import { findCommandLines, type CommandLine } from '../core/commands.js';
import { loadConfig, permissionRefusal, permits, type Config } from '../core/config.js';
import { declareIncident } from '../core/declare.js';
import { incidentId } from '../core/incident.js';
import { IncidentFileError } from '../core/incident-file.js';
import { isActive } from '../core/lifecycle.js';
import { hasMarker, replyMarker } from '../core/markers.js';
import type { IncidentEvent } from '../core/plan.js';
import { isManagedLabel } from '../core/projection.js';
import { renderInvalidRecordReply, renderRefusalReply } from '../core/reply.js';
import { isBotLogin } from '../core/sanitize.js';
import { applyDeclaration, applyEvent, applyRemindersDue, converge, issueOf, postReplies } from './applier.js';
import { changeContext, load, note, type EventRun, type Loaded } from './run.js';

export type { EventRun } from './run.js';

interface Issue {
  number: number;
  title: string;
  body?: string | null;
  html_url: string;
  created_at: string;
  user: { login: string } | null;
  labels?: ({ name?: string } | string)[];
  pull_request?: unknown;
}

export interface IssuesPayload {
  action: string;
  issue: Issue;
  label?: { name: string };
  changes?: { title?: { from: string } };
  sender: { login: string; type?: string };
}

export interface IssueCommentPayload {
  action: string;
  issue: Issue;
  comment: { id: number; body?: string | null; html_url: string; user: { login: string; type?: string } | null };
  sender: { login: string; type?: string };
}


function labelNames(issue: Issue): string[] {
  return (issue.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
}

function hasIncidentLabel(issue: Issue, config: Config): boolean {
  return labelNames(issue).some((l) => l.toLowerCase() === config.label.toLowerCase());
}

function isBot(user: { login: string; type?: string } | null | undefined): boolean {
  return !user || user.type === 'Bot' || isBotLogin(user.login);
}

/** `issues` events: declare on opened/labeled, resolve on a manual close, reopen on a manual reopen. */
export async function handleIssuesEvent(run: EventRun, payload: IssuesPayload): Promise<void> {
  const { issue, action } = payload;
  if (issue.pull_request) return note(run, `#${issue.number} is a pull request; nothing to do`);
  if (action === 'unlabeled') return labelRemoved(run, payload);
  if (!['opened', 'labeled', 'closed', 'reopened', 'edited'].includes(action)) return note(run, `issues.${action} needs nothing`);
  if (action === 'edited' && !payload.changes?.title) return note(run, `#${issue.number}: only the body changed; the record keeps the declaration's summary`);
  // Most issues are not incidents: without labels there is nothing to read.
  if (labelNames(issue).length === 0) return note(run, `#${issue.number} has no labels; not an incident`);
  const loaded = await load(run, issue.number);
  const { config } = loaded;
  if (!hasIncidentLabel(issue, config)) return note(run, `#${issue.number} has no "${config.label}" label; not an incident`);
  if (action === 'opened' || action === 'labeled') {
    await declare(run, issue, loaded);
    return;
  }
  if (!loaded.record) return note(run, `#${issue.number} was ${action} but has no incident record; label it again to declare it`);
  if (isBot(payload.sender)) return note(run, `${action} by ${payload.sender.login}; sitrep's own change`);
  const ctx = changeContext(run, loaded, payload.sender.login, issue.html_url);
  // The record's title follows the issue's, so the file, the card and the postmortem agree.
  const event: IncidentEvent =
    action === 'edited' ? { type: 'issue-renamed', title: issue.title } : action === 'closed' ? { type: 'issue-closed' } : { type: 'issue-reopened' };
  await applyEvent(run, loaded, event, ctx);
}

/**
 * `issues.unlabeled`: the labels are a projection of the record, so a managed label removed from an
 * active incident is put back (the incident label with one comment on how to decline instead).
 * Without it, commands and reminders would stop while the record says the incident goes on.
 */
async function labelRemoved(run: EventRun, payload: IssuesPayload): Promise<void> {
  const { issue, label } = payload;
  if (!label) return note(run, `#${issue.number}: issues.unlabeled names no label; nothing to do`);
  if (isBot(payload.sender)) return note(run, `"${label.name}" removed by ${payload.sender.login}; sitrep's own change`);
  const loaded = await load(run, issue.number);
  if (!loaded.record) return note(run, `#${issue.number} has no incident record; removing "${label.name}" changes nothing`);
  // Converging would put back every managed label, so an ended incident and other labels are left alone.
  if (!isManagedLabel(label.name, loaded.config)) return note(run, `"${label.name}" is not a label sitrep manages; nothing to do`);
  if (!isActive(loaded.record.status)) return note(run, `${loaded.record.id} is ${loaded.record.status}; the "${label.name}" label may go`);
  await applyEvent(run, loaded, { type: 'label-removed', label: label.name }, changeContext(run, loaded, payload.sender.login, issue.html_url));
}

/** `issue_comment` events: `/inc` commands, and the first response as acknowledgement. */
export async function handleCommentEvent(run: EventRun, payload: IssueCommentPayload): Promise<void> {
  const { issue, comment, action } = payload;
  if (action !== 'created') return note(run, `comment ${action}; only new comments are read`);
  if (issue.pull_request) return note(run, `#${issue.number} is a pull request; nothing to do`);
  if (isBot(comment.user)) return note(run, `comment by ${comment.user?.login ?? 'a deleted user'} (a bot); ignored`);
  if (labelNames(issue).length === 0) return note(run, `#${issue.number} has no labels; not an incident`);
  const commenter = comment.user?.login ?? 'ghost';
  const marker = replyMarker(comment.id);
  let loaded: Loaded;
  try {
    loaded = await load(run, issue.number);
  } catch (error) {
    // A hand edit that landed invalid: a command cannot apply, and its author, if they may run it,
    // hears why and how to fix it. Anyone else, and any plain comment, gets no answer from sitrep.
    if (!(error instanceof IncidentFileError)) throw error;
    const config = loadConfig((await run.repo.readFile(run.configPath))?.text ?? null, run.configPath);
    const lines = findCommandLines(comment.body ?? '', config.command, config.severities.map((s) => s.name));
    if (lines.length === 0) return note(run, `${error.path} is not valid; comment ${comment.id} holds no command, so it gets no reply`);
    const permission = await run.repo.permissionOf(commenter);
    if (!permits(permission, config.minPermission)) {
      const refusal = { line: lines[0]?.line ?? '', lineNumber: lines[0]?.lineNumber ?? 1, reason: permissionRefusal(permission, config.minPermission) };
      return postReplies(run, { number: issue.number }, [renderRefusalReply(marker, commenter, [refusal])], [{ commentId: comment.id, content: 'confused' }]);
    }
    return refuseOnInvalidRecord(run, issue.number, comment.id, commenter, error);
  }
  const { config, context } = loaded;
  if (!hasIncidentLabel(issue, config)) return note(run, `#${issue.number} has no "${config.label}" label; not an incident`);
  if (loaded.log.some((e) => e.ref === comment.html_url) || context.issue?.comments.some((c) => c.byBot && hasMarker(c.body, marker))) {
    return note(run, `comment ${comment.id} was already handled`);
  }
  const body = comment.body ?? '';
  const lines = findCommandLines(body, config.command, config.severities.map((s) => s.name));
  if (lines.length === 0) {
    const acknowledged = await acknowledgeByComment(run, loaded, commenter, comment.html_url);
    // A plain comment changes nothing else, but its run still posts the reminders due (once per run).
    return applyRemindersDue(run, acknowledged);
  }

  const permission = await run.repo.permissionOf(commenter);
  if (!permits(permission, config.minPermission)) {
    const refusal = { line: lines[0]?.line ?? '', lineNumber: lines[0]?.lineNumber ?? 1, reason: permissionRefusal(permission, config.minPermission) };
    return postReplies(run, issueOf(loaded, issue.number), [renderRefusalReply(marker, commenter, [refusal])], [{ commentId: comment.id, content: 'confused' }]);
  }
  const declared = loaded.record ? loaded : await declare(run, issue, loaded);
  const reloaded = declared.record ? declared : await load(run, issue.number);
  const ctx = { ...changeContext(run, reloaded, commenter, comment.html_url), ...(await checkLogins(run, issue.number, lines)) };
  await applyEvent(run, reloaded, { type: 'commands', lines, comment: { id: comment.id } }, ctx);
}

/**
 * Asks GitHub about the logins the commands name (role holders, follow-up owners, people to page),
 * so the planner can refuse one that is no user and say when one cannot be assigned. No request
 * without such a login.
 */
async function checkLogins(run: EventRun, number: number, lines: readonly CommandLine[]): Promise<Pick<ChangeContext, 'logins'>> {
  const logins = lines.flatMap((l) => {
    if (!l.parsed.ok) return [];
    const { command } = l.parsed;
    // A bot is refused as a role holder without asking GitHub.
    if (command.name === 'role') return isBotLogin(command.login) ? [] : [command.login];
    if (command.name === 'followup' && command.owner) return [command.owner];
    // Teams cannot be checked with the workflow's token; people named to page can.
    if (command.name === 'escalate') return command.targets.filter((t) => !t.includes('/')).map((t) => t.replace(/^@/, ''));
    return [];
  });
  if (logins.length === 0) return {};
  return { logins: await run.repo.loginStandings(number, logins) };
}

async function refuseOnInvalidRecord(run: EventRun, number: number, commentId: number, commenter: string, error: IncidentFileError): Promise<void> {
  const reply = renderInvalidRecordReply(replyMarker(commentId), commenter, error.path, error.problems);
  await postReplies(run, { number }, [reply], [{ commentId, content: 'confused' }]);
  run.result.incident = incidentId(number);
  run.result.error(`**${error.path} is not valid**; the command in comment ${commentId} was not applied and its author was told`, { files: error.problems, title: 'sitrep: invalid incident record' });
}

/** A comment without commands by someone who may respond for the team acknowledges the incident. */
async function acknowledgeByComment(run: EventRun, loaded: Loaded, commenter: string, ref: string): Promise<Loaded> {
  const record = loaded.record;
  if (!record || record.acknowledged_at) return (note(run, 'a comment without commands; nothing to record'), loaded);
  if (commenter.toLowerCase() === (loaded.context.issue?.author ?? '').toLowerCase()) return (note(run, 'a comment by the reporter; not an acknowledgement'), loaded);
  if (!permits(await run.repo.permissionOf(commenter), loaded.config.minPermission)) return (note(run, `@${commenter} cannot respond for the team; not an acknowledgement`), loaded);
  return (await applyEvent(run, loaded, { type: 'responded' }, changeContext(run, loaded, commenter, ref))).loaded;
}

/** Declares the incident of an issue (or converges an incident declared already); returns it as declared. */
async function declare(run: EventRun, issue: Issue, loaded: Loaded): Promise<Loaded> {
  const { config, context } = loaded;
  if (loaded.record) {
    // Declared already (a re-delivered event, a re-run, or the label added again): converge only.
    const converged = await converge(run, loaded, loaded.record, loaded.log);
    note(run, `${loaded.record.id} was already declared`);
    return converged;
  }
  const author = context.issue?.author ?? issue.user?.login ?? 'ghost';
  const declaration = declareIncident(
    {
      number: issue.number,
      title: context.issue?.title ?? issue.title,
      body: context.issue?.body ?? issue.body ?? '',
      author,
      createdAt: context.issue?.createdAt ?? issue.created_at,
      url: context.issue?.url ?? issue.html_url,
    },
    config,
    run.repo.now,
  );
  const outcome = await applyDeclaration(run, loaded, declaration);
  if (outcome.refused) return outcome.loaded;
  if (!outcome.declared) {
    note(run, `${incidentId(issue.number)} was declared by a concurrent run`);
    return outcome.loaded;
  }
  run.result.notes.push(`${declaration.record.id} declared: ${declaration.record.severity}, ${declaration.record.status}`);
  return outcome.loaded;
}
