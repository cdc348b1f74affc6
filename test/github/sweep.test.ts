import { describe, expect, it } from 'vitest';
import { openFollowupSearches } from '../../src/github/sweep.js';

describe('openFollowupSearches', () => {
  it('searches open issues with the label in every repository at once', () => {
    expect(openFollowupSearches(['acme/web', 'acme/api'], 'incident-followup')).toEqual(['is:issue is:open label:"incident-followup" repo:acme/web repo:acme/api']);
  });

  it('searches without a label when none is configured, and not at all without repositories', () => {
    expect(openFollowupSearches(['acme/web'], undefined)).toEqual(['is:issue is:open repo:acme/web']);
    expect(openFollowupSearches([], 'incident-followup')).toEqual([]);
  });

  it('splits the repositories over as few searches as fit in 256 characters', () => {
    const repos = Array.from({ length: 20 }, (_, i) => `acme-corporation/service-number-${i}`);
    const searches = openFollowupSearches(repos, 'incident-followup');
    expect(searches.length).toBeGreaterThan(1);
    expect(searches.length).toBeLessThanOrEqual(5);
    for (const search of searches) expect(search.length).toBeLessThanOrEqual(256);
    expect(searches.flatMap((s) => s.match(/repo:\S+/g) ?? [])).toEqual(repos.map((r) => `repo:${r}`));
  });
});
