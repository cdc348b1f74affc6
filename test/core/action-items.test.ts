import { describe, expect, it } from 'vitest';
import {
  actionItemKey,
  isMalformed,
  isPending,
  linkActionItems,
  overdueActionItems,
  parseActionItems,
  routeActionItem,
  type ActionItem,
} from '../../src/core/action-items.js';
import { formatActionItem } from '../../src/core/commands/followup.js';
import { configFrom } from '../support/builders.js';

/** A postmortem whose `## Action items` holds `items`, between other sections. */
function postmortem(items: string, after = '## Responders\n\n- @alice\n'): string {
  return [
    '---',
    'id: INC-42',
    'incident: INC-42',
    'severity: P1',
    'status: final',
    'authors: [alice]',
    '---',
    '',
    '## Root cause',
    '',
    'A bad deploy. See [the PR](https://github.com/acme/checkout/pull/9).',
    '',
    '## Action items',
    '',
    items,
    '',
    after,
  ].join('\n');
}

function only(items: string): ActionItem {
  const parsed = parseActionItems(postmortem(items));
  expect(parsed).toHaveLength(1);
  return parsed[0] as ActionItem;
}

describe('parseActionItems: the item grammar', () => {
  it('reads title and every field', () => {
    const item = only('- [ ] Alert on 5xx ratio per region — owner: @carol, repo: acme/checkout, due: 2026-12-05, priority: high');
    expect(item).toMatchObject({
      title: 'Alert on 5xx ratio per region',
      owner: 'carol',
      repo: 'acme/checkout',
      due: '2026-12-05',
      priority: 'high',
      checked: false,
      task: true,
      problems: [],
      hasFields: true,
    });
    expect(isPending(item)).toBe(true);
  });

  it.each([
    ['- [ ] Fix retries — due: 2026-12-05, priority: LOW, repo: acme/api, owner: dave'],
    ['- [ ] Fix retries -- priority: low; owner: @dave, due: 2026-12-05, repo: acme/api'],
    ['- [ ] Fix retries - repo: acme/api, owner: @dave, priority: low, due: 2026-12-05'],
    ['- [ ] Fix retries – Owner: @dave, Repo: acme/api, Due: 2026-12-05, Priority: Low'],
  ])('takes the fields in any order, after any accepted dash: %s', (line) => {
    expect(only(line)).toMatchObject({ title: 'Fix retries', owner: 'dave', repo: 'acme/api', due: '2026-12-05', priority: 'low', problems: [] });
  });

  it.each([
    ['- [ ] Rotate the keys', { title: 'Rotate the keys', hasFields: false }],
    ['- [ ] Rotate the keys — owner: @bob', { title: 'Rotate the keys', owner: 'bob' }],
    ['- [ ] Rotate the keys — due: 2027-01-31', { title: 'Rotate the keys', due: '2027-01-31' }],
  ])('every field is optional: %s', (line, expected) => {
    const item = only(line);
    expect(item).toMatchObject({ ...expected, problems: [] });
    expect(isPending(item)).toBe(true);
  });

  it('keeps dashes in the title that are not followed by a field', () => {
    expect(only('- [ ] Retry - with backoff — not now - owner: @bob')).toMatchObject({ title: 'Retry - with backoff — not now', owner: 'bob' });
    expect(only('- [ ] Document the A — B failover')).toMatchObject({ title: 'Document the A — B failover', hasFields: false });
  });

  it('reads the title as plain text, across soft line breaks and inline Markdown', () => {
    const item = only('- [ ] Raise the `max_conns` limit in **pgbouncer**\n  for EU — owner: @bob');
    expect(item.title).toBe('Raise the max_conns limit in pgbouncer for EU');
    expect(item.owner).toBe('bob');
  });

  it.each([
    ['- [ ] Fix it — owner: @acme/sre', 'owner "@acme/sre" is not a GitHub login; write owner: @<login> (one person; teams and bots cannot be assigned)'],
    ['- [ ] Fix it — owner: @dependabot[bot]', 'owner "@dependabot[bot]" is not a GitHub login; write owner: @<login> (one person; teams and bots cannot be assigned)'],
    ['- [ ] Fix it — repo: checkout', 'repo "checkout" is not a repository; write repo: <owner>/<name>, e.g. repo: acme/checkout'],
    ['- [ ] Fix it — repo: acme/../x', 'repo "acme/../x" is not a repository; write repo: <owner>/<name>, e.g. repo: acme/checkout'],
    ['- [ ] Fix it — due: 2026-02-30', 'due "2026-02-30" is not a date; write due: YYYY-MM-DD, e.g. due: 2026-12-05'],
    ['- [ ] Fix it — due: next friday', 'due "next friday" is not a date; write due: YYYY-MM-DD, e.g. due: 2026-12-05'],
    ['- [ ] Fix it — priority: P0', 'priority "P0" is not one of critical, high, medium, low'],
    ['- [ ] Fix it — owner: @bob, team: sre', 'unknown field "team"; the fields are owner:, repo:, due: and priority:'],
    ['- [ ] Fix it — owner: @bob, owner: @carol', 'owner: is given twice; give it once'],
    ['- [ ] Fix it — owner: @bob, soon', '"soon" is not a field; after the dash write fields as name: value, separated by commas'],
    ['- [ ] Fix it — owner:', 'owner: is empty'],
    ['- [ ] — owner: @bob', 'the item has no title; write the work to do before the dash'],
  ])('reports a bad field and what is accepted: %s', (line, problem) => {
    const item = only(line);
    expect(item.problems).toContain(problem);
    expect(isPending(item)).toBe(false);
    expect(isMalformed(item)).toBe(true);
  });

  it('reports a bad item and still reads the others', () => {
    const items = parseActionItems(postmortem('- [ ] One — due: tomorrow\n- [ ] Two — owner: @bob\n- [ ] Three'));
    expect(items.map((i) => [i.title, isPending(i), isMalformed(i)])).toEqual([
      ['One', false, true],
      ['Two', true, false],
      ['Three', true, false],
    ]);
    expect(items.map((i) => i.line)).toEqual([15, 16, 17]);
  });

  it('skips checked items', () => {
    const item = only('- [x] Roll back deploy 1234 — owner: @bob');
    expect(item.checked).toBe(true);
    expect(isPending(item)).toBe(false);
    expect(isMalformed(item)).toBe(false);
  });

  it.each([
    ['- [ ] Alert on 5xx — owner: @carol, issue: https://github.com/acme/checkout/issues/7', 'https://github.com/acme/checkout/issues/7'],
    ['- [ ] Alert on 5xx — issue: https://github.com/acme/checkout/issues/7', 'https://github.com/acme/checkout/issues/7'],
    ['- [ ] Alert on 5xx ([tracked](https://github.com/acme/checkout/issues/8)) — owner: @carol', 'https://github.com/acme/checkout/issues/8'],
    ['- [ ] Alert on 5xx — owner: @carol\n\n  - filed as https://github.example.com/acme/checkout/issues/12#issuecomment-1', 'https://github.example.com/acme/checkout/issues/12#issuecomment-1'],
  ])('skips items already linked to an issue: %s', (line, url) => {
    const item = only(line);
    expect(item.issueUrl).toBe(url);
    expect(isPending(item)).toBe(false);
    expect(isMalformed(item)).toBe(false);
  });

  it('does not take a link to a pull request for an issue', () => {
    expect(only('- [ ] Revert [#9](https://github.com/acme/checkout/pull/9) properly').issueUrl).toBeUndefined();
  });

  it('reports a plain bullet as not a task, naming the task syntax', () => {
    const item = only('- Buy more disks — owner: @bob');
    expect(item.task).toBe(false);
    expect(item.problems).toEqual(['it is a plain bullet, not a task; write "- [ ] <title>" to have it filed, or "- [x]" when it needs no issue']);
  });

  it('reads only the Action items section and only top-level items', () => {
    const text = postmortem('- [ ] Real item\n  - [ ] a sub-step, part of the item above', '## Responders\n\n- [ ] not an action item\n');
    expect(parseActionItems(text).map((i) => i.title)).toEqual(['Real item']);
    expect(parseActionItems('## Summary\n\n- [ ] nothing here\n')).toEqual([]);
  });

  it('reads items across several lists in the section', () => {
    expect(parseActionItems(postmortem('- [ ] One\n\nSome prose.\n\n* [ ] Two')).map((i) => i.title)).toEqual(['One', 'Two']);
  });

  it('reads what /inc followup writes into the Log back as the same item', () => {
    const line = formatActionItem({ title: 'Alert on 5xx ratio', owner: 'carol', repo: 'acme/checkout', due: '2026-12-05' });
    expect(only(`- [ ] ${line}`)).toMatchObject({ title: 'Alert on 5xx ratio', owner: 'carol', repo: 'acme/checkout', due: '2026-12-05', problems: [] });
  });
});

