import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { RECORD_KEYS } from '../../src/core/incident.js';
import { checkSchema, type SchemaName } from '../../src/core/schemas.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type SchemaNode = { [key: string]: Json };

const SCHEMA_FILES: Record<SchemaName, string> = {
  config: 'config.schema.json',
  incident: 'incident.schema.json',
  postmortem: 'postmortem.schema.json',
};

function loadSchema(name: SchemaName): SchemaNode {
  return JSON.parse(readFileSync(new URL(`../../schemas/${SCHEMA_FILES[name]}`, import.meta.url), 'utf8')) as SchemaNode;
}

// A valid instance of each schema that uses every object the schema defines.
const VALID: Record<SchemaName, SchemaNode> = {
  incident: {
    id: 'INC-42',
    title: 'Checkout API returns 502 for EU customers',
    severity: 'P1',
    status: 'fixing',
    type: 'incident',
    issue: 42,
    source: 'alert',
    services: ['checkout-api'],
    customers: ['acme'],
    declared_at: '2026-11-21T10:02:11Z',
    started_at: '2026-11-21T09:50:00Z',
    acknowledged_at: '2026-11-21T10:04:30Z',
    mitigated_at: null,
    resolved_at: null,
    closed_at: null,
    next_update_due: '2026-11-21T10:45:00Z',
    roles: { coordinator: 'alice', operations: 'bob', communications: 'alice' },
    postmortem: null,
    followups: ['https://github.com/acme/checkout/issues/7'],
    alert: { key: '{}:{alertname="CheckoutErrors"}', source: 'alertmanager', fingerprints: ['a1b2c3'] },
    public: { title: 'Checkout errors in Europe', components: ['checkout-api'] },
    slack: { channel: 'C0INC42', name: 'inc-42-checkout-api-returns-502' },
    caused_by: ['https://github.com/acme/checkout/pull/12'],
    email: { message_ids: ['<m1@mail.acme.example>'] },
  },
  config: {
    label: 'incident',
    command: '/inc',
    paths: { incidents: 'incidents', postmortems: 'postmortems' },
    commands: { min_permission: 'triage' },
    severities: { P1: { description: 'Critical', update_every: '30m', escalate_after: '60m', min_responders: 2, postmortem: 'required' } },
    status_cadence: { triage: '15m', investigating: '30m', fixing: '30m', monitoring: '1d' },
    monitoring: { window: '48h' },
    postmortem: { due_after: '3d', reviewers_from_roles: true },
    bots: ['github-actions[bot]', 'sitrep-app[bot]'],
    escalation: { coordinators: ['@acme/incident-coordinators'], customers: { acme: ['alice@acme.example'], globex: { contacts: ['@globex.example'], notify: ['incidents'] } } },
    followups: { default_repo: 'acme/backlog', routes: { 'checkout-api': 'acme/checkout' }, labels: ['incident-followup'] },
    alerts: { status: 'triage', severity_label: 'severity', severities: { critical: 'P1' }, default_severity: null, service_label: 'service', reopen_within: '1h' },
    notify: [{ name: 'incidents', type: 'webhook', url_env: 'SITREP_HOOK_URL', from: 'status@acme.example', to: ['it@globex.example'], customers: ['globex'], secret_env: 'SITREP_HOOK_SECRET', events: ['declared'], severities: ['P1'], types: ['incident', 'security'] }],
    email: { from_domains: ['acme.example'] },
    status_page: { title: 'Acme status', url: 'https://status.acme.example', components: ['checkout-api'], history: '90d' },
    slack: { token_env: 'SITREP_SLACK_TOKEN', channel_prefix: 'inc', announce: 'C0ANNOUNCE', private_types: ['security'], archive: 'closed', timeline: ['pins', '📌'] },
    changes: { window_before: '2h', repos: { 'checkout-api': 'acme/checkout' } },
    paging: [{ name: 'primary', type: 'pagerduty', key_env: 'SITREP_PD_ROUTING_KEY', secret_env: null, region: 'us', on: ['declared'], severities: ['P1'], services: [], severity_map: { P1: 'critical' } }],
    services: { 'checkout-api': { description: 'Payment and checkout API', owners: ['@acme/checkout'], repo: 'acme/checkout', component: 'Checkout', pager: 'primary', pager_key_env: null, slack_channel: null } },
    people: { alice: { slack: 'U012ABCDEF', email: 'alice@acme.example', pager: 'PLH1HKV' } },
    catalog: 'catalog',
  },
  postmortem: {
    id: 'INC-42',
    incident: 'INC-42',
    title: 'Checkout API returns 502 for EU customers',
    severity: 'P1',
    status: 'draft',
    authors: ['alice', 'bob'],
    date: '2026-11-21',
    pull_request: 'https://github.com/acme/ops/pull/43',
  },
};

