import { describe, expect, it } from 'vitest';
import {
  CONFIG_PATH,
  ConfigurationError,
  checkConfig,
  defaultConfig,
  findSeverity,
  loadConfig,
  permits,
  type Config,
  type Permission,
} from '../../src/core/config.js';
import { formatDiagnostic, type Diagnostic } from '../../src/core/diagnostics.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// SPEC section 3's defaults, written out by hand as the resolved object.
const SPEC_DEFAULTS: Config = {
  label: 'incident',
  command: '/inc',
  paths: { incidents: 'incidents', postmortems: 'postmortems' },
  minPermission: 'triage',
  severities: [
    { name: 'P1', description: 'Critical — a customer production system is impaired', updateEvery: 30 * MINUTE, escalateAfter: 60 * MINUTE, minResponders: 2, postmortem: 'required' },
    { name: 'P2', description: 'Major — a major feature is degraded, no data lost', updateEvery: 2 * HOUR, escalateAfter: 4 * HOUR, minResponders: 1, postmortem: 'required' },
    { name: 'P3', description: 'Minor — degraded but usable', updateEvery: DAY, escalateAfter: 2 * DAY, minResponders: 1, postmortem: 'optional' },
  ],
  statusCadence: { triage: 15 * MINUTE, monitoring: DAY },
  monitoringWindow: 48 * HOUR,
  postmortemDueAfter: 3 * DAY,
  reviewersFromRoles: true,
  bots: [],
  coordinators: [],
  customers: {},
  customerChannels: {},
  email: { fromDomains: [] },
  followups: { defaultRepo: null, routes: {}, labels: ['incident-followup'] },
  alerts: {
    status: 'triage',
    severityLabel: 'severity',
    severities: { critical: 'P1', error: 'P1', warning: 'P2', info: 'P3' },
    defaultSeverity: null,
    serviceLabels: ['service'],
    reopenWithin: HOUR,
  },
  notify: [],
  statusPage: { title: 'Status', url: null, components: [], history: 90 * DAY },
  changes: { windowBefore: 2 * HOUR, repos: {} },
  slack: null,
  paging: [],
  services: {},
  people: {},
  catalog: null,
};

// SPEC section 3's example file: writing the defaults out must change nothing. One change from the
// SPEC's text: P2's description is quoted, since its comma ends the value inside a { } mapping.
const SPEC_EXAMPLE = `label: incident                 # marks incident issues
command: /inc                   # comment prefix
paths: { incidents: incidents, postmortems: postmortems }
commands:
  min_permission: triage        # read | triage | write | maintain | admin
severities:                     # ordered, most severe first
  P1: { description: Critical — a customer production system is impaired, update_every: 30m, escalate_after: 60m, min_responders: 2, postmortem: required }
  P2: { description: 'Major — a major feature is degraded, no data lost', update_every: 2h, escalate_after: 4h, min_responders: 1, postmortem: required }
  P3: { description: Minor — degraded but usable, update_every: 1d, escalate_after: 2d, min_responders: 1, postmortem: optional }
status_cadence:                 # overrides update_every for a status
  triage: 15m
  monitoring: 1d
monitoring: { window: 48h }     # after this long in monitoring, ask the coordinator to resolve
postmortem: { due_after: 3d, reviewers_from_roles: true }
escalation:
  coordinators: []              # e.g. ["@acme/incident-coordinators"]; pinged to staff incidents
  customers: {}                 # name -> list of contacts (escalation matrix), shown on declaration
followups:
  default_repo: null            # owner/repo; null = the incident repository
  routes: {}                    # service name -> owner/repo
  labels: [incident-followup]
alerts:                         # 4.6
  status: triage                # status an alert declares in: triage | investigating
  severity_label: severity      # alert label read for the severity
  severities: { critical: P1, error: P1, warning: P2, info: P3 }   # label value -> severity
  default_severity: null        # null = the most severe, as "Not sure" does
  service_label: service        # alert label(s) read for services; falls back to \`job\`
  reopen_within: 1h             # a firing alert this soon after its incident resolved reopens it
notify: []                      # 4.7: list of channels
status_page:                    # 4.9
  title: Status
  url: null                     # public base URL, for feed and canonical links
  components: []                # services shown; [] = every service of a published incident
  history: 90d
changes:                        # 4.10
  window_before: 2h             # how long before impact start a merged change is a suspect
  repos: {}                     # service name -> owner/repo whose merged pull requests count
`;

