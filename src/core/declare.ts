import { alertText, type AlertDeclaration, type AlertPayload } from './alert.js';
import { nextUpdateDue } from './cadence.js';
import { findSeverity, type Config } from './config.js';
import type { EmailDecision } from './email.js';
import { incidentId, MAX_EMAIL_IDS, type IncidentRecord, type IncidentType, type LogEntry, type Source } from './incident.js';
import { answer, parseIssueForm } from './issue-form.js';
import { formatTimestamp, parseLooseTime } from './time.js';

/** The issue that declares an incident, as the event delivers it. */
export interface DeclaringIssue {
  number: number;
  title: string;
  body: string;
  author: string;
  createdAt: string;
  url: string;
}

/** A form answer sitrep could not use, and how to fix it. The declaration goes on regardless. */
export interface FormProblem {
  field: string;
  problem: string;
  fix: string;
}

export interface Declaration {
  record: IncidentRecord;
  summary: string;
  impact: string;
  log: LogEntry[];
  problems: FormProblem[];
}

const SOURCES: readonly Source[] = ['alert', 'customer', 'email', 'other'];

function list(text: string | undefined): string[] {
  if (!text) return [];
  return [...new Set(text.split(/[,\n]/).map((s) => s.replace(/^[-*]\s+/, '').trim()).filter(Boolean))];
}

/**
 * Builds the incident from the issue form (SPEC 4.1). Nothing is ever lost: a missing or invalid
 * answer puts the incident in triage and becomes a problem to report, never a refusal.
 */
export function declareIncident(issue: DeclaringIssue, config: Config, now: number): Declaration {
  const form = parseIssueForm(issue.body);
  const problems: FormProblem[] = [];
  const severityNames = config.severities.map((s) => s.name);
  const mostSevere = severityNames[0] ?? 'P1';

  let severity = mostSevere;
  let triage = false;
  const severityAnswer = answer(form, 'severity')?.trim() ?? '';
  const named = severityAnswer.split(/[\s—–:-]+/)[0] ?? '';
  const known = named ? findSeverity(config, named) : undefined;
  if (known) {
    severity = known.name;
  } else {
    triage = true;
    if (!/not sure|triage|unknown/i.test(severityAnswer)) {
      problems.push({
        field: 'Severity',
        problem: severityAnswer ? `"${severityAnswer}" is not a severity` : 'no severity was given',
        fix: `the incident is in triage as ${mostSevere} until someone sets it: \`${config.command} severity <${severityNames.join('|')}>\``,
      });
    }
  }

  const typeAnswer = answer(form, 'type', 'incident type')?.toLowerCase() ?? '';
  let type: IncidentType = 'incident';
  if (/security/.test(typeAnswer)) type = 'security';
  else if (typeAnswer && !/incident|outage|availability/.test(typeAnswer)) {
    problems.push({ field: 'Type', problem: `"${typeAnswer}" is not a type`, fix: 'recorded as incident; accepted: incident, security' });
  }

  const sourceAnswer = answer(form, 'source', 'how was it detected', 'detected')?.toLowerCase() ?? '';
  let source: Source | null = SOURCES.find((s) => sourceAnswer.includes(s)) ?? null;
  if (sourceAnswer && !source) {
    source = 'other';
    problems.push({ field: 'Source', problem: `"${sourceAnswer}" is not a source`, fix: `recorded as other; accepted: ${SOURCES.join(', ')}` });
  }

  let startedAt: string | null = null;
  const startedAnswer = answer(form, 'impact started at', 'started at', 'impact start', 'started')?.trim() ?? '';
  if (startedAnswer) {
    startedAt = parseLooseTime(startedAnswer);
    if (!startedAt) {
      problems.push({
        field: 'Impact started at',
        problem: `"${startedAnswer}" is not a time`,
        fix: 'write it as 2026-11-21 09:50 UTC or 2026-11-21T09:50:00Z in the incident file\'s started_at',
      });
    } else if (Date.parse(startedAt) > now) {
      problems.push({ field: 'Impact started at', problem: `${startedAt} is in the future`, fix: 'set started_at in the incident file to when impact began' });
      startedAt = null;
    }
  }

  const isForm = form.size > 0;
  const summary = answer(form, 'summary', 'what is happening', 'description') ?? (isForm ? '' : issue.body);
  const impact = answer(form, 'impact', 'customer impact') ?? '';
  if (!summary.trim()) {
    problems.push({ field: 'Summary', problem: 'no summary was given', fix: 'describe what is broken in an update or in the incident file\'s Summary' });
  }

  const declaredAt = formatTimestamp(Date.parse(issue.createdAt));
  const record: IncidentRecord = {
    id: incidentId(issue.number),
    title: issue.title,
    severity,
    status: triage ? 'triage' : 'investigating',
    type,
    issue: issue.number,
    source,
    services: list(answer(form, 'services', 'affected services')),
    customers: list(answer(form, 'customers', 'affected customers')),
    declared_at: declaredAt,
    started_at: startedAt,
    acknowledged_at: null,
    mitigated_at: null,
    resolved_at: null,
    closed_at: null,
    next_update_due: null,
    roles: { coordinator: null, operations: issue.author, communications: null },
    postmortem: null,
  };
  record.next_update_due = nextUpdateDue(config, record, now);
  const log: LogEntry[] = [
    { at: declaredAt, actor: issue.author, kind: 'declared', severity, status: record.status, ref: issue.url },
  ];
  return { record, summary, impact, log, problems };
}

