/**
 * Checks requests and responses against GitHub's REST OpenAPI description (the subset in
 * openapi-subset.json, extracted by scripts/extract-openapi.mjs).
 *
 * OpenAPI 3.0 schemas are not JSON Schema: `nullable: true` means "or null", and documentation
 * keywords sit among validation ones. {@link toJsonSchema} converts them once; ajv compiles each
 * operation's schemas on first use and caches them.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formatsPluginModule from 'ajv-formats';
import subsetJson from './openapi-subset.json' with { type: 'json' };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonObject;
}

interface MediaHolder {
  required?: boolean;
  content?: Record<string, { schema?: JsonObject }>;
}

interface OperationObject {
  operationId: string;
  summary?: string;
  docsUrl?: string;
  parameters: Array<ParameterObject | { $ref: string }>;
  requestBody?: MediaHolder;
  responses: Record<string, MediaHolder | { $ref: string }>;
}

interface OpenApiSubset {
  paths: Record<string, Record<string, OperationObject>>;
  components: {
    schemas: Record<string, JsonObject>;
    parameters?: Record<string, ParameterObject>;
    responses?: Record<string, MediaHolder>;
  };
  'x-all-routes': Array<[string, string, string]>;
}

const subset = subsetJson as unknown as OpenApiSubset;

/** One problem found in a request or response. */
export interface SchemaProblem {
  /** JSON pointer into the checked value (`/labels`, `/user/login`). */
  pointer: string;
  /** Ajv's keyword (`type`, `required`, `enum`, …). */
  keyword: string;
  message: string;
  /** The offending value, when there is one. */
  value?: unknown;
}

/** Where a request part lives. */
export type ParameterLocation = 'path' | 'query';

const SCHEMA_ID = 'https://sitrep.invalid/github-openapi.json';

/**
 * Converts an OpenAPI 3.0 Schema Object to JSON Schema for ajv: `nullable` becomes a `null` type
 * (or an `anyOf` with null when there is no `type`), `oneOf` becomes `anyOf`, and component
 * `$ref`s point into the registered definitions.
 */
export function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable') continue;
    // GitHub's description writes `oneOf` for alternatives that overlap (a basic error also
    // matches repository-rule-violation-error), and GitHub answers bodies matching several: read
    // it as `anyOf`, which is what the description means.
    if (key === 'oneOf') out.anyOf = toJsonSchema(value);
    else if (key === '$ref' && typeof value === 'string') out.$ref = value.replace('#/components/schemas/', `${SCHEMA_ID}#/$defs/`);
    else if ((key === 'properties' || key === 'patternProperties') && value && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toJsonSchema(sub)]));
    } else if (key === 'enum' || key === 'required' || key === 'default' || key === 'const') out[key] = value;
    else out[key] = toJsonSchema(value);
  }
  if (node.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  if (Object.keys(out).length === 0) return out;
  return { anyOf: [out, { type: 'null' }] };
}

function newAjv(coerce: boolean): Ajv {
  // GitHub's schemas share large components (repository, issue, user): compiling each reference
  // once as its own function, unoptimised, keeps first-use compilation several times faster.
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    coerceTypes: coerce,
    validateFormats: true,
    inlineRefs: false,
    code: { optimize: false },
    // The definitions come from GitHub's published description; checking them against the
    // meta-schema on every start would cost more than it could find.
    validateSchema: false,
  });
  formatsPluginModule.default(ajv, ['date-time', 'date', 'uri', 'email', 'uuid', 'hostname', 'ipv4', 'ipv6']);
  // Formats GitHub's description uses that carry no checkable rule.
  for (const format of ['int32', 'int64', 'repo.nwo', 'binary', 'byte', 'uri-template', 'ssh-key', 'time']) ajv.addFormat(format, true);
  // Parameter schemas are inline; only bodies need the component definitions.
  if (!coerce) {
    const defs = Object.fromEntries(Object.entries(subset.components.schemas).map(([name, schema]) => [name, toJsonSchema(schema)]));
    ajv.addSchema({ $id: SCHEMA_ID, $defs: defs });
  }
  return ajv;
}

let strictAjv: Ajv | undefined;
let coercingAjv: Ajv | undefined;

/** Ajv for bodies: no coercion, so a string where an array belongs is a problem. */
function bodyAjv(): Ajv {
  strictAjv ??= newAjv(false);
  return strictAjv;
}

/** Ajv for path and query strings, which arrive as text and are coerced to the declared types. */
function parameterAjv(): Ajv {
  coercingAjv ??= newAjv(true);
  return coercingAjv;
}

