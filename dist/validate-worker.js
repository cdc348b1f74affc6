import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  checkFiles
} from "./chunks/chunk-LE5YYZFV.js";
import "./chunks/chunk-ZOSFHYV4.js";
import "./chunks/chunk-6GUVCGNC.js";
import "./chunks/chunk-LAXFPWU7.js";
import "./chunks/chunk-BCPWSV6H.js";
import "./chunks/chunk-KLA4TNA5.js";
import "./chunks/chunk-X6PSZWZ4.js";
import "./chunks/chunk-UYAZPNRW.js";
import "./chunks/chunk-O6QHYEXM.js";

// src/workspace/validate-worker.ts
import { parentPort } from "node:worker_threads";
parentPort?.on("message", (message) => {
  parentPort?.postMessage({ batch: message.batch, result: checkFiles(message.files) });
});
