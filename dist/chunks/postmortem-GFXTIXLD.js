import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  computeMetrics,
  responders,
  severityOf,
  timelineRows
} from "./chunk-MFHMNXVU.js";
import {
  displayPath,
  findRepositoryRoot,
  formatDiagnostic
} from "./chunk-XIC2XW7W.js";
import {
  CONFIG_PATH,
  checkConfig
} from "./chunk-3Z5CGGDQ.js";
import "./chunk-LMH7OLQC.js";
import {
  parseIncident,
  stringifyFrontMatter
} from "./chunk-DA3V3GIL.js";
import {
  INCIDENT_ID_PATTERN,
  STATUSES,
  actionItemKey,
  defuseMentions,
  embeddableMarkdown,
  findSection,
  formatTimestamp,
  incidentId,
  isBotLogin,
  isLogin,
  issueNumberOf,
  parseActionItems,
  parseMarkdown,
  remarkFrontmatter,
  remarkGfm,
  remarkStringify,
  roleHolders,
  stringifyMarkdown,
  toMillis,
  toString,
  unified
} from "./chunk-DO73POIR.js";
import {
  require_dist
} from "./chunk-DPC5VWB2.js";
import {
  UsageError,
  parseCommandArgs
} from "./chunk-OUX7RQ2J.js";
import {
  formatDuration
} from "./chunk-L3D5IAE5.js";
import {
  __toESM
} from "./chunk-O6QHYEXM.js";

// src/cli/postmortem.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

// src/core/postmortem/input.ts
var POSTMORTEM_REQUESTED = "requested";
function postmortemPath(config, id) {
  return `${config.paths.postmortems}/${id}.md`;
}

// src/core/postmortem/render.ts
import { posix } from "node:path";