/** The problems of a config text that must not load; fails the test if it loads. */
function problemsOf(text: string): Diagnostic[] {
  const { config, problems } = checkConfig(text, '.github/sitrep.yml');
  expect(config).toBeUndefined();
  expect(problems.length).toBeGreaterThan(0);
  return problems;
}

describe('the default configuration', () => {
  it.each([
    ['no file', null],
    ['an empty file', ''],
    ['a blank file', '\n  \n'],
    ['a file of comments', '# sitrep settings\n# nothing changed yet\n'],
    ['an empty mapping', '{}\n'],
    ["the SPEC's example, verbatim", SPEC_EXAMPLE],
  ])('is SPEC section 3 for %s', (_, text) => {
    const { config, problems } = checkConfig(text);
    expect(problems).toEqual([]);
    expect(config).toEqual(SPEC_DEFAULTS);
  });

  it("points at the comma when the SPEC's P2 line is copied without quotes", () => {
    const unquoted = SPEC_EXAMPLE.replace("'Major — a major feature is degraded, no data lost'", 'Major — a major feature is degraded, no data lost');
    expect(problemsOf(unquoted)).toEqual([
      {
        path: '.github/sitrep.yml',
        line: 8,
        column: 59,
        message: 'unknown key "severities.P2.no data lost"; accepted keys here: description, update_every, escalate_after, min_responders, postmortem',
      },
    ]);
  });

  it('is what defaultConfig() and loadConfig(null) give', () => {
    expect(defaultConfig()).toEqual(SPEC_DEFAULTS);
    expect(loadConfig(null)).toEqual(SPEC_DEFAULTS);
    expect(CONFIG_PATH).toBe('.github/sitrep.yml');
  });

  it('is frozen all the way down, so no handler can change it for the next one', () => {
    const config = loadConfig('escalation:\n  customers:\n    acme: ["@acme/oncall"]\nfollowups:\n  routes:\n    api: acme/api\n');
    const parts: unknown[] = [
      config, config.paths, config.severities, config.severities[0], config.statusCadence, config.coordinators,
      config.customers, config.customers.acme, config.followups, config.followups.routes, config.followups.labels,
    ];
    for (const part of parts) expect(Object.isFrozen(part)).toBe(true);
    expect(() => {
      (config as { label: string }).label = 'changed';
    }).toThrow(TypeError);
    expect(() => (config.followups.labels as string[]).push('x')).toThrow(TypeError);
    expect(config.label).toBe('incident');
    // A fresh default is not affected by anything done to another.
    expect(defaultConfig()).toEqual(SPEC_DEFAULTS);
  });
});

