// Benchmark: `sitrep status-page` beside `sitrep validate` on the same corpus.
//
//   node bench/site.mjs [--files 10000] [--keep]
//
// Generates the corpus (every second incident published, every 10th hand-edited), runs the CLI as
// scripts/build.mjs builds it, once each, and prints wall time, CPU time, peak RSS and the ratio.
// Goal: at most 2× validate's wall time, under 250 MiB.
import { runBeside } from './lib/beside.mjs';

await runBeside([['status-page --out site', ['status-page', '--out', '{work}/site', '.'], { ratio: 2, rssMiB: 250 }]]);
