import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFollowup } from '../../../src/core/commands/followup.js';
import { formatActionItem, parseActionItems, PRIORITIES, type Priority } from '../../../src/core/action-items.js';
import { startDraft } from '../../../src/core/change.js';
import { parseCommand } from '../../../src/core/commands.js';
import { stringifyMarkdown } from '../../../src/core/markdown.js';
import { formatDate } from '../../../src/core/time.js';
import { aContext, anIncident, asLine } from '../../support/builders.js';

const parse = (rest: string) => parseCommand(rest, '/inc', ['P1', 'P2', 'P3']);

describe('/inc followup', () => {
  it('is logged in the action-item grammar', () => {
    const draft = startDraft(anIncident());
    applyFollowup(draft, { name: 'followup', title: 'Fix the pool', owner: 'bob', due: '2026-12-05', priority: 'high' }, aContext());
    expect(asLine(draft.entries[0])).toMatchObject({ kind: 'followup', text: 'Fix the pool — owner: @bob, due: 2026-12-05, priority: high' });
  });

  it('typed as the postmortem writes action items, with or without commas and the dash', () => {
    const expected = { ok: true, command: { name: 'followup', title: 'Fix the pool', owner: 'bob', due: '2026-12-05' } };
    for (const text of [
      'Fix the pool — owner: @bob, due: 2026-12-05',
      'Fix the pool – owner: @bob; due: 2026-12-05',
      'Fix the pool -- owner: @bob due: 2026-12-05',
      'Fix the pool owner: @bob, due: 2026-12-05',
      'Fix the pool owner: @bob due: 2026-12-05',
      'Fix the pool (owner: @bob) [due: 2026-12-05]',
    ]) {
      expect(parse(`followup ${text}`), text).toEqual(expected);
    }
  });

  it('refuses a day that is not in the calendar when the command is given, naming the date', () => {
    for (const due of ['2026-02-30', '2026-04-31', '2027-02-29', '2026-00-10', '2026-12-32']) {
      const parsed = parse(`followup Fix it due: ${due}`);
      expect(parsed).toMatchObject({ ok: false, error: expect.stringContaining(`due "${due}" is not a date`) });
    }
    expect(parse('followup Fix it due: 2028-02-29')).toMatchObject({ ok: true });
  });
});

// What the postmortem writes: a one-line title with no field list of its own, and valid fields.
const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9.,'()/&-]{0,11}$/).filter((w) => !/^(owner|repo|due|priority|issue)\s*:/i.test(w) && !/^[-—–]+$/.test(w));
const title = fc
  .array(word, { minLength: 1, maxLength: 6 })
  .map((words) => words.join(' '))
  .filter((t) => !/:/.test(t));
const login = fc.stringMatching(/^[A-Za-z0-9]{1,12}(?:-[A-Za-z0-9]{1,12}){0,2}$/);
const repo = fc
  .tuple(fc.stringMatching(/^[A-Za-z0-9]{1,10}(?:-[A-Za-z0-9]{1,10}){0,2}$/), fc.stringMatching(/^[A-Za-z0-9._-]{1,30}$/))
  .filter(([, name]) => name !== '.' && name !== '..')
  .map(([owner, name]) => `${owner}/${name}`);
const due = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map(formatDate);
const priority = fc.constantFrom<Priority>(...PRIORITIES);
const item = fc.record({ title, owner: login, repo, due, priority }, { requiredKeys: ['title'] });

describe('/inc followup and the action items agree', () => {
  it('every item the postmortem writes parses back through /inc followup to the same fields', () => {
    fc.assert(
      fc.property(item, (written) => {
        const line = formatActionItem(written);
        const command = parse(`followup ${line}`);
        expect(command).toEqual({ ok: true, command: { name: 'followup', ...written } });
        // Into the postmortem as renderPostmortem writes a task: through the Markdown AST, escaped.
        const task = stringifyMarkdown({
          type: 'list',
          spread: false,
          children: [{ type: 'listItem', checked: false, spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: line }] }] }],
        });
        const [parsed] = parseActionItems(`## Action items\n\n${task}`);
        expect(parsed?.problems).toEqual([]);
        expect({ title: parsed?.title, owner: parsed?.owner, repo: parsed?.repo, due: parsed?.due, priority: parsed?.priority }).toEqual({
          title: written.title,
          owner: written.owner,
          repo: written.repo,
          due: written.due,
          priority: written.priority,
        });
      }),
      { numRuns: 1000 },
    );
  });
});