describe('overrides', () => {
  it('merge a partial file over the defaults', () => {
    const config = loadConfig(
      [
        'label: sev',
        'paths:',
        '  incidents: ops/incidents',
        'commands: { min_permission: write }',
        'status_cadence:',
        '  fixing: 10m',
        'postmortem: { due_after: 5d }',
        'escalation:',
        '  coordinators: [acme/incident-coordinators, "@carol"]',
        '  customers: { acme: [alice@acme.example, "+1 555 0100"] }',
        'followups:',
        '  default_repo: acme/backlog',
        '  routes: { checkout-api: acme/checkout }',
      ].join('\n'),
    );
    expect(config).toEqual({
      ...SPEC_DEFAULTS,
      label: 'sev',
      paths: { incidents: 'ops/incidents', postmortems: 'postmortems' },
      minPermission: 'write',
      statusCadence: { triage: 15 * MINUTE, monitoring: DAY, fixing: 10 * MINUTE },
      postmortemDueAfter: 5 * DAY,
      reviewersFromRoles: true,
      // Mentions are written as they will be pinged.
      coordinators: ['@acme/incident-coordinators', '@carol'],
      customers: { acme: ['alice@acme.example', '+1 555 0100'] },
      customerChannels: { acme: [] },
      followups: { defaultRepo: 'acme/backlog', routes: { 'checkout-api': 'acme/checkout' }, labels: ['incident-followup'] },
    });
  });

  it('override a status cadence the defaults set', () => {
    expect(loadConfig('status_cadence:\n  triage: 5m\n').statusCadence).toEqual({ triage: 5 * MINUTE, monitoring: DAY });
  });

  it('replace the severities, taking missing keys from the default of the same name', () => {
    const config = loadConfig('severities:\n  P1: { update_every: 15m }\n  P2: { postmortem: optional }\n');
    expect(config.severities).toEqual([
      { ...SPEC_DEFAULTS.severities[0], updateEvery: 15 * MINUTE },
      { ...SPEC_DEFAULTS.severities[1], postmortem: 'optional' },
    ]);
  });

  it('accept custom severities, in the order written (most severe first)', () => {
    const config = loadConfig(
      [
        'severities:',
        '  SEV0: { description: Everything is down, update_every: 15m, escalate_after: 30m, min_responders: 3, postmortem: required }',
        '  SEV1: { description: A customer is down, update_every: 1h, escalate_after: 2h, min_responders: 2 }',
        '  SEV2: {}',
      ].join('\n'),
    );
    expect(config.severities).toEqual([
      { name: 'SEV0', description: 'Everything is down', updateEvery: 15 * MINUTE, escalateAfter: 30 * MINUTE, minResponders: 3, postmortem: 'required' },
      // Missing keys come from the least severe default (P3).
      { name: 'SEV1', description: 'A customer is down', updateEvery: HOUR, escalateAfter: 2 * HOUR, minResponders: 2, postmortem: 'optional' },
      { name: 'SEV2', description: 'SEV2', updateEvery: DAY, escalateAfter: 2 * DAY, minResponders: 1, postmortem: 'optional' },
    ]);
    expect(findSeverity(config, 'sev1')?.name).toBe('SEV1');
    expect(findSeverity(config, 'P1')).toBeUndefined();
  });
});

