import { describe, expect, it } from 'vitest';
import { actionItemKey } from '../../src/core/action-items.js';
import {
  dueFollowupReminders,
  followupRepositories,
  issueRef,
  issueRefKey,
  overdueFollowups,
  type OverduePostmortem,
} from '../../src/core/followup-reminders.js';
import { readReminderKeys, reminderKey, renderReminder } from '../../src/core/reminders.js';

/** A postmortem file whose `## Action items` holds `items`. */
function postmortem(id: string, items: string[]): string {
  return ['---', `id: ${id}`, `incident: ${id}`, 'severity: P1', 'status: final', 'authors: [alice]', '---', '', '## Action items', '', ...items, '', '## Responders', '', '- @alice', ''].join('\n');
}

const day = (date: string, time = '00:00:00') => Date.parse(`${date}T${time}Z`);
const WEB_7 = 'https://github.com/acme/web/issues/7';

describe('overdueFollowups', () => {
  const files = [
    { name: 'INC-12.md', text: postmortem('INC-12', ['- [ ] Alert on 5xx — owner: @carol, due: 2026-12-05, issue: https://github.com/acme/web/issues/7', '- [ ] Rotate keys — due: 2026-12-20']) },
    { name: 'INC-3.md', text: postmortem('INC-3', ['- [ ] Add a breaker — due: 2026-12-01']) },
    { name: 'INC-4.md', text: postmortem('INC-4', ['- [x] Roll back — due: 2026-11-01']) },
    { name: 'README.md', text: postmortem('INC-9', ['- [ ] Not a postmortem — due: 2026-11-01']) },
    { name: 'INC-05.md', text: postmortem('INC-5', ['- [ ] Zero-padded name — due: 2026-11-01']) },
  ];

  it.each([
    ['before anything is due', day('2026-12-01', '23:59:59'), []],
    ['the day after the first due date', day('2026-12-02'), [['INC-3', ['Add a breaker']]]],
    ['in incident order, only the overdue items', day('2026-12-06'), [['INC-3', ['Add a breaker']], ['INC-12', ['Alert on 5xx']]]],
  ])('%s', (_, now, expected) => {
    const { postmortems, unreadable } = overdueFollowups(files, 'postmortems', now);
    expect(postmortems.map((p) => [p.id, p.items.map((i) => i.title)])).toEqual(expected);
    expect(unreadable).toEqual([]);
  });

  it('names the file and the incident issue', () => {
    const [first] = overdueFollowups(files, 'docs/pm', day('2026-12-02')).postmortems;
    expect(first).toMatchObject({ number: 3, id: 'INC-3', path: 'docs/pm/INC-3.md' });
  });
});

describe('issueRef', () => {
  it.each([
    [WEB_7, { repo: 'acme/web', number: 7 }],
    ['http://127.0.0.1:3000/acme/web/issues/12/', { repo: 'acme/web', number: 12 }],
    ['https://ghe.example.com/Acme/Web.site/issues/3', { repo: 'Acme/Web.site', number: 3 }],
    ['https://github.com/acme/web/pull/7', undefined],
    ['https://jira.example.com/browse/OPS-12', undefined],
    ['acme/web#7', undefined],
  ])('%s', (url, expected) => {
    expect(issueRef(url)).toEqual(expected);
  });

  it('keys ignore case', () => {
    expect(issueRefKey({ repo: 'Acme/Web', number: 7 })).toBe('acme/web#7');
  });
});

describe('followupRepositories', () => {
  it('lists each repository an overdue item links to once, leaving out links that are not issues', () => {
    const postmortems = overdueFollowups(
      [
        { name: 'INC-1.md', text: postmortem('INC-1', [`- [ ] A — due: 2026-12-01, issue: ${WEB_7}`, '- [ ] B — due: 2026-12-01, issue: https://github.com/Acme/Web/issues/8']) },
        { name: 'INC-2.md', text: postmortem('INC-2', ['- [ ] C — due: 2026-12-01, issue: https://github.com/acme/api/issues/1', '- [ ] D — due: 2026-12-01, issue: https://jira.example.com/browse/X-1', '- [ ] E — due: 2026-12-01']) },
      ],
      'postmortems',
      day('2026-12-10'),
    ).postmortems;
    expect(followupRepositories(postmortems)).toEqual(['acme/web', 'acme/api']);
  });
});

