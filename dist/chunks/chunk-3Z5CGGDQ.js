import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  checkSchema,
  logLineTime,
  parseYamlSource,
  readFrontMatter,
  readIncidentQuickly
} from "./chunk-DA3V3GIL.js";
import {
  ACTION_ITEM_EXAMPLE,
  actionItemsOf,
  findSection,
  incidentIdOfFileName,
  isIncidentId,
  isMalformed,
  isRfc3339,
  timestampMillis,
  toMillis,
  toString
} from "./chunk-DO73POIR.js";
import {
  require_dist
} from "./chunk-DPC5VWB2.js";
import {
  DurationError,
  parseDuration
} from "./chunk-L3D5IAE5.js";
import {
  __toESM
} from "./chunk-O6QHYEXM.js";

// src/core/slack-config.ts
var EMOJI_NAMES = {
  "\u{1F4CC}": "pushpin",
  "\u{1F4CD}": "round_pushpin",
  "\u{1F516}": "bookmark",
  "\u2B50": "star",
  "\u{1F440}": "eyes",
  "\u2705": "white_check_mark",
  "\u2757": "exclamation",
  "\u{1F525}": "fire",
  "\u{1F9F5}": "thread",
  "\u{1F4DD}": "memo"
};
function reactionName(written) {
  const trimmed = written.trim();
  return EMOJI_NAMES[trimmed] ?? trimmed.replace(/^:|:$/g, "");
}
function resolveSlackConfig(raw) {
  if (!raw) return null;
  const timeline = raw.timeline ?? ["pins", "\u{1F4CC}"];
  return {
    tokenEnv: raw.token_env ?? "SITREP_SLACK_TOKEN",
    channelPrefix: raw.channel_prefix ?? "inc",
    announce: raw.announce ?? null,
    privateTypes: raw.private_types ?? ["security"],
    archive: raw.archive ?? "closed",
    pins: timeline.includes("pins"),
    reactions: timeline.filter((t) => t !== "pins").map(reactionName)
  };
}

