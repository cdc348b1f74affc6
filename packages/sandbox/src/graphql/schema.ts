/**
 * GitHub's GraphQL schema, built once from `@octokit/graphql-schema`'s introspection result.
 *
 * GitHub's custom scalars arrive from introspection with pass-through serializers, which would let
 * a resolver return any value for a `DateTime` or `GitObjectID`. The sandbox gives them strict
 * serializers so a wrong value is an error, like a wrong `Int` is.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { GraphQLError, GraphQLScalarType, buildClientSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function check(name: string, predicate: (value: unknown) => boolean, expected: string) {
  return (value: unknown): unknown => {
    if (!predicate(value)) throw new GraphQLError(`${name} cannot represent ${JSON.stringify(value)}: expected ${expected}`);
    return value;
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** Strict rules for the scalars sitrep's queries meet; any other custom scalar must be a primitive. */
const SCALAR_RULES: Record<string, (value: unknown) => unknown> = {
  DateTime: check('DateTime', (v) => isString(v) && ISO_DATE_TIME.test(v), 'an ISO 8601 date-time'),
  PreciseDateTime: check('PreciseDateTime', (v) => isString(v) && ISO_DATE_TIME.test(v), 'an ISO 8601 date-time'),
  GitTimestamp: check('GitTimestamp', (v) => isString(v) && ISO_DATE_TIME.test(v), 'an ISO 8601 date-time'),
  Date: check('Date', (v) => isString(v) && /^\d{4}-\d{2}-\d{2}$/.test(v), 'a YYYY-MM-DD date'),
  URI: check('URI', (v) => isString(v) && (v.startsWith('/') || URL.canParse(v)), 'a URI'),
  GitObjectID: check('GitObjectID', (v) => isString(v) && /^[0-9a-f]{40}$/.test(v), 'a 40-hex git object id'),
  Base64String: check('Base64String', (v) => isString(v) && /^[A-Za-z0-9+/]*={0,2}$/.test(v), 'a base64 string'),
  BigInt: check('BigInt', (v) => (isString(v) && /^-?\d+$/.test(v)) || (typeof v === 'number' && Number.isInteger(v)), 'an integer'),
  HTML: check('HTML', isString, 'a string'),
  GitRefname: check('GitRefname', isString, 'a string'),
  GitSSHRemote: check('GitSSHRemote', isString, 'a string'),
  X509Certificate: check('X509Certificate', isString, 'a string'),
};

const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

function harden(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLScalarType) || BUILT_IN.has(type.name) || type.name.startsWith('__')) continue;
    const rule =
      SCALAR_RULES[type.name] ??
      check(type.name, (v) => v === null || ['string', 'number', 'boolean'].includes(typeof v), 'a string, number or boolean');
    // Serializers are plain fields of the type object; replacing them keeps the schema intact.
    (type as { serialize: (value: unknown) => unknown }).serialize = rule;
    if (type.name === 'DateTime') (type as { parseValue: (value: unknown) => unknown }).parseValue = rule;
  }
  return schema;
}

/**
 * Finds the package's `schema.json` along Node's module search path. Importing the package
 * instead would also build its own copy of the schema for its `validate` export, doubling the
 * cost of the first GraphQL request.
 */
function schemaJsonPath(): string | undefined {
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths('@octokit/graphql-schema') ?? []) {
    const candidate = join(dir, '@octokit', 'graphql-schema', 'schema.json');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

async function loadIntrospection(): Promise<IntrospectionQuery> {
  const path = schemaJsonPath();
  if (path) return JSON.parse(await readFile(path, 'utf8')) as IntrospectionQuery;
  const { schema } = await import('@octokit/graphql-schema');
  return schema.json as unknown as IntrospectionQuery;
}

let loading: Promise<GraphQLSchema> | undefined;

/** GitHub's schema (loaded and built on first use, then cached for the process). */
export function githubSchema(): Promise<GraphQLSchema> {
  loading ??= loadIntrospection().then((introspection) => harden(buildClientSchema(introspection)));
  return loading;
}
