import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  checkRepositoryFilePrecisely,
  checkRepositoryFileQuickly
} from "./chunk-3Z5CGGDQ.js";
import {
  scanFrontMatterIds
} from "./chunk-DA3V3GIL.js";

// src/workspace/check-files.ts
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
var HEAD_BYTES = 4096;
var FIRST_HEAD_BYTES = 1024;
var headBuffer;
function readHead(path, bytes) {
  headBuffer ??= Buffer.allocUnsafe(HEAD_BYTES);
  const fd = openSync(path, "r");
  try {
    const length = readSync(fd, headBuffer, 0, bytes, 0);
    if (length < bytes) return { text: headBuffer.toString("utf8", 0, length), cut: false };
    return { text: headBuffer.toString("utf8", 0, headBuffer.lastIndexOf(10, length - 1) + 1), cut: true };
  } finally {
    closeSync(fd);
  }
}
function readIds(file) {
  const keys = file.kind === "postmortem" ? ["id", "incident"] : ["id"];
  const first = readHead(file.path, FIRST_HEAD_BYTES);
  const ids = scanFrontMatterIds(first.text, keys);
  if (!first.cut || keys.every((key) => ids[key])) return ids;
  return scanFrontMatterIds(readHead(file.path, HEAD_BYTES).text, keys);
}
function checkFiles(files, options = {}) {
  const { cache, deferPrecise = false } = options;
  const batch = { reports: [], unreadable: [], quick: 0, precise: 0, cached: 0, idsOnly: 0, deferred: [] };
  for (const file of files) {
    let text = "";
    let ids = {};
    try {
      if (file.idsOnly) ids = readIds(file);
      else text = readFileSync(file.path, "utf8");
    } catch (error) {
      batch.unreadable.push({ path: file.shown, line: 1, column: 1, message: `cannot read the file: ${error.message}` });
      continue;
    }
    if (file.idsOnly) {
      const report = { path: file.shown, kind: file.kind, problems: [] };
      if (ids.id) report.id = ids.id;
      if (file.kind === "postmortem" && ids.incident) report.incident = ids.incident;
      batch.reports.push(report);
      batch.idsOnly++;
      continue;
    }
    const toCheck = { path: file.shown, text, kind: file.kind };
    if (deferPrecise && !cache) {
      const quick = checkRepositoryFileQuickly(toCheck);
      if (quick) batch.quick++;
      else batch.deferred.push({ index: batch.reports.length, file: { ...file, precise: true } });
      batch.reports.push(quick ?? { path: file.shown, kind: file.kind, problems: [] });
      continue;
    }
    let fresh = false;
    const check = () => {
      fresh = true;
      const quick = file.precise ? void 0 : checkRepositoryFileQuickly(toCheck);
      if (quick) batch.quick++;
      else batch.precise++;
      return quick ?? checkRepositoryFilePrecisely(toCheck);
    };
    batch.reports.push(cache ? cache.report(file.path, file.shown, file.kind, text, check) : check());
    if (!fresh) batch.cached++;
  }
  return batch;
}

export {
  checkFiles
};
