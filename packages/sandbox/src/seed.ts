/**
 * Seed files: the starting state of a sandbox (users, repositories with files, labels, issues and
 * comments), written as JSON or YAML. Without one, the sandbox starts with the default seed:
 * `acme/incidents` with a `main` branch and issue #1.
 */
import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { SandboxUsageError } from './errors.js';
import { PERMISSIONS, type Permission } from './model.js';
import type { WorkflowState } from './rules.js';

/** A user to add (the standard users alice, bob, carol, dave and mallory always exist). */
export interface SeedUser {
  login: string;
  name?: string;
  email?: string;
  /** Roles on seeded repositories: `{ "acme/incidents": "triage" }`. */
  permissions?: Record<string, Permission>;
}

/** An issue to open at start. */
export interface SeedIssue {
  title: string;
  body?: string;
  /** Login of the author (default `alice`). */
  author?: string;
  labels?: string[];
  assignees?: string[];
  state?: 'open' | 'closed';
  comments?: Array<{ author?: string; body: string }>;
}

/** A repository to create. */
export interface SeedRepo {
  /** `owner/name`. */
  name: string;
  private?: boolean;
  default_branch?: string;
  description?: string;
  /** login → role; defaults to alice admin, bob write, carol triage, dave read. */
  permissions?: Record<string, Permission>;
  /** Role of the Actions bot token (default `write` for the first repository, else `none`). */
  bot?: Permission;
  /** path → content of the first commit. */
  files?: Record<string, string>;
  labels?: Array<{ name: string; color?: string; description?: string }>;
  issues?: SeedIssue[];
  /** Pull requests merged in the past (the history suspect changes read), oldest first. */
  merged_pulls?: SeedMergedPull[];
  /** GitHub's settings in which repositories differ (see rules.ts for each default). */
  settings?: SeedRepoSettings;
}

/** A repository's settings, as a seed writes them. */
export interface SeedRepoSettings {
  /** "Allow GitHub Actions to create and approve pull requests" (default true in the sandbox; GitHub's default is false). */
  actions_can_create_pull_requests?: boolean;
  /** Secret scanning push protection (default: on for public repositories, off for private ones). */
  push_protection?: boolean;
  /** Branches that refuse direct writes (default none). */
  protected_branches?: Array<{ branch: string; kind?: 'classic' | 'ruleset'; bypass?: string[] }>;
  /** Workflow file name → state (`active`, `disabled_inactivity`, `disabled_manually`…). */
  workflow_states?: Record<string, WorkflowState>;
}

/** A GitHub App installed on repositories: its bot `<slug>[bot]` gets a token. */
export interface SeedApp {
  slug: string;
  /** Roles on seeded repositories: `{ "acme/incidents": "write" }`. */
  permissions?: Record<string, Permission>;
  /** Whether its token may read organization members (expanding @team mentions); default false. */
  reads_members?: boolean;
}

/** An organization's team, for @team mentions. */
export interface SeedTeam {
  /** `org/slug`. */
  name: string;
  members?: string[];
}

/** A pull request merged at a given time. */
export interface SeedMergedPull {
  title: string;
  body?: string;
  /** Login of the author (default `bob`). */
  author?: string;
  /** RFC 3339 time of the merge. */
  merged_at: string;
}

/** A whole seed file. */
export interface SeedFile {
  /** Start of the sandbox clock (RFC 3339). */
  clock?: string;
  users?: SeedUser[];
  /** The first repository is the one `SANDBOX_TOKEN` administers and the default of helpers. */
  repos?: SeedRepo[];
  apps?: SeedApp[];
  teams?: SeedTeam[];
  /** Sandbox-wide limits (see rules.ts `PlatformSettings`). */
  platform?: { enforce_rate_limits?: boolean; graphql_timeout_nodes?: number | null };
}


/** The seed used when none is given. */
export const DEFAULT_SEED: SeedFile = {
  repos: [
    {
      name: 'acme/incidents',
      private: true,
      default_branch: 'main',
      bot: 'write',
      files: { 'README.md': '# incidents\n\nIncident records, kept by sitrep.\n' },
      issues: [
        {
          title: 'Sandbox ready',
          body: 'This issue exists so that the sandbox starts with issue #1.',
          author: 'alice',
        },
      ],
    },
  ],
};

