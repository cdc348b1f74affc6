import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  checkFiles
} from "./chunks/chunk-PYZV5XTA.js";
import "./chunks/chunk-3Z5CGGDQ.js";
import "./chunks/chunk-DA3V3GIL.js";
import "./chunks/chunk-DO73POIR.js";
import "./chunks/chunk-DPC5VWB2.js";
import "./chunks/chunk-L3D5IAE5.js";
import "./chunks/chunk-O6QHYEXM.js";

// src/workspace/validate-worker.ts
import { parentPort } from "node:worker_threads";
parentPort?.on("message", (message) => {
  parentPort?.postMessage({ batch: message.batch, result: checkFiles(message.files) });
});