describe('problems in the file', () => {
  it('name an unknown key, where it is (path:line:column) and the keys accepted there', () => {
    const problems = problemsOf('label: incident\nlables: [incident]\n');
    expect(problems).toHaveLength(1);
    expect(formatDiagnostic(problems[0]!)).toBe(
      '.github/sitrep.yml:2:1: unknown key "lables"; accepted keys here: label, command, paths, commands, severities, status_cadence, monitoring, postmortem, bots, escalation, followups, alerts, notify, email, status_page, slack, changes, paging, services, people, catalog',
    );
  });

  it.each([
    ['paths:\n  incident: ops\n', 2, 3, 'paths.incident', 'incidents, postmortems'],
    ['severities:\n  P1:\n    update_every: 30m\n    colour: red\n', 4, 5, 'severities.P1.colour', 'description, update_every, escalate_after, min_responders, postmortem'],
    ['status_cadence:\n  resolved: 1d\n', 2, 3, 'status_cadence.resolved', 'triage, investigating, fixing, monitoring'],
    ['followups:\n  repo: acme/x\n', 2, 3, 'followups.repo', 'default_repo, routes, labels'],
    ['commands: { min_permision: write }\n', 1, 13, 'commands.min_permision', 'min_permission'],
  ])('name a nested unknown key: %j', (text, line, column, field, accepted) => {
    const [problem, ...rest] = problemsOf(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ path: '.github/sitrep.yml', line, column });
    expect(problem!.message).toBe(`unknown key "${field}"; accepted keys here: ${accepted}`);
  });

  it('report every problem at once, each at its own line', () => {
    const problems = problemsOf('label: incident\nfoo: 1\ncommands:\n  min_permission: owner\nmonitoring: { window: 1w }\n');
    expect(problems.map((p) => p.line).sort()).toEqual([2, 4, 5]);
  });

  it('name a wrong choice and list the accepted ones', () => {
    const [problem] = problemsOf('commands:\n  min_permission: owner\n');
    expect(formatDiagnostic(problem!)).toBe(
      '.github/sitrep.yml:2:3: commands.min_permission: "owner" is not accepted; use one of read, triage, write, maintain, admin',
    );
    const [policy] = problemsOf('severities:\n  P1: { postmortem: always }\n');
    expect(policy!.message).toBe('severities.P1.postmortem: "always" is not accepted; use one of required, optional, none');
  });

  it.each([
    ['monitoring:\n  window: 1w\n', 2, 'monitoring.window', '"1w"'],
    ['severities:\n  P2:\n    update_every: 1.5h\n', 3, 'severities.P2.update_every', '"1.5h"'],
    ['severities:\n  P2:\n    escalate_after: 0m\n', 3, 'severities.P2.escalate_after', '"0m"'],
    ['status_cadence:\n  triage: 15\n', 2, 'status_cadence.triage', '15'],
    ['postmortem:\n  due_after: -3d\n', 2, 'postmortem.due_after', '"-3d"'],
  ])('name a bad duration and say what a duration is: %j', (text, line, field, shown) => {
    const [problem, ...rest] = problemsOf(text);
    expect(rest).toEqual([]);
    expect(problem!.line).toBe(line);
    expect(problem!.message).toContain(`${field}: ${shown}`);
    if (shown.startsWith('"')) expect(problem!.message).toContain('a whole number followed by m (minutes), h (hours) or d (days)');
    else expect(problem!.message).toContain('must be of type string');
  });

  it.each([
    // The yaml library reports an unclosed quote where the text ends, not where the quote opens.
    ['label: incident\ncommand: "/inc\npaths: {}\n', 4, 'Missing closing "quote'],
    ['label: incident\n\tcommand: /inc\n', 2, 'Tabs are not allowed as indentation'],
    ['label: incident\nseverities:\n  P1: {update_every: 30m\n', 4, 'end with a }'],
  ])('locate a YAML syntax error: %j', (text, line, what) => {
    const [problem] = problemsOf(text);
    expect(problem!.line).toBe(line);
    expect(problem!.message).toMatch(/^YAML syntax: /);
    expect(problem!.message).toContain(what);
  });

  it('refuse a key written twice, at the second one', () => {
    const problems = problemsOf('label: incident\ncommand: /inc\nlabel: outage\n');
    expect(problems).toEqual([{ path: '.github/sitrep.yml', line: 3, column: 1, message: 'YAML syntax: Map keys must be unique' }]);
    const [nested] = problemsOf('severities:\n  P1: { update_every: 30m }\n  P1: { update_every: 1h }\n');
    expect(nested).toMatchObject({ line: 3, column: 3, message: 'YAML syntax: Map keys must be unique' });
  });

  it('locate a duration too long to be a date instead of throwing', () => {
    expect(problemsOf('label: incident\nseverities:\n  P1:\n    update_every: 99999999999d\n')).toEqual([
      {
        path: '.github/sitrep.yml',
        line: 4,
        column: 5,
        message: 'severities.P1.update_every: "99999999999d" is not a duration: use a whole number of 1 or more followed by m, h or d (e.g. 30m, 2h, 1d), up to 100 years',
      },
    ]);
    expect(problemsOf('postmortem: { due_after: 36501d }\n')[0]).toMatchObject({ line: 1, column: 15 });
  });

  it('locate an alias with no anchor instead of throwing', () => {
    const problems = problemsOf('label: &name incident\ncommand: *nmae\n');
    expect(problems).toEqual([
      { path: '.github/sitrep.yml', line: 2, column: 10, message: expect.stringContaining('Unresolved alias') as string },
    ]);
  });

  it('refuse an alias bomb instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd']]) {
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    lines.push('label: *e');
    const [problem] = problemsOf(lines.join('\n'));
    expect(problem!.message).toContain('Excessive alias count');
  });

  it.each([
    ['- label: incident\n', 'a list'],
    ['incident\n', 'a word'],
    ['42\n', 'a number'],
  ])('refuse a file that is %s and not a mapping', (text) => {
    expect(problemsOf(text)).toEqual([
      { path: '.github/sitrep.yml', line: 1, column: 1, message: 'the configuration must be a mapping of keys (label, command, paths, severities, ...)' },
    ]);
  });

  it.each([
    ['label: 42\n', 'label: 42 must be of type string'],
    ['command: inc\n', 'command: "inc" is not valid; accepted: The comment prefix for commands'],
    ['severities: {}\n', 'severities: {} is not valid'],
    ['severities:\n  P1: { min_responders: 0 }\n', 'severities.P1.min_responders: 0 is not valid (must be >= 1)'],
    ['postmortem: { reviewers_from_roles: yes }\n', 'postmortem.reviewers_from_roles: "yes" must be of type boolean'],
    ['followups:\n  routes: { api: not-a-repo }\n', 'followups.routes.api: "not-a-repo" is not valid; accepted: A repository as owner/repo.'],
    ['escalation:\n  coordinators: ["@acme/incident coordinators"]\n', 'escalation.coordinators.0: "@acme/incident coordinators" is not valid; accepted: A user (@alice) or a team'],
    ['paths: { incidents: /srv/incidents }\n', 'paths.incidents: "/srv/incidents" is not valid; accepted: Folder of incident files.'],
  ])('name the field and what is accepted: %j', (text, message) => {
    expect(problemsOf(text).map((p) => p.message).join('\n')).toContain(message);
  });

  it('are thrown by loadConfig as one ConfigurationError listing each located problem', () => {
    let thrown: unknown;
    try {
      loadConfig('foo: 1\ncommands:\n  min_permission: owner\n', '.github/sitrep.yml');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    const error = thrown as ConfigurationError;
    expect(error.problems).toHaveLength(2);
    expect(error.message).toContain('.github/sitrep.yml:1:1: unknown key "foo"');
    expect(error.message).toContain('.github/sitrep.yml:3:3: commands.min_permission: "owner" is not accepted');
  });
});