const LOGIN = '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$';

const SEED_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    clock: { type: 'string' },
    users: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['login'],
        properties: {
          login: { type: 'string', pattern: LOGIN },
          name: { type: 'string' },
          email: { type: 'string' },
          permissions: { type: 'object', additionalProperties: { enum: [...PERMISSIONS] } },
        },
      },
    },
    apps: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['slug'],
        properties: {
          slug: { type: 'string', pattern: LOGIN },
          permissions: { type: 'object', additionalProperties: { enum: [...PERMISSIONS] } },
          reads_members: { type: 'boolean' },
        },
      },
    },
    teams: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: { name: { type: 'string', pattern: '^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$' }, members: { type: 'array', items: { type: 'string' } } },
      },
    },
    platform: {
      type: 'object',
      additionalProperties: false,
      properties: { enforce_rate_limits: { type: 'boolean' }, graphql_timeout_nodes: { type: ['integer', 'null'], minimum: 1 } },
    },
    repos: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: { type: 'string', pattern: '^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$' },
          private: { type: 'boolean' },
          default_branch: { type: 'string', minLength: 1 },
          description: { type: 'string' },
          permissions: { type: 'object', additionalProperties: { enum: [...PERMISSIONS] } },
          bot: { enum: [...PERMISSIONS] },
          files: { type: 'object', additionalProperties: { type: 'string' } },
          labels: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name'],
              properties: { name: { type: 'string', minLength: 1 }, color: { type: 'string', pattern: '^#?[0-9a-fA-F]{6}$' }, description: { type: 'string' } },
            },
          },
          issues: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['title'],
              properties: {
                title: { type: 'string', minLength: 1 },
                body: { type: 'string' },
                author: { type: 'string' },
                labels: { type: 'array', items: { type: 'string' } },
                assignees: { type: 'array', items: { type: 'string' } },
                state: { enum: ['open', 'closed'] },
                comments: {
                  type: 'array',
                  items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['body'],
                    properties: { author: { type: 'string' }, body: { type: 'string', minLength: 1 } },
                  },
                },
              },
            },
          },
          settings: {
            type: 'object',
            additionalProperties: false,
            properties: {
              actions_can_create_pull_requests: { type: 'boolean' },
              push_protection: { type: 'boolean' },
              protected_branches: {
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['branch'],
                  properties: { branch: { type: 'string', minLength: 1 }, kind: { enum: ['classic', 'ruleset'] }, bypass: { type: 'array', items: { type: 'string' } } },
                },
              },
              workflow_states: {
                type: 'object',
                additionalProperties: { enum: ['active', 'deleted', 'disabled_fork', 'disabled_inactivity', 'disabled_manually'] },
              },
            },
          },
          merged_pulls: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['title', 'merged_at'],
              properties: {
                title: { type: 'string', minLength: 1 },
                body: { type: 'string' },
                author: { type: 'string' },
                merged_at: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$' },
              },
            },
          },
        },
      },
    },
  },
} as const;

let validator: ReturnType<Ajv['compile']> | undefined;

/** Checks a parsed seed, throwing an error that names every bad field. */
export function validateSeed(value: unknown, source = 'seed'): SeedFile {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(SEED_SCHEMA);
  if (validator(value)) return value as SeedFile;
  const problems = (validator.errors ?? []).map((e) => {
    const where = e.instancePath || '/';
    if (e.keyword === 'additionalProperties') return `${where}: unknown key "${String(e.params.additionalProperty)}"`;
    if (e.keyword === 'required') return `${where}: missing "${String(e.params.missingProperty)}"`;
    if (e.keyword === 'enum') return `${where}: must be one of ${(e.params.allowedValues as unknown[]).join(', ')}`;
    return `${where}: ${e.message ?? e.keyword}`;
  });
  throw new SandboxUsageError(`${source} is invalid:\n  ${problems.join('\n  ')}`);
}

/** Reads a seed file (`.json`, `.yml` or `.yaml`; other names are tried as YAML, a JSON superset). */
export async function readSeedFile(path: string): Promise<SeedFile> {
  const text = await readFile(path, 'utf8');
  let parsed: unknown;
  try {
    parsed = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new SandboxUsageError(`seed file ${path} is not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return validateSeed(parsed ?? {}, `seed file ${path}`);
}
