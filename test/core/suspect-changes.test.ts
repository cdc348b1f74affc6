import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { parseIncident } from '../../src/core/incident-file.js';
import { stringifyMarkdown } from '../../src/core/markdown.js';
import {
  changeRepos,
  renderSuspectChanges,
  suspectWindow,
  withoutPostmortems,
  type MergedPull,
  type RepoChanges,
} from '../../src/core/suspect-changes.js';

const config = loadConfig(`
changes:
  window_before: 90m
  repos: { checkout-api: acme/checkout }
followups:
  routes: { payments: acme/payments, checkout-api: acme/ignored-route }
`);

/** An incident file as users have it; `fields` replace or add front matter lines. */
function incident(fields: Record<string, string>) {
  const front: Record<string, string> = {
    id: 'INC-42',
    title: 'Checkout API returns 502 for EU customers',
    severity: 'P1',
    status: 'fixing',
    type: 'incident',
    issue: '42',
    services: '[checkout-api]',
    declared_at: '2026-11-21T10:02:11Z',
    roles: '{ coordinator: alice, operations: bob, communications: alice }',
    ...fields,
  };
  const text = `---\n${Object.entries(front).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n## Summary\n\nDown.\n\n## Log\n\n- 2026-11-21T10:02:11Z · @bob · declared · P1, investigating\n`;
  const { document, problems } = parseIncident(text, 'incidents/INC-42.md');
  expect(problems).toEqual([]);
  return document!.record;
}

const NOW = Date.parse('2026-11-21T12:00:00Z');

describe('caused_by', () => {
  it('holds pull request URLs; anything else is named with what is accepted', () => {
    expect(incident({ caused_by: '[https://github.com/acme/checkout/pull/12]' }).caused_by).toEqual(['https://github.com/acme/checkout/pull/12']);
    const text = `---\nid: INC-42\ntitle: T\nseverity: P1\nstatus: fixing\ntype: incident\nissue: 42\ndeclared_at: 2026-11-21T10:02:11Z\nroles: { coordinator: alice, operations: bob, communications: alice }\ncaused_by: [https://github.com/acme/checkout/issues/12]\n---\n`;
    expect(parseIncident(text, 'incidents/INC-42.md').problems).toEqual([
      expect.objectContaining({ line: 10, message: 'caused_by: ["https://github.com/acme/checkout/issues/12"] is not valid; accepted: A list of pull request URLs (e.g. https://github.com/acme/checkout/pull/12): the changes that caused the incident, recorded by /inc cause' }),
    ]);
  });
});

describe('suspectWindow', () => {
  it.each([
    ['impact start less the window, to mitigation', { started_at: '2026-11-21T09:50:00Z', mitigated_at: '2026-11-21T11:00:00Z' }, '2026-11-21T08:20:00Z', '2026-11-21T11:00:00Z'],
    ['the declaration when the impact start is not known, to now while it goes on', {}, '2026-11-21T10:02:11Z', '2026-11-21T12:00:00Z'],
    ['impact start less the window, to now', { started_at: '2026-11-21T09:50:00Z' }, '2026-11-21T08:20:00Z', '2026-11-21T12:00:00Z'],
    ['to the resolution when it was never mitigated, so a rebuild lists the same', { resolved_at: '2026-11-21T11:30:00Z' }, '2026-11-21T10:02:11Z', '2026-11-21T11:30:00Z'],
  ])('%s', (_name, fields, from, to) => {
    expect(suspectWindow(incident(fields), config, NOW)).toEqual({ from, to });
  });

  it('uses the default window of 2h', () => {
    expect(suspectWindow(incident({ started_at: '2026-11-21T09:50:00Z' }), loadConfig(null), NOW).from).toBe('2026-11-21T07:50:00Z');
  });
});

describe('changeRepos', () => {
  it.each([
    ['changes.repos first', '[checkout-api]', ['acme/checkout']],
    ['then followups.routes', '[payments]', ['acme/payments']],
    ['then this repository', '[search]', ['acme/incidents']],
    ['this repository without services', '[]', ['acme/incidents']],
    ['each repository once, in service order', '[checkout-api, search, payments, ledger]', ['acme/checkout', 'acme/incidents', 'acme/payments']],
  ])('%s', (_name, services, repos) => {
    expect(changeRepos(incident({ services }), config, 'acme/incidents')).toEqual(repos);
  });
});

