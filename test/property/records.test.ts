/** Properties of the issue-form parser, the declaration, the incident file round trip and the action-item grammar. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config.js';
import { declareIncident } from '../../src/core/declare.js';
import { applyIncidentChange, createIncidentText, parseIncident } from '../../src/core/incident-file.js';
import { answer, parseIssueForm } from '../../src/core/issue-form.js';
import { parseActionItems } from '../../src/core/action-items.js';
import { anIncident, logLine, logText, T0 } from '../support/builders.js';
import { anyText, hostileText, oneLine, RUNS } from './support.js';

const config = defaultConfig();
const LABELS = ['Severity', 'Summary', 'Impact', 'Affected services', 'Affected customers', 'Impact started at', 'How was it detected?', 'Type'];
/** Plain answer text: starts with a letter, so it is a paragraph whatever follows. */
const plainAnswer = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .,:;!?()'"@/&-]{0,60}$/);

describe('the issue-form parser', () => {
  it('never throws, on any text', () => {
    fc.assert(fc.property(fc.oneof(anyText(500), hostileText(40)), (body) => void parseIssueForm(body)), RUNS);
  });

  it('gives back every answer as written', () => {
    fc.assert(
      fc.property(fc.subarray(LABELS, { minLength: 1 }), fc.array(plainAnswer, { minLength: 8, maxLength: 8 }), (labels, values) => {
        const body = labels.map((l, i) => `### ${l}\n\n${values[i]}`).join('\n\n');
        const form = parseIssueForm(body);
        labels.forEach((l, i) => expect(answer(form, l)).toBe(values[i]?.trim()));
      }),
      RUNS,
    );
  });
});

describe('declaring', () => {
  it('never throws, and the file reads back the record exactly: no field forged by the title or body', () => {
    fc.assert(
      // GitHub refuses a blank issue title, so every title has a visible character.
      fc.property(fc.oneof(hostileText(20), anyText(120)).filter((t) => t.trim() !== ''), fc.oneof(hostileText(60), anyText(400)), (title, body) => {
        const declaration = declareIncident({ number: 7, title, body, author: 'bob', createdAt: '2026-11-21T09:55:00Z', url: 'https://github.com/acme/incidents/issues/7' }, config, T0);
        const text = createIncidentText(declaration);
        const parsed = parseIncident(text);
        expect(parsed.problems).toEqual([]);
        expect(parsed.document?.record).toEqual(declaration.record);
        expect(parsed.document?.record.id).toBe('INC-7');
        expect(parsed.document?.record.issue).toBe(7);
      }),
      RUNS,
    );
  });
});

describe('the incident file round trip', () => {
  it('a changed title and appended Log entries read back exactly, and forge nothing', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText(20), anyText(80)).filter((t) => t.trim() !== ''), fc.array(oneLine(hostileText(15)).filter((t) => t.trim() === t && t !== ''), { maxLength: 4 }), (title, notes) => {
        const record = anIncident({ issue: 7, id: 'INC-7' });
        const start = createIncidentText({ record, summary: 'S', impact: 'I', log: [logLine('2026-11-21T10:00:00Z', 'bob', 'declared', 'P1, investigating')] });
        const entries = notes.map((n, i) => logLine(`2026-11-21T10:0${i + 1}:00Z`, 'alice', 'note', n));
        const text = applyIncidentChange(start, { ...record, title }, entries);
        const parsed = parseIncident(text);
        expect(parsed.problems).toEqual([]);
        expect(parsed.document?.record).toEqual({ ...record, title });
        expect(parsed.document?.log.slice(1).map(logText)).toEqual(notes);
      }),
      RUNS,
    );
  });
});

describe('the action-item grammar', () => {
  it('never throws, and reads back a well-formed item as written', () => {
    const title = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .'()/-]{0,50}[A-Za-z0-9]$/);
    fc.assert(
      fc.property(anyText(300), title, fc.constantFrom('critical', 'high', 'medium', 'low'), (noise, t, priority) => {
        parseActionItems(noise);
        parseActionItems(`## Action items\n\n${noise}`);
        const [item] = parseActionItems(`## Action items\n\n- [ ] ${t} — owner: @carol, repo: acme/checkout, due: 2026-12-05, priority: ${priority}\n`);
        expect(item).toMatchObject({ title: t.replace(/\s+/g, ' '), owner: 'carol', repo: 'acme/checkout', due: '2026-12-05', priority });
      }),
      RUNS,
    );
  });
});
