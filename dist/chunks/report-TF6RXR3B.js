import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  computeMetrics
} from "./chunk-MFHMNXVU.js";
import {
  displayPath,
  findRepositoryRoot,
  formatDiagnostic,
  listRepositoryFiles
} from "./chunk-XIC2XW7W.js";
import {
  CONFIG_PATH,
  checkConfig
} from "./chunk-3Z5CGGDQ.js";
import {
  parseIncident
} from "./chunk-DA3V3GIL.js";
import {
  STATUSES,
  formatTimestamp,
  isRfc3339,
  toMillis
} from "./chunk-DO73POIR.js";
import "./chunk-DPC5VWB2.js";
import {
  UsageError,
  parseCommandArgs
} from "./chunk-OUX7RQ2J.js";
import {
  formatDuration
} from "./chunk-L3D5IAE5.js";
import "./chunk-O6QHYEXM.js";

// src/cli/report.ts
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

// src/core/report.ts
var ID_ORDER = new Intl.Collator("en", { numeric: true });
var NO_SERVICE = "(no service)";
function durationStat(values) {
  const known = values.filter((v) => v !== null).sort((a, b) => a - b);
  if (!known.length) return { count: 0, meanMs: null, medianMs: null, maxMs: null };
  const middle = Math.floor(known.length / 2);
  const median = known.length % 2 ? known[middle] : (known[middle - 1] + known[middle]) / 2;
  return {
    count: known.length,
    meanMs: Math.round(known.reduce((a, b) => a + b, 0) / known.length),
    medianMs: Math.round(median),
    maxMs: known.at(-1)
  };
}
function percentiles(values) {
  const known = values.filter((v) => v !== null).sort((a, b) => a - b);
  if (!known.length) return { count: 0, medianMs: null, p90Ms: null };
  const middle = Math.floor(known.length / 2);
  const median = known.length % 2 ? known[middle] : (known[middle - 1] + known[middle]) / 2;
  return { count: known.length, medianMs: Math.round(median), p90Ms: known[Math.ceil(0.9 * known.length) - 1] };
}
function cadenceKept(lines) {
  const updates = lines.reduce(
    (sum, line) => ({
      made: sum.made + line.updates.made,
      due: sum.due + line.updates.due,
      late: sum.late + line.updates.late,
      missed: sum.missed + line.updates.missed
    }),
    { made: 0, due: 0, late: 0, missed: 0 }
  );
  const onTime = updates.made - updates.late;
  return { ...updates, onTime, keptRatio: updates.due ? onTime / updates.due : null };
}
function group(lines) {
  return {
    incidents: lines.length,
    timeToAcknowledge: durationStat(lines.map((l) => l.timeToAcknowledgeMs)),
    timeToMitigate: durationStat(lines.map((l) => l.timeToMitigateMs)),
    timeToResolve: durationStat(lines.map((l) => l.timeToResolveMs)),
    updates: cadenceKept(lines)
  };
}
function monthOf(timestamp) {
  return timestamp.slice(0, 7);
}
function monthRange(first, last) {
  const months = [];
  let [year, month] = first.split("-").map(Number);
  for (let guard = 0; guard < 1200; guard++) {
    const name = `${year}-${String(month).padStart(2, "0")}`;
    months.push(name);
    if (name >= last) break;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}
function byMonth(lines, severities) {
  const first = lines[0];
  const last = lines.at(-1);
  if (!first || !last) return [];
  const grouped = /* @__PURE__ */ new Map();
  for (const line of lines) {
    const month = monthOf(line.declaredAt);
    const these = grouped.get(month);
    if (these) these.push(line);
    else grouped.set(month, [line]);
  }
  return monthRange(monthOf(first.declaredAt), monthOf(last.declaredAt)).map((month) => {
    const these = grouped.get(month) ?? [];
    const bySeverity = Object.fromEntries(severities.map((name) => [name, 0]));
    for (const line of these) bySeverity[line.severity] = (bySeverity[line.severity] ?? 0) + 1;
    return {
      month,
      incidents: these.length,
      bySeverity,
      causedByChange: these.filter((l) => l.causedBy.length > 0).length,
      timeToAcknowledge: percentiles(these.map((l) => l.timeToAcknowledgeMs)),
      timeToResolve: percentiles(these.map((l) => l.timeToResolveMs)),
      updates: cadenceKept(these)
    };
  });
}
function causedByChange(lines) {
  const byService = {};
  for (const line of lines) {
    for (const service of line.services.length ? new Set(line.services) : [NO_SERVICE]) {
      const entry = byService[service] ??= { incidents: 0, causedByChange: 0 };
      entry.incidents++;
      if (line.causedBy.length) entry.causedByChange++;
    }
  }
  const sorted = Object.fromEntries(Object.entries(byService).sort(([a], [b]) => a === NO_SERVICE ? 1 : b === NO_SERVICE ? -1 : a.localeCompare(b)));
  const caused = lines.filter((l) => l.causedBy.length > 0).length;
  return { incidents: caused, share: lines.length ? caused / lines.length : null, byService: sorted };
}
function buildReport(incidents, config, now) {
  const lines = [];
  for (const { record, log } of incidents) {
    const metrics = computeMetrics({ record, log, config, now });
    lines.push({
      id: record.id,
      title: record.title,
      severity: record.severity,
      status: record.status,
      type: record.type,
      declaredAt: record.declared_at,
      services: [...record.services],
      causedBy: [...record.caused_by ?? []],
      timeToAcknowledgeMs: metrics.timeToAcknowledge,
      timeToMitigateMs: metrics.timeToMitigate,
      timeToResolveMs: metrics.timeToResolve,
      updates: metrics.updates
    });
  }
  const declared = new Map(lines.map((line) => [line, Date.parse(line.declaredAt)]));
  lines.sort((a, b) => declared.get(a) - declared.get(b) || ID_ORDER.compare(a.id, b.id));
  const severities = [...config.severities.map((s) => s.name)];
  for (const line of lines) if (!severities.includes(line.severity)) severities.push(line.severity);
  const severity = Object.fromEntries(severities.map((s) => [s, 0]));
  const status = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  const type = { incident: 0, security: 0 };
  for (const line of lines) {
    severity[line.severity] = (severity[line.severity] ?? 0) + 1;
    status[line.status] += 1;
    type[line.type] = (type[line.type] ?? 0) + 1;
  }
  const bySeverity = {};
  for (const name of severities) bySeverity[name] = group(lines.filter((l) => l.severity === name));
  const first = lines[0];
  const last = lines.at(-1);
  return {
    asOf: formatTimestamp(now),
    incidents: lines.length,
    declared: first && last ? { from: first.declaredAt, to: last.declaredAt } : null,
    counts: { severity, status, type },
    all: group(lines),
    bySeverity,
    causedByChange: causedByChange(lines),
    months: byMonth(lines, severities),
    perIncident: lines
  };
}
function span(ms) {
  if (ms === null) return "\u2014";
  return ms < 6e4 ? "< 1m" : formatDuration(ms);
}
function stat(s) {
  return s.count ? `${span(s.meanMs)} / ${span(s.medianMs)}` : "\u2014";
}
function percent(ratio) {
  return ratio === null ? "\u2014" : `${Math.round(ratio * 100)}%`;
}
function columns(rows, numeric) {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows.map((row) => row.map((cell, i) => numeric.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)).join("  ").trimEnd()).join("\n");
}
function counts(record) {
  const shown = Object.entries(record).filter(([, n]) => n > 0);
  return shown.length ? shown.map(([name, n]) => `${name} ${n}`).join(", ") : "none";
}
function p50p90(s) {
  return s.count ? `${span(s.medianMs)} / ${span(s.p90Ms)}` : "\u2014";
}
function monthsTable(report) {
  const severities = Object.entries(report.counts.severity).filter(([, n]) => n > 0).map(([name]) => name);
  const header = ["Month", "Incidents", ...severities, "Caused by change", "MTTA", "MTTR", "Updates on time/due", "Kept"];
  const rows = report.months.map((m) => [
    m.month,
    String(m.incidents),
    ...severities.map((name) => String(m.bySeverity[name] ?? 0)),
    String(m.causedByChange),
    p50p90(m.timeToAcknowledge),
    p50p90(m.timeToResolve),
    `${m.updates.onTime}/${m.updates.due}`,
    percent(m.updates.keptRatio)
  ]);
  const numeric = /* @__PURE__ */ new Set([1, ...severities.map((_, i) => 2 + i), 2 + severities.length, 6 + severities.length]);
  return columns([header, ...rows], numeric);
}
function servicesTable(report) {
  const rows = Object.entries(report.causedByChange.byService).map(([name, s]) => [name, String(s.incidents), String(s.causedByChange)]);
  return columns([["Service", "Incidents", "Caused by change"], ...rows], /* @__PURE__ */ new Set([1, 2]));
}
function renderReportText(report) {
  if (!report.incidents) return `No incidents (as of ${report.asOf}).
`;
  const period = report.declared ? `declared ${report.declared.from.slice(0, 10)} to ${report.declared.to.slice(0, 10)}` : "";
  const header = ["", "Incidents", "Acknowledge", "Mitigate", "Resolve", "Updates made/due", "Late", "Missed", "On time"];
  const row = (name, g) => [
    name,
    String(g.incidents),
    stat(g.timeToAcknowledge),
    stat(g.timeToMitigate),
    stat(g.timeToResolve),
    `${g.updates.made}/${g.updates.due}`,
    String(g.updates.late),
    String(g.updates.missed),
    percent(g.updates.keptRatio)
  ];
  const rows = [
    header,
    ...Object.entries(report.bySeverity).filter(([, g]) => g.incidents > 0).map(([name, g]) => row(name, g)),
    row("All", report.all)
  ];
  const { updates } = report.all;
  return [
    `${report.incidents} incident${report.incidents === 1 ? "" : "s"}, ${period} (as of ${report.asOf})`,
    "",
    `By severity:  ${counts(report.counts.severity)}`,
    `By status:    ${counts(report.counts.status)}`,
    `By type:      ${counts(report.counts.type)}`,
    "",
    "Times from declaration, mean / median (acknowledge = MTTA, resolve = MTTR):",
    "",
    columns(rows, /* @__PURE__ */ new Set([1, 5, 6, 7, 8])),
    "",
    `Cadence kept: ${updates.onTime} of ${updates.due} updates due were made on time (${percent(updates.keptRatio)}); ${updates.late} late, ${updates.missed} missed.`,
    "",
    "By month of declaration (MTTA and MTTR as median / p90; an incident's updates count in its month):",
    "",
    monthsTable(report),
    "",
    `Caused by a change (caused_by): ${report.causedByChange.incidents} of ${report.incidents} incidents (${percent(report.causedByChange.share)}).`,
    "",
    servicesTable(report),
    ""
  ].join("\n");
}