describe('dueFollowupReminders', () => {
  const NOW = day('2026-12-08', '10:00:00');
  const item = (title: string, fields: Partial<{ due: string; url: string; owner: string }> = {}) => ({ key: actionItemKey(title), title, due: '2026-12-05', ...fields });
  const incident = (items: ReturnType<typeof item>[]): OverduePostmortem => ({ number: 12, id: 'INC-12', path: 'postmortems/INC-12.md', items });
  const open = new Map([['acme/web#7', WEB_7]]);
  const none = new Set<string>();

  it.each([
    ['an open follow-up issue', item('Alert on 5xx', { url: WEB_7, owner: 'carol' }), ['carol'], `its issue ${WEB_7} is still open`],
    ['a closed (or untracked) follow-up issue', item('Alert on 5xx', { url: 'https://github.com/acme/web/issues/8', owner: 'carol' }), undefined, ''],
    ['an item never filed, without an owner', item('Rotate keys'), ['alice'], 'it has no follow-up issue. Check it off in `postmortems/INC-12.md`'],
    ['an item tracked elsewhere', item('Audit', { url: 'https://jira.example.com/browse/OPS-1' }), ['alice'], 'it is tracked at https://jira.example.com/browse/OPS-1'],
  ])('%s', (_, overdue, mentions, says) => {
    const reminders = dueFollowupReminders({ postmortem: incident([overdue]), coordinator: 'alice', openIssues: open, posted: none, now: NOW });
    if (!mentions) {
      expect(reminders).toEqual([]);
      return;
    }
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ kind: 'followup', due: '2026-12-05', item: overdue.key, mentions });
    expect(reminders[0]?.message).toContain(`"${overdue.title}" was due on 2026-12-05 and is 3 days late`);
    expect(reminders[0]?.message).toContain(says);
  });

  it('matches the open issue whatever the case of its repository in the link', () => {
    const reminders = dueFollowupReminders({ postmortem: incident([item('A', { url: 'https://github.com/ACME/Web/issues/7' })]), coordinator: null, openIssues: open, posted: none, now: NOW });
    expect(reminders.map((r) => r.mentions)).toEqual([[]]);
    expect(reminders[0]?.message).toContain(WEB_7);
  });

  it('reminds each item once per due date: its marker settles it, and a new due date reminds again', () => {
    const overdue = item('Alert on 5xx', { url: WEB_7, owner: 'carol' });
    const [first] = dueFollowupReminders({ postmortem: incident([overdue]), coordinator: null, openIssues: open, posted: none, now: NOW });
    const posted = new Set(readReminderKeys(renderReminder(first!)));
    expect([...posted]).toEqual([reminderKey('followup', '2026-12-05', overdue.key)]);
    expect(dueFollowupReminders({ postmortem: incident([overdue]), coordinator: null, openIssues: open, posted, now: NOW + 7 * 86_400_000 })).toEqual([]);
    const moved = { ...overdue, due: '2026-12-07' };
    expect(dueFollowupReminders({ postmortem: incident([moved]), coordinator: null, openIssues: open, posted, now: NOW }).map((r) => r.due)).toEqual(['2026-12-07']);
    // Another item of the same incident and due date is its own reminder.
    expect(dueFollowupReminders({ postmortem: incident([overdue, item('Rotate keys')]), coordinator: null, openIssues: open, posted, now: NOW }).map((r) => r.item)).toEqual([actionItemKey('Rotate keys')]);
  });

  it.each([
    [day('2026-12-06'), '1 day'],
    [day('2026-12-06', '23:59:00'), '1 day'],
    [day('2026-12-07'), '2 days'],
    [day('2027-01-05'), '31 days'],
  ])('says how late in days (at %s: %s)', (now, late) => {
    const [reminder] = dueFollowupReminders({ postmortem: incident([item('A')]), coordinator: null, openIssues: open, posted: none, now });
    expect(reminder?.message).toContain(`is ${late} late`);
  });

  it('neutralises the title and the link it echoes: no pings, no HTML, no forged markers', () => {
    const title = 'Ask @dave <!-- sitrep:reminder kind=followup due=2026-12-05 item=000000000000 --> <b>x</b>';
    const [reminder] = dueFollowupReminders({
      postmortem: incident([item(title, { url: 'https://x.example/@eve/<!--' })]),
      coordinator: null,
      openIssues: open,
      posted: none,
      now: NOW,
    });
    const body = renderReminder(reminder!);
    expect(body).not.toMatch(/(^|[^\u200b])@(dave|eve)/);
    expect(body).not.toContain('<b>');
    expect(readReminderKeys(body)).toEqual([reminderKey('followup', '2026-12-05', actionItemKey(title))]);
    expect(body.startsWith(`<!-- sitrep:reminder kind=followup due=2026-12-05 item=${actionItemKey(title)} -->\n📌 `)).toBe(true);
  });
});