describe('permits', () => {
  const ORDER: (Permission | 'none')[] = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
  const cases = ORDER.flatMap((held, h) =>
    ORDER.slice(1).map((needed, n) => ({ held, needed: needed as Permission, expected: h >= n + 1 })),
  );
  it.each(cases)('$held meets $needed: $expected', ({ held, needed, expected }) => {
    expect(permits(held, needed)).toBe(expected);
  });
});

describe('alerts, notify, status_page and changes', () => {
  it('reads a channel with its defaults, the alert mapping lower-cased and several service labels', () => {
    const config = loadConfig(
      'alerts:\n  severities: { Critical: P1, page: P2 }\n  service_label: [service, app]\nnotify:\n  - { name: incidents, type: slack, url_env: SITREP_SLACK_URL }\nstatus_page: { history: 30d }\n',
    );
    expect(config.alerts.severities).toEqual({ critical: 'P1', page: 'P2' });
    expect(config.alerts.serviceLabels).toEqual(['service', 'app']);
    expect(config.notify).toEqual([
      {
        name: 'incidents', type: 'slack', urlEnv: 'SITREP_SLACK_URL', secretEnv: null,
        events: ['declared', 'status', 'update', 'severity', 'role', 'escalation', 'resolved', 'closed'], severities: [], types: ['incident'], from: null, to: [], customers: [],
      },
    ]);
    expect(config.statusPage.history).toBe(30 * DAY);
  });

  it.each([
    ['an alert severity that is not configured', 'alerts:\n  severities: { critical: SEV1 }\n', '.github/sitrep.yml:2:17: alerts.severities.critical: "SEV1" is not a severity; accepted: P1, P2, P3 (the keys of severities)'],
    ['a default severity that is not configured', 'alerts:\n  default_severity: P9\n', '.github/sitrep.yml:2:3: alerts.default_severity: "P9" is not a severity; accepted: P1, P2, P3 (the keys of severities)'],
    ['a secret on a Slack channel', 'notify:\n  - { name: a, type: slack, url_env: A, secret_env: S }\n', '.github/sitrep.yml:2:41: notify[0].secret_env: only a webhook channel signs its messages; remove it from the slack channel "a"'],
    ['two channels of one name', 'notify:\n  - { name: a, type: slack, url_env: A }\n  - { name: a, type: discord, url_env: B }\n', '.github/sitrep.yml:3:7: notify[1].name: "a" is already the name of notify[0]; each channel needs its own name'],
    ['a URL written into the file', 'notify:\n  - { name: a, type: slack, url_env: "https://hooks.slack.com/x" }\n', undefined],
  ])('names the key and line for %s', (_, text, expected) => {
    const problems = problemsOf(text);
    if (expected) expect(problems.map(formatDiagnostic)).toEqual([expected]);
    else expect(formatDiagnostic(problems[0]!)).toMatch(/^\.github\/sitrep\.yml:2:\d+: .*url_env/);
  });
});

