import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  findSeverity
} from "./chunk-3Z5CGGDQ.js";
import {
  ROLES,
  describeLogEntry,
  isActive,
  isBotLogin,
  isStatusChange,
  toMillis
} from "./chunk-DO73POIR.js";

// src/core/timeline.ts
var POSTMORTEM_BRANCH_PREFIX = "sitrep/postmortem/";
var LOG_KINDS_LEFT_OUT = /* @__PURE__ */ new Set(["followup", "postmortem"]);
function isOwnPostmortem(source) {
  return source.headRef?.startsWith(POSTMORTEM_BRANCH_PREFIX) ?? false;
}
function reference(source) {
  return `${source.repository}#${source.number}`;
}
function timelineRows(log, events) {
  const rows = [];
  for (const entry of log) {
    if (LOG_KINDS_LEFT_OUT.has(entry.kind)) continue;
    rows.push({ at: entry.at, event: describeLogEntry(entry), who: entry.actor, ...entry.ref ? { url: entry.ref } : {} });
  }
  const linked = /* @__PURE__ */ new Set();
  for (const event of events) {
    if (event.kind === "renamed" && !event.byBot) {
      rows.push({ at: event.at, event: `Title changed: \u201C${event.from}\u201D \u2192 \u201C${event.to}\u201D`, who: event.actor, ...event.url ? { url: event.url } : {} });
    }
    if (event.kind !== "cross-referenced" || event.source.type !== "PullRequest") continue;
    const { source } = event;
    if (isOwnPostmortem(source) || linked.has(source.url)) continue;
    linked.add(source.url);
    rows.push({ at: event.at, event: `Pull request linked: ${reference(source)} ${source.title}`, who: event.actor, url: source.url });
    if (source.mergedAt) {
      rows.push({ at: source.mergedAt, event: `Pull request merged: ${reference(source)} ${source.title}`, who: source.mergedBy ?? null, url: source.url });
    }
  }
  return sortByTime(rows);
}
function sortByTime(items) {
  return items.map((item, index) => ({ item, index, ms: Date.parse(item.at) })).sort((a, b) => a.ms - b.ms || a.index - b.index).map(({ item }) => item);
}
function responders(record, log, events) {
  const bots = new Set(events.filter((e) => e.byBot && e.actor).map((e) => e.actor.toLowerCase()));
  const people = /* @__PURE__ */ new Map();
  const person = (login) => {
    const key = login.toLowerCase();
    let found = people.get(key);
    if (!found) {
      found = { login, roles: [], formerRoles: [], firstAt: null, actions: 0, acts: /* @__PURE__ */ new Set() };
      people.set(key, found);
    }
    return found;
  };
  const end = record.resolved_at ? Date.parse(record.resolved_at) : Infinity;
  const acted = (login, at, act) => {
    if (!login || isBotLogin(login) || bots.has(login.toLowerCase()) || Date.parse(at) > end) return;
    const who = person(login);
    if (!who.firstAt || Date.parse(at) < Date.parse(who.firstAt)) who.firstAt = at;
    who.acts.add(act);
  };
  log.forEach((entry, index) => {
    if (entry.kind !== "postmortem") acted(entry.actor, entry.at, entry.ref ?? `log:${index}`);
  });
  events.forEach((event, index) => {
    if (!event.byBot) acted(event.actor, event.at, event.kind === "comment" && event.url ? event.url : `event:${index}`);
  });
  for (const entry of log) {
    if (entry.kind === "role" && entry.previous && !isBotLogin(entry.previous)) person(entry.previous).formerRoles.push({ role: entry.role, until: entry.at });
  }
  for (const role of ROLES) {
    const holder = record.roles[role];
    if (holder && !isBotLogin(holder)) person(holder).roles.push(role);
  }
  const rank = (r) => {
    const first = r.roles[0];
    return first ? ROLES.indexOf(first) : ROLES.length;
  };
  return [...people.values()].map(({ acts, ...r }) => ({ ...r, actions: acts.size })).sort((a, b) => rank(a) - rank(b) || (a.firstAt ? Date.parse(a.firstAt) : Infinity) - (b.firstAt ? Date.parse(b.firstAt) : Infinity) || a.login.localeCompare(b.login));
}

