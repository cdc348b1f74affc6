import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIncidentText, formatLogLine, parseIncident, parseLogLine } from '../../src/core/incident-file.js';
import { STATUSES } from '../../src/core/lifecycle.js';
import { describeLogEntry, latestUpdate, readLogEvent, statusSince, writeLogEvent, type LogEvent } from '../../src/core/log.js';
import { anIncident, logLine } from '../support/builders.js';

// Lines exactly as earlier versions wrote them: each must read as its kind and be written back byte for byte.
const EARLIER_LINES: [string, LogEvent][] = [
  ['declared · P1, investigating', { kind: 'declared', severity: 'P1', status: 'investigating' }],
  ['acknowledged · first response', { kind: 'acknowledged' }],
  ['update (fixing) · Rolled back deploy 1234. (next update due 2026-11-21T11:10:00Z)', { kind: 'update', status: 'fixing', message: 'Rolled back deploy 1234.', nextDue: '2026-11-21T11:10:00Z' }],
  ['update (monitoring) · Customers confirmed.', { kind: 'update', status: 'monitoring', message: 'Customers confirmed.', nextDue: null }],
  ['status · investigating → fixing', { kind: 'status', from: 'investigating', to: 'fixing', message: '' }],
  ['status · fixing → monitoring. Error rate back to 0.1%; watching', { kind: 'status', from: 'fixing', to: 'monitoring', message: 'Error rate back to 0.1%; watching' }],
  ['regression · monitoring → investigating. 502s are back', { kind: 'regression', from: 'monitoring', to: 'investigating', message: '502s are back' }],
  ['reopened · resolved → investigating; cleared resolved_at. issue reopened by hand', { kind: 'reopened', from: 'resolved', to: 'investigating', cleared: ['resolved_at'], message: 'issue reopened by hand' }],
  ['reopened · closed → investigating; cleared resolved_at, closed_at', { kind: 'reopened', from: 'closed', to: 'investigating', cleared: ['resolved_at', 'closed_at'], message: '' }],
  ['severity · P2 → P1. EU checkout down', { kind: 'severity', from: 'P2', to: 'P1', reason: 'EU checkout down' }],
  ['role · coordinator: @alice', { kind: 'role', role: 'coordinator', login: 'alice', previous: null }],
  ['handoff · communications: @carol (was @alice)', { kind: 'role', role: 'communications', login: 'carol', previous: 'alice' }],
  ['escalated · to @acme/dba, @dave. replica lag', { kind: 'escalated', targets: ['@acme/dba', '@dave'], reason: 'replica lag' }],
  ['note · Deploy 1234 rolled out at 09:48', { kind: 'note', text: 'Deploy 1234 rolled out at 09:48' }],
  ['followup · Alert on 5xx ratio per region — owner: @carol, repo: acme/checkout, due: 2026-12-05', { kind: 'followup', item: 'Alert on 5xx ratio per region — owner: @carol, repo: acme/checkout, due: 2026-12-05' }],
  ['postmortem · pull request #43 opened for review', { kind: 'postmortem', text: 'pull request #43 opened for review' }],
  ['followups · 2 filed: acme/checkout#7, acme/web#3', { kind: 'followups', text: '2 filed: acme/checkout#7, acme/web#3' }],
  ['email · Email from Jane at Acme (URGENT: checkout down): No order goes through', { kind: 'email', text: 'Email from Jane at Acme (URGENT: checkout down): No order goes through' }],
  ['renamed · Checkout 502s → Checkout API returns 502 for EU customers', { kind: 'renamed', from: 'Checkout 502s', to: 'Checkout API returns 502 for EU customers' }],
  // Hand-written lines sitrep does not know keep their words.
  ['rollback · deploy 1234 reverted', { kind: 'other', label: 'rollback', text: 'deploy 1234 reverted' }],
  ['status · rolled back by hand', { kind: 'other', label: 'status', text: 'rolled back by hand' }],
  ['update (later) · soon', { kind: 'other', label: 'update (later)', text: 'soon' }],
];

describe('the typed Log', () => {
  it.each(EARLIER_LINES)('reads "%s" as its kind and writes it back unchanged', (line, event) => {
    const parsed = parseLogLine(`2026-11-21T10:15:00Z · @alice · ${line}`);
    expect(parsed).toStrictEqual({ at: '2026-11-21T10:15:00Z', actor: 'alice', ...event });
    expect(formatLogLine(parsed!)).toBe(`2026-11-21T10:15:00Z · @alice · ${line}`);
  });

  it('reads a whole file written by the previous version the same, entry for entry', () => {
    const lines = EARLIER_LINES.map(([line], i) => `- 2026-11-21T10:${String(10 + i).padStart(2, '0')}:00Z · @alice · ${line}`);
    const text = `${createIncidentText({ record: anIncident(), summary: 's', impact: 'i', log: [] }).replace(/## Log\n[\s\S]*$/, '## Log\n\n')}${lines.join('\n')}\n`;
    const { document } = parseIncident(text);
    expect(document?.log.map((e) => e.kind)).toEqual(EARLIER_LINES.map(([, event]) => event.kind));
    expect(createIncidentText({ record: anIncident(), summary: 's', impact: 'i', log: document!.log })).toBe(text);
  });

  it('round-trips any event whose text is free (messages, notes, reasons)', () => {
    const words = fc.string({ minLength: 0, maxLength: 60 }).filter((s) => !/[\r\n]/.test(s) && s === s.trim());
    const status = fc.constantFrom(...STATUSES);
    const event: fc.Arbitrary<LogEvent> = fc.oneof(
      fc.record({ kind: fc.constant('update' as const), status, message: words.filter(Boolean), nextDue: fc.constantFrom(null, '2026-11-21T11:10:00Z') }),
      fc.record({ kind: fc.constantFrom('status' as const, 'regression' as const), from: status, to: status, message: words }),
      fc.record({ kind: fc.constant('severity' as const), from: fc.constantFrom('P1', 'P2'), to: fc.constantFrom('P2', 'P3'), reason: words }),
      fc.record({ kind: fc.constant('note' as const), text: words }),
      fc.record({ kind: fc.constant('email' as const), text: words }),
      fc.record({ kind: fc.constant('public' as const), message: words.filter(Boolean), nextDue: fc.constantFrom(null, '2026-11-21T11:10:00Z') }),
    );
    fc.assert(
      fc.property(event, (e) => {
        const { label, text } = writeLogEvent(e);
        expect(readLogEvent(label, text)).toEqual({ ...e });
      }),
      { numRuns: 300 },
    );
  });

  it('finds where the incident stands by kind, not by wording', () => {
    const log = [
      logLine('2026-11-21T10:00:00Z', 'bob', 'declared', 'P1, investigating'),
      logLine('2026-11-21T10:10:00Z', 'alice', 'status', 'investigating → fixing. status update: all fine'),
      logLine('2026-11-21T10:20:00Z', 'alice', 'note', 'status → resolved, or so we hoped'),
    ];
    expect(statusSince(log)).toBe('2026-11-21T10:10:00Z');
    expect(latestUpdate(log)?.at).toBe('2026-11-21T10:10:00Z');
    expect(describeLogEntry(log[1]!)).toBe('Status: investigating → fixing. status update: all fine');
  });
});
