#!/usr/bin/env node
// Extracts from GitHub's REST OpenAPI description (@octokit/openapi, a dev dependency of 13 MB)
// only the operations the sandbox serves, with every component they reference (transitively),
// into src/openapi-subset.json. The sandbox validates each request and response against
// it at runtime, so it must ship with the code while the full description stays dev-only.
//
//   node scripts/extract-openapi.mjs            # rewrite src/openapi-subset.json
//   node scripts/extract-openapi.mjs --check    # exit 1 when the committed subset is stale
//
// Run it after adding a route to the sandbox (src/routes/*.ts) or upgrading @octokit/openapi.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const sourcePath = require.resolve('@octokit/openapi/generated/api.github.com.json');
const targetPath = `${root}src/openapi-subset.json`;
const openapiVersion = JSON.parse(
  readFileSync(require.resolve('@octokit/openapi/package.json'), 'utf8'),
).version;

/** The operations the sandbox implements; keep in step with src/routes/. */
export const SERVED_OPERATIONS = [
  'rate-limit/get',
  'users/get-authenticated',
  'users/get-by-username',
  'repos/get',
  'repos/get-content',
  'repos/create-or-update-file-contents',
  'repos/delete-file',
  'repos/get-collaborator-permission-level',
  'repos/compare-commits-with-basehead',
  'repos/get-branch',
  'repos/create-dispatch-event',
  'git/get-ref',
  'git/create-ref',
  'git/update-ref',
  'git/delete-ref',
  'git/create-blob',
  'git/get-blob',
  'git/create-tree',
  'git/get-tree',
  'git/create-commit',
  'git/get-commit',
  'issues/list-for-repo',
  'issues/create',
  'issues/get',
  'issues/update',
  'issues/list-labels-on-issue',
  'issues/add-labels',
  'issues/set-labels',
  'issues/remove-all-labels',
  'issues/remove-label',
  'issues/add-assignees',
  'issues/remove-assignees',
  'issues/check-user-can-be-assigned-to-issue',
  'issues/list-comments',
  'issues/create-comment',
  'issues/get-comment',
  'issues/update-comment',
  'issues/delete-comment',
  'issues/list-events-for-timeline',
  'issues/list-labels-for-repo',
  'issues/create-label',
  'issues/get-label',
  'issues/update-label',
  'issues/delete-label',
  'reactions/list-for-issue-comment',
  'reactions/create-for-issue-comment',
  'pulls/list',
  'pulls/create',
  'pulls/get',
  'pulls/update',
  'pulls/list-files',
  'pulls/check-if-merged',
  'pulls/merge',
  'pulls/list-requested-reviewers',
  'pulls/request-reviewers',
  'actions/list-repo-workflows',
  'actions/get-workflow',
  'actions/enable-workflow',
  'actions/disable-workflow',
];

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'];

// Always kept: the generic error bodies the sandbox answers with on any route.
const ALWAYS_SCHEMAS = ['basic-error', 'validation-error', 'validation-error-simple'];

// Documentation-only keywords of a Schema Object (and every `x-` extension). Dropping them keeps
// the subset small; they are never used for validation. Property *names* are untouched (see stripSchema).
const DOC_KEYWORDS = new Set([
  'description',
  'example',
  'examples',
  'externalDocs',
  'title',
  'x-github',
  'x-octokit',
  'x-multi-segment',
  'xml',
  'deprecated',
]);

/**
 * Returns a copy of `schema` without documentation keywords, walking every place a JSON Schema
 * may hold a subschema; the keys of `properties` are property names and are kept as they are.
 * @param {unknown} schema
 * @returns {unknown}
 */
function stripSchema(schema) {
  if (Array.isArray(schema)) return schema.map(stripSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DOC_KEYWORDS.has(key) || key.startsWith('x-')) continue;
    if ((key === 'properties' || key === 'patternProperties') && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, stripSchema(sub)]));
    } else if (key === 'enum' || key === 'default' || key === 'const' || key === 'required') {
      out[key] = value;
    } else {
      out[key] = stripSchema(value);
    }
  }
  return out;
}