const pull = (repo: string, number: number, mergedAt: string, title = `Change ${number}`, author = 'bob'): MergedPull => ({
  number,
  title,
  author,
  mergedAt,
  url: `https://github.com/${repo}/pull/${number}`,
});

const markdown = (results: RepoChanges[], options?: Parameters<typeof renderSuspectChanges>[1]) =>
  stringifyMarkdown({ type: 'root', children: renderSuspectChanges(results, options) });

describe('renderSuspectChanges', () => {
  it('lists title, author, merge time and link, newest first across repositories, and names unreadable ones', () => {
    const text = markdown(
      [
        { repo: 'acme/checkout', pulls: [pull('acme/checkout', 12, '2026-11-21T09:40:00Z', 'Raise the *pool* | size <script>')], more: 0 },
        { repo: 'acme/payments', pulls: [pull('acme/payments', 7, '2026-11-21T10:01:00Z', 'Retry declines', 'carol')], more: 0 },
        { repo: 'acme/secret', error: 'no access' },
        { repo: 'acme/flaky', error: 'Bad gateway' },
      ],
      { window: { from: '2026-11-21T08:20:00Z', to: '2026-11-21T11:00:00Z' } },
    );
    expect(text).toBe(
      [
        'Pull requests merged from 2026-11-21 08:20 to 2026-11-21 11:00 UTC in acme/checkout and acme/payments. Was one of them the cause? Record it with `/inc cause <pull request URL>`.',
        '',
        '| Merged (UTC)     | Pull request                                                 | Title                                | Author  |',
        '| ---------------- | ------------------------------------------------------------ | ------------------------------------ | ------- |',
        '| 2026-11-21 10:01 | [acme/payments#7](https://github.com/acme/payments/pull/7)   | Retry declines                       | @\u200bcarol |',
        '| 2026-11-21 09:40 | [acme/checkout#12](https://github.com/acme/checkout/pull/12) | Raise the \\*pool\\* \\| size \\<script> | @\u200bbob   |',
        '',
        "Not listed: acme/secret, which sitrep's token cannot read. Give it read access to list their changes here.",
        '',
        'Could not be listed: acme/flaky (Bad gateway). Rebuilding the postmortem tries again.',
        '',
      ].join('\n'),
    );
  });

  it('lists at most 50 and counts the rest, including what GitHub did not send', () => {
    const many = Array.from({ length: 60 }, (_, i) => pull('acme/checkout', i + 1, new Date(Date.parse('2026-11-21T08:00:00Z') + i * 60_000).toISOString().replace('.000Z', 'Z')));
    const nodes = renderSuspectChanges([{ repo: 'acme/checkout', pulls: many, more: 40 }]);
    const table = nodes.find((n) => n.type === 'table');
    expect(table?.type === 'table' && table.children.length).toBe(51);
    expect(stringifyMarkdown(table!)).toContain('[acme/checkout#60]');
    expect(stringifyMarkdown(table!)).not.toContain('[acme/checkout#10]');
    expect(stringifyMarkdown({ type: 'root', children: nodes })).toContain('And 50 more not listed.');
  });

  it('says when nothing was merged', () => {
    expect(markdown([{ repo: 'acme/checkout', pulls: [], more: 0 }])).toBe('No pull requests were merged in acme/checkout in this window.\n');
  });
});

describe('withoutPostmortems', () => {
  it("leaves out sitrep's own postmortem pull requests, and keeps unreadable repositories", () => {
    const pull = (number: number, title: string) => ({ number, title, author: 'bob', mergedAt: '2026-11-21T10:00:00Z', url: `https://github.com/acme/incidents/pull/${number}` });
    expect(
      withoutPostmortems([
        { repo: 'acme/incidents', pulls: [pull(3, 'Postmortem: INC-2 Login fails'), pull(4, 'Postmortem: why we write them')], more: 0 },
        { repo: 'acme/secret', error: 'no access' },
      ]),
    ).toEqual([
      { repo: 'acme/incidents', pulls: [pull(4, 'Postmortem: why we write them')], more: 0 },
      { repo: 'acme/secret', error: 'no access' },
    ]);
  });
});
