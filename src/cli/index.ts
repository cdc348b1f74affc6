#!/usr/bin/env node
import { main } from './main.js';

// The `sitrep` bin: exit codes come from the subcommand; output is flushed before exit.
process.exitCode = await main(process.argv.slice(2));
