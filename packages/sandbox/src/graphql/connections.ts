/**
 * Relay connections as GitHub serves them: `first`/`last` with `after`/`before` cursors,
 * `pageInfo`, `nodes`, `edges` and `totalCount`. Cursors are opaque base64; each carries the
 * item's key and position, so a page boundary survives items added elsewhere in the list.
 */
import { GitHubError } from '../errors.js';

/** The pagination arguments of a connection field. */
export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

const PREFIX = 'cursor:v2:';

/** Encodes a cursor for the item at `index` with a stable `key`. */
export function encodeCursor(index: number, key: string): string {
  return Buffer.from(`${PREFIX}${index}:${key}`).toString('base64');
}

function invalidCursor(cursor: string): GitHubError {
  return new GitHubError(422, `\`${cursor}\` does not appear to be a valid cursor.`, { graphqlType: 'INVALID_CURSOR_ARGUMENTS' });
}

/** Finds where a cursor points in `keys`: the item's current index, or its recorded one. */
function resolveCursor(cursor: string, keys: string[]): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  if (!text.startsWith(PREFIX)) throw invalidCursor(cursor);
  const rest = text.slice(PREFIX.length);
  const colon = rest.indexOf(':');
  const index = Number(rest.slice(0, colon));
  if (colon < 0 || !Number.isInteger(index)) throw invalidCursor(cursor);
  const current = keys.indexOf(rest.slice(colon + 1));
  return current >= 0 ? current : index;
}

/** A connection object for GraphQL: every field the `*Connection` types share. */
export interface Connection<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  nodes: N[];
  edges: Array<{ cursor: string; node: N }>;
}

/**
 * Pages `items` by the connection arguments. `key` identifies an item across requests; `toNode`
 * builds the GraphQL object for an item on the page only.
 */
export function connection<T, N>(items: T[], args: ConnectionArgs, key: (item: T) => string, toNode: (item: T) => N): Connection<N> {
  const keys = items.map(key);
  let start = 0;
  let end = items.length;
  if (args.after) start = Math.max(start, resolveCursor(args.after, keys) + 1);
  if (args.before) end = Math.min(end, resolveCursor(args.before, keys));
  if (end < start) end = start;
  let from = start;
  let to = end;
  for (const [name, value] of [['first', args.first], ['last', args.last]] as const) {
    if (value !== undefined && value !== null && value < 0) {
      throw new GitHubError(422, `\`${name}\` must be a non-negative integer.`, { graphqlType: 'INVALID_ARGUMENTS' });
    }
  }
  if (args.first !== undefined && args.first !== null) to = Math.min(to, from + args.first);
  if (args.last !== undefined && args.last !== null) from = Math.max(from, to - args.last);
  const page = items.slice(from, to).map((item, offset) => ({ cursor: encodeCursor(from + offset, keys[from + offset]!), node: toNode(item) }));
  return {
    totalCount: items.length,
    pageInfo: {
      hasNextPage: to < end || (args.before !== undefined && args.before !== null && end < items.length && args.first == null),
      hasPreviousPage: from > start || (args.after !== undefined && args.after !== null && start > 0 && args.last == null),
      startCursor: page[0]?.cursor ?? null,
      endCursor: page[page.length - 1]?.cursor ?? null,
    },
    nodes: page.map((edge) => edge.node),
    edges: page,
  };
}