/** Strips an operation: keeps parameters, requestBody and responses, minus examples. */
function stripOperation(path, method, operation, pathParameters) {
  const parameters = [...(pathParameters ?? []), ...(operation.parameters ?? [])];
  const out = {
    operationId: operation.operationId,
    summary: operation.summary,
    // GitHub links this page in the `documentation_url` of the endpoint's errors.
    docsUrl: operation.externalDocs?.url,
    parameters: parameters.map((p) => ('$ref' in p ? p : stripParameter(p))),
    responses: {},
  };
  if (operation.requestBody) out.requestBody = stripContentHolder(operation.requestBody);
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    out.responses[status] = '$ref' in response ? response : stripContentHolder(response);
  }
  return out;
}

function stripParameter(parameter) {
  const { name, in: location, required, schema, style, explode } = parameter;
  const out = { name, in: location, schema: stripSchema(schema) };
  if (required !== undefined) out.required = required;
  if (style !== undefined) out.style = style;
  if (explode !== undefined) out.explode = explode;
  return out;
}

/** A Response or Request Body object: keeps `required` and each media type's schema. */
function stripContentHolder(holder) {
  const out = {};
  if (holder.required !== undefined) out.required = holder.required;
  if (holder.content) {
    out.content = {};
    for (const [mediaType, media] of Object.entries(holder.content)) {
      out.content[mediaType] = media.schema ? { schema: stripSchema(media.schema) } : {};
    }
  }
  return out;
}

/** Collects every `#/components/<kind>/<name>` reference reachable from `node`. */
function collectRefs(node, found) {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, found);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') found.add(value);
    else collectRefs(value, found);
  }
}

function main() {
  const spec = JSON.parse(readFileSync(sourcePath, 'utf8'));
  const paths = {};
  const allRoutes = [];
  const wanted = new Set(SERVED_OPERATIONS);
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      allRoutes.push([method.toUpperCase(), path, operation.operationId]);
      if (!wanted.has(operation.operationId)) continue;
      wanted.delete(operation.operationId);
      paths[path] ??= {};
      paths[path][method] = stripOperation(path, method, operation, item.parameters);
    }
  }
  if (wanted.size > 0) {
    throw new Error(`operations not in the OpenAPI description: ${[...wanted].join(', ')}`);
  }

  // Resolve component references transitively.
  const components = {};
  const pending = new Set();
  collectRefs(paths, pending);
  for (const name of ALWAYS_SCHEMAS) pending.add(`#/components/schemas/${name}`);
  const done = new Set();
  while (pending.size > 0) {
    const [ref] = pending;
    pending.delete(ref);
    if (done.has(ref)) continue;
    done.add(ref);
    const match = /^#\/components\/([^/]+)\/(.+)$/.exec(ref);
    if (!match) throw new Error(`unsupported $ref ${ref}`);
    const [, kind, name] = match;
    const target = spec.components[kind]?.[name];
    if (target === undefined) throw new Error(`dangling $ref ${ref}`);
    let stripped;
    if (kind === 'schemas') stripped = stripSchema(target);
    else if (kind === 'parameters') stripped = stripParameter(target);
    else if (kind === 'responses' || kind === 'requestBodies') stripped = stripContentHolder(target);
    else if (kind === 'headers') stripped = { schema: stripSchema(target.schema) };
    else throw new Error(`unsupported component kind in ${ref}`);
    components[kind] ??= {};
    components[kind][name] = stripped;
    collectRefs(stripped, pending);
  }
  for (const kind of Object.keys(components)) {
    components[kind] = Object.fromEntries(Object.entries(components[kind]).sort(([a], [b]) => a.localeCompare(b)));
  }

  const subset = {
    'x-generated': {
      by: 'packages/sandbox/scripts/extract-openapi.mjs',
      from: `@octokit/openapi@${openapiVersion} generated/api.github.com.json`,
      regenerate: 'npm run openapi:extract',
      note: 'Generated file: do not edit by hand.',
    },
    openapi: spec.openapi,
    info: { title: spec.info.title, version: spec.info.version },
    paths,
    components,
    // Every route GitHub serves, so the sandbox can tell "not implemented here" from "no such route".
    'x-all-routes': allRoutes,
  };
  return `${JSON.stringify(subset)}\n`;
}

const output = main();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(targetPath, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== output) {
    console.error('src/openapi-subset.json is stale: run node scripts/extract-openapi.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(targetPath, output);
  console.log(`wrote ${targetPath} (${(output.length / 1024).toFixed(0)} KiB)`);
}
