/**
 * The HTTP side of the sandbox: reads a request, routes it (REST or GraphQL), authenticates the
 * token, applies injected faults, counts it, and writes the answer with the headers GitHub sends —
 * above all a `Date` from the sandbox clock, which is how the code under test learns the time.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REST_DOCS_URL } from './errors.js';
import { faultAnswer, onlyHolds, type ActiveFault, type Faults } from './faults.js';
import { describeGraphqlRequest, type GraphqlApi } from './graphql.js';
import { BOT_LOGIN, type Account } from './model.js';
import type { RateBudget } from './ratelimit.js';
import { CONTENT_CREATION_LIMITS } from './rules.js';
import { errorBody, type RestApi } from './rest.js';
import type { SandboxState } from './state.js';
import type { Traffic } from './traffic.js';
import type { ViolationLog } from './violations.js';

/** What the request handler works with. */
export interface ServerParts {
  state: SandboxState;
  rest: RestApi;
  graphql: GraphqlApi;
  faults: Faults;
  traffic: Traffic;
  violations: ViolationLog;
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  raw?: { contentType: string; data: Buffer };
}

const MAX_BODY_BYTES = 100 * 1024 * 1024;
const GRAPHQL_AUTH_DOCS = 'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql';

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** The token of `Authorization: token X` or `Bearer X`. */
export function tokenOf(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? '';
}

function rateHeaders(budget: RateBudget, resource: string): Record<string, string> {
  return {
    'x-ratelimit-limit': String(budget.limit),
    'x-ratelimit-remaining': String(budget.remaining),
    'x-ratelimit-reset': String(budget.reset),
    'x-ratelimit-used': String(budget.used),
    'x-ratelimit-resource': resource,
  };
}

/** The refusal GitHub answers when a budget is spent, if one is. */
function rateLimitRefusal(state: SandboxState, actor: Account, budget: RateBudget, createsContent: boolean): ReturnType<typeof faultAnswer> | undefined {
  if (budget.used > budget.limit) {
    const answer = faultAnswer({ primaryRateLimit: true, retryAfter: Math.max(1, budget.reset - Math.floor(state.clock.nowMs() / 1000)) }, actor.login);
    return { ...answer, headers: { ...answer.headers, 'x-ratelimit-limit': String(budget.limit), 'x-ratelimit-used': String(budget.limit), 'x-ratelimit-reset': String(budget.reset) } };
  }
  if (createsContent && state.rateLimits.overContentLimit(actor, CONTENT_CREATION_LIMITS)) return faultAnswer({ secondaryRateLimit: true, retryAfter: 60 }, actor.login);
  return undefined;
}

/** Builds the `(request, response)` listener of the sandbox server. */
export function createRequestListener(parts: ServerParts): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    handle(parts, request, response).catch((error: unknown) => {
      parts.violations.record({
        direction: 'internal',
        protocol: 'rest',
        operation: 'server',
        method: request.method ?? 'GET',
        path: request.url ?? '/',
        problems: [{ pointer: '/', message: error instanceof Error ? error.stack ?? error.message : String(error) }],
      });
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify(errorBody(500, 'Sandbox internal error')));
      } else response.destroy();
    });
  };
}

