/**
 * What a REST route handler receives and returns, and the helpers handlers share (repository
 * lookup with GitHub's access rules, GitHub's pagination).
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Account, Permission, Repo } from '../model.js';
import type { Operation } from '../openapi.js';
import type { SandboxState } from '../state.js';
import type { RestViews } from './views.js';

/** A validated REST request. */
export interface RestRequest {
  state: SandboxState;
  views: RestViews;
  /** The authenticated account. */
  actor: Account;
  operation: Operation;
  /** Path parameters, decoded and coerced to their declared types. */
  params: Record<string, unknown>;
  /** Declared query parameters, coerced to their declared types. */
  query: Record<string, unknown>;
  /** The JSON body, already checked against the operation's schema. */
  body: unknown;
  headers: IncomingHttpHeaders;
  /** The request URL (path still percent-encoded), for pagination links. */
  url: URL;
  /**
   * What happens elsewhere while this request is in flight (a fault's `concurrentWrite`): a write
   * handler calls it after reading the branch it will commit on, before committing.
   */
  inFlight?: (() => void) | undefined;
}

/** What a handler answers. */
export interface RestResponse {
  status: number;
  /** JSON body; omitted for 204. */
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (raw media types); bypasses response validation. */
  raw?: { contentType: string; data: Buffer };
}

export type RestHandler = (request: RestRequest) => RestResponse;

/** A served operation and its handler. */
export interface RestRoute {
  operationId: string;
  handler: RestHandler;
}

/** A string path or query parameter (validated upstream, so present when required). */
export function stringParam(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string') throw new TypeError(`parameter ${name} is not a string`);
  return value;
}

/** An integer path or query parameter. */
export function intParam(values: Record<string, unknown>, name: string): number {
  const value = values[name];
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new TypeError(`parameter ${name} is not an integer`);
  return value;
}

/** The repository of `/repos/{owner}/{repo}/…`, checked for `needed` access (404/403 as GitHub). */
export function repoFor(request: RestRequest, needed: Permission): Repo {
  const repo = request.state.visibleRepo(request.actor, stringParam(request.params, 'owner'), stringParam(request.params, 'repo'));
  if (needed !== 'read') request.state.requireAccess(repo, request.actor, needed);
  return repo;
}

/** The JSON body as an object (the schema check guarantees the shape). */
export function bodyOf<T>(request: RestRequest): T {
  return (request.body ?? {}) as T;
}

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

/**
 * Answers one page of `items` as GitHub does: `per_page` (default 30, at most 100) and `page`
 * (from 1), with a `Link` header carrying `first`, `prev`, `next` and `last` where they apply.
 */
export function paginate<T>(request: RestRequest, items: T[], render: (item: T) => unknown): RestResponse {
  const perPageRaw = typeof request.query.per_page === 'number' ? request.query.per_page : DEFAULT_PER_PAGE;
  const perPage = Math.min(Math.max(1, perPageRaw), MAX_PER_PAGE);
  const page = typeof request.query.page === 'number' && request.query.page > 0 ? request.query.page : 1;
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = linkHeader(request, page, lastPage);
  return { status: 200, body: slice.map(render), ...(link ? { headers: { link } } : {}) };
}

function linkHeader(request: RestRequest, page: number, lastPage: number): string | undefined {
  const pageUrl = (n: number) => {
    const url = new URL(`${request.state.urls.api}${request.url.pathname}${request.url.search}`);
    url.searchParams.set('page', String(n));
    return url.toString();
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${pageUrl(Math.min(page - 1, lastPage))}>; rel="prev"`);
  if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
  if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
  return links.length > 0 ? links.join(', ') : undefined;
}
