import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeSlack } from '../../src/notify/slack.js';
import { anIncident } from '../support/builders.js';
import { aNote, declaration, ISSUE_URL, messageFor, noteLine, resolve, strings, update, boundedUserText } from './fixtures.js';

type Text = { type: string; text: string; verbatim?: boolean };
interface SlackBody {
  text: string;
  blocks: { type: string; text?: Text }[];
  attachments: { color: string; blocks: { type: string; fields?: Text[]; elements?: Text[] }[] }[];
}

const body = (m: { body: string }) => JSON.parse(m.body) as SlackBody;

/** What a reader sees: entities decoded, zero-width spaces invisible. */
function seen(text: string): string {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };
  return visible(text.replace(/&(?:amp|lt|gt);/g, (e) => entities[e] ?? e));
}

const visible = (text: string) => text.replace(/\u200b/g, '');

describe('Slack message', () => {
  it('an update: first line, the change and who made it, severity colour, next update, link', () => {
    const b = body(messageFor('slack', [update]));
    expect(b.text).toBe('INC-42 (P1, fixing) update: Checkout API returns 502 for EU customers');
    expect(b.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'INC-42 (P1, fixing) update: Checkout API returns 502 for EU customers', emoji: false } });
    expect(seen(b.blocks[1]?.text?.text ?? '')).toBe('Update (fixing): Rolled back deploy 1234. — @alice');
    expect(b.attachments[0]?.color).toBe('#d1242f');
    const facts = b.attachments[0]?.blocks[0]?.fields?.map((f) => f.text);
    expect(facts).toEqual(['Severity: P1', 'Status: fixing', 'Next update due: 2026-11-21 10:45 UTC']);
    const context = b.attachments[0]?.blocks[1]?.elements;
    expect(context?.[0]).toEqual({ type: 'mrkdwn', text: `<${ISSUE_URL}|Open INC-42>`, verbatim: true });
    expect(context?.[1]?.text).toBe('acme/incidents');
  });

  it('resolved is green and owes no next update', () => {
    const b = body(messageFor('slack', [resolve], { record: anIncident({ status: 'resolved' }) }));
    expect(b.text).toBe('INC-42 (P1, resolved) resolved: Checkout API returns 502 for EU customers');
    expect(b.attachments[0]?.color).toBe('#1a7f37');
    expect(JSON.stringify(b)).not.toContain('Next update due');
  });

  it('P2 is orange, P3 yellow', () => {
    expect(body(messageFor('slack', [update], { record: anIncident({ severity: 'P2', status: 'fixing' }) })).attachments[0]?.color).toBe('#fb8500');
    expect(body(messageFor('slack', [update], { record: anIncident({ severity: 'P3', status: 'fixing' }) })).attachments[0]?.color).toBe('#d4a72c');
  });

  it('a declaration lists roles, customers and who was paged', () => {
    const b = body(messageFor('slack', declaration, { batch: 'declaration', record: anIncident() }));
    const facts = b.attachments[0]?.blocks[0]?.fields?.map((f) => seen(f.text));
    expect(facts).toEqual([
      'Severity: P1', 'Status: investigating', 'Next update due: 2026-11-21 10:30 UTC',
      'Roles: coordinator —, operations @bob, communications —', 'Customers: acme', 'Services: checkout-api', 'Paged: @acme/incident-coordinators',
    ]);
  });

  it.each([
    ['<!channel> deploy', '&lt;!channel&gt; deploy'],
    ['<!here|here>', '&lt;!here|here&gt;'],
    ['ping <@U024BE7LH>', 'ping &lt;@\u200bU024BE7LH&gt;'],
    ['<https://evil.example|click me>', '&lt;https://evil.example|click me&gt;'],
    ['@channel @here', '@\u200bchannel @\u200bhere'],
    ['a & b', 'a &amp; b'],
  ])('neutralises %s', (input, expected) => {
    expect(escapeSlack(input)).toBe(expected);
    const b = body(messageFor('slack', [aNote(input)]));
    expect(b.blocks[1]?.text?.type).toBe('plain_text');
    expect(b.blocks[1]?.text?.text).toBe(`Note: ${expected} — @\u200bcarol`);
  });

  it('keeps *bold* and _italic_ from forming in the mrkdwn fallback', () => {
    const b = body(messageFor('slack', [update], { record: anIncident({ title: '*bold* _it_ ~s~ `c`', status: 'fixing' }) }));
    expect(b.text).not.toMatch(/[*_~`][^\u200b]/);
    expect(seen(b.text)).toBe('INC-42 (P1, fixing) update: *bold* _it_ ~s~ `c`');
  });

  it('property: any user text shows as its words and nothing in the payload can ping, link or format', () => {
    fc.assert(
      fc.property(boundedUserText(500), boundedUserText(500), (title, note) => {
        const b = body(messageFor('slack', [aNote(note)], { record: anIncident({ title, status: 'fixing' }) }));
        const all = strings(b);
        for (const { key, text } of all) {
          if (key !== 'text') continue;
          // The only `<` in the message is sitrep's own link to the issue.
          const own = `<${ISSUE_URL}|Open INC-42>`;
          expect(text.replace(own, '')).not.toMatch(/[<>]/);
          expect(text).not.toMatch(/@[A-Za-z0-9]/);
          expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
        }
        // User text is only ever in plain_text objects (never formatted), apart from the fallback.
        const mrkdwn = JSON.stringify(b).match(/"type":"mrkdwn","text":"[^"]*"/g) ?? [];
        expect(mrkdwn).toEqual([`"type":"mrkdwn","text":"<${ISSUE_URL}|Open INC-42>"`]);
        expect(b.text).not.toMatch(/[*_~`](?!\u200b)/);
        // Nothing is lost: the reader sees exactly what was written (up to Slack's length limits).
        const line = seen(b.blocks[1]?.text?.text ?? '');
        expect(line).toBe(visible(`${noteLine(note)} — @carol`));
        expect(seen(b.text)).toBe(visible(`INC-42 (P1, fixing) note: ${title}`));
      }),
      { numRuns: 300 },
    );
  });
});