// src/core/suspect-changes.ts
var SUSPECT_CHANGES_TITLE = "Changes in the impact window";
var SUSPECT_CHANGES_REGION = "changes";
var SUSPECT_CHANGES_LIMIT = 50;
var NO_ACCESS = "no access";
function suspectWindow(record, config, now) {
  const from = record.started_at ? toMillis(record.started_at) - config.changes.windowBefore : toMillis(record.declared_at);
  const end = record.mitigated_at ?? record.resolved_at;
  const to = end ? toMillis(end) : now;
  return { from: formatTimestamp(from), to: formatTimestamp(Math.max(from, to)) };
}
var POSTMORTEM_PULL = new RegExp(`^Postmortem: ${INCIDENT_ID_PATTERN} `);
function isUnreadable(result) {
  return "error" in result;
}
function text(value) {
  return { type: "text", value };
}
function paragraph(...children) {
  return { type: "paragraph", children };
}
function cell(...children) {
  return { type: "tableCell", children };
}
function row(cells) {
  return { type: "tableRow", children: cells };
}
function shortTime(at) {
  return at.replace("T", " ").replace(/:\d{2}Z$/, "");
}
function list(names) {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
function renderSuspectChanges(results, options = {}) {
  const limit = options.limit ?? SUSPECT_CHANGES_LIMIT;
  const readable = results.filter((r) => !isUnreadable(r));
  const unreadable = results.filter(isUnreadable);
  const all = readable.flatMap((r) => r.pulls.map((pull) => ({ repo: r.repo, pull }))).sort((a, b) => toMillis(b.pull.mergedAt) - toMillis(a.pull.mergedAt) || a.repo.localeCompare(b.repo) || b.pull.number - a.pull.number);
  const shown = all.slice(0, limit);
  const more = all.length - shown.length + readable.reduce((sum, r) => sum + r.more, 0);
  const out = [];
  const where = readable.map((r) => r.repo);
  if (options.window) {
    out.push(
      paragraph(
        text(`Pull requests merged from ${shortTime(options.window.from)} to ${shortTime(options.window.to)} UTC${where.length ? ` in ${list(where)}` : ""}. Was one of them the cause? Record it with `),
        { type: "inlineCode", value: "/inc cause <pull request URL>" },
        text(".")
      )
    );
  }
  if (shown.length) {
    const table2 = {
      type: "table",
      align: [null, null, null, null],
      children: [
        row([cell(text("Merged (UTC)")), cell(text("Pull request")), cell(text("Title")), cell(text("Author"))]),
        ...shown.map(
          ({ repo, pull }) => row([
            cell(text(shortTime(pull.mergedAt))),
            cell({ type: "link", url: pull.url, children: [text(`${repo}#${pull.number}`)] }),
            // As everywhere in the postmortem, no one is pinged by a review of it.
            cell(text(defuseMentions(pull.title.replace(/\s*[\r\n]+\s*/g, " ")))),
            cell(text(defuseMentions(`@${pull.author}`)))
          ])
        )
      ]
    };
    out.push(table2);
    if (more > 0) out.push(paragraph(text(`And ${more} more not listed.`)));
  } else if (where.length) {
    out.push(paragraph(text(`No pull requests were merged in ${list(where)} in this window.`)));
  }
  if (unreadable.length) {
    const noAccess = unreadable.filter((r) => r.error === NO_ACCESS).map((r) => r.repo);
    const failed = unreadable.filter((r) => r.error !== NO_ACCESS).map((r) => `${r.repo} (${r.error})`);
    if (noAccess.length) {
      out.push(paragraph(text(`Not listed: ${list(noAccess)}, which sitrep's token cannot read. Give it read access to list their changes here.`)));
    }
    if (failed.length) out.push(paragraph(text(`Could not be listed: ${list(failed)}. Rebuilding the postmortem tries again.`)));
  }
  return out;
}

// src/core/postmortem/regions.ts
var GENERATED_REGIONS = ["metrics", "timeline", "changes", "action-items", "responders"];
function startMarker(name) {
  return `<!-- sitrep:generated:${name} -->`;
}
function endMarker(name) {
  return `<!-- /sitrep:generated:${name} -->`;
}
function markerLines(text2) {
  const found = [];
  const markers = /* @__PURE__ */ new Map();
  for (const name of GENERATED_REGIONS) {
    markers.set(startMarker(name), { name, start: true });
    markers.set(endMarker(name), { name, start: false });
  }
  let offset = 0;
  while (offset <= text2.length) {
    const newline = text2.indexOf("\n", offset);
    const lineEnd = newline < 0 ? text2.length : newline + 1;
    if (text2.startsWith("<!-- ", offset)) {
      const marker = markers.get(text2.slice(offset, newline < 0 ? text2.length : newline).trimEnd());
      if (marker) found.push({ ...marker, lineStart: offset, lineEnd });
    }
    if (newline < 0) break;
    offset = lineEnd;
  }
  return found;
}
function pair(lines) {
  const pairs = [];
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i];
    if (!open.start || seen.has(open.name)) continue;
    const close = lines.find((l, j) => j > i && !l.start && l.name === open.name);
    if (!close) continue;
    if (pairs.some(([a, b]) => open.lineStart < b.lineEnd && close.lineEnd > a.lineStart)) continue;
    seen.add(open.name);
    pairs.push([open, close]);
  }
  return pairs;
}
function scanPostmortem(text2) {
  let candidates = markerLines(text2);
  for (; ; ) {
    const pairs = pair(candidates).sort((a, b) => a[0].lineStart - b[0].lineStart);
    const cuts = pairs.map(([open, close]) => ({ from: open.lineEnd, to: close.lineStart }));
    let skeleton = "";
    const shifts = [];
    let last = 0;
    let removed = 0;
    for (const cut of cuts) {
      skeleton += text2.slice(last, cut.from);
      removed += cut.to - cut.from;
      shifts.push({ at: cut.from - (removed - (cut.to - cut.from)), shift: removed });
      last = cut.to;
    }
    skeleton += text2.slice(last);
    const toFile = (offset) => {
      let shift = 0;
      for (const s of shifts) if (offset >= s.at) shift = s.shift;
      return offset + shift;
    };
    const tree = parseMarkdown(skeleton);
    const htmlAt = /* @__PURE__ */ new Set();
    for (const node of tree.children) {
      if (node.type === "html" && node.position?.start.offset !== void 0) htmlAt.add(toFile(node.position.start.offset));
    }
    const rejected = pairs.flat().filter((line) => !htmlAt.has(line.lineStart));
    if (rejected.length) {
      candidates = candidates.filter((c) => !rejected.includes(c));
      continue;
    }
    const yaml = tree.children[0];
    const scan = {
      regions: pairs.map(([open, close]) => ({ name: open.name, bodyStart: open.lineEnd, bodyEnd: close.lineStart }))
    };
    if (yaml?.type === "yaml" && yaml.position?.start.offset !== void 0 && yaml.position.end.offset !== void 0) {
      scan.frontMatter = { start: toFile(yaml.position.start.offset), end: toFile(yaml.position.end.offset), yaml: yaml.value };
    }
    return scan;
  }
}

