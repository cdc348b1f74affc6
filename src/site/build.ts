import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadConfig } from '../core/config.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { renderFeed } from './feed.js';
import { PATHS, renderHistory, renderIcon, renderIncidentPage, renderIndex } from './html.js';
import { siteModel } from './model.js';
import { publicView } from './public.js';
import { readIncidentFiles, type SourceFile } from './read.js';
import { STYLESHEET } from './style.js';
import { buildStatus, buildSummary } from './summary.js';

/** What a build made: the site's files by path (relative, forward slashes), and what it left out. */
export interface StatusPageBuild {
  files: Map<string, string>;
  /** Incident files that could not be read, one problem each. */
  skipped: Diagnostic[];
  /** Published incidents on the page. */
  published: number;
}

/**
 * Builds the status page from incident files and the configuration's text (null = defaults).
 * Pure: no file system, no clock, no network. Throws ConfigurationError for an invalid config.
 */
export function buildStatusSite(files: readonly SourceFile[], configText: string | null, now: number): StatusPageBuild {
  const config = loadConfig(configText);
  const { incidents, skipped } = readIncidentFiles(files);
  // The one door to the page: everything below sees only the public view.
  const view = publicView(incidents, config, now);
  const model = siteModel(view, config.statusPage, now);
  const out = new Map<string, string>();
  out.set(PATHS.index, renderIndex(model));
  out.set(PATHS.history, renderHistory(model));
  out.set(PATHS.style, STYLESHEET);
  out.set(PATHS.icon, renderIcon(model));
  for (const incident of view) out.set(PATHS.incident(incident.id), renderIncidentPage(model, incident));
  out.set(PATHS.feed, renderFeed(model));
  out.set(PATHS.summary, `${JSON.stringify(buildSummary(model), null, 2)}\n`);
  out.set('api/v2/status.json', `${JSON.stringify(buildStatus(model), null, 2)}\n`);
  // GitHub Pages would otherwise run the site through Jekyll.
  out.set('.nojekyll', '');
  return { files: out, skipped, published: view.length };
}

/** The site's files by path: `buildStatusSite` without the report. */
export function buildStatusPage(files: readonly SourceFile[], configText: string | null, now: number): Map<string, string> {
  return buildStatusSite(files, configText, now).files;
}

/** Writes a built site under `outDir`, creating folders. Files already there and not rebuilt are left alone. */
export function writeStatusPage(outDir: string, files: ReadonlyMap<string, string>): void {
  for (const [path, content] of files) {
    const target = join(outDir, ...path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
