/** A minimal HTTP client for talking to the sandbox in tests, with `fetch`. */
import type { Sandbox } from '../index.js';

/** A decoded answer. */
export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty body. */
  body: T;
  text: string;
}

/** Options of {@link api}. */
export interface ApiOptions {
  /** Token to send; alice's by default, `null` for none. */
  token?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Calls the sandbox's REST API (`api(sandbox, 'GET', '/repos/acme/incidents')`). */
export async function api<T = unknown>(sandbox: Sandbox, method: string, path: string, options: ApiOptions = {}): Promise<ApiResponse<T>> {
  const token = options.token === undefined ? sandbox.token : options.token;
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', ...options.headers };
  if (token !== null) headers.authorization = `token ${token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const response = await fetch(`${sandbox.url}${path}`, { method, headers, body });
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  return { status: response.status, headers: response.headers, body: (text && isJson ? JSON.parse(text) : undefined) as T, text };
}

/** Posts a GraphQL query to the sandbox. */
export async function graphql<T = unknown>(
  sandbox: Sandbox,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string | null } = {},
): Promise<ApiResponse<{ data?: T; errors?: Array<{ type?: string; message: string; path?: Array<string | number> }> }>> {
  return api(sandbox, 'POST', '/graphql', { body: { query, variables }, ...(options.token === undefined ? {} : { token: options.token }) });
}
