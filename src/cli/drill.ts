import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { issueCommentEvent, issuesEvent, pullRequestEvent, repositoryDispatchEvent, scheduleEvent } from '@sitrep/sandbox/events';
import { createSandbox, type Sandbox } from '@sitrep/sandbox';
import { runAction, type ActionRun } from '@sitrep/sandbox/runner';
import { parseCommandArgs, UsageError } from '@sitrep/shared/args';
import { parseIncident } from '../core/incident-file.js';
import type { IncidentRecord, LogEntry } from '../core/incident.js';
import { describeLogEntry } from '../core/log.js';
import { packageRoot } from '../templates.js';
import { initFiles } from './init.js';
import { startMailboxes, type Mailboxes } from './drill-email.js';

export const DRILL_USAGE = `Usage: sitrep drill [--scenario <name>] [--out <dir>]

Rehearses a whole incident on a local GitHub sandbox: a repository set up by "sitrep init",
responders acting through the issue form and /inc commands, and sitrep's real action
(dist/index.js) run for every event as a GitHub runner runs it. Prints a transcript, writes the
resulting repository (incident file, postmortem, follow-up issues) to a folder, and exits 1 if
any step did not produce what it should.

Scenarios:
  p1-outage        a P1: roles, a missed update and its reminder, escalation, a regression out
                   of monitoring, resolve, the postmortem pull request, its merge, the follow-ups
  declined-triage  a customer report in triage that turns out not to be an incident
  customer-email   a customer's urgent email through the relay declares in triage; triage
                   makes it a P2 and investigates; the customer's reply is logged on it; public
                   updates are emailed to that customer only (a local SMTP server receives
                   them); the incident is resolved

Options:
  --scenario <name>   default: p1-outage
  --out <dir>         where to write the repository (default: .drill/<scenario>)
`;

/** One thing a person (or the clock) does, and what sitrep must have done afterwards. */
interface Step {
  /** Minutes after the drill's start (10:00 UTC). */
  at: number;
  who: string;
  does: string;
  act: (drill: Drill) => Promise<ActionRun | undefined>;
  /** Returns what is wrong, or nothing. */
  expect: (drill: Drill) => string | undefined;
}

/** The state a scenario works on. */
class Drill {
  incident = 0;
  postmortemPr = 0;
  readonly runs: ActionRun[] = [];
  /** The email side (customer-email): a relay in front of the sandbox and an SMTP server's mailboxes. */
  email?: Mailboxes;

  constructor(
    readonly sandbox: Sandbox,
    readonly script: string,
  ) {}

  get repo() {
    return this.sandbox.repo();
  }

  record(): IncidentRecord | undefined {
    const text = this.repo.readFile(`incidents/INC-${this.incident}.md`);
    return text ? parseIncident(text).document?.record : undefined;
  }

  log(): LogEntry[] {
    const text = this.incident ? this.repo.readFile(`incidents/INC-${this.incident}.md`) : undefined;
    return (text && parseIncident(text).document?.log) || [];
  }

  botComments() {
    return this.repo.botComments(this.incident);
  }

  async run(event: { eventName: string; payload: Record<string, unknown> }, inputs: Record<string, string> = {}): Promise<ActionRun> {
    const run = await runAction({ sandbox: this.sandbox, ...event, script: this.script, inputs, ...(this.email ? { env: this.email.env } : {}) });
    this.runs.push(run);
    if (run.exitCode !== 0) throw new Error(`the action failed (exit ${run.exitCode}):\n${run.stderr || run.stdout}`);
    return run;
  }

  async comment(as: string, body: string): Promise<ActionRun> {
    const comment = this.repo.comment(this.incident, body, { as });
    return this.run(issueCommentEvent(this.sandbox, 'created', { commentId: comment.id }));
  }

  async sweep(): Promise<ActionRun> {
    return this.run(scheduleEvent(this.sandbox));
  }
}