// src/cli/report.ts
var REPORT_USAGE = `Usage: sitrep report [dir] [--json] [--html <file>] [--as-of <time>]

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
async function reportCommand(argv) {
  const { values, positionals } = parseCommandArgs(
    {
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: "boolean", short: "h" },
        json: { type: "boolean" },
        html: { type: "string" },
        "as-of": { type: "string" }
      }
    },
    REPORT_USAGE
  );
  if (values.help) {
    process.stdout.write(REPORT_USAGE);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`one folder at most, got ${positionals.length}: ${positionals.join(" ")}`, REPORT_USAGE);
  const given = positionals[0] ?? ".";
  const dir = resolve(given);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`not a folder: ${given}`, REPORT_USAGE);
  const asOf = values["as-of"];
  if (asOf !== void 0 && !isRfc3339(asOf)) {
    throw new UsageError(`--as-of "${asOf}" is not an RFC 3339 time; write it as 2026-12-31T00:00:00Z`, REPORT_USAGE);
  }
  const now = asOf === void 0 ? Date.now() : toMillis(asOf);
  const html = values.html;
  if (html !== void 0 && (html === "" || html.startsWith("-"))) throw new UsageError(`--html needs a file to write, e.g. --html report.html`, REPORT_USAGE);
  const root = findRepositoryRoot(dir);
  const configPath = root.configFile ? displayPath(root.configFile) : CONFIG_PATH;
  const { config, problems: configProblems } = checkConfig(root.configText, configPath);
  if (!config) {
    process.stderr.write(`${configProblems.map(formatDiagnostic).join("\n")}
