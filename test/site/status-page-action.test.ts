import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyResult } from '../../src/action/result.js';
import { statusPageWorkspace } from '../../src/action/status-page.js';
import { sampleFiles, SAMPLE_CONFIG, SAMPLE_NOW } from './fixtures.js';

describe('statusPageWorkspace', () => {
  let workspace: string | undefined;
  afterEach(() => {
    if (workspace) rmSync(workspace, { recursive: true, force: true });
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  function checkout(files: { path: string; text: string }[]): string {
    workspace = mkdtempSync(join(tmpdir(), 'sitrep-pages-'));
    mkdirSync(join(workspace, '.git'));
    mkdirSync(join(workspace, '.github'));
    mkdirSync(join(workspace, 'incidents'));
    writeFileSync(join(workspace, '.github/sitrep.yml'), SAMPLE_CONFIG);
    for (const file of files) writeFileSync(join(workspace, file.path), file.text);
    vi.stubEnv('GITHUB_WORKSPACE', workspace);
    return workspace;
  }

  it('builds the site into site/ of the workspace and says so in the summary', () => {
    const dir = checkout(sampleFiles());
    const result = emptyResult();
    statusPageWorkspace(result, '.github/sitrep.yml', process.env.GITHUB_WORKSPACE as string, SAMPLE_NOW);
    expect(result.errors).toBe(0);
    expect(result.notes).toEqual(['status page built in site/: 10 files, 2 published incident(s) of 3']);
    expect(readdirSync(join(dir, 'site/incidents')).sort()).toEqual(['INC-31.html', 'INC-42.html']);
  });

  it('counts an unreadable incident file as an error, annotated on the file, and builds the rest', () => {
    const dir = checkout([...sampleFiles(), { path: 'incidents/INC-9.md', text: 'no front matter\n' }]);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const result = emptyResult();
    statusPageWorkspace(result, '.github/sitrep.yml', process.env.GITHUB_WORKSPACE as string, SAMPLE_NOW);
    expect(result.errors).toBe(1);
    expect(out.mock.calls.map((c) => String(c[0])).join('')).toMatch(/^::error title=sitrep status-page,file=incidents\/INC-9\.md,line=1::left out of the status page: missing front matter/m);
    expect(readdirSync(join(dir, 'site/incidents')).sort()).toEqual(['INC-31.html', 'INC-42.html']);
  });

  it('says what is missing when the repository is not checked out', () => {
    workspace = mkdtempSync(join(tmpdir(), 'sitrep-pages-'));
    vi.stubEnv('GITHUB_WORKSPACE', workspace);
    const result = emptyResult();
    statusPageWorkspace(result, '.github/sitrep.yml', process.env.GITHUB_WORKSPACE as string, SAMPLE_NOW);
    expect(result.notes[0]).toMatch(/needs the repository checked out/);
  });
});
