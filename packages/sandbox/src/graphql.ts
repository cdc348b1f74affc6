/**
 * The GraphQL API: `POST /graphql` executed by graphql-js over GitHub's real schema.
 *
 * The query is validated against the schema (an unknown field answers 200 with `errors`, as
 * GitHub does), GitHub's pagination rules are enforced before execution, and results are checked
 * by the type system: a resolver returning a wrong type or null for a non-null field, or a query
 * reaching a field the sandbox does not implement, is recorded as a violation.
 */
import {
  GraphQLError,
  execute,
  getOperationAST,
  parse,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type OperationTypeNode,
} from 'graphql';
import { GitHubError } from './errors.js';
import { GraphNodes, type GqlObject } from './graphql/nodes.js';
import { paginationErrors, requestedNodes, type GitHubGraphqlError } from './graphql/limits.js';
import { GRAPHQL_TIMEOUT_BODY } from './rules.js';
import { mutationRoot, queryRoot } from './graphql/root.js';
import { githubSchema } from './graphql/schema.js';
import type { Account } from './model.js';
import type { RestViews } from './rest/views.js';
import type { SandboxState } from './state.js';
import type { ViolationLog } from './violations.js';

const GRAPHQL_DOCS = 'https://docs.github.com/graphql';

/** A field the query selects that the sandbox's object does not carry. */
class SandboxGapError extends Error {
  override readonly name = 'SandboxGapError';
}

/**
 * Resolves a field from the sandbox's plain objects: a value, or a function called with the
 * field's arguments. A missing key is a gap in the sandbox, never a silent null.
 */
const strictFieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, _context, info) => {
  if (source === null || typeof source !== 'object') {
    throw new SandboxGapError(`${info.parentType.name}.${info.fieldName} has no source object`);
  }
  if (!(info.fieldName in source)) {
    throw new SandboxGapError(`the sandbox does not implement ${info.parentType.name}.${info.fieldName}`);
  }
  const value = (source as GqlObject)[info.fieldName];
  return typeof value === 'function' ? (value as (a: unknown) => unknown).call(source, args) : value;
};

/** What a GraphQL request was, known before it runs (for counting and fault matching). */
export interface GraphqlOperation {
  type: OperationTypeNode | undefined;
  name: string | undefined;
  /** `query Name`, `mutation Name`, or just the type for anonymous operations. */
  label: string;
}

/** The answer to send. */
export interface GraphqlAnswer {
  status: number;
  body: unknown;
}

interface GraphqlRequestBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

function parseBody(bodyText: string): GraphqlRequestBody | undefined {
  try {
    const body: unknown = JSON.parse(bodyText);
    return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as GraphqlRequestBody) : undefined;
  } catch {
    return undefined;
  }
}

/** Names the operation of a request body, without executing it. */
export function describeGraphqlRequest(bodyText: string): GraphqlOperation {
  const body = parseBody(bodyText);
  if (!body || typeof body.query !== 'string') return { type: undefined, name: undefined, label: 'graphql' };
  try {
    const operation = getOperationAST(parse(body.query), typeof body.operationName === 'string' ? body.operationName : undefined);
    const type = operation?.operation;
    const name = operation?.name?.value;
    return { type, name, label: [type ?? 'query', name].filter(Boolean).join(' ') };
  } catch {
    return { type: undefined, name: undefined, label: 'graphql' };
  }
}

/** GitHub's wording for graphql-js validation errors it words differently. */
function githubValidationError(error: GraphQLError): GitHubGraphqlError {
  const base = { message: error.message, ...(error.locations ? { locations: [...error.locations] } : {}) };
  const undefinedField = /^Cannot query field "(\w+)" on type "(\w+)"\./.exec(error.message);
  if (undefinedField) {
    const [, fieldName, typeName] = undefinedField;
    return { ...base, message: `Field '${fieldName}' doesn't exist on type '${typeName}'`, extensions: { code: 'undefinedField', typeName, fieldName } };
  }
  return base;
}

/** Answers GraphQL requests over a state. */
export class GraphqlApi {
  readonly #state: SandboxState;
  readonly #views: RestViews;
  readonly #violations: ViolationLog;

  constructor(state: SandboxState, views: RestViews, violations: ViolationLog) {
    this.#state = state;
    this.#views = views;
    this.#violations = violations;
  }