/** The issue sitrep opened for an alert group, as GitHub answered. */
export interface AlertIssue {
  number: number;
  url: string;
  createdAt: string;
  /** Who opened it: the token sitrep runs with. */
  author: string;
}

/**
 * Builds the incident an alert group declares (SPEC 4.6), as `declareIncident` does for the form
 * but from the alert: status `alerts.status`, the mapped severity and services, source `alert`,
 * the group's key, and no reporter role — the bot is not a responder, so a severity that needs
 * a coordinator shows as understaffed and pings `escalation.coordinators` on the card at once.
 */
export function declareFromAlert(issue: AlertIssue, alert: AlertDeclaration, payload: AlertPayload, config: Config, now: number): Declaration {
  const declaredAt = formatTimestamp(Date.parse(issue.createdAt));
  const starts = payload.alerts
    .filter((a) => a.status === 'firing')
    .map((a) => Date.parse(a.starts_at))
    .filter((ms) => Number.isFinite(ms) && ms <= now);
  const record: IncidentRecord = {
    id: incidentId(issue.number),
    title: alert.title,
    severity: alert.severity,
    status: alert.status,
    type: 'incident',
    issue: issue.number,
    source: 'alert',
    services: alert.services,
    customers: [],
    declared_at: declaredAt,
    started_at: starts.length ? formatTimestamp(Math.min(...starts)) : null,
    acknowledged_at: null,
    mitigated_at: null,
    resolved_at: null,
    closed_at: null,
    next_update_due: null,
    roles: { coordinator: null, operations: null, communications: null },
    postmortem: null,
    alert: alert.alert,
  };
  record.next_update_due = nextUpdateDue(config, record, now);
  const summary = payload.common_annotations?.description ?? payload.alerts.find((a) => a.annotations?.description)?.annotations?.description ?? alert.title;
  const log: LogEntry[] = [{ at: declaredAt, actor: issue.author, kind: 'declared', severity: record.severity, status: record.status, ref: issue.url }];
  return { record, summary: alertText(summary), impact: '', log, problems: [] };
}

/** A Message-ID as the record keeps it: `<local@domain>`, one token, bounded; anything else is not kept. */
export function storableMessageId(id: string): string | null {
  return id.length <= 1000 && /^<[^<>\s]+>$/.test(id) ? id : null;
}

/** The thread's ids with one more, newest last, at most {@link MAX_EMAIL_IDS}; unchanged when it is there already or cannot be kept. */
export function withMessageId(ids: readonly string[], id: string): string[] {
  const kept = storableMessageId(id);
  if (!kept || ids.includes(kept)) return [...ids];
  return [...ids, kept].slice(-MAX_EMAIL_IDS);
}

/**
 * Builds the incident an email declares (SPEC 4.14), as `declareFromAlert` does for an alert:
 * status triage, source `email`, the customers the sender matched, the email's Message-ID as its
 * thread, and no reporter role (the sender is no GitHub user; the bot is not a responder). The
 * severity is the most severe, as the form's "Not sure — triage" does: triage sets it. The Log
 * says the incident was declared and names the email.
 */
export function declareFromEmail(issue: AlertIssue, decision: Extract<EmailDecision, { action: 'declare' }>, config: Config, now: number): Declaration {
  const declaredAt = formatTimestamp(Date.parse(issue.createdAt));
  const ids = withMessageId([], decision.messageId);
  const record: IncidentRecord = {
    id: incidentId(issue.number),
    title: decision.title,
    severity: config.severities[0]?.name ?? 'P1',
    status: decision.status,
    type: 'incident',
    issue: issue.number,
    source: decision.source,
    services: [],
    customers: [...decision.customers],
    declared_at: declaredAt,
    started_at: null,
    acknowledged_at: null,
    mitigated_at: null,
    resolved_at: null,
    closed_at: null,
    next_update_due: null,
    roles: { coordinator: null, operations: null, communications: null },
    postmortem: null,
    ...(ids.length ? { email: { message_ids: ids } } : {}),
  };
  record.next_update_due = nextUpdateDue(config, record, now);
  const log: LogEntry[] = [
    { at: declaredAt, actor: issue.author, kind: 'declared', severity: record.severity, status: record.status, ref: issue.url },
    { at: declaredAt, actor: issue.author, kind: 'email', text: decision.logText },
  ];
  return { record, summary: decision.summary, impact: '', log, problems: [] };
}
