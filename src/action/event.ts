import * as core from '@actions/core';
import type { LineRefusal } from '../core/commands/index.js';
import type { ChangeContext } from '../core/change.js';
import { findCommandLines, usageText, type CommandLine } from '../core/commands.js';
import { permissionRefusal, permits, type Config } from '../core/config.js';
import { declareIncident, type FormProblem } from '../core/declare.js';
import { formatDiagnostic } from '../core/diagnostics.js';
import { incidentId } from '../core/incident.js';
import { IncidentFileError } from '../core/incident-file.js';
import { isActive } from '../core/lifecycle.js';
import type { IncidentEvent } from '../core/plan.js';
import { isManagedLabel } from '../core/projection.js';
import { renderRefusalReply } from '../core/reply.js';
import { fitBody, inlineUserText, MAX_QUOTE_LENGTH } from '../core/sanitize.js';
import { ConflictError } from '../github/errors.js';
import { applyDeclaration, applyEvent, changeContext, converge, load, note, type EventRun, type Loaded } from './incident-writer.js';
import { remindDue } from './reminders.js';

export type { EventRun } from './incident-writer.js';

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
  return !user || user.type === 'Bot' || /\[bot\]$/.test(user.login);
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
  if (action === 'opened' || action === 'labeled') return declare(run, issue, loaded);
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
  const replyMarker = `<!-- sitrep:reply comment=${comment.id} -->`;
  let loaded: Loaded;
  try {
    loaded = await load(run, issue.number);
  } catch (error) {
    // A hand edit that landed invalid: the command cannot apply, but the author hears why and how to fix it.
    if (!(error instanceof IncidentFileError)) throw error;
    return refuseOnInvalidRecord(run, issue.number, comment.id, replyMarker, commenter, error);
  }
  const { config, context } = loaded;
  if (!hasIncidentLabel(issue, config)) return note(run, `#${issue.number} has no "${config.label}" label; not an incident`);
  if (loaded.log.some((e) => e.ref === comment.html_url) || context.issue?.comments.some((c) => c.byBot && c.body.startsWith(replyMarker))) {
    return note(run, `comment ${comment.id} was already handled`);
  }
  const body = comment.body ?? '';
  const lines = findCommandLines(body, config.command, config.severities.map((s) => s.name));
  if (lines.length === 0) {
    await acknowledgeByComment(run, issue, loaded, commenter, comment.html_url);
    // A plain comment changes nothing else, but its run still posts the reminders due (once per run).
    return remindDue(run, loaded);
  }

  const permission = await run.repo.permissionOf(commenter);
  if (!permits(permission, config.minPermission)) {
    await reply(run, issue.number, replyMarker, commenter, [
      { line: lines[0]?.line ?? '', lineNumber: lines[0]?.lineNumber ?? 1, reason: permissionRefusal(permission, config.minPermission) },
    ]);
    await run.repo.react(comment.id, 'confused');
    return;
  }
  if (!loaded.record) await declare(run, issue, loaded);
  const reloaded = loaded.record ? loaded : await load(run, issue.number);
  const ctx = { ...changeContext(run, reloaded, commenter, comment.html_url), ...(await checkLogins(run, issue.number, lines)) };
  let plan: Awaited<ReturnType<typeof applyEvent>>;
  try {
    plan = await applyEvent(run, reloaded, { type: 'commands', lines }, ctx);
  } catch (error) {
    // The record kept changing under every attempt: nothing was applied; say so rather than drop the command.
    if (!(error instanceof ConflictError)) throw error;
    await run.repo.comment(issue.number, [
      replyMarker,
      `@${commenter}, your ${lines.length > 1 ? 'commands were' : 'command was'} not applied: \`${reloaded.path}\` kept changing while sitrep tried to write it (other runs on this incident at the same time). Nothing changed; your comment is kept. Post the commands again in a new comment.`,
    ].join('\n'));
    await run.repo.react(comment.id, 'confused');
    run.result.errors++;
    run.result.notes.push(`**${incidentId(issue.number)}: comment ${comment.id} not applied** after repeated write conflicts; the author was told`);
    return;
  }
  if (plan?.refusals.length) {
    await reply(run, issue.number, replyMarker, commenter, plan.refusals, lines.length);
    await run.repo.react(comment.id, 'confused');
    run.result.incident = incidentId(issue.number);
    run.result.status = reloaded.record?.status;
    return;
  }
  // One reply per comment (its marker is the comment's): the notes on what applied, then the help asked for.
  const notices = plan?.effects.notices ?? [];
  const replyParts = [
    ...(notices.length ? [`@${commenter}, applied, with ${notices.length > 1 ? 'notes' : 'a note'}:`, '', ...notices.map((n) => `- ${n}`)] : []),
    ...(plan?.effects.help ? [...(notices.length ? [''] : []), '**sitrep commands**', '', '```text', usageText(config.command), '```'] : []),
  ];
  if (replyParts.length) await run.repo.comment(issue.number, fitBody([replyMarker, ...replyParts].join('\n')));
  await run.repo.react(comment.id, '+1');
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
    if (command.name === 'role') return /\[bot\]$/i.test(command.login) ? [] : [command.login];
    if (command.name === 'followup' && command.owner) return [command.owner];
    // Teams cannot be checked with the workflow's token; people named to page can.
    if (command.name === 'escalate') return command.targets.filter((t) => !t.includes('/')).map((t) => t.replace(/^@/, ''));
    return [];
  });
  if (logins.length === 0) return {};
  return { logins: await run.repo.loginStandings(number, logins) };
}