// src/core/postmortem/tables.ts
var compactTables = unified().use(remarkFrontmatter, ["yaml"]).use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: "-", listItemIndent: "one", rule: "-", fences: true, emphasis: "_" });
function stringifyCompact(nodes) {
  return compactTables.stringify({ type: "root", children: nodes });
}
function when(timestamp) {
  return timestamp ? timestamp.replace("T", " ").replace(/:\d{2}Z$/, " UTC") : "\u2014";
}
function cellText(text2) {
  return defuseMentions(text2.replace(/\s*[\r\n]+\s*/g, " ").trim());
}
function cell2(children) {
  return { type: "tableCell", children };
}
function textCell(text2) {
  return cell2([{ type: "text", value: cellText(text2) }]);
}
function table(header, rows) {
  const row2 = (cells) => ({ type: "tableRow", children: cells });
  return { type: "table", align: header.map(() => null), children: [row2(header.map((h) => textCell(h))), ...rows.map(row2)] };
}
function span(ms) {
  return ms < 6e4 ? "< 1m" : formatDuration(ms);
}
function person(login) {
  return login ? `@${login}` : "\u2014";
}
function cadenceText(config, record) {
  const severity = severityOf(config, record.severity);
  const overrides = STATUSES.flatMap((status) => {
    const every = config.statusCadence[status];
    return every === void 0 ? [] : [`${status} every ${formatDuration(every)}`];
  });
  return [`${severity.name} every ${formatDuration(severity.updateEvery)}`, ...overrides].join(", ");
}
function metricsTable(metrics, record, config) {
  const duration = (metric, ms, measured, unknown) => [metric, ms === null ? "\u2014" : span(ms), ms === null ? unknown : measured];
  const impactFrom = metrics.impactFrom === "started_at" ? "impact start" : "declaration (impact start not recorded)";
  const impactUntil = { mitigated_at: "mitigation", resolved_at: "resolution", now: "now (ongoing)" }[metrics.impactUntil];
  const { updates } = metrics;
  const rows = [
    duration("Time to declare", metrics.timeToDeclare, "impact start \u2192 declaration", "impact start not recorded"),
    duration("Time to acknowledge", metrics.timeToAcknowledge, "declaration \u2192 first response", "not acknowledged"),
    duration("Time to mitigate", metrics.timeToMitigate, "declaration \u2192 first move to monitoring", "not mitigated"),
    duration("Time to resolve", metrics.timeToResolve, "declaration \u2192 resolution", "not resolved"),
    ["Impact duration", span(metrics.impactDuration), `${impactFrom} \u2192 ${impactUntil}`],
    [
      "Status updates",
      `${updates.made} of ${updates.due} due`,
      `${updates.late} late, ${updates.missed} missed, against the cadence in force at the time (${cadenceText(config, record)})`
    ]
  ];
  return table(["Metric", "Value", "Measured"], rows.map((r) => r.map((t) => textCell(t))));
}
function timelineTable(rows) {
  return table(
    ["Time (UTC)", "Event", "Who"],
    rows.map((row2) => {
      const time = row2.at.replace("T", " ").replace(/:\d{2}Z$/, "");
      const timeCell = row2.url ? cell2([{ type: "link", url: row2.url, children: [{ type: "text", value: time }] }]) : textCell(time);
      return [timeCell, textCell(row2.event), textCell(person(row2.who))];
    })
  );
}
function responderRoles(r) {
  const held = r.roles.join(", ");
  const former = r.formerRoles.map((f) => `${f.role} until ${when(f.until)}`).join(", ");
  return [held, former].filter(Boolean).join("; ") || "\u2014";
}
function respondersTable(people) {
  return table(
    ["Responder", "Role", "First action", "Actions"],
    people.map((r) => [textCell(person(r.login)), textCell(responderRoles(r)), textCell(when(r.firstAt)), textCell(String(r.actions))])
  );
}
function paragraph2(text2) {
  return { type: "paragraph", children: [{ type: "emphasis", children: [{ type: "text", value: text2 }] }] };
}

