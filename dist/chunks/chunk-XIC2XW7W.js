import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  CONFIG_PATH,
  classifyPath,
  configuredFolders
} from "./chunk-3Z5CGGDQ.js";
import {
  incidentIdOfFileName
} from "./chunk-DO73POIR.js";

// src/core/diagnostics.ts
function formatDiagnostic(d) {
  return `${d.path}:${d.line}:${d.column}: ${d.message}`;
}
function formatAnnotation(d) {
  const escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  return `::error file=${escapeProperty(d.path)},line=${d.line},col=${d.column}::${escapeData(d.message)}`;
}

// src/workspace/repository.ts
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";
var DEFAULT_FOLDERS = configuredFolders(null);
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", "dist", "coverage"]);
function rootAt(dir, configFile) {
  const configText = configFile ? readFileSync(configFile, "utf8") : null;
  return { dir, configFile, configText, folders: configuredFolders(configText) };
}
function isFile(path) {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}
function findRepositoryRoot(start) {
  for (let dir = start; ; dir = dirname(dir)) {
    const config = join(dir, CONFIG_PATH);
    if (isFile(config)) return rootAt(dir, config);
    if (existsSync(join(dir, ".git"))) return rootAt(dir, null);
    if (dirname(dir) === dir) break;
  }
  const name = basename(start);
  return rootAt(name === DEFAULT_FOLDERS.incidents || name === DEFAULT_FOLDERS.postmortems ? dirname(start) : start, null);
}
function findNestedRoots(dir) {
  const found = [];
  const walk = (current) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || SKIPPED_DIRS.has(entry.name)) continue;
      if (entry.name.startsWith(".") && entry.name !== ".github") continue;
      const child = join(current, entry.name);
      if (entry.name !== ".github" && isFile(join(child, CONFIG_PATH))) found.push(rootAt(child, join(child, CONFIG_PATH)));
      walk(child);
    }
  };
  walk(dir);
  return found;
}
function listRepositoryFiles(root, kind) {
  const folder = join(root.dir, kind === "incident" ? root.folders.incidents : root.folders.postmortems);
  let names;
  try {
    names = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile() || entry.isSymbolicLink()).map((entry) => entry.name);
  } catch {
    return [];
  }
  const inFolder = names.filter((name) => classifyPath(`${kind === "incident" ? root.folders.incidents : root.folders.postmortems}/${name}`, root.folders) === kind);
  return sortNames(inFolder).map((name) => join(folder, name));
}
function repositoryPath(root, path) {
  return relative(root.dir, path).split(sep).join("/");
}
var NORMAL_POSIX_PATH = /^\/(?!.*(?:\/\/|\/\.\.?(?:\/|$)|\/$))/;
function displayPath(path, cwd = process.cwd()) {
  if (sep === "/" && path.startsWith(cwd) && path[cwd.length] === "/" && NORMAL_POSIX_PATH.test(path) && NORMAL_POSIX_PATH.test(cwd)) {
    return path.slice(cwd.length + 1);
  }
  return relative(cwd, path).split(sep).join("/") || ".";
}
function isWithin(path, dir) {
  const rel = relative(dir, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
var collator = new Intl.Collator("en", { numeric: true });
var PLAIN_NAME = /^INC-(\d{1,15})\.md$/;
function naturalOrder(a, b) {
  const cut = a.lastIndexOf(sep) + 1;
  const sameFolder = cut === b.lastIndexOf(sep) + 1 && (cut === 0 || a.startsWith(b.slice(0, cut)));
  const x = sameFolder ? PLAIN_NAME.exec(cut ? a.slice(cut) : a) : null;
  const y = x && PLAIN_NAME.exec(cut ? b.slice(cut) : b);
  if (x && y) return Number(x[1]) - Number(y[1]) || collator.compare(a, b);
  return collator.compare(a, b);
}
function sortNames(names) {
  const keyed = names.map((name) => {
    const plain = PLAIN_NAME.exec(name);
    return { name, number: plain ? Number(plain[1]) : void 0 };
  });
  keyed.sort(
    (a, b) => a.number !== void 0 && b.number !== void 0 ? a.number - b.number || collator.compare(a.name, b.name) : collator.compare(a.name, b.name)
  );
  return keyed.map((k) => k.name);
}
function incidentIdsByName(root) {
  const folder = join(root.dir, root.folders.incidents);
  try {
    return readdirSync(folder).flatMap((name) => incidentIdOfFileName(name) ?? []);
  } catch {
    return [];
  }
}

export {
  formatDiagnostic,
  formatAnnotation,
  findRepositoryRoot,
  findNestedRoots,
  listRepositoryFiles,
  repositoryPath,
  displayPath,
  isWithin,
  naturalOrder,
  incidentIdsByName
};
