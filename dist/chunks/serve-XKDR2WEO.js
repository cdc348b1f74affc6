import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  untilStopped
} from "./chunk-OEJN7C6V.js";
import {
  createSandbox,
  readSeedFile
} from "./chunk-4L5MAWFB.js";
import "./chunk-DPC5VWB2.js";
import "./chunk-O6QHYEXM.js";

// packages/sandbox/src/serve.ts
var USAGE = "usage: sitrep sandbox [--port N] [--seed file.(json|yml)]";
function parseArgs(argv) {
  let port = 0;
  let seedPath;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, void 0];
    const value = () => inline ?? argv[++i];
    if (flag === "--port") {
      const raw = value();
      const parsed = Number(raw);
      if (raw === void 0 || !Number.isInteger(parsed) || parsed < 0 || parsed > 65535) return `--port needs a number from 0 to 65535, got ${raw ?? "nothing"}`;
      port = parsed;
    } else if (flag === "--seed") {
      seedPath = value();
      if (!seedPath) return "--seed needs a file";
    } else if (flag === "--help" || flag === "-h") {
      return "help";
    } else return `unknown argument ${arg}`;
  }
  return { port, seedPath };
}
async function sandboxCommand(argv, options = {}) {
  const out = options.out ?? ((line) => process.stdout.write(`${line}
`));
  const err = options.err ?? ((line) => process.stderr.write(`${line}
`));
  const args = parseArgs(argv);
  if (typeof args === "string") {
    if (args === "help") {
      out(USAGE);
      return 0;
    }
    err(`sitrep sandbox: ${args}
${USAGE}`);
    return 2;
  }
  let seed;
  try {
    seed = args.seedPath ? await readSeedFile(args.seedPath) : void 0;
  } catch (error) {
    err(`sitrep sandbox: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  let sandbox;
  try {
    sandbox = await createSandbox({ ...seed ? { seed } : {}, port: args.port, clock: { ticking: true, ...seed?.clock ? { start: seed.clock } : {} } });
  } catch (error) {
    err(`sitrep sandbox: cannot start: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  out(`SANDBOX_URL=${sandbox.url}`);
  out(`SANDBOX_TOKEN=${sandbox.token}`);
  err(`Serving ${sandbox.defaultRepo} as alice (admin); the Actions bot token is ${sandbox.botToken}. Stop with Ctrl-C.`);
  options.onReady?.(sandbox);
  await untilStopped(options.signal);
  const recorded = sandbox.violations.all;
  await sandbox.close({ ignoreViolations: true });
  if (recorded.length > 0) {
    err(`The sandbox recorded ${recorded.length} violation(s) of GitHub's API descriptions:`);
    for (const violation of recorded) err(`- ${violation.message} (${violation.method} ${violation.path})`);
  }
  return 0;
}
export {
  sandboxCommand
};
