/**
 * The sandbox's request log and counters: what the code under test asked for, so tests can
 * assert its cost (reads, writes, GraphQL queries and mutations) and its sequence of calls.
 */

/** One request the sandbox received. */
export interface RequestRecord {
  /** Position in the log, from 1. */
  seq: number;
  method: string;
  /** Path without the query string. */
  path: string;
  query: string;
  status: number;
  kind: 'rest' | 'graphql';
  /** REST operationId, or `query Name` / `mutation Name` for GraphQL. */
  operation: string | undefined;
  /** Login of the authenticated account. */
  actor: string | undefined;
  /** Sandbox time of the request. */
  at: string;
  /** Id of the fault that answered it, if any. */
  fault?: number;
  /** Real time the sandbox took to answer, in milliseconds. */
  durationMs: number;
}

/** Request counts by kind. */
export interface CounterSnapshot {
  /** REST GET and HEAD. */
  restRead: number;
  /** REST POST, PUT, PATCH, DELETE. */
  restWrite: number;
  graphqlQuery: number;
  graphqlMutation: number;
  total: number;
  /** Count per REST operationId or GraphQL operation. */
  byOperation: Record<string, number>;
}

function emptyCounters(): CounterSnapshot {
  return { restRead: 0, restWrite: 0, graphqlQuery: 0, graphqlMutation: 0, total: 0, byOperation: {} };
}

/** The request log and counters of one sandbox. */
export class Traffic {
  readonly #log: RequestRecord[] = [];
  #counters = emptyCounters();
  #seq = 0;

  /** Records a finished request. */
  record(entry: Omit<RequestRecord, 'seq'>, graphqlOperationType?: 'query' | 'mutation' | 'subscription'): RequestRecord {
    const record: RequestRecord = { ...entry, seq: ++this.#seq };
    this.#log.push(record);
    const c = this.#counters;
    c.total++;
    if (entry.kind === 'rest') {
      if (entry.method === 'GET' || entry.method === 'HEAD') c.restRead++;
      else c.restWrite++;
    } else if (graphqlOperationType === 'mutation') c.graphqlMutation++;
    else c.graphqlQuery++;
    if (entry.operation) c.byOperation[entry.operation] = (c.byOperation[entry.operation] ?? 0) + 1;
    return record;
  }

  /** The sequence number of the last request (0 before any). */
  get lastSeq(): number {
    return this.#seq;
  }

  /** Every request, or those after sequence number `afterSeq`. */
  requests(afterSeq = 0): RequestRecord[] {
    return this.#log.filter((r) => r.seq > afterSeq);
  }

  /** A copy of the counters. */
  snapshot(): CounterSnapshot {
    return { ...this.#counters, byOperation: { ...this.#counters.byOperation } };
  }

  /** Zeroes the counters (the log is kept). */
  reset(): void {
    this.#counters = emptyCounters();
  }
}