sitrep report: the configuration is invalid; fix it first (sitrep validate ${configPath})
`);
    return 1;
  }
  const skipped = [];
  function* incidents() {
    for (const path of listRepositoryFiles(root, "incident")) {
      const shown = displayPath(path);
      let text;
      try {
        text = readFileSync(path, "utf8");
      } catch (error) {
        skipped.push({ path: shown, line: 1, column: 1, message: `cannot read the file: ${error.message}` });
        continue;
      }
      const { document, problems } = parseIncident(text, shown);
      if (document) yield document;
      else skipped.push(problems[0] ?? { path: shown, line: 1, column: 1, message: "not a valid incident file" });
    }
  }
  const report = buildReport(incidents(), config, now);
  for (const problem of skipped) process.stderr.write(`sitrep report: left out ${formatDiagnostic(problem)}
`);
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}
` : renderReportText(report));
  if (html !== void 0) {
    const { renderReportHtml } = await import("./report-page-DEZDP2VO.js");
    const out = resolve(html);
    try {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, renderReportHtml(report));
    } catch (error) {
      process.stderr.write(`sitrep report: cannot write ${html}: ${error.message}
`);
      return 1;
    }
    process.stderr.write(`sitrep report: wrote ${html}
`);
  }
  return 0;
}
export {
  REPORT_USAGE,
  reportCommand
};