/** Reads ajv's errors as problems with JSON pointers to the offending field. */
export function toProblems(errors: ErrorObject[] | null | undefined, root: unknown): SchemaProblem[] {
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of errors ?? []) {
    let pointer = error.instancePath;
    if (error.keyword === 'required') pointer += `/${escapePointer(String(error.params.missingProperty))}`;
    if (error.keyword === 'additionalProperties') pointer += `/${escapePointer(String(error.params.additionalProperty))}`;
    const message = error.keyword === 'required' ? 'is required' : error.message ?? error.keyword;
    const key = `${pointer} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const value = error.keyword === 'required' ? undefined : valueAt(root, error.instancePath);
    problems.push({ pointer: pointer || '/', keyword: error.keyword, message, ...(value === undefined ? {} : { value }) });
  }
  // Branch errors of oneOf/anyOf are noise next to a concrete one; keep the deepest first.
  return problems.sort((a, b) => b.pointer.split('/').length - a.pointer.split('/').length);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function valueAt(root: unknown, pointer: string): unknown {
  let current: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function resolveParameter(parameter: ParameterObject | { $ref: string }): ParameterObject {
  if (!('$ref' in parameter)) return parameter;
  const name = parameter.$ref.replace('#/components/parameters/', '');
  const resolved = subset.components.parameters?.[name];
  if (!resolved) throw new Error(`dangling parameter $ref ${parameter.$ref}`);
  return resolved;
}

function resolveResponse(response: MediaHolder | { $ref: string }): MediaHolder {
  if (!('$ref' in response)) return response;
  const name = (response.$ref as string).replace('#/components/responses/', '');
  const resolved = subset.components.responses?.[name];
  if (!resolved) throw new Error(`dangling response $ref ${String(response.$ref)}`);
  return resolved;
}

function jsonSchemaOf(holder: MediaHolder | undefined): JsonObject | undefined {
  const content = holder?.content;
  if (!content) return undefined;
  const media = content['application/json'] ?? Object.values(content)[0];
  return media?.schema;
}

/** One REST operation with its compiled checks. */
export class Operation {
  readonly operationId: string;
  readonly method: string;
  /** The OpenAPI path template (`/repos/{owner}/{repo}/issues/{issue_number}`). */
  readonly path: string;
  readonly docsUrl: string | undefined;
  readonly #spec: OperationObject;
  readonly #parameters: ParameterObject[];
  readonly #parameterValidators = new Map<ParameterLocation, ValidateFunction>();
  #bodyValidator: ValidateFunction | undefined;
  readonly #responseValidators = new Map<string, ValidateFunction | null>();

  constructor(method: string, path: string, spec: OperationObject) {
    this.method = method.toUpperCase();
    this.path = path;
    this.operationId = spec.operationId;
    this.docsUrl = spec.docsUrl;
    this.#spec = spec;
    this.#parameters = spec.parameters.map(resolveParameter);
  }

  /** Names of the parameters declared in a location. */
  parameterNames(location: ParameterLocation): string[] {
    return this.#parameters.filter((p) => p.in === location).map((p) => p.name);
  }

  /** True when the declared query parameter is an array (`?labels[]=`-style). */
  isArrayParameter(location: ParameterLocation, name: string): boolean {
    return this.#parameters.some((p) => p.in === location && p.name === name && p.schema.type === 'array');
  }

  /**
   * Validates and coerces parameters of one location. Returns the typed values (declared
   * parameters only) and the problems found.
   */
  checkParameters(location: ParameterLocation, raw: Record<string, string | string[]>): { values: Record<string, unknown>; problems: SchemaProblem[] } {
    let validate = this.#parameterValidators.get(location);
    if (!validate) {
      const declared = this.#parameters.filter((p) => p.in === location);
      const schema = {
        type: 'object',
        properties: Object.fromEntries(declared.map((p) => [p.name, toJsonSchema(p.schema)])),
        required: declared.filter((p) => p.required).map((p) => p.name),
      };
      validate = parameterAjv().compile(schema);
      this.#parameterValidators.set(location, validate);
    }
    const values: Record<string, unknown> = {};
    for (const name of this.parameterNames(location)) if (raw[name] !== undefined) values[name] = raw[name];
    const ok = validate(values);
    return { values, problems: ok ? [] : toProblems(validate.errors, values) };
  }

  /** Whether the operation takes a JSON body at all. */
  get acceptsBody(): boolean {
    return jsonSchemaOf(this.#spec.requestBody) !== undefined;
  }

  /** Validates a parsed JSON request body (`undefined` when none was sent). */
  checkBody(body: unknown): SchemaProblem[] {
    const schema = jsonSchemaOf(this.#spec.requestBody);
    if (!schema) return [];
    if (body === undefined) {
      if (!this.#spec.requestBody?.required) return [];
      body = {};
    }
    this.#bodyValidator ??= bodyAjv().compile(toJsonSchema(schema) as object);
    return this.#bodyValidator(body) ? [] : toProblems(this.#bodyValidator.errors, body);
  }

  /** True when the description documents this status for the operation. */
  documents(status: number): boolean {
    return String(status) in this.#spec.responses;
  }

  /**
   * Validates a response. An undocumented success status is a problem; an undocumented error
   * status is checked against GitHub's generic error bodies, which any endpoint may answer.
   */
  checkResponse(status: number, body: unknown): SchemaProblem[] {
    const key = String(status);
    let validate = this.#responseValidators.get(key);
    if (validate === undefined) {
      const documented = this.#spec.responses[key];
      let schema: Json | undefined;
      const documentedSchema = documented ? jsonSchemaOf(resolveResponse(documented)) : undefined;
      if (documentedSchema) {
        schema = documentedSchema;
      } else if (status >= 400) {
        // Some errors are documented without a body (git/delete-ref 422), yet GitHub sends its
        // usual error body for them as for any undocumented error.
        schema = { $ref: `#/components/schemas/${status === 422 ? 'validation-error' : 'basic-error'}` };
      } else if (!documented) {
        return [{ pointer: '/', keyword: 'status', message: `status ${status} is not documented for ${this.operationId}` }];
      }
      validate = schema === undefined ? null : bodyAjv().compile(toJsonSchema(schema) as object);
      this.#responseValidators.set(key, validate);
    }
    if (validate === null) {
      return body === undefined ? [] : [{ pointer: '/', keyword: 'body', message: `status ${status} of ${this.operationId} has no body` }];
    }
    return validate(body) ? [] : toProblems(validate.errors, body);
  }
}

