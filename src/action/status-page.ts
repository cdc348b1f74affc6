import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as core from '@actions/core';
import { findRepositoryRoot, listRepositoryFiles } from '../workspace/repository.js';
import { buildStatusSite, writeStatusPage } from '../site/build.js';
import type { RunResult } from './result.js';

/** Where the action writes the site, in the workspace; the workflow uploads it to GitHub Pages. */
export const SITE_DIR = 'site';

/**
 * The `status-page` command: builds the status page (SPEC 4.9) from the checked-out incident
 * files into `site/` in the workspace. An unreadable incident file is an error (annotated on the
 * file) but the page is still built from the others. Talks to no one: no GitHub call.
 */
export function statusPageWorkspace(result: RunResult, configPath: string, workspace: string, now: number): void {
  const configFile = join(workspace, configPath);
  if (!existsSync(configFile) && !existsSync(join(workspace, '.git'))) {
    result.notes.push('status-page needs the repository checked out (actions/checkout) before sitrep; nothing to build');
    return;
  }
  const configText = existsSync(configFile) ? readFileSync(configFile, 'utf8') : null;
  const root = findRepositoryRoot(workspace);
  const files = listRepositoryFiles(root, 'incident').map((path) => ({ path: relative(workspace, path), text: readFileSync(path, 'utf8') }));
  const site = buildStatusSite(files, configText, now);
  for (const problem of site.skipped) {
    core.error(`left out of the status page: ${problem.message}`, { file: problem.path, startLine: problem.line, title: 'sitrep status-page' });
  }
  result.errors += site.skipped.length;
  writeStatusPage(join(workspace, SITE_DIR), site.files);
  result.notes.push(`status page built in ${SITE_DIR}/: ${site.files.size} files, ${site.published} published incident(s) of ${files.length}`);
}
