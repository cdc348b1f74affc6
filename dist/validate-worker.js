import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  checkFiles
} from "./chunks/chunk-A6WJWQNE.js";
import "./chunks/chunk-JW7RLJ7C.js";
import "./chunks/chunk-PKQRKZCD.js";
import "./chunks/chunk-LAXFPWU7.js";
import "./chunks/chunk-TFTM3B4I.js";
import "./chunks/chunk-AGHF5XFR.js";
import "./chunks/chunk-5OK6X64Z.js";
import "./chunks/chunk-NQHDXQG3.js";
import "./chunks/chunk-UYAZPNRW.js";
import "./chunks/chunk-O6QHYEXM.js";

// src/workspace/validate-worker.ts
import { parentPort } from "node:worker_threads";
parentPort?.on("message", (message) => {
  parentPort?.postMessage({ batch: message.batch, result: checkFiles(message.files) });
});