// src/core/postmortem/changes.ts
function pullRequestName(url) {
  const match = /^https?:\/\/[^/]+\/([^/]+\/[^/]+)\/pull\/(\d+)\/?$/.exec(url);
  return match ? `${match[1]}#${match[2]}` : url;
}
function changesBody(input) {
  const { record } = input.incident;
  const window = suspectWindow(record, input.config, input.now);
  const out = [];
  const causes = record.caused_by ?? [];
  if (causes.length) {
    const links = causes.flatMap((url, i) => [
      ...i ? [{ type: "text", value: ", " }] : [],
      { type: "link", url, children: [{ type: "text", value: pullRequestName(url) }] }
    ]);
    out.push({ type: "paragraph", children: [{ type: "strong", children: [{ type: "text", value: "Caused by" }] }, { type: "text", value: ": " }, ...links] });
  }
  if (input.changes) return [...out, ...renderSuspectChanges(input.changes, { window })];
  out.push(
    paragraph2(
      `The pull requests merged from ${when(window.from)} to ${when(window.to)} are listed when the postmortem is built on GitHub (${input.config.command} postmortem); offline they are not known.`
    )
  );
  return out;
}
function withChangesSection(text2, input) {
  if (scanPostmortem(text2).regions.some((r) => r.name === SUSPECT_CHANGES_REGION)) return text2;
  const tree = parseMarkdown(text2);
  if (findSection(tree, SUSPECT_CHANGES_TITLE)) return text2;
  const before = findSection(tree, "Root cause") ?? findSection(tree, "Action items");
  const body = stringifyMarkdown({ type: "root", children: changesBody(input) });
  const section = `## ${SUSPECT_CHANGES_TITLE}

${startMarker(SUSPECT_CHANGES_REGION)}

${body}
${endMarker(SUSPECT_CHANGES_REGION)}
`;
  const at = before?.heading.position?.start.offset;
  if (at === void 0) return `${text2.replace(/\n*$/, "\n")}
${section}`;
  return `${text2.slice(0, at)}${section}
${text2.slice(at)}`;
}

