// Benchmark: `sitrep report` (text, --json, --html) beside `sitrep validate` on the same corpus.
//
//   node bench/report.mjs [--files 10000] [--keep]
//
// Generates the corpus (every second incident published, every 10th hand-edited), runs the CLI as
// scripts/build.mjs builds it, once each, and prints wall time, CPU time, peak RSS and the ratio.
// Goal: at most 1.5× validate's wall time, under 200 MiB, for each form.
import { runBeside } from './lib/beside.mjs';

const goal = { ratio: 1.5, rssMiB: 200 };
await runBeside([
  ['report', ['report', '.'], goal],
  ['report --json', ['report', '--json', '.'], goal],
  ['report --html page.html', ['report', '--html', '{work}/page.html', '.'], goal],
]);
