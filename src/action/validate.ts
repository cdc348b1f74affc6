import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as core from '@actions/core';
import { loadConfig } from '../core/config.js';
import { parseIncident } from '../core/incident-file.js';
import { buildReport, renderReportText } from '../core/report.js';
import { validateRepositoryFiles } from '../core/validate.js';
import { findRepositoryRoot, listRepositoryFiles } from '../cli/repository.js';
import type { RunResult } from './result.js';

/**
 * The `validate` command: checks the checked-out repository's incident files, postmortems and
 * configuration (SPEC section 5) and annotates each problem on its file and line.
 */
export function validateWorkspace(result: RunResult, configPath: string): void {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  if (!existsSync(join(workspace, configPath)) && !existsSync(join(workspace, '.git'))) {
    result.notes.push('validate needs the repository checked out (actions/checkout) before sitrep; nothing to check');
    return;
  }
  const root = findRepositoryRoot(workspace);
  const configFile = join(workspace, configPath);
  const configText = existsSync(configFile) ? readFileSync(configFile, 'utf8') : null;
  const files = (['incident', 'postmortem'] as const).flatMap((kind) =>
    listRepositoryFiles(root, kind).map((path) => ({ path: relative(workspace, path), text: readFileSync(path, 'utf8'), kind })),
  );
  const problems = validateRepositoryFiles(files, configText, { configPath });
  for (const problem of problems) {
    core.error(problem.message, { file: problem.path, startLine: problem.line, startColumn: problem.column, title: 'sitrep validate' });
  }
  result.notes.push(`validated ${files.length} file(s)${configText === null ? '' : ` and ${configPath}`}: ${problems.length} problem(s)`);
  if (problems.length) {
    result.errors += problems.length;
    result.table = [['File', 'Line', 'Problem'], ...problems.map((p) => [p.path, String(p.line), p.message])];
    core.setFailed(`${problems.length} problem(s) in sitrep files; see the annotations`);
  }
}

/** The `report` command: metrics from the checked-out incident files, in the job summary. */
export function reportWorkspace(result: RunResult, configPath: string, now: number): void {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
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
