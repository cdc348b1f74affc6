import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-DPC5VWB2.js";
import {
  __toESM
} from "./chunk-O6QHYEXM.js";

// src/core/catalog.ts
var import_yaml = __toESM(require_dist(), 1);