// src/core/postmortem/followups.ts
function actionItems(input) {
  const items = input.incident.log.flatMap((e) => e.kind === "followup" && e.item.trim() ? [oneLine(e.item)] : []).map((item) => ({
    type: "listItem",
    checked: false,
    spread: false,
    children: [{ type: "paragraph", children: [{ type: "text", value: item }] }]
  }));
  return items.length ? [{ type: "list", ordered: false, spread: false, children: items }] : [];
}
function oneLine(text2) {
  return text2.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
function lateFollowups(log) {
  const built = log.findIndex((e) => e.kind === "postmortem" && e.text !== POSTMORTEM_REQUESTED);
  if (built < 0) return [];
  return log.slice(built + 1).flatMap((e) => e.kind === "followup" && e.item.trim() ? [oneLine(e.item)] : []);
}
function appendLateFollowups(text2, items) {
  if (!items.length) return text2;
  const region = scanPostmortem(text2).regions.find((r) => r.name === "action-items");
  if (!region) return text2;
  const known = new Set(parseActionItems(text2).map((item) => actionItemKey(item.title)));
  const lines = [];
  for (const item of items) {
    const rendered = stringifyMarkdown({
      type: "list",
      ordered: false,
      spread: false,
      children: [{ type: "listItem", checked: false, spread: false, children: [{ type: "paragraph", children: [{ type: "text", value: item }] }] }]
    }).trimEnd();
    const [parsed] = parseActionItems(`## Action items

${rendered}
`);
    if (!parsed || known.has(actionItemKey(parsed.title))) continue;
    known.add(actionItemKey(parsed.title));
    lines.push(rendered);
  }
  if (!lines.length) return text2;
  return `${text2.slice(0, region.bodyEnd)}${lines.join("\n")}
${text2.slice(region.bodyEnd)}`;
}

// src/core/postmortem/front-matter.ts
var import_yaml = __toESM(require_dist(), 1);
var GENERATED_FIELDS = ["id", "incident", "title", "severity", "date", "pull_request"];
function frontMatterOf(input) {
  const { record, log } = input.incident;
  const holders = roleHolders(record.roles);
  const declaredBy = log.find((e) => e.kind === "declared")?.actor;
  const authors = (holders.length ? holders : declaredBy ? [declaredBy] : []).filter((login) => isLogin(login) && !isBotLogin(login));
  return {
    id: record.id,
    incident: record.id,
    title: record.title,
    severity: record.severity,
    status: "draft",
    authors,
    date: record.declared_at.slice(0, 10),
    pull_request: input.pullRequestUrl ?? null
  };
}
function mergeFrontMatter(existingYaml, freshYaml) {
  const doc = (0, import_yaml.parseDocument)(existingYaml);
  if (doc.errors.length || !(0, import_yaml.isMap)(doc.contents)) return void 0;
  const fresh = (0, import_yaml.parse)(freshYaml) ?? {};
  const edits = [];
  let appended = "";
  for (const key of GENERATED_FIELDS) {
    const value = fresh[key];
    if (value === null || value === void 0) continue;
    const pair2 = doc.contents.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === key);
    const node = pair2?.value;
    if ((0, import_yaml.isScalar)(node) && node.value === value) continue;
    const written = stringifyFrontMatter({ [key]: value }).trimEnd();
    if (pair2 && (0, import_yaml.isNode)(node) && node.range) {
      edits.push({ start: node.range[0], end: valueEnd(existingYaml, node.range[0], node.range[1]), text: written.slice(`${key}: `.length) });
    } else if (!pair2) {
      appended += `${written}
`;
    } else {
      return void 0;
    }
  }
  if (!edits.length && !appended) return void 0;
  let text2 = existingYaml;
  for (const edit of edits.sort((a, b) => b.start - a.start)) text2 = `${text2.slice(0, edit.start)}${edit.text}${text2.slice(edit.end)}`;
  return appended ? `${text2.replace(/\n*$/, "\n")}${appended}`.trimEnd() : text2;
}
function valueEnd(text2, start, end) {
  let at = end;
  while (at > start && /[\r\n \t]/.test(text2[at - 1])) at--;
  return at;
}

