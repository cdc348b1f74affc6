/** The incident roles and the names and aliases a command may use for them. */

export const ROLES = ['coordinator', 'operations', 'communications'] as const;
export type Role = (typeof ROLES)[number];

const ROLE_ALIASES: Readonly<Record<string, Role>> = {
  coordinator: 'coordinator',
  ic: 'coordinator',
  commander: 'coordinator',
  lead: 'coordinator',
  operations: 'operations',
  ops: 'operations',
  oe: 'operations',
  communications: 'communications',
  comms: 'communications',
  cl: 'communications',
  scribe: 'communications',
};

/** Resolves a role name or alias (`ic`, `ops`, `comms` …) to its role, or undefined. */
export function parseRole(name: string): Role | undefined {
  return ROLE_ALIASES[name.toLowerCase()];
}

/** Every accepted role name and alias, for usage messages. */
export const ROLE_NAMES = Object.keys(ROLE_ALIASES);