/** A path template split for matching. */
interface CompiledTemplate {
  method: string;
  template: string;
  operationId: string;
  segments: string[];
  /** A trailing parameter that may span several segments (`{path}`, `{ref}`, `{basehead}`). */
  greedy: boolean;
  literalCount: number;
}

// Path parameters whose values contain slashes (file paths, refs, `base...head` with branch names).
const GREEDY_PARAMETERS = new Set(['path', 'ref', 'basehead', 'branch']);

function compileTemplate(method: string, template: string, operationId: string): CompiledTemplate {
  const segments = template.split('/').slice(1);
  const last = segments[segments.length - 1] ?? '';
  const greedy = /^\{(\w+)\}$/.test(last) && GREEDY_PARAMETERS.has(last.slice(1, -1));
  return { method, template, operationId, segments, greedy, literalCount: segments.filter((s) => !s.startsWith('{')).length };
}

/** Matches a raw (still percent-encoded) path; returns decoded parameters. */
function matchTemplate(compiled: CompiledTemplate, rawSegments: string[]): Record<string, string> | undefined {
  const { segments, greedy } = compiled;
  if (greedy ? rawSegments.length < segments.length : rawSegments.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const pattern = segments[i]!;
    const isLast = i === segments.length - 1;
    const raw = greedy && isLast ? rawSegments.slice(i).join('/') : rawSegments[i]!;
    if (pattern.startsWith('{')) {
      if (raw === '') return undefined;
      try {
        params[pattern.slice(1, -1)] = decodeURIComponent(raw);
      } catch {
        return undefined;
      }
    } else if (pattern !== raw) return undefined;
  }
  return params;
}

function bySpecificity(a: CompiledTemplate, b: CompiledTemplate): number {
  return b.literalCount - a.literalCount || Number(a.greedy) - Number(b.greedy) || b.segments.length - a.segments.length;
}

/** A matched route: the operation and its raw path parameters. */
export interface RouteMatch {
  operationId: string;
  template: string;
  params: Record<string, string>;
}

/** The operations of the subset, and every route GitHub serves. */
export class OpenApiCatalog {
  readonly #operations = new Map<string, Operation>();
  readonly #allRoutes: CompiledTemplate[];

  constructor() {
    for (const [path, item] of Object.entries(subset.paths)) {
      for (const [method, spec] of Object.entries(item)) {
        this.#operations.set(spec.operationId, new Operation(method, path, spec));
      }
    }
    this.#allRoutes = subset['x-all-routes'].map(([method, path, id]) => compileTemplate(method, path, id)).sort(bySpecificity);
  }

  /** The operation with this id; throws for one the subset lacks (regenerate the subset). */
  operation(operationId: string): Operation {
    const operation = this.#operations.get(operationId);
    if (!operation) {
      throw new Error(`operation ${operationId} is not in openapi-subset.json: add it to scripts/extract-openapi.mjs and run it`);
    }
    return operation;
  }

  /** Builds a matcher over a set of served operations, most specific template first. */
  router(operationIds: string[]): (method: string, pathname: string) => RouteMatch | undefined {
    const routes = operationIds
      .map((id) => {
        const op = this.operation(id);
        return compileTemplate(op.method, op.path, id);
      })
      .sort(bySpecificity);
    return (method, pathname) => findRoute(routes, method, pathname);
  }

  /** The GitHub route a request would reach, whether or not the sandbox serves it. */
  githubRoute(method: string, pathname: string): RouteMatch | undefined {
    return findRoute(this.#allRoutes, method, pathname);
  }
}

function findRoute(routes: CompiledTemplate[], method: string, pathname: string): RouteMatch | undefined {
  const rawSegments = pathname.split('/').slice(1);
  const wanted = method === 'HEAD' ? 'GET' : method;
  for (const route of routes) {
    if (route.method !== wanted) continue;
    const params = matchTemplate(route, rawSegments);
    if (params) return { operationId: route.operationId, template: route.template, params };
  }
  return undefined;
}

let catalog: OpenApiCatalog | undefined;

/** The shared catalog (built once; compiling is lazy per operation). */
export function openApiCatalog(): OpenApiCatalog {
  catalog ??= new OpenApiCatalog();
  return catalog;
}