  #record(direction: 'request' | 'response' | 'unimplemented' | 'internal', operation: GraphqlOperation, problems: Array<{ pointer: string; message: string }>): void {
    this.#violations.record({ direction, protocol: 'graphql', operation: operation.label, method: 'POST', path: '/graphql', problems });
  }

  /** Runs one `POST /graphql` body as `actor`. */
  async handle(bodyText: string, actor: Account): Promise<GraphqlAnswer> {
    const operation = describeGraphqlRequest(bodyText);
    const body = parseBody(bodyText);
    if (!body) {
      this.#record('request', operation, [{ pointer: '/', message: 'body is not a JSON object' }]);
      return { status: 400, body: { message: 'Problems parsing JSON', documentation_url: GRAPHQL_DOCS } };
    }
    if (typeof body.query !== 'string') {
      this.#record('request', operation, [{ pointer: '/query', message: 'query is missing' }]);
      return { status: 200, body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] } };
    }
    const variables = body.variables === undefined || body.variables === null ? {} : body.variables;
    if (typeof variables !== 'object' || Array.isArray(variables)) {
      this.#record('request', operation, [{ pointer: '/variables', message: 'variables must be an object' }]);
      return { status: 200, body: { errors: [{ message: 'Variables are invalid JSON.' }] } };
    }

    let document: DocumentNode;
    try {
      document = parse(body.query);
    } catch (error) {
      const syntax = error instanceof GraphQLError ? error : new GraphQLError(String(error));
      this.#record('request', operation, [{ pointer: '/query', message: syntax.message }]);
      return { status: 200, body: { errors: [{ message: syntax.message, ...(syntax.locations ? { locations: syntax.locations } : {}) }] } };
    }
    const schema = await githubSchema();
    const invalid = validate(schema, document);
    if (invalid.length > 0) {
      this.#record('request', operation, invalid.map((e) => ({ pointer: '/query', message: e.message })));
      return { status: 200, body: { errors: invalid.map(githubValidationError) } };
    }
    const limits = paginationErrors(schema, document, variables as Record<string, unknown>);
    if (limits.length > 0) {
      this.#record('request', operation, limits.map((e) => ({ pointer: `/${(e.path ?? []).join('/')}`, message: e.message })));
      return { status: 200, body: { data: null, errors: limits } };
    }

    const timeout = this.#state.platform.graphqlTimeoutNodes;
    if (timeout !== null && requestedNodes(schema, document, variables as Record<string, unknown>) > timeout) {
      // GitHub gives up on a query that runs over its time (GITHUB-RULES.md row 12).
      return { status: 502, body: structuredClone(GRAPHQL_TIMEOUT_BODY) };
    }
    const nodes = new GraphNodes(this.#state, this.#views, actor);
    const root = operation.type === 'mutation' ? mutationRoot(nodes) : queryRoot(nodes);
    let result: ExecutionResult;
    try {
      result = await execute({
        schema,
        document,
        rootValue: root,
        variableValues: variables as Record<string, unknown>,
        operationName: typeof body.operationName === 'string' ? body.operationName : undefined,
        fieldResolver: strictFieldResolver,
      });
    } catch (error) {
      this.#record('internal', operation, [{ pointer: '/', message: error instanceof Error ? error.message : String(error) }]);
      return { status: 500, body: { message: `Sandbox internal error: ${error instanceof Error ? error.message : String(error)}` } };
    }
    return { status: 200, body: this.#format(result, operation) };
  }

  /** Formats errors in GitHub's shape and records the ones that are the sandbox's or the caller's fault. */
  #format(result: ExecutionResult, operation: GraphqlOperation): unknown {
    if (!result.errors || result.errors.length === 0) return { data: result.data };
    const errors = result.errors.map((error): GitHubGraphqlError => {
      const location = error.locations ? { locations: [...error.locations] } : {};
      const path = error.path ? { path: [...error.path] } : {};
      const original = error.originalError;
      if (original instanceof GitHubError) return { type: original.graphqlType, ...path, ...location, message: original.message };
      const pointer = `/${(error.path ?? []).join('/')}`;
      if (!('data' in result) || result.data === undefined) {
        // Variable coercion and operation selection fail before execution: the caller's fault.
        this.#record('request', operation, [{ pointer, message: error.message }]);
      } else if (original instanceof SandboxGapError) {
        this.#record('unimplemented', operation, [{ pointer, message: original.message }]);
      } else {
        this.#record('response', operation, [{ pointer, message: error.message }]);
      }
      return { ...path, ...location, message: error.message };
    });
    return 'data' in result ? { data: result.data ?? null, errors } : { errors };
  }
}
