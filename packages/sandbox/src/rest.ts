/**
 * The REST API: routes a request to its operation, checks it against GitHub's OpenAPI
 * description, runs the handler and checks the answer. Authentication, faults and counting happen
 * in the server before this runs.
 *
 * A request the description forbids is answered as GitHub would (422 `Invalid request`, 404 for a
 * malformed path) and recorded as a violation. An answer the description forbids is replaced by a
 * 500 naming the operation and the bad field, and recorded.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { GitHubError, REST_DOCS_URL } from './errors.js';
import type { Account } from './model.js';
import { openApiCatalog, type Operation, type SchemaProblem } from './openapi.js';
import type { RestResponse, RestRoute } from './rest/context.js';
import { RestViews } from './rest/views.js';
import { actionsRoutes } from './routes/actions.js';
import { commentRoutes } from './routes/comments.js';
import { contentRoutes } from './routes/contents.js';
import { dispatchRoutes } from './routes/dispatches.js';
import { gitRoutes } from './routes/git.js';
import { issueRoutes } from './routes/issues.js';
import { labelRoutes } from './routes/labels.js';
import { pullRoutes } from './routes/pulls.js';
import { repoRoutes } from './routes/repos.js';
import type { SandboxState } from './state.js';
import type { ViolationLog } from './violations.js';

/** Every REST route the sandbox serves. */
export const REST_ROUTES: readonly RestRoute[] = [
  ...repoRoutes,
  ...contentRoutes,
  ...gitRoutes,
  ...issueRoutes,
  ...commentRoutes,
  ...labelRoutes,
  ...pullRoutes,
  ...dispatchRoutes,
  ...actionsRoutes,
];

/** A REST request matched to a served operation. */
export interface RestMatch {
  operation: Operation;
  route: RestRoute;
  rawParams: Record<string, string>;
}

/** The final answer to send. */
export interface RestAnswer extends RestResponse {
  /** Set when this answer replaced or reported a violation. */
  violated?: boolean;
}

/** The JSON error body GitHub sends, for a status and message. */
export function errorBody(status: number, message: string, documentationUrl = REST_DOCS_URL, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { message, documentation_url: documentationUrl, status: String(status), ...extra };
}