// src/core/postmortem/regenerate.ts
var WRITTEN_ONCE = /* @__PURE__ */ new Set(["action-items"]);
function regenerate(existing, fresh, options = {}) {
  const before = scanPostmortem(existing);
  const after = scanPostmortem(fresh);
  const replacements = [];
  for (const region of before.regions) {
    if (WRITTEN_ONCE.has(region.name) || options.keep?.includes(region.name)) continue;
    const source = after.regions.find((r) => r.name === region.name);
    if (!source) continue;
    replacements.push({ start: region.bodyStart, end: region.bodyEnd, text: fresh.slice(source.bodyStart, source.bodyEnd) });
  }
  const frontMatter = before.frontMatter && after.frontMatter ? mergeFrontMatter(before.frontMatter.yaml, after.frontMatter.yaml) : void 0;
  if (frontMatter !== void 0 && before.frontMatter) {
    replacements.push({ start: before.frontMatter.start, end: before.frontMatter.end, text: `---
${frontMatter}
---` });
  }
  let text2 = existing;
  for (const r of replacements.sort((a, b) => b.start - a.start)) text2 = `${text2.slice(0, r.start)}${r.text}${text2.slice(r.end)}`;
  return text2;
}

// src/core/postmortem/render.ts
function renderPostmortem(input) {
  const fresh = withChangesSection(renderFresh(input), input);
  if (!input.existing?.trim()) return fresh;
  const keep = input.changes ? [] : ["changes"];
  const existing = withChangesSection(input.existing, input);
  return appendLateFollowups(regenerate(existing, fresh, { keep }), lateFollowups(input.incident.log));
}
function placeholders(input) {
  const { record } = input.incident;
  const incidentFile = `${input.config.paths.incidents}/${record.id}.md`;
  return {
    id: record.id,
    title: record.title,
    severity: record.severity,
    status: record.status,
    issue: String(record.issue),
    declared: when(record.declared_at),
    started: record.started_at ? when(record.started_at) : "unknown",
    resolved: record.resolved_at ? when(record.resolved_at) : "not yet",
    incident_path: posix.relative(input.config.paths.postmortems, incidentFile)
  };
}
function regionBodies(input) {
  const { record, log } = input.incident;
  const rows = timelineRows(log, input.timeline);
  const people = responders(record, log, input.timeline);
  return {
    metrics: [metricsTable(computeMetrics({ record, log, config: input.config, now: input.now }), record, input.config)],
    timeline: rows.length ? [timelineTable(rows)] : [paragraph2("No events recorded.")],
    changes: changesBody(input),
    "action-items": actionItems(input),
    responders: people.length ? [respondersTable(people)] : [paragraph2("No responders recorded.")]
  };
}
function incidentSections(text2) {
  const read = (tree2, source, title) => {
    const section = findSection(tree2, title);
    if (!section) return void 0;
    const start = section.heading.position?.end.offset ?? 0;
    return source.slice(start, section.end).trim();
  };
  const logLine = /^## Log[ \t]*$/m.exec(text2);
  const upToLog = logLine ? text2.slice(0, logLine.index + logLine[0].length) : text2;
  const headTree = parseMarkdown(upToLog);
  const last = headTree.children.at(-1);
  const isLogHeading = last?.type === "heading" && last.depth === 2 && last.position?.start.offset === logLine?.index;
  const head = isLogHeading && logLine ? text2.slice(0, logLine.index) : text2;
  const tree = isLogHeading ? headTree : parseMarkdown(text2);
  let summary = read(tree, head, "Summary");
  let impact = read(tree, head, "Impact");
  if ((summary === void 0 || impact === void 0) && head !== text2) {
    const full = parseMarkdown(text2);
    summary ??= read(full, text2, "Summary");
    impact ??= read(full, text2, "Impact");
  }
  return { summary: summary ?? "", impact: impact ?? "" };
}
function blockNodes(markdown) {
  if (!markdown.trim()) return [paragraph2("Not given.")];
  return parseMarkdown(embeddableMarkdown(markdown)).children;
}
var PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;
function substitute(node, values) {
  const replace = (text2) => text2.replace(PLACEHOLDER, (whole, key) => values[key] ?? whole);
  const visit = (n) => {
    if (!n || typeof n !== "object") return n;
    const copy = { ...n };
    delete copy.position;
    if (copy.type === "text" && typeof copy.value === "string") copy.value = replace(copy.value);
    if ((copy.type === "link" || copy.type === "image" || copy.type === "definition") && typeof copy.url === "string") copy.url = replace(copy.url);
    if (Array.isArray(copy.children)) copy.children = copy.children.map(visit);
    return copy;
  };
  return visit(node);
}
function regionStart(node) {
  if (node.type !== "html") return void 0;
  return GENERATED_REGIONS.find((name) => node.value.trim() === startMarker(name));
}
function renderFresh(input) {
  const template = parseMarkdown(input.template);
  const values = placeholders(input);
  const sections = incidentSections(input.incident.text);
  const bodies = regionBodies(input);
  const children = [{ type: "yaml", value: stringifyFrontMatter({ ...frontMatterOf(input) }).trimEnd() }];
  const nodes = template.children.filter((n) => n.type !== "yaml");
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const region = regionStart(node);
    if (region) {
      const end = nodes.findIndex((n, j) => j > i && n.type === "html" && n.value.trim() === endMarker(region));
      if (end < 0) continue;
      children.push({ type: "html", value: startMarker(region) }, { type: "html", value: endMarker(region) });
      i = end;
      continue;
    }
    const block = node.type === "paragraph" ? toString(node).trim().match(/^\{\{\s*(summary|impact)\s*\}\}$/)?.[1] : void 0;
    if (block === "summary" || block === "impact") {
      children.push(...blockNodes(sections[block]));
      continue;
    }
    children.push(substitute(node, values));
  }
  const skeleton = stringifyMarkdown({ type: "root", children });
  const regions = scanPostmortem(skeleton).regions;
  let text2 = skeleton;
  for (const region of [...regions].sort((a, b) => b.bodyStart - a.bodyStart)) {
    const body = bodies[region.name];
    if (!body.length) continue;
    const markdown = region.name === "timeline" ? stringifyCompact(body) : stringifyMarkdown({ type: "root", children: body });
    text2 = `${text2.slice(0, region.bodyStart)}
${markdown}
${text2.slice(region.bodyEnd)}`;
  }
  return text2;
}