const P1_FORM = [
  ['Severity', 'P1 — Critical — a customer production system is impaired'],
  ['Summary', 'Checkout API returns 502 for EU customers since about 09:50 UTC.'],
  ['Impact', 'All EU checkouts fail, about 30% of orders.'],
  ['Affected services', 'checkout-api'],
  ['Affected customers', 'acme'],
  ['Impact started at', '2026-11-21 09:50 UTC'],
  ['How was it detected?', 'alert'],
  ['Type', 'incident'],
];

const TRIAGE_FORM = [
  ['Severity', 'Not sure — triage'],
  ['Summary', 'Globex says some invoices show the wrong currency.'],
  ['Impact', 'One customer, invoices only.'],
  ['Affected services', 'billing'],
  ['Affected customers', 'globex'],
  ['Impact started at', '_No response_'],
  ['How was it detected?', 'customer'],
  ['Type', 'incident'],
];

function formBody(fields: string[][]): string {
  return fields.map(([label, value]) => `### ${label}\n\n${value}`).join('\n\n');
}

const CONFIG_CHANGES: [string, string][] = [
  ['coordinators: []          # e.g. ["@acme/incident-coordinators"]', 'coordinators: ["@acme/incident-coordinators"]'],
  ['customers: {}             # e.g. { acme: ["@acme/account-team", "oncall@acme.example"] }', 'customers: { acme: ["@acme/account-team"] }'],
  ['routes: {}                # e.g. { checkout-api: acme/checkout }', 'routes: { checkout-api: acme/checkout }'],
];

