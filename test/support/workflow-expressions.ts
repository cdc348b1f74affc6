/**
 * Evaluates the GitHub Actions expressions a workflow template uses (`if:` conditions and
 * `${{ }}` in concurrency groups) against an event context, as the runner would: `==`, `!=`,
 * `&&`, `||`, `!`, parentheses, string/number/boolean/null literals, property paths with `.*.`
 * filters, and the functions `contains`, `startsWith`, `endsWith`, `toJSON`, `format`. Tests read
 * the template through it instead of re-stating what a job's condition says.
 */

export type Context = Record<string, unknown>;

type Token = { kind: 'str' | 'num' | 'id' | 'op'; value: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= source.length) throw new Error(`unterminated string in ${source}`);
        if (source[i] === "'" && source[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (source[i] === "'") {
          i++;
          break;
        } else value += source[i++];
      }
      tokens.push({ kind: 'str', value });
    } else if (/[0-9]/.test(c)) {
      const match = /^[0-9.]+/.exec(source.slice(i))![0];
      tokens.push({ kind: 'num', value: match });
      i += match.length;
    } else if (/[A-Za-z_]/.test(c)) {
      const match = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(source.slice(i))![0];
      tokens.push({ kind: 'id', value: match });
      i += match.length;
    } else {
      const two = source.slice(i, i + 2);
      if (['==', '!=', '&&', '||', '<=', '>='].includes(two)) {
        tokens.push({ kind: 'op', value: two });
        i += 2;
      } else if ('!().,*[]<>'.includes(c)) {
        tokens.push({ kind: 'op', value: c });
        i++;
      } else throw new Error(`unexpected ${c} in ${source}`);
    }
  }
  return tokens;
}

const looseString = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean));
const truthy = (v: unknown): boolean => !(v === false || v === null || v === undefined || v === 0 || v === '' || Number.isNaN(v));
const equal = (a: unknown, b: unknown): boolean =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b || (a == null && b == null);

const FUNCTIONS: Record<string, (...args: unknown[]) => unknown> = {
  contains: (haystack, needle) =>
    Array.isArray(haystack) ? haystack.some((item) => equal(item, needle)) : looseString(haystack).toLowerCase().includes(looseString(needle).toLowerCase()),
  startsWith: (text, prefix) => looseString(text).toLowerCase().startsWith(looseString(prefix).toLowerCase()),
  endsWith: (text, suffix) => looseString(text).toLowerCase().endsWith(looseString(suffix).toLowerCase()),
  toJSON: (value) => JSON.stringify(value ?? null, null, 2),
  format: (template, ...args) => looseString(template).replace(/\{(\d+)\}/g, (_, n: string) => looseString(args[Number(n)])),
};

/** Evaluates one expression (without `${{ }}`). */
export function evaluate(expression: string, context: Context): unknown {
  const tokens = tokenize(expression);
  let at = 0;
  const peek = () => tokens[at];
  const take = (value?: string) => {
    const token = tokens[at++];
    if (!token || (value !== undefined && token.value !== value)) throw new Error(`expected ${value ?? 'a token'} in ${expression}`);
    return token;
  };
  const or = (): unknown => {
    let left = and();
    while (peek()?.value === '||') {
      take();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const and = (): unknown => {
    let left = comparison();
    while (peek()?.value === '&&') {
      take();
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const comparison = (): unknown => {
    const left = unary();
    const op = peek()?.value;
    if (op === '==' || op === '!=') {
      take();
      const right = unary();
      return op === '==' ? equal(left, right) : !equal(left, right);
    }
    return left;
  };
  const unary = (): unknown => {
    if (peek()?.value === '!') {
      take();
      return !truthy(unary());
    }
    return primary();
  };
  const primary = (): unknown => {
    const token = take();
    if (token.kind === 'str') return token.value;
    if (token.kind === 'num') return Number(token.value);
    if (token.value === '(') {
      const value = or();
      take(')');
      return value;
    }
    if (token.kind !== 'id') throw new Error(`unexpected ${token.value} in ${expression}`);
    if (token.value === 'true') return true;
    if (token.value === 'false') return false;
    if (token.value === 'null') return null;
    if (peek()?.value === '(') {
      take('(');
      const args: unknown[] = [];
      while (peek()?.value !== ')') {
        args.push(or());
        if (peek()?.value === ',') take(',');
      }
      take(')');
      const fn = FUNCTIONS[token.value];
      if (!fn) throw new Error(`unknown function ${token.value}`);
      return fn(...args);
    }
    let value: unknown = context[token.value];
    let filtered = false;
    while (peek()?.value === '.') {
      take('.');
      const next = take();
      if (next.value === '*') {
        value = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : [];
        filtered = true;
      } else if (filtered) {
        value = (value as unknown[]).map((item) => (item && typeof item === 'object' ? (item as Record<string, unknown>)[next.value] : undefined)).flat();
      } else {
        value = value && typeof value === 'object' ? (value as Record<string, unknown>)[next.value] : undefined;
      }
    }
    return value;
  };
  const result = or();
  if (at !== tokens.length) throw new Error(`trailing tokens in ${expression}`);
  return result;
}

/** Evaluates an `if:` condition (with or without `${{ }}`) to a boolean. */
export function condition(source: string, context: Context): boolean {
  const inner = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(source)?.[1] ?? source;
  return truthy(evaluate(inner, context));
}

/** Interpolates every `${{ }}` of a string (a concurrency group, an input). */
export function interpolate(source: string, context: Context): string {
  return source.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => looseString(evaluate(expression, context)));
}
