import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anIncident } from '../support/builders.js';
import { signBody, verifySignature } from '../../src/notify/webhook.js';
import { aNote, COMMENT, declaration, ISSUE_URL, messageFor, update, userText } from './fixtures.js';

describe('webhook message', () => {
  it('is JSON { event, incident, entry, url } carrying raw user text', () => {
    const title = '<!channel> @everyone [x](y) *b*';
    const m = messageFor('webhook', [update], { record: anIncident({ title, status: 'fixing' }) });
    const b = JSON.parse(m.body) as Record<string, unknown>;
    expect(b.event).toBe('update');
    expect(b.url).toBe(ISSUE_URL);
    expect((b.incident as { title: string }).title).toBe(title);
    expect(b.entry).toEqual({
      at: '2026-11-21T10:15:00Z', actor: 'alice', kind: 'update', status: 'fixing', message: 'Rolled back deploy 1234.',
      nextDue: '2026-11-21T10:45:00Z', ref: COMMENT, label: 'update (fixing)', text: 'Rolled back deploy 1234. (next update due 2026-11-21T10:45:00Z)',
    });
    expect(b.summary).toBe(`INC-42 (P1, fixing) update: ${title}`);
    expect(m.headers).toMatchObject({ 'X-Sitrep-Event': 'update', 'X-Sitrep-Delivery': m.deliveryId, 'Content-Type': 'application/json; charset=utf-8' });
  });

  it('property: user text arrives byte for byte, unescaped', () => {
    fc.assert(
      fc.property(userText, userText, (title, note) => {
        const b = JSON.parse(messageFor('webhook', [aNote(note)], { record: anIncident({ title }) }).body) as { incident: { title: string }; entry: { text: string } };
        expect(b.incident.title).toBe(title);
        expect(b.entry.text).toBe(note);
      }),
      { numRuns: 200 },
    );
  });

  it('a declaration is sent as `declared` with every entry it wrote', () => {
    const b = JSON.parse(messageFor('webhook', declaration, { batch: 'declaration', record: anIncident() }).body) as { event: string; entry: { kind: string }; entries: unknown[] };
    expect(b.event).toBe('declared');
    expect(b.entry.kind).toBe('declared');
    expect(b.entries).toHaveLength(3);
  });

  it('signs the exact body as GitHub does: sha256=<hex HMAC-SHA256>', () => {
    const body = '{"event":"update","x":"é"}';
    const signature = signBody(body, 'It’s a Secret to Everybody');
    expect(signature).toBe(`sha256=${createHmac('sha256', 'It’s a Secret to Everybody').update(Buffer.from(body, 'utf8')).digest('hex')}`);
    expect(verifySignature(body, 'It’s a Secret to Everybody', signature)).toBe(true);
    expect(verifySignature(`${body} `, 'It’s a Secret to Everybody', signature)).toBe(false);
    expect(verifySignature(body, 'another', signature)).toBe(false);
  });

  it("matches GitHub's documented example signature", () => {
    // docs.github.com "Validating webhook deliveries": secret "It's a Secret to Everybody", payload "Hello, World!"
    expect(signBody('Hello, World!', "It's a Secret to Everybody")).toBe('sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17');
  });
});
