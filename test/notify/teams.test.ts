import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeTeams } from '../../src/notify/teams.js';
import { anIncident } from '../support/builders.js';
import { aNote, declaration, ISSUE_URL, messageFor, noteLine, resolve, update, boundedUserText } from './fixtures.js';

interface Element {
  type: string;
  text?: string;
  style?: string;
  items?: Element[];
  inlines?: Element[];
  [key: string]: unknown;
}
interface TeamsBody {
  type: string;
  attachments: { contentType: string; content: { type: string; version: string; body: Element[]; actions: { type: string; title: string; url: string }[]; msteams?: Record<string, unknown> } }[];
}

const body = (m: { body: string }) => JSON.parse(m.body) as TeamsBody;
const visible = (text: string) => text.replace(/\u200b/g, '');

/** Every element of a card body, depth first. */
function elements(list: readonly Element[]): Element[] {
  return list.flatMap((e) => [e, ...elements(e.items ?? []), ...elements(e.inlines ?? [])]);
}

/** The card's lines as a reader sees them: each RichTextBlock's runs joined. */
function lines(b: TeamsBody): string[] {
  return elements(b.attachments[0]?.content.body ?? [])
    .filter((e) => e.type === 'RichTextBlock')
    .map((e) => visible((e.inlines ?? []).map((i) => i.text ?? '').join('')));
}

describe('Teams message (Workflows webhook, Adaptive Card)', () => {
  it('an update: an Adaptive Card 1.5 attachment, coloured header, the change, the facts and a button to the issue', () => {
    const b = body(messageFor('teams', [update]));
    expect(b.type).toBe('message');
    expect(b.attachments).toHaveLength(1);
    expect(b.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = b.attachments[0]?.content;
    expect([card?.type, card?.version]).toEqual(['AdaptiveCard', '1.5']);
    expect(card?.body[0]?.style).toBe('attention');
    expect(lines(b)).toEqual([
      'INC-42 (P1, fixing) update: Checkout API returns 502 for EU customers',
      'Update (fixing): Rolled back deploy 1234. — @alice',
      'Severity: P1',
      'Status: fixing',
      'Next update due: 2026-11-21 10:45 UTC',
      'acme/incidents',
    ]);
    expect(card?.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open INC-42', url: ISSUE_URL }]);
  });

  it('resolved is good (green); P2 is warning; a declaration names roles and customers', () => {
    expect(body(messageFor('teams', [resolve], { record: anIncident({ status: 'resolved' }) })).attachments[0]?.content.body[0]?.style).toBe('good');
    expect(body(messageFor('teams', [update], { record: anIncident({ severity: 'P2', status: 'fixing' }) })).attachments[0]?.content.body[0]?.style).toBe('warning');
    const l = lines(body(messageFor('teams', declaration, { batch: 'declaration', record: anIncident() })));
    expect(l).toContain('Roles: coordinator —, operations @bob, communications —');
    expect(l).toContain('Customers: acme');
    expect(l).toContain('Paged: @acme/incident-coordinators');
  });

  it('keeps a long batch within the webhook size: ten lines, then how many more', () => {
    const notes = Array.from({ length: 12 }, (_, i) => aNote(`note ${i + 1} ${'x'.repeat(3000)}`));
    const m = messageFor('teams', notes, { batch: 'comment' });
    const l = lines(body(m));
    expect(l.filter((line) => line.startsWith('Note: note'))).toHaveLength(10);
    expect(l).toContain('… 2 more on the issue');
    expect(m.body.length).toBeLessThan(28_000);
  });

  it.each([
    ['<at>Bob</at>', '<\u200bat>Bob<\u200b/at>'],
    ['@General', '@\u200bGeneral'],
    ['{{DATE(2017-02-14T06:08:00Z, SHORT)}}', '{\u200b{DATE(2017-02-14T06:08:00Z, SHORT)}}'],
    ['{{{', '{\u200b{\u200b{'],
    ['**bold** [x](https://evil.example)', '**bold** [x](https://evil.example)'],
  ])('neutralises %s', (input, expected) => {
    expect(escapeTeams(input)).toBe(expected);
  });

  it('property: user text only ever sits in TextRuns (never Markdown), shows as its words, and mentions nobody', () => {
    fc.assert(
      fc.property(boundedUserText(300), boundedUserText(500), (title, note) => {
        const b = body(messageFor('teams', [aNote(note)], { record: anIncident({ title, status: 'fixing' }) }));
        const card = b.attachments[0]?.content;
        const all = elements(card?.body ?? []);
        // No Markdown-rendering element (TextBlock, FactSet) and no mention entities anywhere.
        expect(all.filter((e) => e.type === 'TextBlock' || e.type === 'FactSet')).toEqual([]);
        expect(JSON.stringify(card?.msteams ?? {})).not.toContain('entities');
        for (const run of all.filter((e) => e.type === 'TextRun')) {
          expect(run.text).not.toMatch(/<\/?at/i);
          expect(run.text).not.toContain('{{');
          expect(run.text).not.toMatch(/@[A-Za-z0-9]/);
        }
        expect(lines(b)[1]).toBe(visible(`${noteLine(note)} — @carol`));
        expect(lines(b)[0]).toBe(visible(`INC-42 (P1, fixing) note: ${title}`));
      }),
      { numRuns: 300 },
    );
  });
});
