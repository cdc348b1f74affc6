import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { CONFIG_PATH } from '../core/config.js';
import { classifyPath, configuredFolders, type IncidentFolders, type RepositoryFileKind } from '../core/validate.js';
import { incidentIdOfFileName } from '../core/incident.js';

/** A repository (or folder) that holds sitrep files, with the folder names its configuration gives. */
export interface RepositoryRoot {
  dir: string;
  /** Absolute path of `.github/sitrep.yml`, or null when the defaults apply. */
  configFile: string | null;
  configText: string | null;
  folders: IncidentFolders;
}

const DEFAULT_FOLDERS = configuredFolders(null);
// Folders never searched for nested sitrep repositories.
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'coverage']);

/** The repository at `dir` whose configuration is `configFile` (absolute; null or missing: the defaults). */
export function repositoryRootAt(dir: string, configFile: string | null): RepositoryRoot {
  if (configFile && !isFile(configFile)) return rootAt(dir, null);
  return rootAt(dir, configFile);
}

function rootAt(dir: string, configFile: string | null): RepositoryRoot {
  const configText = configFile ? readFileSync(configFile, 'utf8') : null;
  return { dir, configFile, configText, folders: configuredFolders(configText) };
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

/**
 * The repository `start` belongs to: the nearest folder upwards that holds `.github/sitrep.yml`,
 * else the nearest that holds `.git` (defaults apply), else `start` itself, or its parent when
 * `start` is a default incidents or postmortems folder.
 */
export function findRepositoryRoot(start: string): RepositoryRoot {
  for (let dir = start; ; dir = dirname(dir)) {
    const config = join(dir, CONFIG_PATH);
    if (isFile(config)) return rootAt(dir, config);
    if (existsSync(join(dir, '.git'))) return rootAt(dir, null);
    if (dirname(dir) === dir) break;
  }
  const name = basename(start);
  return rootAt(name === DEFAULT_FOLDERS.incidents || name === DEFAULT_FOLDERS.postmortems ? dirname(start) : start, null);
}

/** Folders under `dir` (excluding `dir`) that hold their own `.github/sitrep.yml`. */
export function findNestedRoots(dir: string): RepositoryRoot[] {
  const found: RepositoryRoot[] = [];
  const walk = (current: string) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || SKIPPED_DIRS.has(entry.name)) continue;
      if (entry.name.startsWith('.') && entry.name !== '.github') continue;
      const child = join(current, entry.name);
      if (entry.name !== '.github' && isFile(join(child, CONFIG_PATH))) found.push(rootAt(child, join(child, CONFIG_PATH)));
      walk(child);
    }
  };
  walk(dir);
  return found;
}

/** Absolute paths of the incident or postmortem files in a repository, in issue-number order. */
export function listRepositoryFiles(root: RepositoryRoot, kind: RepositoryFileKind): string[] {
  const folder = join(root.dir, kind === 'incident' ? root.folders.incidents : root.folders.postmortems);
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() || entry.isSymbolicLink())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
  const inFolder = names.filter((name) => classifyPath(`${kind === 'incident' ? root.folders.incidents : root.folders.postmortems}/${name}`, root.folders) === kind);
  return sortNames(inFolder).map((name) => join(folder, name));
}

/** The path relative to the repository root, with forward slashes. */
export function repositoryPath(root: RepositoryRoot, path: string): string {
  return relative(root.dir, path).split(sep).join('/');
}

// A path with nothing to normalise: no empty, `.` or `..` segment, no trailing separator.
const NORMAL_POSIX_PATH = /^\/(?!.*(?:\/\/|\/\.\.?(?:\/|$)|\/$))/;

/** A path as the user should see it: relative to the working directory, forward slashes. */
export function displayPath(path: string, cwd = process.cwd()): string {
  // The common case, a file under the working directory, without path.relative's resolving (it
  // shows in the time to check a large repository).
  if (sep === '/' && path.startsWith(cwd) && path[cwd.length] === '/' && NORMAL_POSIX_PATH.test(path) && NORMAL_POSIX_PATH.test(cwd)) {
    return path.slice(cwd.length + 1);
  }
  return relative(cwd, path).split(sep).join('/') || '.';
}

/** Whether `path` is `dir` or inside it. */
export function isWithin(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

const collator = new Intl.Collator('en', { numeric: true });
const PLAIN_NAME = /^INC-(\d{1,15})\.md$/;

/** INC-2 before INC-10, also as paths in the same folder. */
export function naturalOrder(a: string, b: string): number {
  // The common case, two plain file names (alone or in the same folder), without the collator
  // (sorting 10,000 names is then quick). Their common folder orders them alike either way.
  const cut = a.lastIndexOf(sep) + 1;
  const sameFolder = cut === b.lastIndexOf(sep) + 1 && (cut === 0 || a.startsWith(b.slice(0, cut)));
  const x = sameFolder ? PLAIN_NAME.exec(cut ? a.slice(cut) : a) : null;
  const y = x && PLAIN_NAME.exec(cut ? b.slice(cut) : b);
  if (x && y) return Number(x[1]) - Number(y[1]) || collator.compare(a, b);
  return collator.compare(a, b);
}

/** File names in `naturalOrder`, each plain name's number read once rather than at every comparison. */
function sortNames(names: readonly string[]): string[] {
  const keyed = names.map((name) => {
    const plain = PLAIN_NAME.exec(name);
    return { name, number: plain ? Number(plain[1]) : undefined };
  });
  keyed.sort((a, b) =>
    a.number !== undefined && b.number !== undefined ? a.number - b.number || collator.compare(a.name, b.name) : collator.compare(a.name, b.name),
  );
  return keyed.map((k) => k.name);
}

/** The ids the incident files' names give (`INC-42` for `INC-42.md`), in no particular order. */
export function incidentIdsByName(root: RepositoryRoot): string[] {
  const folder = join(root.dir, root.folders.incidents);
  try {
    return readdirSync(folder).flatMap((name) => incidentIdOfFileName(name) ?? []);
  } catch {
    return [];
  }
}
