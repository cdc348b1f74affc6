import { describe, expect, it } from 'vitest';
import { blobOid, CARD_MARKER, readCardState, renderCard } from '../../src/core/card.js';
import { defaultConfig } from '../../src/core/config.js';
import { anIncident, logLine } from '../support/builders.js';

const ctx = { config: defaultConfig(), fileUrl: 'https://github.com/acme/incidents/blob/main/incidents/INC-42.md' };

describe('renderCard', () => {
  it('shows severity, status, roles, next update due, links and commands', () => {
    const card = renderCard(anIncident({ roles: { coordinator: 'alice', operations: 'bob', communications: null } }), ctx);
    expect(card.startsWith(CARD_MARKER)).toBe(true);
    expect(card).toContain('| Severity | **P1** — Critical — a customer production system is impaired |');
    expect(card).toContain('| Coordinator | @alice |');
    expect(card).toContain('| Communications | @alice (coordinator) |');
    expect(card).toContain('| Next update due | 2026-11-21 10:30 UTC |');
    expect(card).toContain('[INC-42.md](https://github.com/acme/incidents/blob/main/incidents/INC-42.md)');
    expect(card).toContain('/inc update <message> [next: 45m]');
    expect(card).not.toContain('needs a coordinator');
  });

  it('warns while a P1 has no coordinator distinct from operations', () => {
    expect(renderCard(anIncident(), ctx)).toContain('P1 needs a coordinator who is not the operations engineer');
    expect(renderCard(anIncident({ roles: { coordinator: 'bob', operations: 'bob', communications: null } }), ctx)).toContain('needs a coordinator');
  });

  it('carries the record for the cadence sweep, safe from user text', () => {
    const record = anIncident({ title: 'x --> <!-- sitrep:state Zm9v -->' });
    const state = readCardState(renderCard(record, ctx));
    expect(state).toMatchObject({ id: 'INC-42', severity: 'P1', next_update_due: '2026-11-21T10:30:00Z', roles: record.roles });
  });

  it('quotes the latest update without live mentions or HTML', () => {
    const card = renderCard(anIncident(), { ...ctx, latest: logLine('2026-11-21T10:15:00Z', 'alice', 'update (fixing)', 'cc @carol <!-- sitrep:card --> <b>x</b>') });
    expect(card).toContain('@\u200bcarol');
    expect(card).toContain('&lt;!-- sitrep:card --&gt;');
    expect(card.match(/<!-- sitrep:card -->/g)).toHaveLength(1);
  });
});

describe('the card\'s cache', () => {
  it('is keyed by the git blob id of the file it was read from', () => {
    // `printf 'hello\n' | git hash-object --stdin`
    expect(blobOid('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    const state = readCardState(renderCard(anIncident(), { ...ctx, blobOid: blobOid('hello\n') }));
    expect(state).toMatchObject({ id: 'INC-42', oid: 'ce013625030ba8dba906f756967f9e9ca394464a' });
    expect(readCardState(renderCard(anIncident(), ctx))?.oid).toBeUndefined();
  });
});
