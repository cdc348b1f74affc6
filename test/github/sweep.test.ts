import { describe, expect, it } from 'vitest';
import type { Client } from '../../src/github/client.js';
import { openFollowupSearches } from '../../src/github/followup-search.js';
import { DEFAULT_SWEEP_PATHS, readOpenIncidents } from '../../src/github/sweep.js';

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

describe('readOpenIncidents', () => {
  /** A client whose GraphQL answers from `open` issue numbers, recording each request's variables and file aliases. */
  function recordingClient(open: number[], configText: string | null = null) {
    const requests: { variables: Record<string, unknown>; files: number[] }[] = [];
    const graphql = async (query: string, variables: Record<string, unknown>) => {
      const files = [...query.matchAll(/\bf(\d+): object\(expression: "HEAD:([^"]+)"\)/g)].map((m) => ({ number: Number(m[1]), path: m[2] as string }));
      requests.push({ variables, files: files.map((f) => f.number) });
      const start = variables.cursor ? Number(variables.cursor) : 0;
      const page = open.slice(start, start + 100);
      const repository: Record<string, unknown> = {
        ...(variables.firstPage ? { config: configText === null ? null : { text: configText } } : {}),
        ...(variables.readPostmortems ? { postmortems: null } : {}),
        ...(variables.listIssues
          ? {
              issues: {
                pageInfo: { hasNextPage: start + 100 < open.length, endCursor: String(start + 100) },
                nodes: page.map((n) => ({ number: n, title: `#${n}`, url: `u${n}`, createdAt: '2026-11-21T10:00:00Z', early: { nodes: [] }, recent: { pageInfo: { hasPreviousPage: false }, nodes: [] } })),
              },
            }
          : {}),
      };
      for (const f of files) repository[`f${f.number}`] = { oid: `oid-${f.path}`, text: `text of ${f.path}` };
      return { viewer: { login: 'github-actions[bot]' }, repository };
    };
    return { client: { octokit: { graphql }, counts: {}, now: () => 0 } as unknown as Client, requests };
  }

  const defaults = () => DEFAULT_SWEEP_PATHS;

  it('reads 250 open incidents and their files in ceil(250 / 100) + 1 requests, each page\'s files with the next', async () => {
    const open = Array.from({ length: 250 }, (_, i) => i + 1);
    const { client, requests } = recordingClient(open);
    const read = await readOpenIncidents(client, 'acme/incidents', '.github/sitrep.yml', defaults);
    expect(requests.map((r) => [r.variables.listIssues, r.files.length])).toEqual([[true, 0], [true, 100], [true, 100], [false, 50]]);
    expect(read.pages).toBe(4);
    expect(read.incidents.map((i) => i.file?.oid)).toEqual(open.map((n) => `oid-incidents/INC-${n}.md`));
  });

  it('with no open incident, one request', async () => {
    const { client, requests } = recordingClient([]);
    await readOpenIncidents(client, 'acme/incidents', '.github/sitrep.yml', defaults);
    expect(requests).toHaveLength(1);
  });

  it('a configured label lists the first page again; configured folders are read where the configuration says', async () => {
    const { client, requests } = recordingClient(Array.from({ length: 150 }, (_, i) => i + 1), 'label: outage\n');
    const read = await readOpenIncidents(client, 'acme/incidents', '.github/sitrep.yml', () => ({ label: 'outage', incidentsFolder: 'records', postmortemsFolder: 'docs/pm' }));
    expect(requests.map((r) => [(r.variables.labels as string[])[0], r.variables.cursor, r.files.length, r.variables.readPostmortems])).toEqual([
      ['incident', null, 0, true],
      ['outage', null, 0, true],
      ['outage', '100', 100, false],
      ['outage', null, 50, false],
    ]);
    expect(requests[1]?.variables.postmortems).toBe('HEAD:docs/pm');
    expect(read.incidents[0]?.file?.oid).toBe('oid-records/INC-1.md');
    expect(requests.length).toBeLessThanOrEqual(Math.ceil(150 / 100) + 2);
  });
});
