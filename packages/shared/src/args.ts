import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Bad command-line usage: the message says what was wrong; the usage is printed with it. Exit 2. */
export class UsageError extends Error {
  constructor(message: string, readonly usage: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * `parseArgs` (strict unless told otherwise) whose complaints (unknown option, missing value, extra argument)
 * become a UsageError carrying the command's usage.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError(error.message, usage);
    }
    throw error;
  }
}