// src/core/postmortem-template.generated.ts
var BUNDLED_POSTMORTEM_TEMPLATE = '# {{id}}: {{title}}\n\n[{{id}}]({{incident_path}}) \xB7 {{severity}} \xB7 declared {{declared}} \xB7 resolved {{resolved}}\n\n<!--\n  Drafted by sitrep from the incident file and the issue timeline. Rebuilding it (`/inc postmortem`)\n  rewrites only the regions between sitrep:generated markers; everything else you write is kept.\n  Blameless: describe what happened and why the system allowed it, not who to blame.\n-->\n\n## Summary\n\n{{summary}}\n\n## Impact\n\n{{impact}}\n\n## Key metrics\n\n<!-- sitrep:generated:metrics -->\n\n<!-- /sitrep:generated:metrics -->\n\n## Timeline\n\n<!-- sitrep:generated:timeline -->\n\n<!-- /sitrep:generated:timeline -->\n\n## Changes in the impact window\n\n<!-- sitrep:generated:changes -->\n\n<!-- /sitrep:generated:changes -->\n\n## Root cause\n\n<!-- What caused the incident? Go past the trigger to the conditions that let it happen. -->\n\n## Contributing factors\n\n<!-- What made it more likely, worse, slower to notice or slower to fix? -->\n\n## What went well\n\n<!-- What helped: alerts, runbooks, tools, people, decisions. -->\n\n## What went badly\n\n<!-- What got in the way. -->\n\n## Where we got lucky\n\n<!-- What could have made it much worse, and did not. -->\n\n## Action items\n\n<!--\n  One task per change: "- [ ] <title> \u2014 owner: @login, repo: owner/repo, due: YYYY-MM-DD".\n  When this postmortem is merged, each unchecked item without an issue becomes an issue.\n-->\n\n<!-- sitrep:generated:action-items -->\n\n<!-- /sitrep:generated:action-items -->\n\n## Responders\n\n<!-- sitrep:generated:responders -->\n\n<!-- /sitrep:generated:responders -->\n';

