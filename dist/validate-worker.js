import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  checkFiles
} from "./chunks/chunk-HLOJD6YM.js";
import "./chunks/chunk-BMXYEJXB.js";
import "./chunks/chunk-PKQRKZCD.js";
import "./chunks/chunk-LAXFPWU7.js";
import "./chunks/chunk-L4KGT2IR.js";
import "./chunks/chunk-FTU27ZB3.js";
import "./chunks/chunk-X6PSZWZ4.js";
import "./chunks/chunk-UYAZPNRW.js";
import "./chunks/chunk-O6QHYEXM.js";

// src/workspace/validate-worker.ts
import { parentPort } from "node:worker_threads";
parentPort?.on("message", (message) => {
  parentPort?.postMessage({ batch: message.batch, result: checkFiles(message.files) });
});
