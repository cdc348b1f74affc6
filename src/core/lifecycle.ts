/** The incident lifecycle of SPEC section 1. */
export const STATUSES = [
  'triage',
  'investigating',
  'fixing',
  'monitoring',
  'resolved',
  'closed',
  'declined',
] as const;

export type Status = (typeof STATUSES)[number];

/** Statuses in which the incident is still live and owes updates. */
export const ACTIVE_STATUSES: readonly Status[] = ['triage', 'investigating', 'fixing', 'monitoring'];

const MOVES: Readonly<Record<Status, readonly Status[]>> = {
  triage: ['investigating', 'fixing', 'monitoring', 'resolved', 'declined'],
  investigating: ['fixing', 'monitoring', 'resolved'],
  fixing: ['investigating', 'monitoring', 'resolved'],
  monitoring: ['investigating', 'fixing', 'resolved'],
  resolved: ['investigating', 'closed'],
  closed: ['investigating'],
  declined: ['investigating'],
};

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

/** The statuses an incident may move to from `from`. */
export function allowedMoves(from: Status): readonly Status[] {
  return MOVES[from];
}

/** Whether `from → to` is an allowed move. Staying put is not a move. */
export function canMove(from: Status, to: Status): boolean {
  return MOVES[from].includes(to);
}

/** What kind of move this is, for the log: a reopen, a regression, or an ordinary step. */
export function describeMove(from: Status, to: Status): 'reopened' | 'regression' | 'moved' {
  if ((from === 'resolved' || from === 'closed' || from === 'declined') && to === 'investigating') {
    return 'reopened';
  }
  if (from === 'monitoring' && (to === 'investigating' || to === 'fixing')) return 'regression';
  return 'moved';
}

export function isActive(status: Status): boolean {
  return ACTIVE_STATUSES.includes(status);
}
