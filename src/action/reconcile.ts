/**
 * Hand edits (SPEC 4.8): a push to the default branch that changes incident files. The file is
 * the record, so the issue converges on each changed file as merged; an invalid file or a deleted
 * one is reported on its issue and nothing else changes. No Log entry, no reminder.
 */
import * as core from '@actions/core';
import { loadConfig } from '../core/config.js';
import { formatDiagnostic } from '../core/diagnostics.js';
import { incidentId, issueNumberOf, roleHolders } from '../core/incident.js';
import { parseIncident } from '../core/incident-file.js';
import { hasMarker, recordProblemMarker, type RecordProblem } from '../core/markers.js';
import { inlineUserText, sameLogin } from '../core/sanitize.js';
import { checkRecordAgainstConfig, frontMatterLine } from '../core/validate.js';
import { converge, postReplies } from './applier.js';
import { messageOf } from './result.js';
import { note, type EventRun, type Loaded } from './run.js';

/** The parts of a `push` payload reconciling reads. */
export interface PushPayload {
  ref?: string;
  after?: string;
  compare?: string;
  commits?: { id?: string; url?: string; added?: string[]; modified?: string[]; removed?: string[] }[];
  head_commit?: { id?: string; url?: string } | null;
  repository?: { default_branch?: string };
}

/** A changed incident file, with the newest commit of the push that touched it. */
interface ChangedRecord {
  issue: number;
  path: string;
  removed: boolean;
  commit: { sha: string; url: string };
}

/** The incident files a push to the default branch changed, in issue order. */
export function changedRecords(payload: PushPayload, incidentsFolder: string): ChangedRecord[] {
  const defaultBranch = payload.repository?.default_branch;
  if (!defaultBranch || payload.ref !== `refs/heads/${defaultBranch}`) return [];
  const folder = `${incidentsFolder}/`;
  const changed = new Map<string, ChangedRecord>();
  // Commits come oldest first: the last one to touch a file decides whether it still exists.
  for (const commit of payload.commits ?? []) {
    const sha = commit.id ?? payload.after ?? '';
    const at = { sha, url: commit.url ?? payload.compare ?? '' };
    const touch = (path: string, removed: boolean) => {
      if (!path.startsWith(folder) || path.slice(folder.length).includes('/') || !path.endsWith('.md')) return;
      const issue = issueNumberOf(path.slice(folder.length, -'.md'.length));
      if (issue !== null) changed.set(path, { issue, path, removed, commit: at });
    };
    for (const path of [...(commit.added ?? []), ...(commit.modified ?? [])]) touch(path, false);
    for (const path of commit.removed ?? []) touch(path, true);
  }
  return [...changed.values()].sort((a, b) => a.issue - b.issue);
}

/** Converges every incident whose file the push changed; a failure on one is reported and the others go on. */
export async function reconcilePush(run: EventRun, payload: PushPayload): Promise<void> {
  const config = loadConfig((await run.repo.readFile(run.configPath))?.text ?? null, run.configPath);
  const changes = changedRecords(payload, config.paths.incidents);
  if (changes.length === 0) return note(run, 'reconcile: the push changed no incident file');
  for (const change of changes) {
    core.startGroup(incidentId(change.issue));
    try {
      await reconcileRecord(run, change);
    } catch (error) {
      const message = messageOf(error);
      run.result.error(`**${change.path}: could not reconcile:** ${message}`, { cause: error, files: [{ path: change.path, line: 1, column: 1, message: `${change.path}: ${message}` }] });
    } finally {
      core.endGroup();
    }
  }
}

async function reconcileRecord(run: EventRun, change: ChangedRecord): Promise<void> {
  const { repo } = run;
  const context = await repo.readContext(change.issue, run.configPath, change.path);
  if (!context.issue) return note(run, `${change.path}: issue #${change.issue} does not exist; nothing to converge`);
  const postOnce = async (kind: RecordProblem, lines: string[]) => {
    const marker = recordProblemMarker(kind, change.commit.sha);
    if (context.issue?.comments.some((c) => c.byBot && hasMarker(c.body, marker))) return note(run, `${change.path}: already reported for ${change.commit.sha.slice(0, 7)}`);
    await postReplies(run, { number: change.issue }, [[marker, ...lines].join('\n')], []);
  };
  if (change.removed || !context.file) {
    await postOnce('record-deleted', [
      `⚠️ The record of this incident, \`${change.path}\`, was deleted in [${change.commit.sha.slice(0, 7)}](${change.commit.url}).`,
      '',
      'Nothing else changed. Restore the file (revert the commit) for sitrep to act on this incident again.',
    ]);
    return note(run, `${change.path}: deleted; reported on #${change.issue}`);
  }
  const parsed = parseIncident(context.file.text, change.path);
  if (!parsed.document || parsed.problems.length) {
    run.result.error(`${change.path}: not a valid incident record`, { files: parsed.problems, title: 'sitrep reconcile' });
    await postOnce('record-invalid', [
      `⚠️ \`${change.path}\` as merged in [${change.commit.sha.slice(0, 7)}](${change.commit.url}) is not a valid incident record, so sitrep keeps acting on the issue as it was:`,
      '',
      ...parsed.problems.map((p) => `- \`${inlineUserText(formatDiagnostic(p))}\``),
      '',
      'Fix the file in a pull request; once it is valid on the default branch, this issue follows it.',
    ]);
    return note(run, `${change.path}: invalid (${parsed.problems.length} problem${parsed.problems.length === 1 ? '' : 's'}); reported on #${change.issue}`);
  }
  const config = loadConfig(context.configText, run.configPath);
  const { record, log } = parsed.document;
  if (record.issue !== change.issue) return note(run, `${change.path}: names issue ${record.issue}; validate reports the mismatch`);
  // SPEC 4.8: invalid against the configuration is as invalid as a YAML error; a login a hand edit
  // adds to `roles` is checked as a command checks it (one request per new login).
  const problems = checkRecordAgainstConfig(change.path, context.file.text, config);
  const added = roleHolders(record.roles).filter((login) => !context.issue?.assignees.some((a) => sameLogin(a, login)));
  if (added.length) {
    const standings = await repo.loginStandings(change.issue, added);
    for (const login of added) {
      if (standings.get(login.toLowerCase()) !== 'unknown') continue;
      problems.push({ path: change.path, line: frontMatterLine(context.file.text, 'roles', login), column: 1, message: `@${login} is not a GitHub user (a role holder must be a person GitHub knows); check the spelling` });
    }
  }
  if (problems.length) {
    for (const problem of problems) run.result.fileError(problem);
    await postOnce('record-invalid', [
      `⚠️ \`${change.path}\` as merged in [${change.commit.sha.slice(0, 7)}](${change.commit.url}) does not fit the configuration, so sitrep keeps acting on the issue as it was:`,
      '',
      ...problems.map((p) => `- \`${inlineUserText(formatDiagnostic(p))}\``),
      '',
      'Fix the file in a pull request; once it is valid on the default branch, this issue follows it.',
    ]);
    return note(run, `${change.path}: invalid against the configuration; reported on #${change.issue}`);
  }
  const loaded: Loaded = { context, config, path: change.path, record, log };
  await converge(run, loaded, record, log, { editedIn: change.commit });
  note(run, `${record.id}: the issue follows the record as merged in ${change.commit.sha.slice(0, 7)}`);
}
