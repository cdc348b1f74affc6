import { describe, expect, it } from 'vitest';
import { followupRequestsNeedConfig, followupRequestsOf, type FollowupEvent } from '../../src/core/followup-requests.js';
import { configFrom } from '../support/builders.js';

const repository = { default_branch: 'main' };

function event(eventName: string, payload: FollowupEvent['payload'], incidentInput: number | null = null): FollowupEvent {
  return { eventName, payload, incidentInput, fallbackActor: 'github-actions' };
}

describe('followupRequestsOf', () => {
  it('files for the incident input, without the configuration', () => {
    const e = event('workflow_dispatch', { sender: { login: 'alice' } }, 42);
    expect(followupRequestsNeedConfig(e)).toBe(false);
    expect(followupRequestsOf(e, undefined)).toEqual([{ issue: 42, actor: 'alice' }]);
  });

  it('files for a merged postmortem pull request into the default branch', () => {
    const pr = { merged: true, html_url: 'https://github.com/acme/ops/pull/7', head: { ref: 'sitrep/postmortem/INC-12' }, base: { ref: 'main' }, merged_by: { login: 'bob' } };
    const merged = event('pull_request', { action: 'closed', pull_request: pr, repository });
    expect(followupRequestsNeedConfig(merged)).toBe(false);
    expect(followupRequestsOf(merged, undefined)).toEqual([{ issue: 12, actor: 'bob', ref: pr.html_url }]);
    expect(followupRequestsOf(event('pull_request', { action: 'closed', pull_request: { ...pr, merged: false }, repository }), undefined)).toEqual([]);
    expect(followupRequestsOf(event('pull_request', { action: 'closed', pull_request: { ...pr, base: { ref: 'dev' } }, repository }), undefined)).toEqual([]);
  });

  it('files for the postmortems a push to the default branch adds or changes, in the configured folder', () => {
    const push = event('push', {
      ref: 'refs/heads/main',
      repository,
      commits: [{ added: ['reviews/INC-3.md', 'postmortems/INC-9.md'], modified: ['reviews/INC-1.md', 'README.md'] }],
      head_commit: { url: 'https://github.com/acme/ops/commit/abc' },
    });
    expect(followupRequestsNeedConfig(push)).toBe(true);
    expect(followupRequestsOf(push, configFrom('paths:\n  postmortems: reviews\n'))).toEqual([
      { issue: 1, actor: 'github-actions', ref: 'https://github.com/acme/ops/commit/abc' },
      { issue: 3, actor: 'github-actions', ref: 'https://github.com/acme/ops/commit/abc' },
    ]);
    expect(() => followupRequestsOf(push, undefined)).toThrow(/configuration/);
  });

  it('does not need the configuration for a push that changes no Markdown, or not on the default branch', () => {
    expect(followupRequestsNeedConfig(event('push', { ref: 'refs/heads/main', repository, commits: [{ added: ['src/a.ts'] }] }))).toBe(false);
    expect(followupRequestsNeedConfig(event('push', { ref: 'refs/heads/dev', repository, commits: [{ added: ['postmortems/INC-1.md'] }] }))).toBe(false);
    expect(followupRequestsOf(event('push', { ref: 'refs/heads/dev', repository, commits: [{ added: ['postmortems/INC-1.md'] }] }), undefined)).toEqual([]);
  });
});