// Where each schema refuses keys it does not know (JSON pointers into VALID), written out by hand.
const CLOSED: Record<SchemaName, string[]> = {
  incident: ['', '/roles', '/alert', '/public', '/slack', '/email'],
  config: ['', '/paths', '/commands', '/severities/P1', '/status_cadence', '/monitoring', '/postmortem', '/escalation', '/escalation/customers/globex', '/followups', '/alerts', '/notify/0', '/email', '/status_page', '/slack', '/changes', '/paging/0', '/services/checkout-api', '/people/alice'],
  postmortem: [''],
};
// Objects whose keys are names the user chooses.
const OPEN_MAPS: Record<SchemaName, string[]> = {
  incident: [],
  config: ['/severities', '/escalation/customers', '/followups/routes', '/alerts/severities', '/changes/repos', '/paging/0/severity_map', '/services', '/people'],
  postmortem: [],
};

/** Follows a local `$ref` (`#/$defs/x`). */
function deref(root: SchemaNode, node: SchemaNode): SchemaNode {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const target = ref.slice(2).split('/').reduce<Json>((at, key) => (at as SchemaNode)[key] as Json, root);
  return deref(root, target as SchemaNode);
}

/** Walks a schema alongside an instance, classifying every object it meets by its pointer. */
function objectsOf(root: SchemaNode, node: SchemaNode, value: Json, pointer = ''): { closed: string[]; open: string[] } {
  const schema = deref(root, node);
  const found = { closed: [] as string[], open: [] as string[] };
  if (schema.type === 'array' && Array.isArray(value) && schema.items) {
    const items = schema.items as SchemaNode;
    return value.reduce<typeof found>((all, item, i) => {
      const sub = objectsOf(root, items, item, `${pointer}/${i}`);
      return { closed: [...all.closed, ...sub.closed], open: [...all.open, ...sub.open] };
    }, found);
  }
  // An object that may also be null (`slack`) is still an object.
  const isObject = schema.type === 'object' || (Array.isArray(schema.type) && schema.type.includes('object'));
  if (!isObject || !value || typeof value !== 'object' || Array.isArray(value)) return found;
  if (schema.additionalProperties === false) found.closed.push(pointer);
  else found.open.push(pointer);
  const properties = (schema.properties ?? {}) as Record<string, SchemaNode>;
  for (const [key, child] of Object.entries(value)) {
    const childSchema = properties[key] ?? (typeof schema.additionalProperties === 'object' ? (schema.additionalProperties as SchemaNode) : undefined);
    if (!childSchema) continue;
    const sub = objectsOf(root, childSchema, child, `${pointer}/${key}`);
    found.closed.push(...sub.closed);
    found.open.push(...sub.open);
  }
  return found;
}

/** Every `properties` entry anywhere in a schema, with where it is. */
function propertiesOf(node: Json, at = '#'): { at: string; schema: SchemaNode }[] {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((child, i) => propertiesOf(child, `${at}/${i}`));
  const found: { at: string; schema: SchemaNode }[] = [];
  for (const [key, child] of Object.entries(node)) {
    if (key === 'properties' && child && typeof child === 'object' && !Array.isArray(child)) {
      for (const [name, property] of Object.entries(child)) found.push({ at: `${at}/properties/${name}`, schema: property as SchemaNode });
    }
    found.push(...propertiesOf(child, `${at}/${key}`));
  }
  return found;
}

