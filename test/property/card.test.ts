/** Properties of the status card. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_MARKER, readCardState, renderCard } from '../../src/core/card.js';
import { defaultConfig } from '../../src/core/config.js';
import { anIncident, logLine } from '../support/builders.js';
import { anyText, fits, hostileText, liveMentions, RUNS } from './support.js';

const config = defaultConfig();

describe('the card', () => {
  const longText = fc.tuple(fc.oneof(hostileText(10), anyText(50)), fc.integer({ min: 1, max: 1500 })).map(([s, n]) => s.repeat(n).slice(0, 65_000));
  it('fits, keeps its marker and state, and pings only role holders and coordinators', () => {
    fc.assert(
      fc.property(longText, fc.constantFrom('update', 'note', 'status'), (text, kind) => {
        const record = anIncident({ roles: { coordinator: null, operations: 'bob', communications: null } });
        const latest = kind === 'status' ? logLine('2026-11-21T10:05:00Z', 'alice', 'status', `investigating → fixing ${text.replace(/\s+/g, ' ')}`) : logLine('2026-11-21T10:05:00Z', 'alice', kind, text.replace(/[\r\n]+/g, ' '), 'https://github.com/acme/incidents/issues/42#issuecomment-9');
        const card = renderCard(record, { config, fileUrl: 'https://github.com/acme/incidents/blob/main/incidents/INC-42.md', latest });
        expect(fits(card)).toBe(true);
        expect(card.startsWith(`${CARD_MARKER}\n`)).toBe(true);
        expect(card.split(CARD_MARKER).length).toBe(2);
        expect(readCardState(card)?.status).toBe('investigating');
        const allowed = new Set(['bob', ...config.coordinators.map((c) => c.replace(/^@/, '').toLowerCase())]);
        for (const mention of liveMentions(card)) expect(allowed.has(mention), mention).toBe(true);
      }),
      RUNS,
    );
  });
});
