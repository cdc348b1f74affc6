import { lstatSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadConfig } from '../core/config.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { renderFeed } from './feed.js';
import { PATHS, renderHistory, renderIcon, renderIncidentPage, renderIndex } from './html.js';
import { siteModel } from './model.js';
import { publicProjection, sortPublicIncidents, type PublicIncident } from './public.js';
import { readIncidents, type SourceFile } from './read.js';
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
 * The list of the files a build wrote, written with them: the next build into the same folder
 * removes the files it lists that it does not write again (an incident no longer published), and
 * never any other file.
 */
export const MANIFEST_PATH = '.sitrep-site.json';

const FIXED_PATHS = new Set<string>([PATHS.index, PATHS.history, PATHS.style, PATHS.icon, PATHS.feed, PATHS.summary, 'api/v2/status.json', '.nojekyll']);
const INCIDENT_PAGE = /^incidents\/INC-[1-9][0-9]{0,14}\.html$/;

/** Whether `path` is one a status page build writes: only such a file is ever removed. */
export function isSitePath(path: string): boolean {
  return FIXED_PATHS.has(path) || INCIDENT_PAGE.test(path);
}

/**
 * Builds the status page from incident files and the configuration's text (null = defaults).
 * Pure: no file system, no clock, no network. Throws ConfigurationError for an invalid config.
 */
export function buildStatusSite(files: Iterable<SourceFile>, configText: string | null, now: number): StatusPageBuild {
  const out = new Map<string, string>();
  const { skipped, published } = streamStatusSite(files, configText, now, (path, content) => out.set(path, content));
  return { files: out, skipped, published };
}

/**
 * `buildStatusSite` for a large repository: files are read one at a time as `files` yields them
 * and only the public projection of each published incident is kept; each page is handed to
 * `emit` as it is rendered, not held. The same files, in the same order, as `buildStatusSite`'s.
 */
export function streamStatusSite(
  files: Iterable<SourceFile>,
  configText: string | null,
  now: number,
  emit: (path: string, content: string) => void,
): { skipped: Diagnostic[]; published: number } {
  const config = loadConfig(configText);
  const skipped: Diagnostic[] = [];
  const project = publicProjection(config, now);
  // The one door to the page: everything below sees only the public view.
  const view: PublicIncident[] = [];
  for (const incident of readIncidents(files, skipped)) {
    const projected = project(incident);
    if (projected) view.push(projected);
  }
  sortPublicIncidents(view);
  const model = siteModel(view, config.statusPage, now);
  const put = emit;
  put(PATHS.index, renderIndex(model));
  put(PATHS.history, renderHistory(model));
  put(PATHS.style, STYLESHEET);
  put(PATHS.icon, renderIcon(model));
  for (const incident of view) put(PATHS.incident(incident.id), renderIncidentPage(model, incident));
  put(PATHS.feed, renderFeed(model));
  put(PATHS.summary, `${JSON.stringify(buildSummary(model), null, 2)}\n`);
  put('api/v2/status.json', `${JSON.stringify(buildStatus(model), null, 2)}\n`);
  // GitHub Pages would otherwise run the site through Jekyll.
  put('.nojekyll', '');
  return { skipped, published: view.length };
}

/** The site's files by path: `buildStatusSite` without the report. */
export function buildStatusPage(files: Iterable<SourceFile>, configText: string | null, now: number): Map<string, string> {
  return buildStatusSite(files, configText, now).files;
}

/**
 * Writes a site's files under `outDir` as they come, creating folders; `finish` then removes the
 * files the previous build listed in its manifest (`MANIFEST_PATH`) and this one did not write,
 * and writes this build's. A file no build of the status page could have written is never
 * removed, whatever a manifest says; without a manifest nothing is.
 */
export class StatusPageWriter {
  private readonly previous: string[];
  private readonly written = new Set<string>();
  private readonly folders = new Set<string>();

  constructor(readonly outDir: string) {
    this.previous = readManifest(outDir);
  }

  write(path: string, content: string): void {
    const target = join(this.outDir, ...path.split('/'));
    const folder = dirname(target);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    writeFileSync(target, content);
    this.written.add(path);
  }

  /** Removes the stale files and writes the manifest of this build; returns the paths removed. */
  finish(): string[] {
    const removed: string[] = [];
    for (const path of this.previous) {
      if (this.written.has(path) || !isSitePath(path)) continue;
      const target = join(this.outDir, ...path.split('/'));
      // A folder or anything else that is not a file (or a link) stays.
      const stat = lstatSync(target, { throwIfNoEntry: false });
      if (!stat || !(stat.isFile() || stat.isSymbolicLink())) continue;
      unlinkSync(target);
      removed.push(path);
    }
    writeFileSync(join(this.outDir, MANIFEST_PATH), `${JSON.stringify({ files: [...this.written] }, null, 2)}\n`);
    return removed;
  }
}

/** The files the manifest in `dir` lists (none when there is no manifest, or it is not one). */
function readManifest(dir: string): string[] {
  let text: string;
  try {
    text = readFileSync(join(dir, MANIFEST_PATH), 'utf8');
  } catch {
    return [];
  }
  try {
    const files: unknown = (JSON.parse(text) as { files?: unknown }).files;
    return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Writes a built site under `outDir`, creating folders, and removes the files of the previous
 * build that this one does not have (see StatusPageWriter). Returns the paths removed.
 */
export function writeStatusPage(outDir: string, files: ReadonlyMap<string, string>): string[] {
  const writer = new StatusPageWriter(outDir);
  for (const [path, content] of files) writer.write(path, content);
  return writer.finish();
}