/** The email section `sitrep init --email` adds, uncommented and merged into the keys above it, as a user would. */
function emailConfig(text: string): string {
  const at = text.indexOf('\n# Customers by email');
  const yaml = text.slice(text.indexOf('# email:', at)).replace(/^# ?/gm, '');
  const base = text
    .slice(0, at)
    .replace(/^notify: \[\]\n/m, '')
    .replace(/^ {2}customers: \{ acme: \["@acme\/account-team"\] \}\n/m, '');
  const merged = yaml
    .replace('escalation:\n  customers:\n', '')
    .replace(/^ {4}acme: .*\n?/m, '')
    .concat('  - { name: globex-mail, type: email, url_env: SITREP_SMTP_URL, from: "Status <status@ops.example>", to: [ops@globex.example] }\n');
  const customers = '  customers:\n    acme: { contacts: ["@acme.example", "jane@acme.example"], notify: [acme-mail] }\n    globex: { contacts: ["@globex.example"], notify: [globex-mail] }\n';
  return `${base.replace(/^escalation:\n/m, `escalation:\n${customers}`)}\n${merged}`;
}

function declare(title: string, form: string[][]): Step['act'] {
  return async (drill) => {
    const issue = drill.repo.createIssue({ as: 'bob', title, body: formBody(form), labels: ['incident'] });
    drill.incident = issue.number;
    return drill.run(issuesEvent(drill.sandbox, 'opened', { number: issue.number }));
  };
}

function check(condition: boolean, problem: string): string | undefined {
  return condition ? undefined : problem;
}

/** The kind of each reminder comment, in order (an escalation also settles its update reminder). */
function reminderKinds(drill: Drill): string[] {
  return drill.botComments().flatMap((c) => {
    const kind = /<!-- sitrep:reminder kind=(\w+)/.exec(c.body)?.[1];
    return kind ? [kind] : [];
  });
}

/** Sends an email through the relay's POST /email (Postmark's format), then runs the action on the dispatch GitHub delivers. */
function emailIn(from: string, subject: string, text: string, messageId: string, inReplyTo?: string): Step['act'] {
  return async (drill) => {
    const email = drill.email;
    if (!email) throw new Error('this scenario has no relay');
    const status = await email.receive({ from, subject, text, messageId, ...(inReplyTo ? { inReplyTo } : {}) });
    if (status !== 202) throw new Error(`the relay answered ${status}, not 202`);
    const run = await drill.run(repositoryDispatchEvent(drill.sandbox));
    const id = /^INC-(\d+)$/.exec(run.outputs.incident ?? '');
    if (id) drill.incident = Number(id[1]);
    return run;
  };
}

/** The mails a mailbox received, and whether any says something internal. */
function mailTo(drill: Drill, address: string) {
  return drill.email?.received.filter((m) => m.to.includes(address)) ?? [];
}

const SCENARIOS: Record<string, Step[]> = {
  'p1-outage': [
    {
      at: 0,
      who: 'bob',
      does: 'declares "Checkout API returns 502 for EU customers" with the issue form (P1)',
      act: declare('Checkout API returns 502 for EU customers', P1_FORM),
      expect: (d) => check(d.record()?.status === 'investigating' && d.record()?.roles.operations === 'bob', 'no P1 incident in investigating with bob as operations'),
    },
    {
      at: 4,
      who: 'alice',
      does: 'takes command: /inc role ic @alice, /inc role comms @carol',
      act: (d) => d.comment('alice', 'Taking this.\n/inc role ic @alice\n/inc role comms @carol'),
      expect: (d) => check(d.record()?.roles.coordinator === 'alice' && d.record()?.roles.communications === 'carol' && Boolean(d.record()?.acknowledged_at), 'roles not assigned'),
    },
    {
      at: 10,
      who: 'carol',
      does: '/inc update Investigating elevated 502s on checkout-api in eu-west. next: 20m',
      act: (d) => d.comment('carol', '/inc update Investigating elevated 502s on checkout-api in eu-west. next: 20m'),
      expect: (d) => check(d.record()?.next_update_due === '2026-11-21T10:30:00Z', 'next update not due at 10:30'),
    },
    {
      at: 12,
      who: 'bob',
      does: '/inc note Deploy 1234 rolled out at 09:48',
      act: (d) => d.comment('bob', '/inc note Deploy 1234 rolled out at 09:48'),
      expect: () => undefined,
    },
    {
      at: 40,
      who: 'schedule',
      does: 'the cadence sweep runs; the 10:30 update is 10 minutes late',
      act: (d) => d.sweep(),
      expect: (d) => check(reminderKinds(d).join() === 'update', 'no single update reminder posted'),
    },
    {
      at: 50,
      who: 'schedule',
      does: 'the sweep runs again',
      act: (d) => d.sweep(),
      expect: (d) => check(reminderKinds(d).join() === 'update', 'the update reminder was posted twice'),
    },
    {
      at: 95,
      who: 'schedule',
      does: 'the sweep runs; the update is now 65 minutes late',
      act: (d) => d.sweep(),
      expect: (d) => check(reminderKinds(d).join() === 'update,escalation', 'no escalation to the coordinators team'),
    },
    {
      at: 97,
      who: 'carol',
      does: '/inc update Rolled back deploy 1234; error rate is falling.',
      act: (d) => d.comment('carol', '/inc update Rolled back deploy 1234; error rate is falling.'),
      expect: (d) => check(d.record()?.next_update_due === '2026-11-21T12:07:00Z', 'the cadence did not restart at 11:37'),
    },
    {
      at: 100,
      who: 'bob',
      does: '/inc status monitoring error rate back to baseline',
      act: (d) => d.comment('bob', '/inc status monitoring error rate back to baseline'),
      expect: (d) => check(d.record()?.status === 'monitoring' && d.record()?.mitigated_at === '2026-11-21T11:40:00Z', 'not in monitoring'),
    },
    {
      at: 130,
      who: 'bob',
      does: '/inc status fixing errors are back in eu-west-2 (a regression)',
      act: (d) => d.comment('bob', '/inc status fixing errors are back in eu-west-2'),
      expect: (d) => check(d.record()?.status === 'fixing' && d.record()?.mitigated_at === '2026-11-21T11:40:00Z', 'regression not recorded'),
    },
    {
      at: 135,
      who: 'alice',
      does: 'records two follow-ups with /inc followup',
      act: (d) =>
        d.comment(
          'alice',
          '/inc followup Alert on 5xx ratio per region owner: @carol repo: acme/checkout due: 2026-12-05\n/inc followup Add a canary stage for config deploys owner: @bob',
        ),
      expect: () => undefined,
    },
    {
      at: 150,
      who: 'bob',
      does: '/inc status monitoring fix deployed to eu-west-2',
      act: (d) => d.comment('bob', '/inc status monitoring fix deployed to eu-west-2'),
      expect: (d) => check(d.record()?.status === 'monitoring', 'not back in monitoring'),
    },
    {
      at: 210,
      who: 'alice',
      does: '/inc resolve all green for an hour',
      act: (d) => d.comment('alice', '/inc resolve all green for an hour'),
      expect: (d) => {
        const pull = d.repo.pulls({ state: 'open' }).find((p) => p.head === `sitrep/postmortem/INC-${d.incident}`);
        if (pull) d.postmortemPr = pull.number;
        return check(d.record()?.status === 'resolved' && Boolean(pull) && d.record()?.postmortem === pull?.url, 'no postmortem pull request recorded');
      },
    },
    {
      at: 300,
      who: 'alice',
      does: 'writes the root cause on the postmortem branch and merges the pull request',
      act: async (d) => {
        const branch = `sitrep/postmortem/INC-${d.incident}`;
        const path = `postmortems/INC-${d.incident}.md`;
        const text = d.repo.readFile(path, { ref: branch }) ?? '';
        const edited = text.replace(/(## Root cause\n\n)[\s\S]*?(\n## )/, '$1A config change in deploy 1234 removed the EU upstream pool.\n$2');
        d.repo.writeFile(path, edited, { as: 'alice', branch, message: 'Root cause' });
        d.repo.mergePull(d.postmortemPr, { as: 'alice' });
        return d.run(pullRequestEvent(d.sandbox, 'closed', { number: d.postmortemPr, sender: 'alice' }));
      },
      expect: (d) => {
        const followups = d.sandbox.repo('acme/checkout').issues({ state: 'all' }).length + d.repo.issues({ state: 'all', labels: ['incident-followup'] }).length;
        return check(d.record()?.status === 'closed' && followups === 2 && d.repo.issue(d.incident).state === 'closed', 'follow-ups not filed or incident not closed');
      },
    },
  ],
  'customer-email': [
    {
      at: 0,
      who: 'jane',
      does: 'jane@acme.example emails support: "URGENT: checkout is down for all our stores" (through the relay)',
      act: emailIn('jane@acme.example', 'URGENT: checkout is down for all our stores', 'Since 09:50 no order goes through in any of our 40 stores.\nPlease call me.', '<urgent-1@mail.acme.example>'),
      expect: (d) => {
        const r = d.record();
        return check(r?.status === 'triage' && r.source === 'email' && r.customers.join() === 'acme' && d.repo.issue(d.incident).author === d.sandbox.botLogin, 'no triage incident from the email naming customer acme');
      },
    },
    {
      at: 6,
      who: 'alice',
      does: 'triages it live: /inc role ic @alice, /inc severity P2, /inc status investigating',
      act: (d) => d.comment('alice', '/inc role ic @alice\n/inc severity P2 one customer, checkout only\n/inc status investigating'),
      expect: (d) => check(d.record()?.severity === 'P2' && d.record()?.status === 'investigating', 'not P2 and investigating'),
    },
    {
      at: 9,
      who: 'jane',
      does: 'replies to her own email: "Still down, now also the mobile app." (through the relay)',
      act: emailIn('jane@acme.example', 'Re: URGENT: checkout is down for all our stores', 'Still down, now also the mobile app.', '<urgent-2@mail.acme.example>', '<urgent-1@mail.acme.example>'),
      expect: (d) =>
        check(d.log().at(-1)?.kind === 'email' && d.repo.issues({ state: 'all' }).filter((i) => i.author === d.sandbox.botLogin).length === 1, 'the reply was not logged on the incident, or opened another'),
    },
    {
      at: 15,
      who: 'alice',
      does: 'writes an internal update and a public one: /inc update …, /inc public …',
      act: (d) => d.comment('alice', '/inc update db-7 failover stuck; paging the DBA\n/inc public We found the cause of the checkout failures and are fixing it.'),
      expect: (d) => {
        const acme = mailTo(d, 'it@acme.example');
        const text = acme.map((m) => m.text).join('\n');
        if (acme.length !== 1 || !text.includes('We found the cause of the checkout failures')) return 'acme did not get the public update by email';
        if (/db-7|DBA|alice/.test(text)) return 'acme was told something internal';
        return check(mailTo(d, 'ops@globex.example').length === 0, 'globex was told of acme\'s incident');
      },
    },
    {
      at: 40,
      who: 'alice',
      does: '/inc public Checkout works again; we are watching it., then /inc resolve',
      act: (d) => d.comment('alice', '/inc public Checkout works again; we are watching it.\n/inc resolve rolled back the failed migration'),
      expect: (d) => {
        const acme = mailTo(d, 'it@acme.example');
        if (d.record()?.status !== 'resolved') return 'not resolved';
        if (acme.length !== 2 || !acme[1]!.text.includes('Checkout works again')) return 'acme did not get the resolution by email';
        return check(!acme[1]!.text.includes('failed migration') && mailTo(d, 'ops@globex.example').length === 0, 'acme was told the internal resolve message, or globex heard of it');
      },
    },
  ],
  'declined-triage': [
    {
      at: 0,
      who: 'bob',
      does: 'declares "Invoices show the wrong currency" with the issue form, unsure of the severity',
      act: declare('Invoices show the wrong currency', TRIAGE_FORM),
      expect: (d) => check(d.record()?.status === 'triage', 'not in triage'),
    },
    {
      at: 20,
      who: 'schedule',
      does: 'the cadence sweep runs; triage owes an update every 15 minutes',
      act: (d) => d.sweep(),
      expect: (d) => check(reminderKinds(d).includes('update'), 'no reminder for the late triage update'),
    },
    {
      at: 25,
      who: 'alice',
      does: "/inc decline Globex's own proxy rewrote the currency header",
      act: (d) => d.comment('alice', "/inc role ic @alice\n/inc decline Globex's own proxy rewrote the currency header"),
      expect: (d) => check(d.record()?.status === 'declined' && d.repo.issue(d.incident).state === 'closed', 'not declined, or the issue is still open'),
    },
  ],
};

function clock(minutes: number): string {
  const at = new Date(Date.parse('2026-11-21T10:00:00Z') + minutes * 60_000);
  return at.toISOString().slice(11, 16);
}

/** What sitrep said and did during a run, for the transcript. */
function describeRun(drill: Drill, run: ActionRun | undefined, commentsBefore: number, logBefore: number, mailsBefore: number): string[] {
  if (!run) return [];
  const lines: string[] = [];
  const outputs = run.outputs;
  for (const entry of drill.log().slice(logBefore)) lines.push(`logs: ${describeLogEntry(entry)}`.slice(0, 120));
  if (outputs.incident) lines.push(`${outputs.incident} is ${outputs.status || '?'}${outputs['postmortem-pr'] ? `; postmortem pull request ${outputs['postmortem-pr']}` : ''}`);
  for (const comment of drill.botComments().slice(commentsBefore)) {
    const first = comment.body.split('\n').find((l) => l.trim() && !l.startsWith('<!--')) ?? '';
    lines.push(`comments: ${first.replace(/^#+\s*/, '').slice(0, 110)}`);
  }
  for (const mail of drill.email?.received.slice(mailsBefore) ?? []) lines.push(`emails ${mail.to.join(', ')}: ${mail.subject}`.slice(0, 120));
  const c = run.counters;
  lines.push(`(${c.total} API requests: ${c.graphqlQuery} GraphQL, ${c.restRead} REST reads, ${c.restWrite} writes)`);
  return lines;
}

/** `sitrep drill [--scenario <name>] [--out <dir>]` */
export async function drillCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    { args: argv, options: { scenario: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } },
    DRILL_USAGE,
  );
  if (values.help) {
    process.stdout.write(DRILL_USAGE);
    return 0;
  }
  const name = values.scenario ?? 'p1-outage';
  const steps = SCENARIOS[name];
  if (!steps) throw new UsageError(`no scenario "${name}"; use one of ${Object.keys(SCENARIOS).join(', ')}`, DRILL_USAGE);
  const script = join(packageRoot(), 'dist', 'index.js');
  if (!existsSync(script)) {
    process.stderr.write(`sitrep drill: ${script} does not exist; run "npm run build" first\n`);
    return 2;
  }
  const out = resolve(values.out ?? join('.drill', name));

  const sandbox = await createSandbox();
  const started = Date.now();
  let failures = 0;
  let mailboxes: Mailboxes | undefined;
  try {
    const repo = sandbox.repo();
    sandbox.addRepo('acme/checkout', { botAccess: 'write' });
    const byEmail = name === 'customer-email';
    const files: Record<string, string> = {};
    for (const file of initFiles('sitrep/sitrep@v1', { email: byEmail })) {
      let text = file.text;
      if (file.path === '.github/sitrep.yml') {
        for (const [from, to] of CONFIG_CHANGES) text = text.replace(from, to);
        if (byEmail) text = emailConfig(text);
      }
      files[file.path] = text;
    }
    repo.writeFiles(files, { as: 'alice', message: `Adopt sitrep (sitrep init${byEmail ? ' --email' : ''})` });
    const drill = new Drill(sandbox, script);
    if (byEmail) drill.email = mailboxes = await startMailboxes(sandbox);
    process.stdout.write(`sitrep drill: ${name}, on a local GitHub sandbox (${sandbox.url})\n`);
    process.stdout.write(`repository acme/incidents set up by "sitrep init"; coordinators team @acme/incident-coordinators\n`);
    if (drill.email) process.stdout.write(`the relay receives email at POST /email; an SMTP server on ${drill.email.smtpUrl} receives what sitrep sends\n`);
    process.stdout.write('\n');

    for (const step of steps) {
      sandbox.clock.set(new Date(Date.parse('2026-11-21T10:00:00Z') + step.at * 60_000));
      process.stdout.write(`${clock(step.at)}  ${step.who.padEnd(8)} ${step.does}\n`);
      const before = drill.incident ? drill.botComments().length : 0;
      const logBefore = drill.log().length;
      const mailsBefore = drill.email?.received.length ?? 0;
      let problem: string | undefined;
      let run: ActionRun | undefined;
      try {
        run = await step.act(drill);
        problem = step.expect(drill);
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
      for (const line of describeRun(drill, run, before, logBefore, mailsBefore)) process.stdout.write(`       sitrep   ${line}\n`);
      if (problem) {
        failures++;
        process.stdout.write(`       FAILED   ${problem}\n`);
      }
    }
    writeRepository(drill, out);
    process.stdout.write(`\nThe resulting repository is in ${relative(process.cwd(), out) || out}\n`);
    sandbox.assertNoViolations();
  } finally {
    await mailboxes?.close();
    await sandbox.close({ ignoreViolations: true });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(failures ? `\n${failures} step(s) did not do what they should (${seconds}s)\n` : `\nEvery step did what it should (${seconds}s)\n`);
  return failures ? 1 : 0;
}

/** Writes the repository's files and the issues sitrep filed, so the drill's result can be read. */
function writeRepository(drill: Drill, out: string): void {
  rmSync(out, { recursive: true, force: true });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  };
  for (const path of drill.repo.files()) write(path, drill.repo.readFile(path) ?? '');
  const issues = [...drill.repo.issues({ state: 'all' }), ...drill.sandbox.repo('acme/checkout').issues({ state: 'all' })];
  for (const issue of issues) {
    if (issue.isPullRequest) continue;
    const comments = issue.url.includes('/acme/checkout/') ? [] : drill.repo.comments(issue.number);
    const text = [
      `# ${issue.title}`,
      '',
      `${issue.url} — ${issue.state}; labels: ${issue.labels.join(', ') || '—'}; assignees: ${issue.assignees.join(', ') || '—'}`,
      '',
      issue.body ?? '',
      ...comments.map((c) => `\n---\n**@${c.author}** at ${c.createdAt}\n\n${c.body}`),
    ].join('\n');
    write(`issues/${issue.url.split('/').slice(-4, -2).join('-')}-${issue.number}.md`, text);
  }
}
