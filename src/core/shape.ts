/**
 * A small checker for the shape of data whose schema is a handful of JSON Schema keywords: `type`
 * (one or a list), `required`, `properties`, `items`, `minimum`, `$ref` into `$defs`, and
 * `allOf` of `if: { properties: { k: { const } } }` / `then`. It reads schemas/trigger.schema.json
 * (the fields sitrep reads of each GitHub event), which the tests also compile with ajv against
 * GitHub's own webhook schemas. Hand-kept because a compiled validator would add some 50 KB to the
 * action for a check this small. Returns the first problem, naming the field.
 */

/** The subset of JSON Schema this checker reads; any other keyword is a mistake (a test checks it). */
export interface ShapeSchema {
  type?: string | string[];
  required?: string[];
  properties?: Record<string, ShapeSchema>;
  items?: ShapeSchema;
  minimum?: number;
  const?: unknown;
  $ref?: string;
  allOf?: { if: ShapeSchema; then: ShapeSchema }[];
  $defs?: Record<string, ShapeSchema>;
  description?: string;
  title?: string;
  $schema?: string;
  $id?: string;
}

/** The keywords `checkShape` understands. */
export const SHAPE_KEYWORDS: readonly string[] = ['type', 'required', 'properties', 'items', 'minimum', 'const', '$ref', 'allOf', 'if', 'then', '$defs', 'description', 'title', '$schema', '$id'];

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function fits(type: string, value: unknown): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** The field a path names, dotted (`issue.number`, `commits.0.added`); `(the payload)` for the root. */
function field(path: readonly string[]): string {
  return path.length ? path.join('.') : '(the payload)';
}

/** Checks `value` against `schema` (whose `$ref`s point into `root.$defs`); the first problem, or undefined. */
export function checkShape(schema: ShapeSchema, value: unknown, root: ShapeSchema = schema, path: string[] = []): string | undefined {
  if (schema.$ref) {
    const name = schema.$ref.replace(/^#\/\$defs\//, '');
    const target = root.$defs?.[name];
    if (!target) throw new Error(`the schema has no $defs entry "${name}"`);
    return checkShape(target, value, root, path);
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => fits(t, value))) return `${field(path)} must be ${types.map((t) => (t === 'integer' ? 'a whole number' : t)).join(' or ')}, not ${typeOf(value)}`;
  }
  if (schema.const !== undefined && value !== schema.const) return `${field(path)} must be ${JSON.stringify(schema.const)}`;
  if (schema.minimum !== undefined && typeof value === 'number' && value < schema.minimum) return `${field(path)} must be at least ${schema.minimum}`;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (object[key] === undefined) return `${field([...path, key])} is missing`;
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      if (object[key] === undefined) continue;
      const problem = checkShape(sub, object[key], root, [...path, key]);
      if (problem) return problem;
    }
  }
  if (Array.isArray(value) && schema.items) {
    for (const [i, item] of value.entries()) {
      const problem = checkShape(schema.items, item, root, [...path, String(i)]);
      if (problem) return problem;
    }
  }
  for (const branch of schema.allOf ?? []) {
    if (checkShape(branch.if, value, root, path) === undefined) {
      const problem = checkShape(branch.then, value, root, path);
      if (problem) return problem;
    }
  }
  return undefined;
}
