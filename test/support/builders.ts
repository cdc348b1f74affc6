import type { ChangeContext } from '../../src/core/change.js';
import { defaultConfig, loadConfig, type Config } from '../../src/core/config.js';
import type { IncidentRecord, LogEntry } from '../../src/core/incident.js';
import { readLogEvent, writeLogEvent } from '../../src/core/log.js';

/** 2026-11-21T10:00:00Z, the clock every unit test starts from. */
export const T0 = Date.parse('2026-11-21T10:00:00Z');

/** Minutes after T0, as an instant. */
export function at(minutes: number): number {
  return T0 + minutes * 60_000;
}

/** An incident record as a fresh P1 declaration writes it, with overrides. */
export function anIncident(overrides: Partial<IncidentRecord> = {}): IncidentRecord {
  return {
    id: 'INC-42',
    title: 'Checkout API returns 502 for EU customers',
    severity: 'P1',
    status: 'investigating',
    type: 'incident',
    issue: 42,
    source: 'alert',
    services: ['checkout-api'],
    customers: ['acme'],
    declared_at: '2026-11-21T10:00:00Z',
    started_at: null,
    acknowledged_at: null,
    mitigated_at: null,
    resolved_at: null,
    closed_at: null,
    next_update_due: '2026-11-21T10:30:00Z',
    roles: { coordinator: null, operations: 'bob', communications: null },
    postmortem: null,
    ...overrides,
  };
}

/** A change context: `actor` acting `minutes` after T0 on an incident reported by bob. */
export function aContext(actor = 'alice', minutes = 5, config: Config = defaultConfig()): ChangeContext {
  return { actor, now: at(minutes), config, reporter: 'bob', ref: 'https://github.com/acme/incidents/issues/42#issuecomment-1' };
}

/** A config from YAML text, failing loudly. */
export function configFrom(yaml: string): Config {
  return loadConfig(yaml);
}

/** A Log entry as a line of the file reads: `<at> · @<actor> · <label> · <text>`. */
export function logLine(at: string, actor: string, label: string, text = '', ref?: string): LogEntry {
  return { at, actor, ...readLogEvent(label, text), ...(ref ? { ref } : {}) };
}

/** The text of an entry's line, after its label, as the file shows it. */
export function logText(entry: LogEntry | undefined): string | undefined {
  return entry && writeLogEvent(entry).text;
}

/** An entry as its line reads in the file: who, the label and the text after it. */
export function asLine(entry: LogEntry | undefined): { at: string; actor: string; kind: string; text: string; ref?: string } | undefined {
  if (!entry) return undefined;
  const { label, text } = writeLogEvent(entry);
  return { at: entry.at, actor: entry.actor, kind: label, text, ...(entry.ref ? { ref: entry.ref } : {}) };
}

/** An issue body as GitHub renders the incident form: `### <label>` then the answer. */
export function incidentFormBody(answers: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    Severity: 'P1',
    Summary: 'Checkout API returns 502 for EU customers.',
    Impact: 'EU customers cannot pay.',
    'Affected services': 'checkout-api',
    'Affected customers': 'acme',
    'Impact started at': '',
    'How was it detected?': 'alert',
    Type: 'incident',
    ...answers,
  };
  return Object.entries(fields).map(([label, value]) => `### ${label}\n\n${value || '_No response_'}`).join('\n\n');
}