async function refuseOnInvalidRecord(run: EventRun, number: number, commentId: number, marker: string, commenter: string, error: IncidentFileError): Promise<void> {
  await run.repo.comment(
    number,
    fitBody([
      marker,
      `@${commenter}, your command was not applied: the incident's record \`${error.path}\` on the default branch is not valid, so sitrep cannot act on it.`,
      '',
      ...error.problems.map((p) => `- \`${inlineUserText(formatDiagnostic(p))}\``),
      '',
      'Fix the file in a pull request (`sitrep validate` shows the same problems); once the fix is merged, post the command again. Your comment is kept.',
    ].join('\n')),
  );
  await run.repo.react(commentId, 'confused');
  run.result.errors++;
  run.result.incident = incidentId(number);
  for (const problem of error.problems) core.error(problem.message, { file: problem.path, startLine: problem.line, startColumn: problem.column, title: 'sitrep: invalid incident record' });
  run.result.notes.push(`**${error.path} is not valid**; the command in comment ${commentId} was not applied and its author was told`);
}

async function acknowledgeByComment(run: EventRun, issue: Issue, loaded: Loaded, commenter: string, ref: string): Promise<void> {
  const record = loaded.record;
  if (!record || record.acknowledged_at) return note(run, 'a comment without commands; nothing to record');
  if (commenter.toLowerCase() === (loaded.context.issue?.author ?? '').toLowerCase()) return note(run, 'a comment by the reporter; not an acknowledgement');
  if (!permits(await run.repo.permissionOf(commenter), loaded.config.minPermission)) return note(run, `@${commenter} cannot respond for the team; not an acknowledgement`);
  await applyEvent(run, loaded, { type: 'responded' }, changeContext(run, loaded, commenter, ref));
  void issue;
}

async function declare(run: EventRun, issue: Issue, loaded: Loaded): Promise<void> {
  const { config, context } = loaded;
  if (loaded.record) {
    // Declared already (a re-delivered event, a re-run, or the label added again): converge only.
    await converge(run, loaded, loaded.record, loaded.log, {});
    return note(run, `${loaded.record.id} was already declared`);
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
  if (!(await applyDeclaration(run, loaded, declaration))) return note(run, `${incidentId(issue.number)} was declared by a concurrent run`);
  if (declaration.problems.length) await reportFormProblems(run, issue.number, declaration.problems, config);
  run.result.notes.push(`${declaration.record.id} declared: ${declaration.record.severity}, ${declaration.record.status}`);
}

async function reportFormProblems(run: EventRun, number: number, problems: FormProblem[], config: Config): Promise<void> {
  const lines = problems.map((p) => `- **${p.field}**: ${fitBody(inlineUserText(p.problem), MAX_QUOTE_LENGTH)}. ${p.fix}`);
  await run.repo.comment(
    number,
    fitBody([
      '<!-- sitrep:form-problems -->',
      `The incident is declared, but some answers could not be used${problems.some((p) => p.field === 'Severity') ? ' (it stays in triage until a severity is set)' : ''}:`,
      '',
      ...lines,
      '',
      `Fix them with \`${config.command}\` commands, or by editing the incident file in a pull request.`,
    ].join('\n')),
  );
}

async function reply(run: EventRun, number: number, marker: string, commenter: string, refusals: LineRefusal[], total = refusals.length): Promise<void> {
  await run.repo.comment(number, renderRefusalReply(marker, commenter, refusals, total));
}
