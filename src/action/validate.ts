import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { loadConfig } from '../core/config.js';
import { parseIncident } from '../core/incident-file.js';
import { buildReport, renderReportText } from '../core/report.js';
import type { RepositoryFileKind } from '../core/validate.js';
import type { PullRequests } from '../github/pulls.js';
import { findRepositoryRoot, listRepositoryFiles, repositoryRootAt } from '../workspace/repository.js';
import { validateRepository } from '../workspace/validate.js';
import type { RunResult } from './result.js';

/** The pull request a `pull_request` run checks: only its changed files are checked fully. */
export interface PullRequestScope {
  pulls: PullRequests;
  number: number;
}

/**
 * The `validate` command: checks the checked-out repository's incident files, postmortems and
 * configuration (SPEC section 5) and annotates each problem on its file and line. On a pull
 * request, the files it changes are checked fully; the others give the checks across files
 * (unique ids, a postmortem's incident exists) their names and ids only.
 */
export async function validateWorkspace(result: RunResult, configPath: string, workspaceDir: string, pullRequest?: PullRequestScope): Promise<void> {
  const workspace = resolve(workspaceDir);
  if (!existsSync(join(workspace, configPath)) && !existsSync(join(workspace, '.git'))) {
    result.notes.push('validate needs the repository checked out (actions/checkout) before sitrep; nothing to check');
    return;
  }
  const root = repositoryRootAt(workspace, join(workspace, configPath));
  const files = new Map<string, RepositoryFileKind>();
  for (const kind of ['incident', 'postmortem'] as const) {
    for (const path of listRepositoryFiles(root, kind)) files.set(path, kind);
  }
  let changed: Set<string> | undefined;
  if (pullRequest) {
    // Without the list (a token without pull-requests: read, say), every file is checked: slower, never less.
    let listed: Awaited<ReturnType<PullRequests['listChangedFiles']>>;
    try {
      listed = await pullRequest.pulls.listChangedFiles(pullRequest.number);
      if (!listed) result.notes.push(`pull request #${pullRequest.number} changes more files than GitHub lists; every file is checked fully`);
    } catch (error) {
      core.warning(`${error instanceof Error ? error.message : String(error)}; every file is checked fully`);
      result.notes.push(`could not list the files of pull request #${pullRequest.number} (the job needs pull-requests: read); every file is checked fully`);
    }
    if (listed) changed = new Set(listed.filter((f) => !f.removed).map((f) => join(workspace, f.path)));
  }
  const outcome = await validateRepository({ root, files, config: root.configFile !== null, show: (path) => relative(workspace, path), changed });
  const { problems } = outcome;
  for (const problem of problems) {
    core.error(problem.message, { file: problem.path, startLine: problem.line, startColumn: problem.column, title: 'sitrep validate' });
  }
  const config = root.configFile === null ? '' : ` and ${configPath}`;
  const scope = changed
    ? `validated ${outcome.full} file(s) changed by pull request #${pullRequest?.number} fully${config}, and the ids of ${outcome.idsOnly} other file(s)`
    : `validated ${outcome.full} file(s) fully${config}`;
  result.notes.push(`${scope}: ${problems.length} problem(s)`);
  if (problems.length) {
    result.errors += problems.length;
    result.table = [['File', 'Line', 'Problem'], ...problems.map((p) => [p.path, String(p.line), p.message])];
    core.setFailed(`${problems.length} problem(s) in sitrep files; see the annotations`);
  }
}

/** The `report` command: metrics from the checked-out incident files, in the job summary. */
export function reportWorkspace(result: RunResult, configPath: string, workspace: string, now: number): void {
  const configFile = join(workspace, configPath);
  if (!existsSync(configFile) && !existsSync(join(workspace, '.git'))) {
    result.notes.push('report needs the repository checked out (actions/checkout) before sitrep; nothing to report');
    return;
  }
  const config = loadConfig(existsSync(configFile) ? readFileSync(configFile, 'utf8') : null, configPath);
  const root = findRepositoryRoot(workspace);
  const documents = listRepositoryFiles(root, 'incident').flatMap((path) => {
    const parsed = parseIncident(readFileSync(path, 'utf8'), relative(workspace, path));
    if (!parsed.document) result.notes.push(`${relative(workspace, path)} skipped: ${parsed.problems[0]?.message ?? 'unreadable'}`);
    return parsed.document ? [parsed.document] : [];
  });
  result.notes.push(`report over ${documents.length} incident(s):\n\n\`\`\`text\n${renderReportText(buildReport(documents, config, now))}\n\`\`\``);
}
