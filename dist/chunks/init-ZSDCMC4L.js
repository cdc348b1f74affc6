import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  INIT_FILES,
  INIT_SLACK_FILE,
  INIT_USAGE,
  initCommand,
  initFiles
} from "./chunk-6ON5EPFD.js";
import "./chunk-OUX7RQ2J.js";
import "./chunk-O6QHYEXM.js";
export {
  INIT_FILES,
  INIT_SLACK_FILE,
  INIT_USAGE,
  initCommand,
  initFiles
};
