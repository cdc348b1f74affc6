import type { ErrorObject, ValidateFunction } from 'ajv';
// Compiled from schemas/*.schema.json when sitrep is built (scripts/schema-validators.mjs), so no
// schema is compiled at run time.
import * as validators from './schema-validators.generated.js';

export type SchemaName = 'config' | 'incident' | 'postmortem';

const VALIDATORS: Readonly<Record<SchemaName, ValidateFunction>> = validators;

/** One schema problem, located by JSON pointer into the checked value. */
export interface SchemaProblem {
  /** JSON pointer of the offending value (or of the object holding an unknown/missing key). */
  pointer: string;
  /** The key the problem is about, when it is a key (unknown or missing). */
  key?: string;
  /** Says what is wrong and what is accepted, naming the field. */
  message: string;
}

/** Validates `value` against a sitrep schema; returns readable problems (empty when valid). */
export function checkSchema(name: SchemaName, value: unknown): SchemaProblem[] {
  const validate = VALIDATORS[name];
  if (validate(value)) return [];
  return describeErrors(validate.errors ?? []);
}

function fieldName(pointer: string, key?: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (key !== undefined) parts.push(key);
  return parts.length ? parts.join('.') : '(top level)';
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function accepted(schema: unknown): string | undefined {
  if (schema && typeof schema === 'object' && 'description' in schema) {
    return String((schema as { description: unknown }).description);
  }
  return undefined;
}

/** Turns ajv's errors into one message per problem, naming the field and what is accepted. */
function describeErrors(errors: ErrorObject[]): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  // anyOf produces one error per branch; report the value once, with the property's description.
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const seen = new Set<string>();
  for (const error of errors) {
    const pointer = error.instancePath;
    if (anyOfPaths.has(pointer) && error.keyword !== 'anyOf') continue;
    if ([...anyOfPaths].some((p) => pointer.startsWith(`${p}/`))) continue;
    let problem: SchemaProblem;
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String(error.params.additionalProperty);
        const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
        problem = {
          pointer,
          key,
          message: `unknown key "${fieldName(pointer, key)}"${known.length ? `; accepted keys here: ${known.join(', ')}` : ''}`,
        };
        break;
      }
      case 'required': {
        const key = String(error.params.missingProperty);
        problem = { pointer, key, message: `missing required key "${fieldName(pointer, key)}"` };
        break;
      }
      case 'enum':
        problem = {
          pointer,
          message: `${fieldName(pointer)}: ${show(error.data)} is not accepted; use one of ${(error.params.allowedValues as unknown[]).map(String).join(', ')}`,
        };
        break;
      case 'type':
        problem = { pointer, message: `${fieldName(pointer)}: ${show(error.data)} must be ${error.params.type === 'integer' ? 'a whole number' : `of type ${String(error.params.type)}`}` };
        break;
      case 'propertyNames':
      case 'pattern':
      case 'format':
      case 'anyOf':
      case 'minLength':
      case 'minimum':
      case 'maximum':
      case 'uniqueItems':
      case 'minProperties': {
        const description = accepted(error.parentSchema) ?? error.message ?? 'invalid';
        const why = ['pattern', 'format', 'anyOf', 'propertyNames'].includes(error.keyword)
          ? ''
          : error.keyword === 'uniqueItems' ? ' (it has duplicates)' : ` (${error.message})`;
        problem = { pointer, message: `${fieldName(pointer)}: ${show(error.data)} is not valid${why}; accepted: ${description}` };
        break;
      }
      default:
        problem = { pointer, message: `${fieldName(pointer)}: ${error.message ?? 'is not valid'}` };
    }
    const key = `${problem.pointer}|${problem.key ?? ''}|${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}
