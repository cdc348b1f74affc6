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

  it('compares logins without case, as the sweep does: @Bob as coordinator while bob is operations is one person', () => {
    const card = renderCard(anIncident({ roles: { coordinator: 'Bob', operations: 'bob', communications: null } }), ctx);
    expect(card).toContain('P1 needs a coordinator who is not the operations engineer');
  });

  it('says whether the incident is published, and under which public title', () => {
    expect(renderCard(anIncident(), ctx)).toContain('| Public | not published (`/inc public <message> [title: <public title>]` publishes it) |');
    expect(renderCard(anIncident({ public: {} }), ctx)).toContain('| Public | published on the status page (no public title yet');
    const titled = renderCard(anIncident({ public: { title: 'Checkout | slow <b>@carol</b>' } }), ctx);
    expect(titled).toContain('| Public | published on the status page as **Checkout \\| slow &lt;b&gt;@\u200bcarol&lt;/b&gt;** |');
  });

  it('shows the public update as the latest', () => {
    const card = renderCard(anIncident(), { ...ctx, latest: logLine('2026-11-21T10:15:00Z', 'alice', 'public', 'We are investigating.') });
    expect(card).toContain('**Latest** (2026-11-21 10:15 UTC, public): We are investigating.');
  });

  it('links the changes that caused it, and shows anything else as text', () => {
    const card = renderCard(anIncident({ caused_by: ['https://github.com/acme/checkout/pull/1234', 'https://x.example/a/b/pull/1)](javascript:alert(1)'] }), ctx);
    expect(card).toContain('| Caused by | [acme/checkout#1234](https://github.com/acme/checkout/pull/1234), https://x.example/a/b/pull/1)](javascript:alert(1) |');
    expect(renderCard(anIncident(), ctx)).not.toContain('Caused by');
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
