import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseCommandArgs, UsageError } from '@sitrep/shared/args';
import { checkConfig, CONFIG_PATH } from '../core/config.js';
import { formatDiagnostic, type Diagnostic } from '../core/diagnostics.js';
import { parseIncident, type IncidentDocument } from '../core/incident-file.js';
import { buildReport, renderReportText } from '../core/report.js';
import { isRfc3339, toMillis } from '../core/time.js';
import { displayPath, findRepositoryRoot, listRepositoryFiles } from '../workspace/repository.js';

export const REPORT_USAGE = `Usage: sitrep report [dir] [--json] [--html <file>] [--as-of <time>]

Metrics from the incident files of the repository that holds dir (default: the current
directory): counts by severity, status and type; mean and median time to acknowledge (MTTA),
to mitigate and to resolve (MTTR), from declaration; how updates kept to the cadence
(updates made against those due, late and missed), replayed from each incident's Log; per
month, incidents by severity, MTTA and MTTR (median and p90) and the cadence kept; and the
incidents caused by a change (caused_by), per service and per month.

Options:
  --json            print the report as JSON (durations in milliseconds)
  --html <file>     also write the report as one self-contained HTML page with charts
                    (inline SVG, no scripts, nothing fetched); internal, not for the status page
  --as-of <time>    compute as of this RFC 3339 time instead of now (open incidents owe
                    updates up to it), e.g. 2026-12-31T00:00:00Z
  -h, --help        show this help

Files that are not valid incidents are left out and named on stderr (see sitrep validate).
Exit status: 0 report printed, 1 the configuration is invalid or the page cannot be written,
2 bad usage.
`;

/** `sitrep report [dir] [--json] [--html <file>] [--as-of <time>]` */
export async function reportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    {
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        json: { type: 'boolean' },
        html: { type: 'string' },
        'as-of': { type: 'string' },
      },
    },
    REPORT_USAGE,
  );
  if (values.help) {
    process.stdout.write(REPORT_USAGE);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`one folder at most, got ${positionals.length}: ${positionals.join(' ')}`, REPORT_USAGE);
  const given = positionals[0] ?? '.';
  const dir = resolve(given);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`not a folder: ${given}`, REPORT_USAGE);
  const asOf = values['as-of'];
  if (asOf !== undefined && !isRfc3339(asOf)) {
    throw new UsageError(`--as-of "${asOf}" is not an RFC 3339 time; write it as 2026-12-31T00:00:00Z`, REPORT_USAGE);
  }
  const now = asOf === undefined ? Date.now() : toMillis(asOf);
  const html = values.html;
  if (html !== undefined && (html === '' || html.startsWith('-'))) throw new UsageError(`--html needs a file to write, e.g. --html report.html`, REPORT_USAGE);

  const root = findRepositoryRoot(dir);
  const configPath = root.configFile ? displayPath(root.configFile) : CONFIG_PATH;
  const { config, problems: configProblems } = checkConfig(root.configText, configPath);
  if (!config) {
    process.stderr.write(`${configProblems.map(formatDiagnostic).join('\n')}\nsitrep report: the configuration is invalid; fix it first (sitrep validate ${configPath})\n`);
    return 1;
  }

  const incidents: IncidentDocument[] = [];
  const skipped: Diagnostic[] = [];
  for (const path of listRepositoryFiles(root, 'incident')) {
    const shown = displayPath(path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      skipped.push({ path: shown, line: 1, column: 1, message: `cannot read the file: ${(error as Error).message}` });
      continue;
    }
    const { document, problems } = parseIncident(text, shown);
    if (document) incidents.push(document);
    else skipped.push(problems[0] ?? { path: shown, line: 1, column: 1, message: 'not a valid incident file' });
  }
  for (const problem of skipped) process.stderr.write(`sitrep report: left out ${formatDiagnostic(problem)}\n`);

  const report = buildReport(incidents, config, now);
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderReportText(report));
  if (html !== undefined) {
    // Plot and its d3 modules load only when a page is asked for.
    const { renderReportHtml } = await import('../site/report-page.js');
    const out = resolve(html);
    try {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, renderReportHtml(report));
    } catch (error) {
      process.stderr.write(`sitrep report: cannot write ${html}: ${(error as Error).message}\n`);
      return 1;
    }
    process.stderr.write(`sitrep report: wrote ${html}\n`);
  }
  return 0;
}