// src/core/cadence.ts
var UnknownSeverityError = class extends Error {
  constructor(severity, known) {
    super(`severity "${severity}" is not defined in the configuration; defined: ${known.join(", ")}`);
    this.severity = severity;
    this.known = known;
    this.name = "UnknownSeverityError";
  }
  severity;
  known;
};
function severityOf(config, name) {
  const found = findSeverity(config, name);
  if (found) return found;
  const last = config.severities.at(-1);
  if (!last) throw new UnknownSeverityError(name, []);
  return last;
}
function updateInterval(config, severity, status) {
  return config.statusCadence[status] ?? severityOf(config, severity).updateEvery;
}

// src/core/metrics.ts
function between(from, to) {
  return from && to ? Math.max(0, toMillis(to) - toMillis(from)) : null;
}
function initialState(record, log) {
  const firstSeverity = log.find((e) => e.kind === "severity");
  const firstMove = log.find(isStatusChange);
  const declared = log.find((e) => e.kind === "declared");
  const status = firstMove?.from ?? (declared?.kind === "declared" ? declared.status : record.status);
  return { severity: firstSeverity?.kind === "severity" ? firstSeverity.from : record.severity, status };
}
function replayCadence(record, log, config, now) {
  const entries = sortByTime(log);
  let { severity, status } = initialState(record, entries);
  const interval = () => updateInterval(config, severity, status);
  const declaredAt = toMillis(record.declared_at);
  let due = isActive(status) ? declaredAt + interval() : null;
  const result = { made: 0, due: 0, late: 0, missed: 0 };
  const silence = (until) => {
    return due !== null && until > due ? Math.floor((until - due) / interval()) : 0;
  };
  const updated = (at) => {
    if (due === null) return;
    result.made++;
    if (at > due) {
      result.late++;
      result.missed += silence(at);
    }
  };
  for (const entry of entries) {
    const at = toMillis(entry.at);
    if (Number.isNaN(at) || at < declaredAt) continue;
    if (entry.kind === "severity") {
      severity = entry.to;
      if (due !== null && isActive(status)) due = Math.min(due, at + interval());
    } else if (isStatusChange(entry)) {
      updated(at);
      status = entry.to;
      due = isActive(status) ? at + interval() : null;
    } else if (entry.kind === "update" || entry.kind === "public") {
      updated(at);
      due = isActive(status) ? entry.nextDue ? toMillis(entry.nextDue) : at + interval() : null;
    }
  }
  if (due !== null && isActive(status) && now > due) result.missed += 1 + silence(now);
  result.due = result.made + result.missed;
  return result;
}
function computeMetrics(input) {
  const { record, log, config, now } = input;
  const impactFrom = record.started_at ? "started_at" : "declared_at";
  const impactStart = toMillis(record.started_at ?? record.declared_at);
  const impactUntil = record.mitigated_at ? "mitigated_at" : record.resolved_at ? "resolved_at" : "now";
  const impactEnd = record.mitigated_at ? toMillis(record.mitigated_at) : record.resolved_at ? toMillis(record.resolved_at) : now;
  return {
    timeToDeclare: between(record.started_at, record.declared_at),
    timeToAcknowledge: between(record.declared_at, record.acknowledged_at),
    timeToMitigate: between(record.declared_at, record.mitigated_at),
    timeToResolve: between(record.declared_at, record.resolved_at),
    impactDuration: Math.max(0, impactEnd - impactStart),
    impactFrom,
    impactUntil,
    updates: replayCadence(record, log, config, now)
  };
}

export {
  severityOf,
  timelineRows,
  responders,
  computeMetrics
};