describe('action item keys', () => {
  it('are stable across spacing, case and Unicode forms, and differ by title', () => {
    expect(actionItemKey('Alert on 5xx ratio')).toMatch(/^[0-9a-f]{12}$/);
    expect(actionItemKey('  alert ON 5xx\tratio ')).toBe(actionItemKey('Alert on 5xx ratio'));
    expect(actionItemKey('Ａlert on 5xx ratio')).toBe(actionItemKey('Alert on 5xx ratio'));
    expect(actionItemKey('Alert on 4xx ratio')).not.toBe(actionItemKey('Alert on 5xx ratio'));
  });

  it('do not change when fields are added, and number repeated titles', () => {
    const before = parseActionItems(postmortem('- [ ] Fix it\n- [ ] Other\n- [ ] fix IT'));
    const after = parseActionItems(postmortem('- [ ] Fix it — owner: @bob, issue: https://github.com/a/b/issues/1\n- [ ] Other\n- [ ] fix IT — due: 2027-01-01'));
    expect(after.map((i) => i.key)).toEqual(before.map((i) => i.key));
    expect(before[2]?.key).toBe(`${before[0]?.key}-2`);
  });
});

describe('routeActionItem', () => {
  const config = configFrom(['followups:', '  default_repo: acme/platform', '  routes:', '    checkout-api: acme/checkout', '    Payments: acme/payments'].join('\n'));
  const bare = configFrom('');

  it.each([
    ['the item repo wins', { repo: 'acme/web' }, ['checkout-api'], config, { repo: 'acme/web', via: 'item' }],
    ['then the first routed service', {}, ['edge', 'checkout-api', 'payments'], config, { repo: 'acme/checkout', via: 'service', service: 'checkout-api' }],
    ['service names match regardless of case', {}, ['payments'], config, { repo: 'acme/payments', via: 'service', service: 'payments' }],
    ['then the default repository', {}, ['edge'], config, { repo: 'acme/platform', via: 'default' }],
    ['then the incident repository', {}, ['checkout-api'], bare, { repo: 'acme/incidents', via: 'incident' }],
    ['with no services at all', {}, [], bare, { repo: 'acme/incidents', via: 'incident' }],
  ] as const)('%s', (_name, item, services, cfg, expected) => {
    expect(routeActionItem(item, services, cfg.followups, 'acme/incidents')).toEqual(expected);
  });
});