function articleFor(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** Words a request-body problem the way GitHub's "Invalid request" messages do. */
function describeForGitHub(problem: SchemaProblem): string {
  const segments = problem.pointer.split('/').filter((s) => s !== '');
  if (problem.keyword === 'required') return `"${segments[segments.length - 1] ?? ''}" wasn't supplied.`;
  const where = `For 'properties/${segments.join('/')}'`;
  const value = problem.value === undefined ? '' : `${JSON.stringify(problem.value)} `;
  const typeMatch = /^must be (\w+)$/.exec(problem.message);
  if (problem.keyword === 'type' && typeMatch) return `${where}, ${value}is not ${articleFor(typeMatch[1]!)}.`;
  return `${where}, ${value}${problem.message}.`;
}

function toViolationProblems(problems: SchemaProblem[]) {
  return problems.map((p) => ({ pointer: p.pointer, message: p.value === undefined ? p.message : `${p.message} (got ${JSON.stringify(p.value)})` }));
}

/** Routes and answers REST requests over a state. */
export class RestApi {
  readonly views: RestViews;
  readonly #state: SandboxState;
  readonly #violations: ViolationLog;
  readonly #routes = new Map<string, RestRoute>();
  readonly #router: (method: string, pathname: string) => { operationId: string; params: Record<string, string> } | undefined;

  constructor(state: SandboxState, violations: ViolationLog) {
    this.#state = state;
    this.#violations = violations;
    this.views = new RestViews(state);
    for (const route of REST_ROUTES) this.#routes.set(route.operationId, route);
    this.#router = openApiCatalog().router([...this.#routes.keys()]);
  }

  /** The served operation for a request, if any. */
  match(method: string, pathname: string): RestMatch | undefined {
    const found = this.#router(method, pathname);
    if (!found) return undefined;
    return { operation: openApiCatalog().operation(found.operationId), route: this.#routes.get(found.operationId)!, rawParams: found.params };
  }

  /**
   * Answers a request that matched no served route: 404 as GitHub does, recording an
   * `unimplemented` violation when GitHub itself serves that route.
   */
  unmatched(method: string, pathname: string): RestAnswer {
    const github = openApiCatalog().githubRoute(method, pathname);
    if (github) {
      this.#violations.record({
        direction: 'unimplemented',
        protocol: 'rest',
        operation: github.operationId,
        method,
        path: pathname,
        problems: [{ pointer: '/', message: `the sandbox does not serve ${method} ${github.template}` }],
      });
    }
    return { status: 404, body: errorBody(404, 'Not Found'), violated: github !== undefined };
  }

  /** Validates, runs and checks one matched request as `actor`. */
  handle(match: RestMatch, input: { method: string; url: URL; headers: IncomingHttpHeaders; bodyText: string; actor: Account; inFlight?: () => void }): RestAnswer {
    const { operation } = match;
    const docs = operation.docsUrl ?? REST_DOCS_URL;
    const requestViolation = (problems: SchemaProblem[], status: number, message: string): RestAnswer => {
      this.#violations.record({
        direction: 'request',
        protocol: 'rest',
        operation: operation.operationId,
        method: input.method,
        path: input.url.pathname,
        problems: toViolationProblems(problems),
      });
      const first = problems[0];
      return {
        status,
        body: errorBody(status, message, docs, {
          sandbox: { violation: 'request', operationId: operation.operationId, pointer: first?.pointer ?? '/', problems: toViolationProblems(problems) },
        }),
        violated: true,
      };
    };

    let body: unknown;
    if (input.bodyText.trim() !== '') {
      try {
        body = JSON.parse(input.bodyText);
      } catch {
        return requestViolation([{ pointer: '/', keyword: 'json', message: 'body is not JSON' }], 400, 'Problems parsing JSON');
      }
    }
    const path = operation.checkParameters('path', match.rawParams);
    if (path.problems.length > 0) return requestViolation(path.problems.map((p) => ({ ...p, pointer: `/path${p.pointer}` })), 404, 'Not Found');
    const rawQuery: Record<string, string | string[]> = {};
    for (const name of operation.parameterNames('query')) {
      const values = input.url.searchParams.getAll(name);
      if (values.length > 0) rawQuery[name] = operation.isArrayParameter('query', name) ? values : values[values.length - 1]!;
    }
    const query = operation.checkParameters('query', rawQuery);
    if (query.problems.length > 0) {
      return requestViolation(query.problems.map((p) => ({ ...p, pointer: `/query${p.pointer}` })), 422, `Invalid request.\n\n${describeForGitHub(query.problems[0]!)}`);
    }
    if (operation.acceptsBody) {
      const problems = operation.checkBody(body);
      if (problems.length > 0) return requestViolation(problems, 422, `Invalid request.\n\n${describeForGitHub(problems[0]!)}`);
    }

    let answer: RestAnswer;
    try {
      answer = match.route.handler({
        state: this.#state,
        views: this.views,
        actor: input.actor,
        operation,
        params: path.values,
        query: query.values,
        body,
        headers: input.headers,
        url: input.url,
        inFlight: input.inFlight,
      });
    } catch (error) {
      if (!(error instanceof GitHubError)) return this.#internalError(operation, input, error);
      answer = {
        status: error.status,
        body: errorBody(error.status, error.message, docs, { ...(error.errors ? { errors: error.errors } : {}), ...error.extra }),
        headers: { ...error.headers },
      };
    }
    return this.#checkAnswer(operation, input, answer);
  }

  #checkAnswer(operation: Operation, input: { method: string; url: URL }, answer: RestAnswer): RestAnswer {
    if (answer.raw) return answer;
    const problems = operation.checkResponse(answer.status, answer.body);
    if (problems.length === 0) return answer;
    const violation = this.#violations.record({
      direction: 'response',
      protocol: 'rest',
      operation: operation.operationId,
      method: input.method,
      path: input.url.pathname,
      problems: toViolationProblems(problems),
    });
    const first = problems[0]!;
    return {
      status: 500,
      body: errorBody(
        500,
        `Sandbox: the ${answer.status} response of ${operation.operationId} does not match GitHub's OpenAPI description at ${first.pointer}: ${first.message}`,
        REST_DOCS_URL,
        { sandbox: { violation: 'response', operationId: operation.operationId, pointer: first.pointer, problems: violation.problems } },
      ),
      violated: true,
    };
  }

  #internalError(operation: Operation, input: { method: string; url: URL }, error: unknown): RestAnswer {
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    this.#violations.record({
      direction: 'internal',
      protocol: 'rest',
      operation: operation.operationId,
      method: input.method,
      path: input.url.pathname,
      problems: [{ pointer: '/', message: detail }],
      message: `REST internal error in ${operation.operationId}: ${error instanceof Error ? error.message : String(error)}`,
    });
    return { status: 500, body: errorBody(500, `Sandbox internal error in ${operation.operationId}: ${error instanceof Error ? error.message : String(error)}`), violated: true };
  }
}