// src/core/config.ts
var PAGE_TRIGGERS = ["declared", "raised", "escalated", "missed"];
var CONFIG_PATH = ".github/sitrep.yml";
var DEFAULT_PAGER_SEVERITIES = { P1: "critical", P2: "error", P3: "warning" };
var DEFAULT_ALERT_SEVERITIES = { critical: "P1", error: "P1", warning: "P2", info: "P3" };
var DEFAULT_NOTIFY_EVENTS = ["declared", "status", "update", "severity", "role", "escalation", "resolved", "closed"];
var DEFAULT_SEVERITIES = {
  P1: { description: "Critical \u2014 a customer production system is impaired", update_every: "30m", escalate_after: "60m", min_responders: 2, postmortem: "required" },
  P2: { description: "Major \u2014 a major feature is degraded, no data lost", update_every: "2h", escalate_after: "4h", min_responders: 1, postmortem: "required" },
  P3: { description: "Minor \u2014 degraded but usable", update_every: "1d", escalate_after: "2d", min_responders: 1, postmortem: "optional" }
};
var DEFAULT_STATUS_CADENCE = { triage: "15m", monitoring: "1d" };
var ConfigurationError = class extends Error {
  constructor(problems) {
    super(`invalid configuration:
${problems.map((p) => `  ${p.path}:${p.line}:${p.column}: ${p.message}`).join("\n")}`);
    this.problems = problems;
    this.name = "ConfigurationError";
  }
  problems;
};
function folderPath(folder) {
  return folder.replace(/\/+$/, "") || folder;
}
function checkConfig(text, path = CONFIG_PATH) {
  if (text === null || text.trim() === "") return { config: resolveConfig({}), problems: [] };
  const source = parseYamlSource(text);
  if (source.errors.length) {
    return {
      problems: source.errors.map((e) => ({ path, ...e.position, message: `YAML syntax: ${e.message}` }))
    };
  }
  const raw = source.value ?? {};
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return { problems: [{ path, line: 1, column: 1, message: "the configuration must be a mapping of keys (label, command, paths, severities, ...)" }] };
  }
  const problems = checkSchema("config", raw).map((p) => ({
    path,
    ...source.locate(p.pointer, p.key),
    message: p.message
  }));
  if (problems.length) return { problems };
  const crossProblems = crossCheck(raw).map((p) => ({ path, ...source.locate(p.pointer), message: p.message }));
  if (crossProblems.length) return { problems: crossProblems };
  try {
    return { config: resolveConfig(raw), problems: [] };
  } catch (error) {
    if (!(error instanceof DurationError)) throw error;
    const pointer = pointerOf(raw, error.text) ?? "";
    const field = pointer.split("/").slice(1).join(".");
    return { problems: [{ path, ...source.locate(pointer), message: `${field}: ${error.message}` }] };
  }
}
function crossCheck(raw) {
  const names = Object.keys(raw.severities ?? DEFAULT_SEVERITIES);
  const known = (name) => names.some((n) => n.toLowerCase() === name.toLowerCase());
  const problems = [];
  const accepted = `accepted: ${names.join(", ")} (the keys of severities)`;
  for (const [label, severity] of Object.entries(raw.alerts?.severities ?? {})) {
    if (!known(severity)) problems.push({ pointer: `/alerts/severities/${label}`, message: `alerts.severities.${label}: "${severity}" is not a severity; ${accepted}` });
  }
  const fallback = raw.alerts?.default_severity;
  if (fallback && !known(fallback)) problems.push({ pointer: "/alerts/default_severity", message: `alerts.default_severity: "${fallback}" is not a severity; ${accepted}` });
  (raw.notify ?? []).forEach((channel, index) => {
    if (channel.secret_env && channel.type !== "webhook") {
      problems.push({ pointer: `/notify/${index}/secret_env`, message: `notify[${index}].secret_env: only a webhook channel signs its messages; remove it from the ${channel.type} channel "${channel.name}"` });
    }
    const others = (raw.notify ?? []).findIndex((c) => c.name === channel.name);
    if (others !== index) problems.push({ pointer: `/notify/${index}/name`, message: `notify[${index}].name: "${channel.name}" is already the name of notify[${others}]; each channel needs its own name` });
    if (channel.type === "email") {
      for (const key of ["from", "to"]) {
        if (channel[key] === void 0) problems.push({ pointer: `/notify/${index}`, message: `notify[${index}].${key}: an email channel needs ${key === "from" ? "a sender address" : "a list of recipient addresses"} ("${channel.name}")` });
      }
    } else {
      for (const key of ["from", "to"]) {
        if (channel[key] !== void 0) problems.push({ pointer: `/notify/${index}/${key}`, message: `notify[${index}].${key}: only an email channel has a ${key}; remove it from the ${channel.type} channel "${channel.name}"` });
      }
    }
  });
  const channelNames = (raw.notify ?? []).map((c) => c.name);
  for (const [customer, entry] of Object.entries(raw.escalation?.customers ?? {})) {
    if (Array.isArray(entry)) continue;
    (entry.notify ?? []).forEach((name, index) => {
      if (!channelNames.includes(name)) {
        problems.push({
          pointer: `/escalation/customers/${customer.replace(/~/g, "~0").replace(/\//g, "~1")}/notify/${index}`,
          message: `escalation.customers.${customer}.notify: "${name}" is not a notify channel; accepted: ${channelNames.length ? channelNames.join(", ") : "none (notify lists no channel)"}`
        });
      }
    });
  }
  problems.push(...crossCheckPaging(raw, known, accepted));
  return problems;
}
function crossCheckPaging(raw, known, accepted) {
  const problems = [];
  const pagers = raw.paging ?? [];
  pagers.forEach((pager, index) => {
    const at = `paging[${index}]`;
    const first = pagers.findIndex((p) => p.name === pager.name);
    if (first !== index) problems.push({ pointer: `/paging/${index}/name`, message: `${at}.name: "${pager.name}" is already the name of paging[${first}]; each pager needs its own name` });
    if (pager.region && pager.type !== "opsgenie") problems.push({ pointer: `/paging/${index}/region`, message: `${at}.region: only an opsgenie pager has a region; remove it from the ${pager.type} pager "${pager.name}"` });
    if (pager.secret_env && pager.type !== "webhook") problems.push({ pointer: `/paging/${index}/secret_env`, message: `${at}.secret_env: only a webhook pager signs its events; remove it from the ${pager.type} pager "${pager.name}"` });
    (pager.severities ?? []).forEach((severity, i) => {
      if (!known(severity)) problems.push({ pointer: `/paging/${index}/severities/${i}`, message: `${at}.severities: "${severity}" is not a severity; ${accepted}` });
    });
    for (const severity of Object.keys(pager.severity_map ?? {})) {
      if (!known(severity)) problems.push({ pointer: `/paging/${index}/severity_map/${severity}`, message: `${at}.severity_map.${severity}: "${severity}" is not a severity; ${accepted}` });
    }
  });
  const names = pagers.map((p) => p.name);
  for (const [service, entry] of Object.entries(raw.services ?? {})) {
    if (entry.pager && !names.includes(entry.pager)) {
      problems.push({
        pointer: `/services/${service}/pager`,
        message: `services.${service}.pager: "${entry.pager}" is not a pager; accepted: ${names.length ? names.join(", ") : "(none: add it under paging)"} (the names under paging)`
      });
    }
  }
  return problems;
}
function pointerOf(value, text, pointer = "") {
  if (value === text) return pointer;
  if (!value || typeof value !== "object") return void 0;
  for (const [key, child] of Object.entries(value)) {
    const found = pointerOf(child, text, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    if (found !== void 0) return found;
  }
  return void 0;
}
function loadConfig(text, path = CONFIG_PATH) {
  const { config, problems } = checkConfig(text, path);
  if (!config) throw new ConfigurationError(problems);
  return config;
}
function resolveConfig(raw) {
  const leastSevere = DEFAULT_SEVERITIES.P3;
  const severities = Object.entries(raw.severities ?? DEFAULT_SEVERITIES).map(([name, given]) => {
    const base = DEFAULT_SEVERITIES[name] ?? { ...leastSevere, description: name };
    const merged = { ...base, ...given };
    return {
      name,
      description: merged.description,
      updateEvery: parseDuration(merged.update_every),
      escalateAfter: parseDuration(merged.escalate_after),
      minResponders: merged.min_responders,
      postmortem: merged.postmortem
    };
  });
  const cadence = { ...DEFAULT_STATUS_CADENCE, ...raw.status_cadence };
  const statusCadence = {};
  for (const [status, text] of Object.entries(cadence)) {
    if (text) statusCadence[status] = parseDuration(text);
  }
  const customerEntries = Object.fromEntries(
    Object.entries(raw.escalation?.customers ?? {}).map(([name, entry]) => [
      name,
      Array.isArray(entry) ? { contacts: entry, notify: [] } : { contacts: entry.contacts ?? [], notify: entry.notify ?? [] }
    ])
  );
  const config = {
    label: raw.label ?? "incident",
    command: raw.command ?? "/inc",
    // Folder paths are normalised once, here: no trailing slash, so every reader joins them the same way.
    paths: { incidents: folderPath(raw.paths?.incidents ?? "incidents"), postmortems: folderPath(raw.paths?.postmortems ?? "postmortems") },
    minPermission: raw.commands?.min_permission ?? "triage",
    severities,
    statusCadence,
    monitoringWindow: parseDuration(raw.monitoring?.window ?? "48h"),
    postmortemDueAfter: parseDuration(raw.postmortem?.due_after ?? "3d"),
    reviewersFromRoles: raw.postmortem?.reviewers_from_roles ?? true,
    bots: (raw.bots ?? []).map((login) => login.toLowerCase()),
    coordinators: (raw.escalation?.coordinators ?? []).map((m) => m.startsWith("@") ? m : `@${m}`),
    customers: Object.fromEntries(Object.entries(customerEntries).map(([name, entry]) => [name, entry.contacts])),
    customerChannels: Object.fromEntries(Object.entries(customerEntries).map(([name, entry]) => [name, entry.notify])),
    email: { fromDomains: (raw.email?.from_domains ?? []).map((d) => d.toLowerCase()) },
    followups: {
      defaultRepo: raw.followups?.default_repo ?? null,
      routes: raw.followups?.routes ?? {},
      labels: raw.followups?.labels ?? ["incident-followup"]
    },
    alerts: {
      status: raw.alerts?.status ?? "triage",
      severityLabel: raw.alerts?.severity_label ?? "severity",
      severities: Object.fromEntries(Object.entries(raw.alerts?.severities ?? DEFAULT_ALERT_SEVERITIES).map(([k, v]) => [k.toLowerCase(), v])),
      defaultSeverity: raw.alerts?.default_severity ?? null,
      serviceLabels: [raw.alerts?.service_label ?? "service"].flat(),
      reopenWithin: parseDuration(raw.alerts?.reopen_within ?? "1h")
    },
    notify: (raw.notify ?? []).map((c) => ({
      name: c.name,
      type: c.type,
      urlEnv: c.url_env,
      secretEnv: c.secret_env ?? null,
      events: c.events ?? DEFAULT_NOTIFY_EVENTS,
      severities: c.severities ?? [],
      types: c.types ?? ["incident"],
      from: c.from ?? null,
      to: c.to ?? [],
      customers: [
        .../* @__PURE__ */ new Set([
          ...c.customers ?? [],
          ...Object.entries(customerEntries).filter(([, entry]) => entry.notify.includes(c.name)).map(([name]) => name)
        ])
      ]
    })),
    statusPage: {
      title: raw.status_page?.title ?? "Status",
      url: raw.status_page?.url ?? null,
      components: raw.status_page?.components ?? [],
      history: parseDuration(raw.status_page?.history ?? "90d")
    },
    changes: {
      windowBefore: parseDuration(raw.changes?.window_before ?? "2h"),
      repos: raw.changes?.repos ?? {}
    },
    slack: resolveSlackConfig(raw.slack),
    paging: (raw.paging ?? []).map((p) => ({
      name: p.name,
      type: p.type,
      keyEnv: p.key_env,
      secretEnv: p.secret_env ?? null,
      region: p.region ?? "us",
      on: p.on ?? PAGE_TRIGGERS,
      severities: p.severities ?? [],
      services: p.services ?? [],
      severityMap: { ...DEFAULT_PAGER_SEVERITIES, ...p.severity_map }
    })),
    services: Object.fromEntries(Object.entries(raw.services ?? {}).map(([name, s]) => [name, resolveService(s, "services")])),
    people: Object.fromEntries(
      Object.entries(raw.people ?? {}).map(([login, p]) => [login, { slack: p.slack ?? null, email: p.email ?? null, pager: p.pager ?? null }])
    ),
    catalog: raw.catalog ?? null
  };
  return deepFreeze(config);
}
function resolveService(raw, from) {
  return {
    description: raw.description ?? null,
    owners: (raw.owners ?? []).map((m) => m.startsWith("@") ? m : `@${m}`),
    repo: raw.repo ?? null,
    component: raw.component ?? null,
    pager: raw.pager ?? null,
    pagerKeyEnv: raw.pager_key_env ?? null,
    slackChannel: raw.slack_channel ?? null,
    from
  };
}
function deepFreeze(value) {
  if (value && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
function findSeverity(config, name) {
  return config.severities.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

// src/core/validate.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/postmortem/checks.ts
function checkPostmortemContent(postmortem) {
  const problems = [];
  const { incident, id, status } = postmortem.frontMatter;
  if (typeof incident === "string" && typeof id === "string" && isIncidentId(incident) && isIncidentId(id) && incident !== id) {
    problems.push(atKey(postmortem, "incident", `incident ${incident} does not match the id ${id}; a postmortem has the id of its incident`));
  }
  const final = status === "final";
  if (final) problems.push(...rootCauseProblems(postmortem));
  problems.push(...actionItemProblems(postmortem, final));
  return problems;
}
function atKey(postmortem, key, message) {
  const at = postmortem.yaml?.locate("", key) ?? { line: 2, column: 1 };
  return { path: postmortem.path, ...at, message };
}
function rootCauseProblems(postmortem) {
  if (!postmortem.tree) return [];
  const rootCause = findSection(postmortem.tree, "Root cause");
  if (!rootCause) {
    return [atKey(postmortem, "status", 'status is final but there is no "## Root cause" section; a final postmortem says what caused the incident')];
  }
  const written = rootCause.nodes.filter((n) => n.type !== "html").map((n) => toString(n)).join("").trim();
  if (written) return [];
  const at = rootCause.heading.position?.start ?? { line: 1, column: 1 };
  return [{
    path: postmortem.path,
    line: at.line,
    column: at.column,
    message: '"## Root cause" is empty but status is final; say what caused the incident, or set status: draft'
  }];
}
function actionItemProblems(postmortem, final) {
  if (!postmortem.tree) return [];
  const found = [];
  for (const item of actionItemsOf(postmortem.tree)) {
    const problems = isMalformed(item) ? [...item.problems] : [];
    const ownerProblem = item.problems.some((p) => p.startsWith("owner"));
    if (final && !item.owner && !ownerProblem) {
      problems.push(`it has no owner; a final postmortem names one for every item, e.g. ${ACTION_ITEM_EXAMPLE}`);
    }
    const title = item.title.length > 50 ? `${item.title.slice(0, 49)}\u2026` : item.title || "(no title)";
    for (const problem of problems) {
      found.push({ path: postmortem.path, line: item.line, column: 1, message: `action item "${title}": ${problem}` });
    }
  }
  return found;
}

// src/core/validate.ts
var DEFAULT_FOLDERS = { incidents: "incidents", postmortems: "postmortems" };
var SEPARATOR = " \xB7 ";
function configuredFolders(configText) {
  if (!configText) return { ...DEFAULT_FOLDERS };
  let raw;
  try {
    raw = (0, import_yaml.parse)(configText);
  } catch {
    return { ...DEFAULT_FOLDERS };
  }
  const paths = raw && typeof raw === "object" ? raw.paths : void 0;
  const pick = (key) => {
    const value = paths && typeof paths === "object" ? paths[key] : void 0;
    return typeof value === "string" && value.trim() && !value.startsWith("/") ? value.replace(/\/+$/, "") : DEFAULT_FOLDERS[key];
  };
  return { incidents: pick("incidents"), postmortems: pick("postmortems") };
}
function classifyPath(path, folders) {
  const slash = path.lastIndexOf("/");
  const folder = slash < 0 ? "" : path.slice(0, slash);
  const name = path.slice(slash + 1);
  if (!/^inc-.*\.md$/i.test(name)) return void 0;
  if (folder === folders.incidents) return "incident";
  if (folder === folders.postmortems) return "postmortem";
  return void 0;
}
function checkRepositoryFileQuickly(file) {
  if (file.kind !== "incident") return void 0;
  const nameId = incidentIdOfFileName(file.path.slice(file.path.lastIndexOf("/") + 1)) ?? void 0;
  if (!nameId) return void 0;
  const read = readIncidentQuickly(file.text);
  if (!read || checkSchema("incident", read.frontMatter).length) return void 0;
  const entry = { file, nameId, frontMatter: read.frontMatter, problems: [] };
  checkIncident(entry, read.log);
  if (entry.problems.length) return void 0;
  const report2 = { path: file.path, kind: file.kind, problems: [] };
  for (const key of ["id", "severity"]) {
    const value = read.frontMatter[key];
    const line = read.keyLines.get(key);
    if (typeof value === "string" && value && line) report2[key] = { value, line, column: 1 };
  }
  return report2;
}
function checkRepositoryFilePrecisely(file) {
  const entry = readFile(file);
  if (entry.frontMatter && entry.yaml) {
    if (file.kind === "incident") checkIncident(entry, entry.tree ? logItemsOf(entry.tree) : []);
    else checkPostmortem(entry);
  }
  const located = (key) => {
    const value = entry.frontMatter?.[key];
    return typeof value === "string" && value && entry.yaml ? { value, ...entry.yaml.locate("", key) } : void 0;
  };
  const report2 = { path: file.path, kind: file.kind, problems: sortByPosition(entry.problems) };
  const id = located("id");
  const severity = located("severity");
  const incident = file.kind === "postmortem" ? located("incident") : void 0;
  if (id) report2.id = id;
  if (severity) report2.severity = severity;
  if (incident && isIncidentId(incident.value)) report2.incident = incident;
  return report2;
}
function crossCheckRepository(reports, config, options = {}) {
  const folders = options.folders ?? config?.paths ?? DEFAULT_FOLDERS;
  const found = /* @__PURE__ */ new Map();
  const add = (report2, at, message) => {
    const list = found.get(report2) ?? [];
    list.push({ path: report2.path, line: at.line, column: at.column, message });
    found.set(report2, list);
  };
  const names = config?.severities.map((s) => s.name);
  const incidentIds = new Set(options.knownIncidents ?? []);
  for (const report2 of reports) {
    if (report2.kind === "incident") {
      const nameId = incidentIdOfFileName(report2.path.slice(report2.path.lastIndexOf("/") + 1)) ?? void 0;
      if (nameId) incidentIds.add(nameId);
      if (report2.id) incidentIds.add(report2.id.value);
    }
    if (names && report2.severity && !names.includes(report2.severity.value)) {
      const severity = report2.severity.value;
      const sameLetters = names.find((n) => n.toLowerCase() === severity.toLowerCase());
      add(
        report2,
        report2.severity,
        sameLetters ? `severity "${severity}" is written differently in the configuration; use "${sameLetters}"` : `severity "${severity}" is not defined in the configuration; defined: ${names.join(", ")}`
      );
    }
  }
  for (const kind of ["incident", "postmortem"]) {
    const firstWith = /* @__PURE__ */ new Map();
    for (const report2 of reports) {
      if (report2.kind !== kind || !report2.id) continue;
      const first = firstWith.get(report2.id.value);
      if (first === void 0) firstWith.set(report2.id.value, report2.path);
      else add(report2, report2.id, `id ${report2.id.value} is also used by ${first}; every ${kind} needs its own id (INC-<issue number>)`);
    }
  }
  for (const report2 of reports) {
    if (report2.incident && !incidentIds.has(report2.incident.value)) {
      add(report2, report2.incident, `incident ${report2.incident.value} does not exist: there is no ${folders.incidents}/${report2.incident.value}.md`);
    }
  }
  return reports.flatMap((report2) => {
    const more = found.get(report2);
    return more ? sortByPosition([...report2.problems, ...more]) : report2.problems;
  });
}
function readFile(file) {
  const name = file.path.slice(file.path.lastIndexOf("/") + 1);
  const nameId = incidentIdOfFileName(name) ?? void 0;
  const read = readFrontMatter(file.text, file.path, file.kind);
  const problems = [...read.problems];
  if (!nameId) {
    problems.push({
      path: file.path,
      line: 1,
      column: 1,
      message: `file name "${name}" is not INC-<n>.md, where <n> is the issue number (e.g. INC-42.md); sitrep reads only files named so`
    });
  }
  const frontMatter = read.frontMatter && typeof read.frontMatter === "object" && !Array.isArray(read.frontMatter) ? read.frontMatter : void 0;
  return { file, nameId, frontMatter, yaml: read.yaml, tree: read.tree, problems };
}
function report(entry, key, message) {
  const at = entry.yaml?.locate("", key) ?? { line: 2, column: 1 };
  entry.problems.push({ path: entry.file.path, ...at, message });
}
function checkIdMatchesName(entry) {
  const id = entry.frontMatter?.id;
  if (entry.nameId && typeof id === "string" && id !== entry.nameId) {
    report(entry, "id", `id "${id}" does not match the file name ${entry.nameId}.md; the id must be ${entry.nameId}`);
  }
}
var ACTIVE = /* @__PURE__ */ new Set(["triage", "investigating", "fixing", "monitoring"]);
var ORDERED_TIMES = ["declared_at", "acknowledged_at", "mitigated_at", "resolved_at", "closed_at"];
var ORDER_TEXT = ORDERED_TIMES.join(" \u2264 ");
var AFTER_START = /* @__PURE__ */ new Set(["mitigated_at", "resolved_at", "closed_at"]);
function checkIncident(entry, log) {
  const fm = entry.frontMatter;
  checkIdMatchesName(entry);
  const id = typeof fm.id === "string" && isIncidentId(fm.id) ? fm.id.slice(4) : void 0;
  if (id !== void 0 && typeof fm.issue === "number" && Number.isInteger(fm.issue) && fm.issue !== Number(id)) {
    report(entry, "issue", `issue ${fm.issue} does not match the id ${String(fm.id)}; issue must be ${id}`);
  }
  const times = /* @__PURE__ */ new Map();
  const time = (key) => {
    if (!times.has(key)) {
      const value = fm[key];
      times.set(key, typeof value === "string" && isRfc3339(value) ? toMillis(value) : void 0);
    }
    return times.get(key);
  };
  for (const [index, key] of ORDERED_TIMES.entries()) {
    const at = time(key);
    if (at === void 0) continue;
    const earlier = ORDERED_TIMES.slice(0, index).reverse();
    if (AFTER_START.has(key)) earlier.push("started_at");
    const later = earlier.find((other) => {
      const otherAt = time(other);
      return otherAt !== void 0 && otherAt > at;
    });
    if (!later) continue;
    const rule = later === "started_at" ? "the impact cannot end before it started" : `times must not go backwards: ${ORDER_TEXT}`;
    report(entry, key, `${key} ${String(fm[key])} is before ${later} ${String(fm[later])}; ${rule}`);
  }
  checkStatusTimes(entry, fm);
  checkLogOrder(entry, log);
}
function checkStatusTimes(entry, fm) {
  const status = fm.status;
  if (typeof status !== "string") return;
  const has = (key) => fm[key] !== void 0 && fm[key] !== null;
  if ((status === "resolved" || status === "closed") && !has("resolved_at")) {
    report(entry, "status", `status is ${status} but resolved_at is not set; a ${status} incident records when it was resolved (resolved_at: <time>)`);
  }
  if (status === "closed" && !has("closed_at")) {
    report(entry, "status", "status is closed but closed_at is not set; a closed incident records when it was closed (closed_at: <time>)");
  }
  if (status === "resolved" && has("closed_at")) {
    report(entry, "closed_at", "closed_at is set but status is resolved; set status: closed, or closed_at: null");
  }
  if (status === "monitoring" && !has("mitigated_at")) {
    report(entry, "status", "status is monitoring but mitigated_at is not set; it records the first entry into monitoring (mitigated_at: <time>)");
  }
  if (ACTIVE.has(status)) {
    for (const key of ["resolved_at", "closed_at"]) {
      if (has(key)) {
        report(entry, key, `${key} is set but status is ${status}; an open incident has no ${key} (a reopen clears it): set ${key}: null, or the status that goes with it`);
      }
    }
  }
}
function logItemText(item) {
  const paragraph = item.children[0];
  if (item.children.length === 1 && paragraph?.type === "paragraph") {
    const last = paragraph.children.at(-1);
    const before = paragraph.children.at(-2);
    if (last?.type === "link" && before?.type === "text" && before.value.endsWith(SEPARATOR)) {
      return toString({ ...paragraph, children: paragraph.children.slice(0, -1) }).slice(0, -SEPARATOR.length);
    }
  }
  return toString(item);
}
function logItemsOf(tree) {
  const list = findSection(tree, "Log")?.nodes.find((n) => n.type === "list");
  if (list?.type !== "list") return [];
  return list.children.map((item) => ({ text: logItemText(item), line: item.position?.start.line ?? 0, column: item.position?.start.column ?? 1 }));
}
function checkLogOrder(entry, log) {
  let previous;
  for (const { text, line, column } of log) {
    const at = logLineTime(text);
    if (at === void 0) {
      entry.problems.push({
        path: entry.file.path,
        line,
        column,
        message: `Log line is not "<time>${SEPARATOR}@<login>${SEPARATOR}<event>${SEPARATOR}<text>" (time as 2026-11-21T10:02:11Z): ${text.slice(0, 60)}`
      });
      continue;
    }
    const ms = timestampMillis(at);
    if (ms === void 0) {
      entry.problems.push({ path: entry.file.path, line, column, message: `Log entry time ${at} is not a real date and time` });
      continue;
    }
    if (previous && ms < previous.ms) {
      entry.problems.push({
        path: entry.file.path,
        line,
        column,
        message: `Log entry at ${at} is earlier than the entry before it (${previous.at}, line ${previous.line}); the Log lists events in time order`
      });
    }
    previous = { at, ms, line };
  }
}
function checkPostmortem(entry) {
  checkIdMatchesName(entry);
  const { file, frontMatter, yaml, tree } = entry;
  entry.problems.push(...checkPostmortemContent({ path: file.path, frontMatter, yaml, tree }));
}
function sortByPosition(problems) {
  return problems.map((p, index) => ({ p, index })).sort((a, b) => a.p.line - b.p.line || a.p.column - b.p.column || a.index - b.index).map(({ p }) => p);
}

export {
  CONFIG_PATH,
  checkConfig,
  loadConfig,
  findSeverity,
  configuredFolders,
  classifyPath,
  checkRepositoryFileQuickly,
  checkRepositoryFilePrecisely,
  crossCheckRepository,
  sortByPosition
};