describe('linkActionItems: write-back', () => {
  const items = [
    '- [ ] Alert on 5xx ratio — owner: @carol, repo: acme/checkout, due: 2026-12-05',
    '- [ ] Rotate the keys',
    '- [x] Roll back — owner: @bob',
    '- [ ] Raise the **pool** size\r',
    '  for EU -- owner: @bob',
    '',
    '  - a note that stays',
  ].join('\n');
  const text = postmortem(items, '## Responders\n\n- @alice\n<!-- keep me -->\n');
  const parsed = parseActionItems(text);
  const url = (n: number) => `https://github.com/acme/checkout/issues/${n}`;

  it('appends the link to the field list, or after a dash when there is none, and keeps every other byte', () => {
    const links = new Map([
      [parsed[0]?.key as string, url(7)],
      [parsed[1]?.key as string, url(8)],
      [parsed[3]?.key as string, url(9)],
    ]);
    const { text: linked, linked: keys } = linkActionItems(text, links);
    expect(keys).toEqual([parsed[0]?.key, parsed[1]?.key, parsed[3]?.key]);
    const expected = text
      .replace('due: 2026-12-05\n', `due: 2026-12-05, issue: ${url(7)}\n`)
      .replace('Rotate the keys\n', `Rotate the keys — issue: ${url(8)}\n`)
      .replace('owner: @bob\n\n  - a note', `owner: @bob, issue: ${url(9)}\n\n  - a note`);
    expect(linked).toBe(expected);
    const reread = parseActionItems(linked);
    expect(reread.map((i) => i.issueUrl)).toEqual([url(7), url(8), undefined, url(9)]);
    expect(reread.map((i) => i.key)).toEqual(parsed.map((i) => i.key));
    expect(reread.filter(isPending)).toEqual([]);
    expect(reread[0]).toMatchObject({ owner: 'carol', repo: 'acme/checkout', due: '2026-12-05', problems: [] });
  });

  it('leaves items already linked, and unknown keys, alone', () => {
    const once = linkActionItems(text, new Map([[parsed[1]?.key as string, url(8)]])).text;
    const twice = linkActionItems(once, new Map([[parsed[1]?.key as string, url(99)], ['000000000000', url(5)]]));
    expect(twice).toEqual({ text: once, linked: [] });
  });

  it('finds its items again after someone edited the file', () => {
    const edited = text.replace('## Root cause\n', '## Root cause\n\nAdded in review.\n');
    const { text: linked } = linkActionItems(edited, new Map([[parsed[1]?.key as string, url(8)]]));
    expect(linked).toBe(edited.replace('Rotate the keys\n', `Rotate the keys — issue: ${url(8)}\n`));
  });
});

describe('overdueActionItems', () => {
  const text = postmortem(
    [
      '- [ ] Alert on 5xx — owner: @carol, due: 2026-12-05, issue: https://github.com/acme/checkout/issues/7',
      '- [ ] Rotate the keys — due: 2026-12-06',
      '- [x] Roll back — owner: @bob, due: 2026-11-01',
      '- [ ] No date — owner: @bob',
      '- [ ] Bad date — due: 2026-13-01',
    ].join('\n'),
  );

  it('lists open items past their due day, with the issue and owner when known', () => {
    expect(overdueActionItems(text, Date.parse('2026-12-06T00:00:00Z'))).toEqual([
      { key: actionItemKey('Alert on 5xx'), title: 'Alert on 5xx', due: '2026-12-05', url: 'https://github.com/acme/checkout/issues/7', owner: 'carol' },
    ]);
  });

  it('counts the due day itself as on time', () => {
    expect(overdueActionItems(text, Date.parse('2026-12-05T23:59:59Z'))).toEqual([]);
    expect(overdueActionItems(text, Date.parse('2026-12-07T00:00:00Z')).map((i) => i.title)).toEqual(['Alert on 5xx', 'Rotate the keys']);
  });
});
