import { describe, expect, it } from 'vitest';
import { STATUSES, allowedMoves, canMove, describeMove, isActive, isStatus, type Status } from '../../src/core/lifecycle.js';

// SPEC section 1, written out by hand: a row per current status, a column per target status.
// "yes" = the move is allowed, "." = refused. Staying put is never a move.
const COLUMNS = ['triage', 'investigating', 'fixing', 'monitoring', 'resolved', 'closed', 'declined'] as const;
const SPEC_TABLE = `
                 triage  investigating  fixing  monitoring  resolved  closed  declined
  triage           .          yes        yes       yes        yes       .       yes
  investigating    .           .         yes       yes        yes       .        .
  fixing           .          yes         .        yes        yes       .        .
  monitoring       .          yes        yes        .         yes       .        .
  resolved         .          yes         .         .          .       yes       .
  closed           .          yes         .         .          .        .        .
  declined         .          yes         .         .          .        .        .
`;

const rows = SPEC_TABLE.trim().split('\n').slice(1).map((line) => line.trim().split(/\s+/));
const pairs = rows.flatMap(([from, ...cells]) =>
  cells.map((cell, i) => ({ from: from as Status, to: COLUMNS[i] as Status, allowed: cell === 'yes' })),
);

describe('the status lifecycle', () => {
  it('knows exactly the seven statuses of the SPEC, in lifecycle order', () => {
    expect([...STATUSES]).toEqual([...COLUMNS]);
    expect(pairs).toHaveLength(49);
  });

  it.each(pairs)('$from → $to: allowed = $allowed', ({ from, to, allowed }) => {
    expect(canMove(from, to)).toBe(allowed);
  });

  it.each(rows.map(([from, ...cells]) => ({ from: from as Status, expected: COLUMNS.filter((_, i) => cells[i] === 'yes') })))(
    'names the moves allowed from $from (what a refusal comment lists)',
    ({ from, expected }) => {
      expect([...allowedMoves(from)].sort()).toEqual([...expected].sort());
    },
  );

  it.each([
    { from: 'resolved', to: 'investigating', kind: 'reopened' },
    { from: 'closed', to: 'investigating', kind: 'reopened' },
    { from: 'declined', to: 'investigating', kind: 'reopened' },
    { from: 'monitoring', to: 'investigating', kind: 'regression' },
    { from: 'monitoring', to: 'fixing', kind: 'regression' },
    { from: 'triage', to: 'investigating', kind: 'moved' },
    { from: 'investigating', to: 'fixing', kind: 'moved' },
    { from: 'fixing', to: 'investigating', kind: 'moved' },
    { from: 'fixing', to: 'monitoring', kind: 'moved' },
    { from: 'monitoring', to: 'resolved', kind: 'moved' },
    { from: 'resolved', to: 'closed', kind: 'moved' },
    { from: 'triage', to: 'declined', kind: 'moved' },
  ] as const)('logs $from → $to as "$kind"', ({ from, to, kind }) => {
    expect(describeMove(from, to)).toBe(kind);
  });

  it('owes updates only while triage, investigating, fixing or monitoring', () => {
    expect(STATUSES.filter(isActive)).toEqual(['triage', 'investigating', 'fixing', 'monitoring']);
  });

  it.each([
    ['fixing', true],
    ['declined', true],
    ['Fixing', false],
    ['mitigated', false],
    ['', false],
    [' triage', false],
  ] as const)('isStatus(%j) is %s', (text, expected) => {
    expect(isStatus(text)).toBe(expected);
  });
});
