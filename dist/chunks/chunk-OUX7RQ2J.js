import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);

// packages/shared/src/args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
  constructor(message, usage) {
    super(message);
    this.usage = usage;
    this.name = "UsageError";
  }
  usage;
};
function parseCommandArgs(config, usage) {
  try {
    return parseArgs(config);
  } catch (error) {
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      throw new UsageError(error.message, usage);
    }
    throw error;
  }
}

export {
  UsageError,
  parseCommandArgs
};
