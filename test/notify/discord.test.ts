import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeDiscord } from '../../src/notify/discord.js';
import { anIncident } from '../support/builders.js';
import { aNote, declaration, ISSUE_URL, messageFor, noteLine, resolve, update, boundedUserText } from './fixtures.js';

interface DiscordBody {
  content: string;
  embeds: { title: string; description: string; url: string; color: number; timestamp: string; fields: { name: string; value: string; inline: boolean }[]; footer: { text: string } }[];
  allowed_mentions: { parse: string[] };
}

const body = (m: { body: string }) => JSON.parse(m.body) as DiscordBody;

/** What a reader sees: backslash escapes consumed, zero-width spaces invisible. */
function seen(text: string): string {
  return visible(text.replace(/\\([^0-9A-Za-z\s])/g, '$1'));
}
const visible = (text: string) => text.replace(/\u200b/g, '');

/** Discord Markdown characters left active (not preceded by an escaping backslash). */
function activeMarkdown(text: string): string[] {
  const active: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\\') {
      i++; // the next character is escaped
      continue;
    }
    if ('*_~`|[]()<>#-'.includes(c)) active.push(c);
  }
  return active;
}

describe('Discord message', () => {
  it('an update: content line, one embed coloured by severity, linking the issue, pinging nobody', () => {
    const b = body(messageFor('discord', [update]));
    expect(seen(b.content)).toBe('INC-42 (P1, fixing) update: Checkout API returns 502 for EU customers');
    expect(b.allowed_mentions).toEqual({ parse: [] });
    expect(b.embeds).toHaveLength(1);
    const [e] = b.embeds;
    expect(seen(e?.title ?? '')).toBe('INC-42: Checkout API returns 502 for EU customers');
    expect(e?.url).toBe(ISSUE_URL);
    expect(e?.color).toBe(0xd1242f);
    expect(seen(e?.description ?? '')).toBe('Update (fixing): Rolled back deploy 1234. — @alice');
    expect(e?.fields.map((f) => [f.name, seen(f.value)])).toEqual([['Severity', 'P1'], ['Status', 'fixing'], ['Next update due', '2026-11-21 10:45 UTC']]);
    expect(e?.timestamp).toBe('2026-11-21T10:15:00Z');
    expect(e?.footer.text).toBe('sitrep · acme/incidents');
  });

  it('resolved is green; a declaration names roles, customers and who was paged', () => {
    expect(body(messageFor('discord', [resolve], { record: anIncident({ status: 'resolved' }) })).embeds[0]?.color).toBe(0x1a7f37);
    const fields = body(messageFor('discord', declaration, { batch: 'declaration', record: anIncident() })).embeds[0]?.fields ?? [];
    expect(Object.fromEntries(fields.map((f) => [f.name, seen(f.value)]))).toMatchObject({
      Roles: 'coordinator —, operations @bob, communications —',
      Customers: 'acme',
      Paged: '@acme/incident-coordinators',
    });
  });

  it('keeps a long batch within the embed limit of 6000 characters', () => {
    const notes = Array.from({ length: 12 }, (_, i) => aNote(`note ${i + 1} ${'x'.repeat(3000)}`));
    const e = body(messageFor('discord', notes, { batch: 'comment', record: anIncident({ title: 'y'.repeat(500), customers: ['z'.repeat(2000)] }) })).embeds[0];
    const total = [e?.title, e?.description, e?.footer.text, ...(e?.fields ?? []).flatMap((f) => [f.name, f.value])].join('').length;
    expect(total).toBeLessThanOrEqual(6000);
    expect(e?.description.endsWith('…')).toBe(true);
  });

  it.each([
    ['@everyone look', '@\u200beveryone look'],
    ['@here', '@\u200bhere'],
    ['<@123456> <@&987>', '\\<@\u200b123456\\> \\<@&987\\>'],
    ['[free](https://evil.example)', '\\[free\\]\\(https\\://evil\\.example\\)'],
    ['**loud** ||spoiler||', '\\*\\*loud\\*\\* \\|\\|spoiler\\|\\|'],
    ['# Heading', '\\# Heading'],
  ])('neutralises %s', (input, expected) => {
    expect(escapeDiscord(input)).toBe(expected);
    expect(seen(expected)).toBe(visible(input));
  });

  it('property: any user text shows as its words, with no active Markdown, mention or masked link', () => {
    fc.assert(
      fc.property(boundedUserText(200), boundedUserText(500), (title, note) => {
        const b = body(messageFor('discord', [aNote(note)], { record: anIncident({ title, status: 'fixing' }) }));
        expect(b.allowed_mentions).toEqual({ parse: [] });
        const e = b.embeds[0];
        const rendered = [b.content, e?.title ?? '', e?.description ?? '', ...(e?.fields ?? []).map((f) => f.value)];
        for (const text of rendered) {
          expect(activeMarkdown(text)).toEqual([]);
          expect(text).not.toMatch(/@(everyone|here|[A-Za-z0-9])/);
        }
        expect(seen(e?.description ?? '')).toBe(visible(`${noteLine(note)} — @carol`));
        expect(seen(b.content)).toBe(visible(`INC-42 (P1, fixing) note: ${title}`.replace(/\s+/g, ' ')));
      }),
      { numRuns: 300 },
    );
  });
});
