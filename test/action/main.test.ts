import { describe, expect, it } from 'vitest';
import { chooseCommand } from '../../src/action/main.js';

describe('chooseCommand (command: auto)', () => {
  it.each([
    ['issues', undefined, 'event'],
    ['issue_comment', undefined, 'event'],
    ['schedule', undefined, 'cadence'],
    ['push', undefined, 'validate'],
    ['repository_dispatch', 'sitrep-alert', 'alert'],
    ['repository_dispatch', 'deploy', 'none'],
    ['repository_dispatch', undefined, 'none'],
  ] as const)('%s (%s) → %s', (eventName, dispatchType, command) => {
    expect(chooseCommand('auto', eventName, dispatchType ? { action: dispatchType } : {})).toBe(command);
  });

  it('an explicit command wins over the event', () => {
    expect(chooseCommand('cadence', 'repository_dispatch', { action: 'sitrep-alert' })).toBe('cadence');
  });
});
