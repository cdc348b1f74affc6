import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  INIT_FILES,
  INIT_USAGE,
  initCommand,
  initFiles
} from "./chunk-SO55Z5SS.js";
import "./chunk-QZUPDDK7.js";
import "./chunk-O6QHYEXM.js";
export {
  INIT_FILES,
  INIT_USAGE,
  initCommand,
  initFiles
};
