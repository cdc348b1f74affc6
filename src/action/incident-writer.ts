import * as core from '@actions/core';
import { renderCard, statusSince } from '../core/card.js';
import type { ChangeContext, Draft, Effects, Refusal } from '../core/change.js';
import { startDraft } from '../core/change.js';
import { loadConfig, type Config } from '../core/config.js';
import { incidentPath, type IncidentRecord, type LogEntry } from '../core/incident.js';
import { applyIncidentChange, readIncident } from '../core/incident-file.js';
import { isActive } from '../core/lifecycle.js';
import { labelsFor, projectAssignees, projectLabels } from '../core/projection.js';
import { quoteUserText } from '../core/sanitize.js';
import { ConflictError, GitHubAPIError } from '../github/errors.js';
import type { IncidentContext, IncidentRepository } from '../github/incidents.js';
import type { RunResult } from './result.js';

/** Shared by every run that changes incidents: the repository, the config location and the result being built. */
export interface EventRun {
  repo: IncidentRepository;
  configPath: string;
  result: RunResult;
}

const MAX_CONFLICT_RETRIES = 5;

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
 * Applies a change and writes it: the file (compare-and-swap, re-read and re-applied on
 * conflict), then the issue's labels, assignees and state, the card, and the change's effects.
 */
export async function applyAndWrite(
  run: EventRun,
  initial: Loaded,
  ctx: ChangeContext,
  change: (draft: Draft, ctx: ChangeContext) => Refusal | void,
): Promise<Effects | undefined> {
  let loaded = initial;
  for (let attempt = 1; ; attempt++) {
    const record = loaded.record as IncidentRecord;
    if (attempt > 1 && ctx.ref?.includes('#issuecomment-') && loaded.log.some((e) => e.ref === ctx.ref)) {
      note(run, `${record.id}: a concurrent run already applied this comment`);
      return undefined;
    }
    const draft = startDraft(record);
    const refusal = change(draft, { ...ctx, config: loaded.config });
    if (refusal) {
      note(run, `${record.id}: ${refusal.refused}`);
      return undefined;
    }
    if (draft.entries.length === 0 && JSON.stringify(draft.record) === JSON.stringify(record)) {
      await converge(run, loaded, draft.record, loaded.log, draft.effects);
      return draft.effects;
    }
    const text = applyIncidentChange(loaded.context.file?.text ?? '', draft.record, draft.entries);
    try {
      await run.repo.commitFile({
        path: loaded.path,
        text,
        sha: loaded.context.file?.sha ?? null,
        message: commitMessage(draft),
        branch: loaded.context.defaultBranch,
      });
    } catch (error) {
      if (error instanceof ConflictError && attempt < MAX_CONFLICT_RETRIES) {
        core.info(`${loaded.path} changed meanwhile; re-reading and re-applying (attempt ${attempt + 1})`);
        loaded = await load(run, record.issue);
        continue;
      }
      throw error;
    }
    await converge(run, loaded, draft.record, [...loaded.log, ...draft.entries], draft.effects);
    return draft.effects;
  }
}

function commitMessage(draft: Draft): string {
  const kinds = [...new Set(draft.entries.map((e) => e.kind.split(' ')[0]))];
  const by = [...new Set(draft.entries.map((e) => `@${e.actor}`))];
  return `${draft.record.id}: ${kinds.join(', ')}${by.length ? ` by ${by.join(', ')}` : ''}`;
}

export function latestUpdate(log: readonly LogEntry[]): LogEntry | undefined {
  return [...log].reverse().find((e) => /^(update|status|regression|reopened|declared|severity)\b/.test(e.kind));
}

/**
 * Brings the issue in line with the record: labels, assignees, open/closed, the card; then the
 * change's effects. Writes only what differs, so running it twice changes nothing.
 */
export async function converge(run: EventRun, loaded: Loaded, record: IncidentRecord, log: readonly LogEntry[], effects: Effects): Promise<void> {
  const latest = latestUpdate(log);
  const since = statusSince(log);
  const { context, config } = loaded;
  const issue = context.issue;
  if (!issue) return;
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
  if (!sameSet(labels, issue.labels) || !sameSet(assignees, issue.assignees) || 'state' in stateChange) {
    const change = {
      ...(sameSet(labels, issue.labels) ? {} : { labels }),
      ...(sameSet(assignees, issue.assignees) ? {} : { assignees }),
      ...stateChange,
    };
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
  await run.repo.upsertCard(issue.number, issue.comments, renderCard(record, { config, fileUrl, ...(latest ? { latest } : {}), ...(since ? { statusSince: since } : {}) }));
  if (effects.escalation) {
    const { targets, reason } = effects.escalation;
    await run.repo.comment(
      issue.number,
      [
        `<!-- sitrep:escalation -->`,
        `🚨 **${record.id} escalated** (${record.severity}, ${record.status}): ${targets.join(' ')}`,
        reason ? `\n${quoteUserText(reason)}` : '',
      ].join('\n'),
    );
    run.result.escalations++;
  }
  run.result.incident = record.id;
  run.result.status = record.status;
}

/** Logs a line to the run log and the job summary. */
export function note(run: EventRun, text: string): void {
  core.info(text);
  run.result.notes.push(text);
}