async function handle(parts: ServerParts, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { state, faults, traffic } = parts;
  const method = (request.method ?? 'GET').toUpperCase();
  const url = new URL(request.url ?? '/', 'http://sandbox.invalid');
  const bodyText = (await readBody(request)).toString('utf8');
  const kind: 'rest' | 'graphql' = url.pathname === '/graphql' ? 'graphql' : 'rest';
  const at = state.now();
  const started = performance.now();
  const restMatch = kind === 'rest' ? parts.rest.match(method, url.pathname) : undefined;
  const graphqlOperation = kind === 'graphql' ? describeGraphqlRequest(bodyText) : undefined;
  const operation = restMatch?.operation.operationId ?? graphqlOperation?.label;
  const token = tokenOf(request);
  const actor: Account | undefined = token ? state.accountByToken(token) : undefined;
  let faultId: number | undefined;

  const finish = (answer: Answer, lost?: ActiveFault): void => {
    traffic.record(
      {
        method,
        path: url.pathname,
        query: url.search,
        status: lost?.lostResponse === 'destroy' ? 0 : answer.status,
        kind,
        operation,
        actor: actor?.login,
        at,
        durationMs: Math.round(performance.now() - started),
        ...(faultId === undefined ? {} : { fault: faultId }),
      },
      graphqlOperation?.type,
    );
    if (lost?.lostResponse === 'destroy') {
      // The write happened; the client never hears about it.
      request.socket.destroy();
      return;
    }
    const headers: Record<string, string> = {
      date: state.clock.now().toUTCString(),
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      'x-github-media-type': 'github.v3; format=json',
      ...answer.headers,
    };
    let payload: Buffer | undefined;
    if (answer.raw) {
      headers['content-type'] = answer.raw.contentType;
      payload = answer.raw.data;
    } else if (answer.body !== undefined) {
      headers['content-type'] = 'application/json; charset=utf-8';
      payload = Buffer.from(JSON.stringify(answer.body));
    }
    if (payload) headers['content-length'] = String(payload.length);
    response.sendDate = false;
    response.writeHead(answer.status, headers);
    response.end(method === 'HEAD' ? undefined : payload);
  };

  // GitHub routes before it authenticates: an unknown path is 404 even without a token.
  if (kind === 'rest' && !restMatch) {
    const answer = parts.rest.unmatched(method, url.pathname);
    finish({ status: answer.status, headers: {}, body: answer.body });
    return;
  }
  if (kind === 'graphql' && method !== 'POST') {
    finish({ status: 404, headers: {}, body: errorBody(404, 'Not Found') });
    return;
  }

  if (token === undefined) {
    const body =
      kind === 'graphql'
        ? { message: 'This endpoint requires you to be authenticated.', documentation_url: GRAPHQL_AUTH_DOCS }
        : errorBody(401, 'Requires authentication', REST_DOCS_URL);
    finish({ status: 401, headers: {}, body });
    return;
  }
  if (!actor) {
    finish({ status: 401, headers: {}, body: errorBody(401, 'Bad credentials', REST_DOCS_URL) });
    return;
  }

  const fault = faults.take({ method, path: url.pathname, kind, operation });
  if (fault) faultId = fault.id;
  if (fault?.hold) await fault.hold;
  if (fault && fault.lostResponse === undefined && !onlyHolds(fault)) {
    const answer = faultAnswer(fault, actor.login);
    finish({ status: answer.status, headers: answer.headers, body: answer.body });
    return;
  }

  const budget = state.rateLimits.consume(actor, kind === 'graphql' ? 'graphql' : 'core');
  const limitHeaders = rateHeaders(budget, kind === 'graphql' ? 'graphql' : 'core');
  if (state.platform.enforceRateLimits) {
    // GitHub's limits, played when switched on (GITHUB-RULES.md row 12).
    const refusal = rateLimitRefusal(state, actor, budget, kind === 'graphql' ? graphqlOperation?.type === 'mutation' : method !== 'GET' && method !== 'HEAD');
    if (refusal) {
      finish({ status: refusal.status, headers: { ...limitHeaders, ...refusal.headers }, body: refusal.body });
      return;
    }
  }
  let answer: Answer;
  if (kind === 'graphql') {
    const result = await parts.graphql.handle(bodyText, actor);
    answer = { status: result.status, headers: limitHeaders, body: result.body };
  } else {
    const concurrent = fault?.concurrentWrite;
    const inFlight = concurrent
      ? () => {
          const repo = state.repo(`${url.pathname.split('/')[2] ?? ''}/${url.pathname.split('/')[3] ?? ''}`);
          const writer = state.account(concurrent.as ?? BOT_LOGIN);
          const body = (bodyText.trim() ? JSON.parse(bodyText) : {}) as { branch?: string };
          state.commitFiles(repo, writer, { branch: body.branch ?? repo.defaultBranch, message: concurrent.message ?? `Update ${concurrent.path}`, files: [{ path: concurrent.path, content: concurrent.content }] });
        }
      : undefined;
    const result = parts.rest.handle(restMatch!, { method, url, headers: request.headers, bodyText, actor, ...(inFlight ? { inFlight } : {}) });
    answer = {
      status: result.status,
      headers: { ...limitHeaders, ...(result.headers ?? {}) },
      ...(result.body === undefined ? {} : { body: result.body }),
      ...(result.raw ? { raw: result.raw } : {}),
    };
  }
  if (fault && typeof fault.lostResponse === 'number') {
    const lost = faultAnswer({ status: fault.lostResponse }, actor.login);
    finish({ status: lost.status, headers: lost.headers, body: lost.body });
    return;
  }
  finish(answer, fault);
}