// src/cli/postmortem.ts
var POSTMORTEM_USAGE = `Usage: sitrep postmortem INC-<n> [dir] [--stdout]

Renders the postmortem of an incident from its file alone, offline (the Log is the timeline),
into postmortems/INC-<n>.md (or the folder paths.postmortems names), from the repository's
.github/sitrep/postmortem.md template or the bundled one. When the postmortem exists, only its
generated regions (metrics, timeline, responders) are rewritten: every edit is kept.

dir is the repository (default: the current directory).

Options:
  --stdout     print the postmortem instead of writing it
  -h, --help   show this help

Exit status: 0 written or up to date, 1 the incident or configuration cannot be read, 2 bad usage.
`;
var TEMPLATE_PATH = ".github/sitrep/postmortem.md";
function readIfExists(path) {
  return existsSync(path) ? readFileSync(path, "utf8") : void 0;
}
async function postmortemCommand(argv) {
  const { values, positionals } = parseCommandArgs(
    { args: argv, allowPositionals: true, options: { help: { type: "boolean", short: "h" }, stdout: { type: "boolean" } } },
    POSTMORTEM_USAGE
  );
  if (values.help) {
    process.stdout.write(POSTMORTEM_USAGE);
    return 0;
  }
  const [given, dir, ...extra] = positionals;
  if (!given) throw new UsageError("name the incident, e.g. sitrep postmortem INC-42", POSTMORTEM_USAGE);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`, POSTMORTEM_USAGE);
  const issue = issueNumberOf(given.replace(/^#/, "INC-").replace(/^(\d+)$/, "INC-$1"));
  if (issue === null) throw new UsageError(`"${given}" is not an incident id; use INC-<n>, e.g. INC-42`, POSTMORTEM_USAGE);
  const id = incidentId(issue);
  const root = findRepositoryRoot(resolve(dir ?? "."));
  const { config, problems } = checkConfig(root.configText, root.configFile ? displayPath(root.configFile) : CONFIG_PATH);
  if (!config) {
    for (const problem of problems) console.error(formatDiagnostic(problem));
    return 1;
  }
  const incidentFile = join(root.dir, config.paths.incidents, `${id}.md`);
  const incidentText = readIfExists(incidentFile);
  if (incidentText === void 0) {
    console.error(`sitrep postmortem: there is no ${displayPath(incidentFile)}: ${id} has no incident file in ${displayPath(root.dir)}`);
    return 1;
  }
  const read = parseIncident(incidentText, displayPath(incidentFile));
  if (!read.document || read.problems.length) {
    for (const problem of read.problems) console.error(formatDiagnostic(problem));
    console.error(`sitrep postmortem: fix ${displayPath(incidentFile)} first ("sitrep validate" lists every problem)`);
    return 1;
  }
  const target = join(root.dir, postmortemPath(config, id));
  const existing = readIfExists(target);
  const output = renderPostmortem({
    incident: read.document,
    timeline: [],
    template: readIfExists(join(root.dir, TEMPLATE_PATH)) ?? BUNDLED_POSTMORTEM_TEMPLATE,
    config,
    now: Date.now(),
    ...existing !== void 0 ? { existing } : {}
  });
  if (values.stdout) {
    process.stdout.write(output);
    return 0;
  }
  if (existing === output) {
    console.log(`${displayPath(target)} is up to date`);
    return 0;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, output);
  console.log(existing === void 0 ? `wrote ${displayPath(target)}` : `updated the generated regions of ${displayPath(target)}; your edits are kept`);
  return 0;
}
export {
  POSTMORTEM_USAGE,
  postmortemCommand
};