function withValueAt(instance: SchemaNode, pointer: string, update: (parent: SchemaNode, key: string) => void): SchemaNode {
  const copy = structuredClone(instance);
  const keys = pointer.split('/').slice(1);
  const last = keys.pop()!;
  const parent = keys.reduce<SchemaNode>((at, key) => at[key] as SchemaNode, copy);
  update(parent, last);
  return copy;
}

const NAMES = Object.keys(SCHEMA_FILES) as SchemaName[];

describe.each(NAMES)('the %s schema', (name) => {
  const schema = loadSchema(name);

  it('has a stable $id naming its file, a title and a description', () => {
    expect(schema.$id).toBe(`https://sitrep.dev/schemas/${SCHEMA_FILES[name]}`);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof schema.title).toBe('string');
    expect(String(schema.description).length).toBeGreaterThan(20);
  });

  it('describes every property it defines', () => {
    const properties = propertiesOf(schema);
    expect(properties.length).toBeGreaterThan(5);
    const undescribed = properties.filter((p) => typeof p.schema.description !== 'string' || p.schema.description.trim().length < 10);
    expect(undescribed.map((p) => p.at)).toEqual([]);
  });

  it('accepts the full valid example', () => {
    expect(checkSchema(name, VALID[name])).toEqual([]);
  });

  it('refuses unknown keys in every object it defines, except user-named maps', () => {
    const objects = objectsOf(schema, schema, VALID[name]);
    expect(objects.closed).toEqual(CLOSED[name]);
    expect(objects.open).toEqual(OPEN_MAPS[name]);
  });

  it.each(CLOSED[name])('refuses an unknown key at "%s", naming it and the accepted keys', (pointer) => {
    const instance = structuredClone(VALID[name]);
    const target = pointer.split('/').slice(1).reduce<SchemaNode>((at, key) => at[key] as SchemaNode, instance);
    target.unexpected_key = 'x';
    const accepted = Object.keys(target).filter((k) => k !== 'unexpected_key');
    const field = [...pointer.split('/').slice(1), 'unexpected_key'].join('.');
    expect(checkSchema(name, instance)).toEqual([
      { pointer, key: 'unexpected_key', message: `unknown key "${field}"; accepted keys here: ${accepted.join(', ')}` },
    ]);
  });

  // Every leaf property given a value no property accepts (a fraction), and roles given a string.
  const leaves = (() => {
    const found: string[] = [];
    const walk = (value: Json, pointer: string) => {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        found.push(pointer);
        for (const [key, child] of Object.entries(value)) walk(child, `${pointer}/${key}`);
      } else {
        found.push(pointer);
      }
    };
    for (const [key, child] of Object.entries(VALID[name])) walk(child, `/${key}`);
    return found;
  })();

  it.each(leaves)('names the field at "%s" and what it accepts when the value is wrong', (pointer) => {
    const bad = withValueAt(VALID[name], pointer, (parent, key) => {
      parent[key] = 1.5;
    });
    const problems = checkSchema(name, bad);
    const field = pointer.split('/').slice(1).join('.');
    const problem = problems.find((p) => p.pointer === pointer);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem!.message.startsWith(`${field}: 1.5 `)).toBe(true);
    expect(problem!.message).toMatch(/must be of type (string|object|array|boolean)|must be a whole number|use one of \w|accepted: \S/);
  });

  it('names a missing required key', () => {
    const required = (schema.required ?? []) as string[];
    for (const key of required) {
      const instance = structuredClone(VALID[name]);
      delete instance[key];
      expect(checkSchema(name, instance)).toContainEqual({ pointer: '', key, message: `missing required key "${key}"` });
    }
  });
});

