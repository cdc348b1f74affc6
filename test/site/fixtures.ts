import { stringify } from 'yaml';
import { renderList, textListItem } from '../../src/core/markdown.js';

/** Front matter of a test incident: the defaults of a fresh declaration, overridden per test. */
export interface IncidentFields {
  issue: number;
  title?: string;
  severity?: string;
  status?: string;
  type?: 'incident' | 'security';
  services?: string[];
  customers?: string[];
  declared_at?: string;
  started_at?: string | null;
  mitigated_at?: string | null;
  resolved_at?: string | null;
  closed_at?: string | null;
  roles?: { coordinator: string | null; operations: string | null; communications: string | null };
  public?: { title?: string; components?: string[] };
}

/**
 * One Log line as sitrep writes it: `<time> · @<login> · <label> · <text>`, the text escaped as
 * Markdown text, then the optional ` · [link](ref)`.
 */
export function logLine(at: string, actor: string, label: string, text: string, ref?: string): string {
  const line = renderList([textListItem(`${at} · @${actor} · ${label} · ${text}`)]).trimEnd();
  return ref ? `${line} · [link](${ref})` : line;
}

/** An incident file as sitrep writes it (front matter, Summary, Impact, Log). */
export function incidentFile(fields: IncidentFields, log: string[], body = { summary: 'Summary.', impact: 'Impact.' }): { path: string; text: string } {
  const record = {
    id: `INC-${fields.issue}`,
    title: fields.title ?? `Incident ${fields.issue}`,
    severity: fields.severity ?? 'P2',
    status: fields.status ?? 'investigating',
    type: fields.type ?? 'incident',
    issue: fields.issue,
    source: 'customer',
    services: fields.services ?? ['checkout-api'],
    customers: fields.customers ?? [],
    declared_at: fields.declared_at ?? '2026-11-20T10:00:00Z',
    started_at: fields.started_at ?? null,
    acknowledged_at: null,
    mitigated_at: fields.mitigated_at ?? null,
    resolved_at: fields.resolved_at ?? null,
    closed_at: fields.closed_at ?? null,
    next_update_due: null,
    roles: fields.roles ?? { coordinator: 'alice', operations: 'bob', communications: null },
    postmortem: null,
    ...(fields.public ? { public: fields.public } : {}),
  };
  const text = ['---', stringify(record).trimEnd(), '---', '', '## Summary', '', body.summary, '', '## Impact', '', body.impact, '', '## Log', '', ...log, ''].join('\n');
  return { path: `incidents/INC-${fields.issue}.md`, text };
}

/** A configuration file's text. */
export function configText(statusPage: Record<string, unknown>): string {
  return stringify({ status_page: statusPage });
}

/** A small site: one active published P1, one resolved published P2, one unpublished P3. */
export function sampleFiles(): { path: string; text: string }[] {
  return [
    incidentFile(
      { issue: 42, title: 'Checkout 502s for acme after deploy 1234', severity: 'P1', status: 'fixing', services: ['checkout-api', 'payments-db'], customers: ['acme'], declared_at: '2026-11-30T09:02:00Z', started_at: '2026-11-30T08:50:00Z', public: { title: 'Checkout errors', components: ['Checkout'] } },
      [
        logLine('2026-11-30T09:02:00Z', 'bob', 'declared', 'P1, investigating'),
        logLine('2026-11-30T09:10:00Z', 'alice', 'update (investigating)', 'Rolled back deploy 1234 on eu-west. (next update due 2026-11-30T09:40:00Z)'),
        logLine('2026-11-30T09:15:00Z', 'alice', 'public', 'Some customers see **errors** at checkout. We are on it. (next update due 2026-11-30T09:45:00Z)'),
        logLine('2026-11-30T09:30:00Z', 'bob', 'status', 'investigating → fixing. Found the bad config in payments-db.'),
        logLine('2026-11-30T09:35:00Z', 'alice', 'public', 'We found the cause and are rolling out a fix.'),
      ],
    ),
    incidentFile(
      { issue: 31, title: 'Search indexer OOM', severity: 'P2', status: 'resolved', services: ['Search'], declared_at: '2026-11-20T08:12:40Z', started_at: '2026-11-20T06:30:00Z', mitigated_at: '2026-11-20T10:41:15Z', resolved_at: '2026-11-20T15:02:00Z' },
      [
        logLine('2026-11-20T08:12:40Z', 'dave', 'declared', 'P2, investigating'),
        logLine('2026-11-20T08:30:00Z', 'erin', 'public', 'Search results may be out of date.'),
        logLine('2026-11-20T10:41:15Z', 'dave', 'status', 'investigating → monitoring. Lag back under 30 seconds.'),
        logLine('2026-11-20T15:02:00Z', 'erin', 'status', 'monitoring → resolved. Afternoon import went through.'),
      ],
    ),
    incidentFile(
      { issue: 50, title: 'Internal only: slow admin', severity: 'P3', status: 'investigating', services: ['Search'], declared_at: '2026-11-29T08:00:00Z' },
      [logLine('2026-11-29T08:00:00Z', 'dave', 'declared', 'P3, investigating')],
    ),
  ];
}

export const SAMPLE_CONFIG = configText({ title: 'Acme Status', components: ['Checkout', 'Search', 'Login'], history: '30d' });
export const SAMPLE_NOW = Date.parse('2026-11-30T12:00:00Z');