describe('customers and email (SPEC 4.14)', () => {
  it('reads a customer as a list of contacts or as { contacts, notify }, and routes its channels', () => {
    const { config, problems } = checkConfig(`
notify:
  - { name: team, type: slack, url_env: SLACK_URL }
  - { name: acme-mail, type: email, url_env: SMTP_URL, from: status@ops.example, to: [it@acme.example] }
  - { name: globex-slack, type: slack, url_env: GLOBEX_URL, customers: [globex] }
escalation:
  customers:
    acme: { contacts: ["@acme.example", "@alice"], notify: [acme-mail] }
    globex: ["@globex.example"]
email:
  from_domains: [Acme.example]
`);
    expect(problems).toEqual([]);
    expect(config!.customers).toEqual({ acme: ['@acme.example', '@alice'], globex: ['@globex.example'] });
    expect(config!.customerChannels).toEqual({ acme: ['acme-mail'], globex: [] });
    expect(config!.notify.map((c) => [c.name, c.customers])).toEqual([['team', []], ['acme-mail', ['acme']], ['globex-slack', ['globex']]]);
    expect(config!.notify[1]).toMatchObject({ type: 'email', from: 'status@ops.example', to: ['it@acme.example'] });
    expect(config!.email.fromDomains).toEqual(['acme.example']);
  });

  it.each([
    ['notify: [{ name: m, type: email, url_env: SMTP_URL, to: [a@b.example] }]', '.github/sitrep.yml:1:10: notify[0].from: an email channel needs a sender address ("m")'],
    ['notify: [{ name: m, type: slack, url_env: SLACK_URL, to: [a@b.example] }]', '.github/sitrep.yml:1:54: notify[0].to: only an email channel has a to; remove it from the slack channel "m"'],
    ['notify: [{ name: m, type: slack, url_env: SLACK_URL }]\nescalation: { customers: { acme: { notify: [mail] } } }', '.github/sitrep.yml:2:45: escalation.customers.acme.notify: "mail" is not a notify channel; accepted: m'],
  ])('refuses %j, naming the field', (text, expected) => {
    expect(problemsOf(text).map(formatDiagnostic)).toEqual([expected]);
  });
});