describe('the incident schema', () => {
  const check = (patch: SchemaNode) => checkSchema('incident', { ...VALID.incident, ...patch }).map((p) => p.message);

  it('documents the front matter keys in the order sitrep writes them', () => {
    expect(Object.keys(loadSchema('incident').properties as SchemaNode)).toEqual([...RECORD_KEYS]);
  });

  it.each([
    [{ status: 'mitigated' }, 'status: "mitigated" is not accepted; use one of triage, investigating, fixing, monitoring, resolved, closed, declined'],
    [{ type: 'outage' }, 'type: "outage" is not accepted; use one of incident, security'],
    [{ id: 'INC-042' }, 'id: "INC-042" is not valid; accepted: The incident id, INC-<n> where <n> is the issue number; must match the file name.'],
    [{ issue: 0 }, 'issue: 0 is not valid (must be >= 1); accepted: Number of the GitHub issue'],
    [{ source: 'pager' }, 'source: "pager" is not valid; accepted: How the incident was detected: alert, customer, email or other.'],
    [{ declared_at: '2026-11-21 10:02' }, 'declared_at: "2026-11-21 10:02" is not valid; accepted: A UTC time in RFC 3339 at second precision, e.g. 2026-11-21T10:02:11Z.'],
    [{ declared_at: '2026-11-21T12:02:11+02:00' }, 'declared_at: "2026-11-21T12:02:11+02:00" is not valid; accepted: A UTC time in RFC 3339'],
    [{ started_at: 'this morning' }, 'started_at: "this morning" is not valid; accepted: A UTC time in RFC 3339 at second precision, or null'],
    [{ roles: { coordinator: '@alice', operations: 'bob', communications: null } }, 'roles.coordinator: "@alice" is not valid; accepted: A GitHub login without the @'],
    [{ services: ['api', 'api'] }, 'services: ["api","api"] is not valid (it has duplicates); accepted: Affected services'],
    [{ title: '' }, 'title: "" is not valid (must NOT have fewer than 1 characters); accepted: One line that says what is broken'],
  ])('explains %j', (patch, message) => {
    expect(check(patch).join('\n')).toContain(message);
  });
});

describe('a wrong list item', () => {
  it.each([
    ['incident', '/services/0', '', 'services.0: "" is not valid'],
    ['incident', '/followups/0', 'not a url', 'followups.0: "not a url" is not valid'],
    ['postmortem', '/authors/1', '@bob', 'authors.1: "@bob" is not valid'],
    ['config', '/escalation/coordinators/0', 'two words', 'escalation.coordinators.0: "two words" is not valid; accepted: A user (@alice) or a team'],
    ['config', '/followups/labels/0', '', 'followups.labels.0: "" is not valid'],
  ] as const)('in the %s schema is named by its position: %s', (name, pointer, value, message) => {
    const bad = withValueAt(VALID[name], pointer, (parent, key) => {
      parent[key] = value;
    });
    const problems = checkSchema(name, bad);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ pointer });
    expect(problems[0]!.message.startsWith(message)).toBe(true);
  });
});

describe('the postmortem schema', () => {
  it.each([
    [{ status: 'done' }, 'status: "done" is not accepted; use one of draft, in-review, final'],
    [{ date: '2026-02-30' }, 'date: "2026-02-30" is not valid; accepted: The day the incident was declared (YYYY-MM-DD).'],
    [{ incident: 'INC-x' }, 'incident: "INC-x" is not valid; accepted: The incident this postmortem is about'],
  ])('explains %j', (patch, message) => {
    expect(checkSchema('postmortem', { ...VALID.postmortem, ...patch }).map((p) => p.message).join('\n')).toContain(message);
  });
});

describe('the compiled validators', () => {
  it('are fresh: compiling schemas/*.schema.json again changes nothing (run npm run build)', async () => {
    const run = promisify(execFile);
    const root = new URL('../..', import.meta.url);
    await expect(run(process.execPath, ['scripts/schema-validators.mjs', '--check'], { cwd: root })).resolves.toBeDefined();
  });
});
