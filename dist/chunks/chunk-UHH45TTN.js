import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  require_ajv,
  require_dist as require_dist2
} from "./chunk-WVRZUCUM.js";
import {
  require_dist
} from "./chunk-AGHF5XFR.js";
import {
  __toESM
} from "./chunk-O6QHYEXM.js";

// src/sandbox/seed.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";

// src/sandbox/errors.ts
var GitHubError = class extends Error {
  name = "GitHubError";
  status;
  errors;
  /** The `type` GitHub's GraphQL API gives the same failure. */
  graphqlType;
  /** Extra response headers (e.g. `retry-after`). */
  headers;
  constructor(status, message, options = {}) {
    super(message);
    this.status = status;
    this.errors = options.errors;
    this.graphqlType = options.graphqlType ?? defaultGraphqlType(status);
    this.headers = options.headers ?? {};
  }
};
function defaultGraphqlType(status) {
  if (status === 404) return "NOT_FOUND";
  if (status === 403) return "FORBIDDEN";
  if (status === 422) return "UNPROCESSABLE";
  if (status === 409) return "CONFLICT";
  return "INTERNAL";
}
var REST_DOCS_URL = "https://docs.github.com/rest";
function notFound(message = "Not Found") {
  return new GitHubError(404, message);
}
function forbidden(message, errors) {
  return new GitHubError(403, message, errors ? { errors } : {});
}
function validationFailed(errors, message = "Validation Failed") {
  return new GitHubError(422, message, { errors });
}
function invalidRequest(detail) {
  return new GitHubError(422, `Invalid request.

${detail}`);
}
function conflict(message) {
  return new GitHubError(409, message);
}
var SandboxUsageError = class extends Error {
  name = "SandboxUsageError";
};

// src/sandbox/model.ts
var PERMISSIONS = ["none", "read", "triage", "write", "maintain", "admin"];
function atLeast(held, needed) {
  return PERMISSIONS.indexOf(held) >= PERMISSIONS.indexOf(needed);
}
var STANDARD_USERS = [
  { login: "alice", name: "Alice Admin", role: "admin" },
  { login: "bob", name: "Bob Writer", role: "write" },
  { login: "carol", name: "Carol Triager", role: "triage" },
  { login: "dave", name: "Dave Reader", role: "read" },
  { login: "mallory", name: "Mallory Outsider", role: "none" }
];
var REACTION_CONTENTS = ["+1", "-1", "laugh", "confused", "heart", "hooray", "rocket", "eyes"];
var BOT_LOGIN = "github-actions[bot]";
var BOT_ID = 41898282;

// src/sandbox/seed.ts
var DEFAULT_SEED = {
  repos: [
    {
      name: "acme/incidents",
      private: true,
      default_branch: "main",
      bot: "write",
      files: { "README.md": "# incidents\n\nIncident records, kept by sitrep.\n" },
      issues: [
        {
          title: "Sandbox ready",
          body: "This issue exists so that the sandbox starts with issue #1.",
          author: "alice"
        }
      ]
    }
  ]
};
var LOGIN = "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$";
var SEED_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    clock: { type: "string" },
    users: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["login"],
        properties: {
          login: { type: "string", pattern: LOGIN },
          name: { type: "string" },
          email: { type: "string" },
          permissions: { type: "object", additionalProperties: { enum: [...PERMISSIONS] } }
        }
      }
    },
    repos: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name"],
        properties: {
          name: { type: "string", pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$" },
          private: { type: "boolean" },
          default_branch: { type: "string", minLength: 1 },
          description: { type: "string" },
          permissions: { type: "object", additionalProperties: { enum: [...PERMISSIONS] } },
          bot: { enum: [...PERMISSIONS] },
          files: { type: "object", additionalProperties: { type: "string" } },
          labels: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["name"],
              properties: { name: { type: "string", minLength: 1 }, color: { type: "string", pattern: "^#?[0-9a-fA-F]{6}$" }, description: { type: "string" } }
            }
          },
          issues: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["title"],
              properties: {
                title: { type: "string", minLength: 1 },
                body: { type: "string" },
                author: { type: "string" },
                labels: { type: "array", items: { type: "string" } },
                assignees: { type: "array", items: { type: "string" } },
                state: { enum: ["open", "closed"] },
                comments: {
                  type: "array",
                  items: {
                    type: "object",
                    additionalProperties: false,
                    required: ["body"],
                    properties: { author: { type: "string" }, body: { type: "string", minLength: 1 } }
                  }
                }
              }
            }
          },
          merged_pulls: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["title", "merged_at"],
              properties: {
                title: { type: "string", minLength: 1 },
                body: { type: "string" },
                author: { type: "string" },
                merged_at: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" }
              }
            }
          }
        }
      }
    }
  }
};
var validator;
function validateSeed(value, source = "seed") {
  validator ??= new import_ajv.Ajv({ allErrors: true, strict: false }).compile(SEED_SCHEMA);
  if (validator(value)) return value;
  const problems = (validator.errors ?? []).map((e) => {
    const where = e.instancePath || "/";
    if (e.keyword === "additionalProperties") return `${where}: unknown key "${String(e.params.additionalProperty)}"`;
    if (e.keyword === "required") return `${where}: missing "${String(e.params.missingProperty)}"`;
    if (e.keyword === "enum") return `${where}: must be one of ${e.params.allowedValues.join(", ")}`;
    return `${where}: ${e.message ?? e.keyword}`;
  });
  throw new SandboxUsageError(`${source} is invalid:
  ${problems.join("\n  ")}`);
}
async function readSeedFile(path) {
  const text = await readFile(path, "utf8");
  let parsed;
  try {
    parsed = path.endsWith(".json") ? JSON.parse(text) : (0, import_yaml.parse)(text);
  } catch (error) {
    throw new SandboxUsageError(`seed file ${path} is not valid ${path.endsWith(".json") ? "JSON" : "YAML"}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return validateSeed(parsed ?? {}, `seed file ${path}`);
}

// src/sandbox/index.ts
import { createServer } from "node:http";

// src/sandbox/clock.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
var DEFAULT_EPOCH = "2026-11-21T10:00:00Z";
function parseDuration(value) {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`duration must be finite, got ${value}`);
    return value;
  }
  const text = value.trim();
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/g)];
  const consumed = parts.map((p) => p[0]).join("");
  if (parts.length === 0 || consumed.replace(/\s/g, "") !== text.replace(/\s/g, "")) {
    throw new RangeError(`invalid duration "${value}": use e.g. 500ms, 30s, 45m, 2h, 1d or 1h30m`);
  }
  return parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * UNIT_MS[unit], 0);
}
function isoSeconds(ms) {
  return new Date(Math.floor(ms / 1e3) * 1e3).toISOString().replace(".000Z", "Z");
}
var Clock = class {
  #base;
  #realAtBase;
  #ticking;
  constructor(options = {}) {
    this.#ticking = options.ticking ?? false;
    const start = options.start ?? (this.#ticking ? Date.now() : DEFAULT_EPOCH);
    this.#base = toMs(start);
    this.#realAtBase = Date.now();
  }
  /** Current sandbox time in milliseconds since the epoch. */
  nowMs() {
    return this.#ticking ? this.#base + (Date.now() - this.#realAtBase) : this.#base;
  }
  /** Current sandbox time. */
  now() {
    return new Date(this.nowMs());
  }
  /** Current sandbox time as GitHub writes it in JSON. */
  iso() {
    return isoSeconds(this.nowMs());
  }
  /** Moves the clock to `date` (it may go backwards: tests decide). */
  set(date) {
    this.#base = toMs(date);
    this.#realAtBase = Date.now();
    return this.now();
  }
  /** Moves the clock forward by a duration (`90_000`, `'2h'`, `'1d'`). */
  advance(by) {
    const delta = parseDuration(by);
    if (delta < 0) throw new RangeError("advance() moves forward only; use set() to go back");
    return this.set(this.nowMs() + delta);
  }
};
function toMs(value) {
  const ms = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`invalid date: ${String(value)}`);
  return ms;
}

// src/sandbox/faults.ts
var MESSAGES = {
  400: "Bad Request",
  401: "Bad credentials",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  422: "Validation Failed",
  429: "Too Many Requests",
  500: "Server Error",
  502: "Server Error",
  503: "Service Unavailable",
  504: "We couldn\u2019t respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists."
};
var SECONDARY_RATE_LIMIT_MESSAGE = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.";
function onlyHolds(fault) {
  return fault.hold !== void 0 && fault.status === void 0 && !fault.secondaryRateLimit && !fault.primaryRateLimit && fault.lostResponse === void 0;
}
function faultAnswer(fault, login) {
  const headers = {};
  if (fault.secondaryRateLimit) {
    headers["retry-after"] = String(fault.retryAfter ?? 60);
    return {
      status: fault.status ?? 403,
      headers,
      body: { message: fault.message ?? SECONDARY_RATE_LIMIT_MESSAGE, documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits", status: String(fault.status ?? 403) }
    };
  }
  if (fault.primaryRateLimit) {
    const reset = Math.floor(Date.now() / 1e3) + (fault.retryAfter ?? 1);
    Object.assign(headers, { "x-ratelimit-limit": "5000", "x-ratelimit-remaining": "0", "x-ratelimit-used": "5000", "x-ratelimit-reset": String(reset), "x-ratelimit-resource": "core" });
    return {
      status: fault.status ?? 403,
      headers,
      body: {
        message: fault.message ?? `API rate limit exceeded for user ID ${login ?? "unknown"}. If you reach out to GitHub Support for help, please include the request ID.`,
        documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits",
        status: String(fault.status ?? 403)
      }
    };
  }
  const status = fault.status ?? 500;
  if (fault.retryAfter !== void 0) headers["retry-after"] = String(fault.retryAfter);
  return { status, headers, body: { message: fault.message ?? MESSAGES[status] ?? "Error", documentation_url: "https://docs.github.com/rest", status: String(status) } };
}
function matches(fault, target) {
  if (fault.method && fault.method.toUpperCase() !== target.method) return false;
  if (fault.kind && fault.kind !== target.kind) return false;
  if (fault.operation && fault.operation !== target.operation) return false;
  if (fault.path !== void 0) {
    if (typeof fault.path === "string" ? fault.path !== target.path : !fault.path.test(target.path)) return false;
  }
  return true;
}
var Faults = class {
  #next = 1;
  #active = [];
  /** Makes the next `count` (default 1) matching requests fail; returns the fault. */
  inject(spec) {
    const count = spec.count ?? 1;
    if (!Number.isInteger(count) || count < 1) throw new RangeError("fault count must be a positive integer");
    if (spec.status === void 0 && !spec.secondaryRateLimit && !spec.primaryRateLimit && spec.lostResponse === void 0 && spec.hold === void 0) {
      throw new RangeError("a fault needs a status, a rate limit, a lostResponse or a hold");
    }
    const fault = { ...spec, id: this.#next++, remaining: count };
    this.#active.push(fault);
    return fault;
  }
  /** Faults still armed. */
  get pending() {
    return this.#active.filter((f) => f.remaining > 0);
  }
  /** Consumes the first armed fault matching a request, if any. */
  take(target) {
    const fault = this.#active.find((f) => f.remaining > 0 && matches(f, target));
    if (!fault) return void 0;
    fault.remaining--;
    return fault;
  }
  /** Disarms every fault. */
  clear() {
    this.#active.length = 0;
  }
};

// src/sandbox/graphql.ts
import {
  GraphQLError as GraphQLError2,
  execute,
  getOperationAST,
  parse,
  validate
} from "graphql";

// src/sandbox/ids.ts
function nodeId(kind, ...parts) {
  return `${kind}_${Buffer.from(parts.join(":")).toString("base64url")}`;
}
function decodeNodeId(id) {
  const match = /^([A-Z]+)_([A-Za-z0-9_-]+)$/.exec(id);
  if (!match) return void 0;
  return { kind: match[1], parts: Buffer.from(match[2], "base64url").toString("utf8").split(":") };
}
var IdSequence = class {
  #next;
  constructor(start = 1000001) {
    this.#next = start;
  }
  next() {
    return this.#next++;
  }
};

// src/sandbox/graphql/connections.ts
var PREFIX = "cursor:v2:";
function encodeCursor(index, key) {
  return Buffer.from(`${PREFIX}${index}:${key}`).toString("base64");
}
function invalidCursor(cursor) {
  return new GitHubError(422, `\`${cursor}\` does not appear to be a valid cursor.`, { graphqlType: "INVALID_CURSOR_ARGUMENTS" });
}
function resolveCursor(cursor, keys) {
  const text = Buffer.from(cursor, "base64").toString("utf8");
  if (!text.startsWith(PREFIX)) throw invalidCursor(cursor);
  const rest = text.slice(PREFIX.length);
  const colon = rest.indexOf(":");
  const index = Number(rest.slice(0, colon));
  if (colon < 0 || !Number.isInteger(index)) throw invalidCursor(cursor);
  const current = keys.indexOf(rest.slice(colon + 1));
  return current >= 0 ? current : index;
}
function connection(items, args, key, toNode) {
  const keys = items.map(key);
  let start = 0;
  let end = items.length;
  if (args.after) start = Math.max(start, resolveCursor(args.after, keys) + 1);
  if (args.before) end = Math.min(end, resolveCursor(args.before, keys));
  if (end < start) end = start;
  let from = start;
  let to = end;
  for (const [name, value] of [["first", args.first], ["last", args.last]]) {
    if (value !== void 0 && value !== null && value < 0) {
      throw new GitHubError(422, `\`${name}\` must be a non-negative integer.`, { graphqlType: "INVALID_ARGUMENTS" });
    }
  }
  if (args.first !== void 0 && args.first !== null) to = Math.min(to, from + args.first);
  if (args.last !== void 0 && args.last !== null) from = Math.max(from, to - args.last);
  const page = items.slice(from, to).map((item, offset) => ({ cursor: encodeCursor(from + offset, keys[from + offset]), node: toNode(item) }));
  return {
    totalCount: items.length,
    pageInfo: {
      hasNextPage: to < end || args.before !== void 0 && args.before !== null && end < items.length && args.first == null,
      hasPreviousPage: from > start || args.after !== void 0 && args.after !== null && start > 0 && args.last == null,
      startCursor: page[0]?.cursor ?? null,
      endCursor: page[page.length - 1]?.cursor ?? null
    },
    nodes: page.map((edge) => edge.node),
    edges: page
  };
}

// src/sandbox/graphql/nodes.ts
var REACTION_ENUM = {
  "+1": "THUMBS_UP",
  "-1": "THUMBS_DOWN",
  laugh: "LAUGH",
  confused: "CONFUSED",
  heart: "HEART",
  hooray: "HOORAY",
  rocket: "ROCKET",
  eyes: "EYES"
};
function reactionFromEnum(value) {
  const found = REACTION_CONTENTS.find((content) => REACTION_ENUM[content] === value);
  if (!found) throw new GitHubError(422, `unknown reaction ${value}`, { graphqlType: "UNPROCESSABLE" });
  return found;
}
var ITEM_TYPE = {
  commented: "ISSUE_COMMENT",
  labeled: "LABELED_EVENT",
  unlabeled: "UNLABELED_EVENT",
  assigned: "ASSIGNED_EVENT",
  unassigned: "UNASSIGNED_EVENT",
  closed: "CLOSED_EVENT",
  reopened: "REOPENED_EVENT",
  renamed: "RENAMED_TITLE_EVENT",
  "cross-referenced": "CROSS_REFERENCED_EVENT",
  merged: "MERGED_EVENT",
  review_requested: "REVIEW_REQUESTED_EVENT",
  review_request_removed: "REVIEW_REQUEST_REMOVED_EVENT"
};
function byCreation(direction) {
  const sign = direction === "DESC" ? -1 : 1;
  return (a, b) => sign * (Date.parse(a.createdAt) - Date.parse(b.createdAt));
}
function bodyText(markdown) {
  return markdown.replace(/<!--[\s\S]*?-->/g, "").replace(/[*_`#>]/g, "").trim();
}
var GraphNodes = class {
  constructor(state, views, viewer) {
    this.state = state;
    this.views = views;
    this.viewer = viewer;
  }
  state;
  views;
  viewer;
  get web() {
    return this.state.urls.web;
  }
  // ---------------------------------------------------------------- accounts
  /** An Actor: a User, a Bot (login without `[bot]`, as GitHub's GraphQL shows it) or an Organization. */
  actor(login) {
    if (login === null) return null;
    const account2 = this.state.findAccount(login);
    if (!account2) return null;
    const common = {
      id: account2.nodeId,
      databaseId: account2.id,
      createdAt: account2.createdAt,
      updatedAt: account2.createdAt,
      avatarUrl: () => `${this.web}/avatars/u/${account2.id}?v=4`
    };
    if (account2.type === "Bot") {
      const login2 = account2.login.replace(/\[bot\]$/, "");
      return { __typename: "Bot", ...common, login: login2, url: `${this.web}/apps/${login2}`, resourcePath: `/apps/${login2}` };
    }
    if (account2.type === "Organization") {
      return { __typename: "Organization", ...common, login: account2.login, name: account2.name, email: account2.email, url: `${this.web}/${account2.login}`, resourcePath: `/${account2.login}` };
    }
    return this.user(account2);
  }
  /** A User object (also what `viewer` is, even for the bot token). */
  user(account2) {
    return {
      __typename: "User",
      id: account2.nodeId,
      databaseId: account2.id,
      login: account2.login,
      name: account2.name,
      email: account2.email ?? "",
      bio: null,
      company: null,
      location: null,
      isSiteAdmin: false,
      isViewer: account2.login === this.viewer.login,
      createdAt: account2.createdAt,
      updatedAt: account2.createdAt,
      url: `${this.web}/${account2.login}`,
      resourcePath: `/${account2.login}`,
      avatarUrl: () => `${this.web}/avatars/u/${account2.id}?v=4`
    };
  }
  /** The User for a login, or null for bots and organizations (fields typed `User`). */
  userOnly(login) {
    const account2 = login ? this.state.findAccount(login) : void 0;
    return account2?.type === "User" ? this.user(account2) : null;
  }
  // ---------------------------------------------------------------- repositories
  /** Finds a repository for the viewer; GitHub's NOT_FOUND when it may not see it. */
  findRepository(owner, name) {
    const repo2 = this.state.findRepo(`${owner}/${name}`);
    const visible = repo2 && this.state.permission(repo2, this.viewer.login) !== "none";
    if (!repo2 || !visible) throw new GitHubError(404, `Could not resolve to a Repository with the name '${owner}/${name}'.`);
    return repo2;
  }
  repository(repo2) {
    const role = this.state.permission(repo2, this.viewer.login);
    return {
      __typename: "Repository",
      id: repo2.nodeId,
      databaseId: repo2.id,
      name: repo2.name,
      nameWithOwner: repo2.fullName,
      owner: this.actor(repo2.owner),
      description: repo2.description,
      url: `${this.web}/${repo2.fullName}`,
      resourcePath: `/${repo2.fullName}`,
      isPrivate: repo2.private,
      visibility: repo2.private ? "PRIVATE" : "PUBLIC",
      isArchived: false,
      isDisabled: false,
      isFork: false,
      isTemplate: false,
      hasIssuesEnabled: true,
      createdAt: repo2.createdAt,
      updatedAt: repo2.updatedAt,
      pushedAt: repo2.pushedAt,
      viewerPermission: role === "none" ? null : role.toUpperCase(),
      viewerCanAdminister: role === "admin",
      defaultBranchRef: () => this.ref(repo2, `refs/heads/${repo2.defaultBranch}`),
      ref: ({ qualifiedName }) => {
        const qualified = qualifiedName.startsWith("refs/") ? qualifiedName : `refs/heads/${qualifiedName}`;
        return repo2.git.refs.has(qualified) ? this.ref(repo2, qualified) : null;
      },
      object: (args) => this.#object(repo2, args),
      labels: (args) => {
        const query = args.query?.toLowerCase();
        let labels = repo2.labels.filter((l) => !query || l.name.toLowerCase().includes(query) || (l.description ?? "").toLowerCase().includes(query));
        if (args.orderBy?.field === "NAME") labels = [...labels].sort((a, b) => a.name.localeCompare(b.name));
        if (args.orderBy?.direction === "DESC") labels = [...labels].reverse();
        return connection(labels, args, (l) => String(l.id), (l) => this.label(repo2, l));
      },
      label: ({ name }) => {
        const label = this.state.findLabel(repo2, name);
        return label ? this.label(repo2, label) : null;
      },
      issue: ({ number }) => {
        const issue2 = repo2.issues.get(number);
        if (!issue2 || issue2.pull) throw new GitHubError(404, `Could not resolve to an Issue with the number of ${number}.`);
        return this.issue(repo2, issue2);
      },
      pullRequest: ({ number }) => {
        const issue2 = repo2.issues.get(number);
        if (!issue2?.pull) throw new GitHubError(404, `Could not resolve to a PullRequest with the number of ${number}.`);
        return this.pullRequest(repo2, issue2);
      },
      issueOrPullRequest: ({ number }) => {
        const issue2 = repo2.issues.get(number);
        if (!issue2) throw new GitHubError(404, `Could not resolve to an issue or pull request with the number of ${number}.`);
        return this.issueLike(repo2, issue2);
      },
      issues: (args) => this.#issues(repo2, args),
      pullRequests: (args) => this.#pulls(repo2, args)
    };
  }
  /** Issues or pull requests, filtered and ordered as `Repository.issues` does. */
  #issues(repo2, args) {
    const filter = args.filterBy ?? {};
    const states = args.states ?? filter.states ?? null;
    const labels = (args.labels ?? filter.labels ?? null)?.map((l) => l.toLowerCase()) ?? null;
    const since = filter.since ? Date.parse(filter.since) : void 0;
    let issues = [...repo2.issues.values()].filter((issue2) => {
      if (issue2.pull) return false;
      if (states && !states.includes(issue2.state.toUpperCase())) return false;
      if (labels && !issue2.labels.some((l) => labels.includes(l.toLowerCase()))) return false;
      if (since !== void 0 && Date.parse(issue2.updatedAt) < since) return false;
      if (filter.createdBy && issue2.author.toLowerCase() !== filter.createdBy.toLowerCase()) return false;
      if (filter.assignee && !issue2.assignees.some((a) => a.toLowerCase() === filter.assignee.toLowerCase())) return false;
      if (filter.mentioned && !new RegExp(`@${filter.mentioned}\\b`, "i").test(issue2.body ?? "")) return false;
      return true;
    });
    issues = sortIssues(issues, args.orderBy);
    return connection(issues, args, (i) => String(i.number), (i) => this.issue(repo2, i));
  }
  #pulls(repo2, args) {
    const labels = args.labels?.map((l) => l.toLowerCase()) ?? null;
    let pulls = [...repo2.issues.values()].filter((i) => {
      if (!i.pull) return false;
      const state = i.pull.merged ? "MERGED" : i.state.toUpperCase();
      if (args.states && !args.states.includes(state)) return false;
      if (args.headRefName && i.pull.headRef !== args.headRefName) return false;
      if (args.baseRefName && i.pull.baseRef !== args.baseRefName) return false;
      if (labels && !i.labels.some((l) => labels.includes(l.toLowerCase()))) return false;
      return true;
    });
    pulls = sortIssues(pulls, args.orderBy);
    return connection(pulls, args, (i) => String(i.number), (i) => this.pullRequest(repo2, i));
  }
  // ---------------------------------------------------------------- git
  ref(repo2, qualified) {
    const sha = repo2.git.refs.get(qualified);
    if (!sha) return null;
    const slash = qualified.indexOf("/", "refs/".length);
    return {
      __typename: "Ref",
      id: nodeId("REF", repo2.id, qualified),
      name: qualified.slice(slash + 1),
      prefix: qualified.slice(0, slash + 1),
      target: () => this.gitObject(repo2, sha),
      repository: () => this.repository(repo2),
      associatedPullRequests: (args) => this.#pulls(repo2, { ...args, headRefName: qualified.startsWith("refs/heads/") ? qualified.slice("refs/heads/".length) : "\0" })
    };
  }
  /** `Repository.object(expression: "main:path/to/file" | oid)`. */
  #object(repo2, args) {
    if (args.oid) return repo2.git.get(args.oid) ? this.gitObject(repo2, args.oid) : null;
    const expression = args.expression ?? "";
    const colon = expression.indexOf(":");
    const rev = colon < 0 ? expression : expression.slice(0, colon);
    const commitSha = this.state.resolveCommitish(repo2, rev === "HEAD" || rev === "" ? repo2.defaultBranch : rev);
    if (!commitSha) return null;
    if (colon < 0) return this.gitObject(repo2, commitSha);
    const entry = repo2.git.lookup(repo2.git.getCommit(commitSha).tree, expression.slice(colon + 1));
    return entry ? this.gitObject(repo2, entry.sha, commitSha) : null;
  }
  /** A Commit, Tree or Blob by oid. */
  gitObject(repo2, sha, commitSha) {
    const object = repo2.git.get(sha);
    if (!object) return null;
    const commitUrl = `${this.web}/${repo2.fullName}/commit/${commitSha ?? sha}`;
    const common = { oid: sha, abbreviatedOid: sha.slice(0, 7), repository: () => this.repository(repo2), commitUrl, commitResourcePath: new URL(commitUrl).pathname };
    if (object.type === "blob") {
      const isBinary = object.content.includes(0);
      return {
        __typename: "Blob",
        id: nodeId("B", repo2.id, sha),
        ...common,
        byteSize: object.content.length,
        isBinary,
        isTruncated: false,
        text: isBinary ? null : object.content.toString("utf8")
      };
    }
    if (object.type === "tree") {
      return {
        __typename: "Tree",
        id: nodeId("T", repo2.id, sha),
        ...common,
        entries: object.entries.map((entry) => ({
          name: entry.name,
          nameRaw: Buffer.from(entry.name).toString("base64"),
          path: entry.name,
          pathRaw: Buffer.from(entry.name).toString("base64"),
          type: entry.type,
          mode: parseInt(entry.mode, 8),
          oid: entry.sha,
          extension: entry.type === "blob" && entry.name.includes(".") ? entry.name.slice(entry.name.lastIndexOf(".")) : null,
          isGenerated: false,
          size: entry.type === "blob" ? repo2.git.getBlob(entry.sha)?.content.length ?? 0 : 0,
          lineCount: entry.type === "blob" ? repo2.git.getBlob(entry.sha)?.content.toString("utf8").split("\n").length ?? 0 : null,
          submodule: null,
          language: null,
          object: () => this.gitObject(repo2, entry.sha, commitSha),
          repository: () => this.repository(repo2)
        }))
      };
    }
    const commit = object;
    const [headline = "", ...rest] = commit.message.split("\n");
    const gitActor = (who) => ({
      name: who.name,
      email: who.email,
      date: who.date,
      user: this.#userByEmail(who.email),
      avatarUrl: () => `${this.web}/avatars/u/0?v=4`
    });
    return {
      __typename: "Commit",
      id: nodeId("C", repo2.id, sha),
      ...common,
      commitUrl: `${this.web}/${repo2.fullName}/commit/${sha}`,
      url: `${this.web}/${repo2.fullName}/commit/${sha}`,
      resourcePath: `/${repo2.fullName}/commit/${sha}`,
      message: commit.message,
      messageHeadline: headline,
      messageBody: rest.join("\n").trim(),
      committedDate: commit.committer.date,
      authoredDate: commit.author.date,
      author: gitActor(commit.author),
      committer: gitActor(commit.committer),
      tree: () => this.gitObject(repo2, commit.tree, sha),
      parents: (args) => connection(commit.parents, args, (p) => p, (p) => this.gitObject(repo2, p))
    };
  }
  #userByEmail(email) {
    for (const account2 of this.state.accounts.values()) {
      if (account2.type !== "User") continue;
      if (account2.email === email || `${account2.id}+${account2.login}@users.noreply.github.com` === email) return this.user(account2);
    }
    return null;
  }
  // ---------------------------------------------------------------- labels, reactions
  label(repo2, label) {
    return {
      __typename: "Label",
      id: label.nodeId,
      name: label.name,
      color: label.color,
      description: label.description,
      isDefault: label.isDefault,
      createdAt: label.createdAt,
      updatedAt: label.updatedAt,
      url: `${this.web}/${repo2.fullName}/labels/${encodeURIComponent(label.name)}`,
      resourcePath: `/${repo2.fullName}/labels/${encodeURIComponent(label.name)}`,
      repository: () => this.repository(repo2)
    };
  }
  /** A label as an event saw it (the label may have been renamed or deleted since). */
  #eventLabel(repo2, snapshot) {
    const label = this.state.findLabel(repo2, snapshot.name);
    if (label) return this.label(repo2, label);
    const ghost = {
      id: 0,
      nodeId: nodeId("LA", repo2.id, snapshot.name),
      name: snapshot.name,
      color: snapshot.color,
      description: null,
      isDefault: false,
      createdAt: repo2.createdAt,
      updatedAt: repo2.createdAt
    };
    return this.label(repo2, ghost);
  }
  reaction(reaction, subject) {
    return {
      __typename: "Reaction",
      id: reaction.nodeId,
      databaseId: reaction.id,
      content: REACTION_ENUM[reaction.content],
      createdAt: reaction.createdAt,
      user: this.userOnly(reaction.user),
      reactable: subject
    };
  }
  /** `reactions`, `reactionGroups` and `viewerCanReact` of a Reactable. */
  #reactable(reactions, self) {
    return {
      viewerCanReact: true,
      reactions: (args) => {
        const list = reactions.filter((r) => !args.content || REACTION_ENUM[r.content] === args.content);
        return connection(list, args, (r) => String(r.id), (r) => this.reaction(r, self));
      },
      reactionGroups: () => REACTION_CONTENTS.map((content) => {
        const group = reactions.filter((r) => r.content === content);
        return {
          content: REACTION_ENUM[content],
          createdAt: group[0]?.createdAt ?? null,
          viewerHasReacted: group.some((r) => r.user === this.viewer.login),
          subject: self,
          reactors: (args) => connection(group, args, (r) => String(r.id), (r) => this.actor(r.user)),
          users: (args) => connection(group.filter((r) => this.userOnly(r.user)), args, (r) => String(r.id), (r) => this.userOnly(r.user))
        };
      })
    };
  }
  // ---------------------------------------------------------------- issues and pull requests
  /** An Issue or a PullRequest, whichever this number is. */
  issueLike(repo2, issue2) {
    return issue2.pull ? this.pullRequest(repo2, issue2) : this.issue(repo2, issue2);
  }
  /** Fields Issue and PullRequest share. */
  #issueFields(repo2, issue2, self) {
    const isViewerAuthor = issue2.author === this.viewer.login;
    const canTriage = ["triage", "write", "maintain", "admin"].includes(this.state.permission(repo2, this.viewer.login));
    const html = this.views.issueHtmlUrl(repo2, issue2);
    return {
      number: issue2.number,
      title: issue2.title,
      titleHTML: issue2.title,
      body: issue2.body ?? "",
      bodyText: bodyText(issue2.body ?? ""),
      url: html,
      resourcePath: new URL(html).pathname,
      closed: issue2.state === "closed",
      closedAt: issue2.closedAt,
      createdAt: issue2.createdAt,
      updatedAt: issue2.updatedAt,
      publishedAt: issue2.createdAt,
      lastEditedAt: null,
      locked: issue2.locked,
      activeLockReason: null,
      author: () => this.actor(issue2.author),
      authorAssociation: this.views.authorAssociation(repo2, issue2.author),
      editor: null,
      includesCreatedEdit: false,
      createdViaEmail: false,
      viewerDidAuthor: isViewerAuthor,
      viewerCanUpdate: isViewerAuthor || canTriage,
      viewerCanClose: isViewerAuthor || canTriage,
      viewerCanReopen: isViewerAuthor || canTriage,
      viewerCanDelete: this.state.permission(repo2, this.viewer.login) === "admin",
      milestone: null,
      repository: () => this.repository(repo2),
      labels: (args) => {
        let labels = this.state.issueLabels(repo2, issue2);
        if (args.orderBy?.field === "NAME") labels = [...labels].sort((a, b) => a.name.localeCompare(b.name));
        if (args.orderBy?.direction === "DESC") labels = [...labels].reverse();
        return connection(labels, args, (l) => String(l.id), (l) => this.label(repo2, l));
      },
      assignees: (args) => connection(issue2.assignees, args, (a) => a, (a) => this.userOnly(a)),
      participants: (args) => {
        const logins = [.../* @__PURE__ */ new Set([issue2.author, ...this.state.listComments(repo2, issue2).map((c) => c.author)])];
        const users = logins.filter((l) => this.userOnly(l));
        return connection(users, args, (l) => l, (l) => this.userOnly(l));
      },
      comments: (args) => {
        const comments = [...this.state.listComments(repo2, issue2)].sort(byCreation(args.orderBy?.direction ?? void 0));
        return connection(comments, args, (c) => String(c.id), (c) => this.comment(repo2, c));
      },
      ...this.#reactable(issue2.reactions, self)
    };
  }
  issue(repo2, issue2) {
    const self = () => this.issue(repo2, issue2);
    return {
      __typename: "Issue",
      id: issue2.nodeId,
      databaseId: issue2.id,
      fullDatabaseId: String(issue2.id),
      ...this.#issueFields(repo2, issue2, self),
      state: issue2.state.toUpperCase(),
      stateReason: issue2.stateReason ? issue2.stateReason.toUpperCase() : null,
      isPinned: false,
      timelineItems: (args) => this.#timeline(repo2, issue2, args)
    };
  }
  pullRequest(repo2, pull2) {
    const self = () => this.pullRequest(repo2, pull2);
    const baseTip = repo2.git.refs.get(`refs/heads/${pull2.pull.baseRef}`) ?? pull2.pull.headSha;
    const files = () => this.state.pullFiles(repo2, pull2);
    const rest = () => this.views.pull(repo2, pull2, true);
    return {
      __typename: "PullRequest",
      id: pull2.pullNodeId,
      databaseId: pull2.pullId,
      fullDatabaseId: String(pull2.pullId),
      ...this.#issueFields(repo2, pull2, self),
      state: pull2.pull.merged ? "MERGED" : pull2.state.toUpperCase(),
      merged: pull2.pull.merged,
      mergedAt: pull2.pull.mergedAt,
      mergedBy: () => this.actor(pull2.pull.mergedBy),
      mergeCommit: () => pull2.pull.mergeCommitSha ? this.gitObject(repo2, pull2.pull.mergeCommitSha) : null,
      mergeable: () => pull2.state !== "open" ? "UNKNOWN" : rest().mergeable === false ? "CONFLICTING" : "MERGEABLE",
      headRefName: pull2.pull.headRef,
      headRefOid: pull2.pull.headSha,
      baseRefName: pull2.pull.baseRef,
      baseRefOid: baseTip,
      headRepository: () => this.repository(repo2),
      baseRepository: () => this.repository(repo2),
      isDraft: pull2.pull.draft,
      permalink: this.views.issueHtmlUrl(repo2, pull2),
      changedFiles: () => files().length,
      additions: () => files().reduce((sum, f) => sum + f.additions, 0),
      deletions: () => files().reduce((sum, f) => sum + f.deletions, 0),
      files: (args) => connection(files(), args, (f) => f.path, (f) => ({
        path: f.path,
        additions: f.additions,
        deletions: f.deletions,
        changeType: f.status === "added" ? "ADDED" : f.status === "removed" ? "DELETED" : "MODIFIED",
        viewerViewedState: "UNVIEWED"
      })),
      reviewRequests: (args) => connection(pull2.pull.requestedReviewers, args, (login) => login, (login) => ({
        id: nodeId("EV", pull2.pullId ?? 0, login),
        databaseId: null,
        asCodeOwner: false,
        requestedReviewer: this.actor(login),
        pullRequest: self
      })),
      timelineItems: (args) => this.#timeline(repo2, pull2, args)
    };
  }
  // ---------------------------------------------------------------- comments
  comment(repo2, comment2) {
    const self = () => this.comment(repo2, comment2);
    const issue2 = repo2.issues.get(comment2.issueNumber);
    const isViewerAuthor = comment2.author === this.viewer.login;
    const canWrite = ["write", "maintain", "admin"].includes(this.state.permission(repo2, this.viewer.login));
    const issueHtml = issue2 ? this.views.issueHtmlUrl(repo2, issue2) : `${this.web}/${repo2.fullName}/issues/${comment2.issueNumber}`;
    const url = `${issueHtml}#issuecomment-${comment2.id}`;
    return {
      __typename: "IssueComment",
      id: comment2.nodeId,
      databaseId: comment2.id,
      fullDatabaseId: String(comment2.id),
      url,
      resourcePath: new URL(url).pathname + new URL(url).hash,
      body: comment2.body,
      bodyText: bodyText(comment2.body),
      createdAt: comment2.createdAt,
      updatedAt: comment2.updatedAt,
      publishedAt: comment2.createdAt,
      lastEditedAt: comment2.lastEditedAt,
      includesCreatedEdit: comment2.lastEditedAt !== null,
      createdViaEmail: false,
      author: () => this.actor(comment2.author),
      authorAssociation: this.views.authorAssociation(repo2, comment2.author),
      editor: () => comment2.lastEditedAt ? this.actor(comment2.author) : null,
      viewerDidAuthor: isViewerAuthor,
      viewerCanUpdate: isViewerAuthor || canWrite,
      viewerCanDelete: isViewerAuthor || canWrite,
      viewerCanMinimize: canWrite,
      isMinimized: false,
      minimizedReason: null,
      issue: () => issue2 ? this.issue(repo2, issue2) : null,
      pullRequest: () => issue2?.pull ? this.pullRequest(repo2, issue2) : null,
      repository: () => this.repository(repo2),
      ...this.#reactable(comment2.reactions, self)
    };
  }
  // ---------------------------------------------------------------- timeline
  #timeline(repo2, issue2, args) {
    const types = args.itemTypes ?? null;
    const since = args.since ? Date.parse(args.since) : void 0;
    const typed = issue2.timeline.filter((e) => this.#timelineItemExists(repo2, e) && (!types || types.includes(ITEM_TYPE[e.event])));
    const filtered = typed.filter((e) => since === void 0 || Date.parse(e.createdAt) >= since).slice(args.skip ?? 0);
    const result = connection(filtered, args, (e) => String(e.id), (e) => this.timelineItem(repo2, issue2, e));
    return {
      ...result,
      totalCount: typed.length,
      filteredCount: filtered.length,
      pageCount: result.nodes.length,
      updatedAt: issue2.updatedAt
    };
  }
  #timelineItemExists(repo2, event) {
    if (event.event === "commented") return repo2.comments.has(event.commentId);
    if (event.event === "cross-referenced") return Boolean(this.state.findRepo(event.source.repo)?.issues.get(event.source.number));
    return true;
  }
  /** One timeline item as its GraphQL event type. */
  timelineItem(repo2, issue2, event) {
    const subject = () => this.issueLike(repo2, issue2);
    const common = { id: event.nodeId, createdAt: event.createdAt, actor: () => this.actor(event.actor) };
    const html = this.views.issueHtmlUrl(repo2, issue2);
    const eventUrl = `${html}#event-${event.id}`;
    switch (event.event) {
      case "commented":
        return this.comment(repo2, repo2.comments.get(event.commentId));
      case "labeled":
      case "unlabeled":
        return { __typename: event.event === "labeled" ? "LabeledEvent" : "UnlabeledEvent", ...common, label: this.#eventLabel(repo2, event.label), labelable: subject };
      case "assigned":
      case "unassigned":
        return {
          __typename: event.event === "assigned" ? "AssignedEvent" : "UnassignedEvent",
          ...common,
          assignee: () => this.actor(event.assignee),
          user: () => this.userOnly(event.assignee),
          assignable: subject
        };
      case "closed":
        return {
          __typename: "ClosedEvent",
          ...common,
          closable: subject,
          // Closed by a merged pull request ("Fixes #n"): GitHub names the pull request.
          closer: () => {
            const pull2 = event.closer ? this.state.findRepo(event.closer.repo)?.issues.get(event.closer.number) : void 0;
            if (pull2?.pull) return this.pullRequest(this.state.findRepo(event.closer.repo), pull2);
            return event.commitId ? this.gitObject(repo2, event.commitId) : null;
          },
          stateReason: event.stateReason ? event.stateReason.toUpperCase() : null,
          url: eventUrl,
          resourcePath: new URL(eventUrl).pathname
        };
      case "reopened":
        return { __typename: "ReopenedEvent", ...common, closable: subject, stateReason: "REOPENED" };
      case "renamed":
        return { __typename: "RenamedTitleEvent", ...common, previousTitle: event.from, currentTitle: event.to, subject };
      case "cross-referenced": {
        const sourceRepo = this.state.findRepo(event.source.repo);
        const source = sourceRepo.issues.get(event.source.number);
        return {
          __typename: "CrossReferencedEvent",
          ...common,
          referencedAt: event.createdAt,
          isCrossRepository: sourceRepo !== repo2,
          willCloseTarget: false,
          source: () => this.issueLike(sourceRepo, source),
          target: subject,
          url: eventUrl,
          resourcePath: new URL(eventUrl).pathname
        };
      }
      case "merged":
        return {
          __typename: "MergedEvent",
          ...common,
          commit: () => this.gitObject(repo2, event.commitId),
          mergeRefName: issue2.pull?.baseRef ?? repo2.defaultBranch,
          mergeRef: () => this.ref(repo2, `refs/heads/${issue2.pull?.baseRef ?? repo2.defaultBranch}`),
          pullRequest: subject,
          url: eventUrl,
          resourcePath: new URL(eventUrl).pathname
        };
      case "review_requested":
      case "review_request_removed":
        return {
          __typename: event.event === "review_requested" ? "ReviewRequestedEvent" : "ReviewRequestRemovedEvent",
          ...common,
          requestedReviewer: () => this.actor(event.reviewer),
          pullRequest: subject
        };
    }
  }
  // ---------------------------------------------------------------- global ids
  /** Resolves a global node id for `node(id:)` and mutations; GitHub's NOT_FOUND otherwise. */
  resolveNode(id) {
    const decoded = decodeNodeId(id);
    const fail = () => new GitHubError(404, `Could not resolve to a node with the global id of '${id}'`);
    if (!decoded) throw fail();
    const { kind, parts } = decoded;
    const numeric = Number(parts[0]);
    const visible = (repo2) => this.state.permission(repo2, this.viewer.login) !== "none";
    for (const repo2 of this.state.repos.values()) {
      if (!visible(repo2)) continue;
      if (kind === "R" && repo2.id === numeric) return { repo: repo2, object: this.repository(repo2) };
      if (kind === "I" || kind === "PR") {
        const issue2 = [...repo2.issues.values()].find((i) => (kind === "I" ? i.id : i.pullId) === numeric);
        if (issue2) return { repo: repo2, issue: issue2, object: kind === "PR" ? this.pullRequest(repo2, issue2) : this.issue(repo2, issue2) };
      }
      if (kind === "IC") {
        const comment2 = repo2.comments.get(numeric);
        if (comment2) return { repo: repo2, comment: comment2, object: this.comment(repo2, comment2) };
      }
      if (kind === "LA") {
        const label = repo2.labels.find((l) => l.id === numeric);
        if (label) return { repo: repo2, label, object: this.label(repo2, label) };
      }
    }
    if (kind === "U" || kind === "BOT" || kind === "O") {
      const account2 = [...this.state.accounts.values()].find((a) => a.id === numeric);
      const object = account2 ? this.actor(account2.login) : null;
      if (account2 && object) return { account: account2, object };
    }
    throw fail();
  }
  /** `node(id:)` answers null for an unknown id, with GitHub's NOT_FOUND error. */
  node(id) {
    return this.resolveNode(id).object;
  }
  /** The account behind a user node id (for assigneeIds). */
  accountForNode(id) {
    const { account: account2 } = this.resolveNode(id);
    if (!account2) throw notFound(`Could not resolve to a User with the global id of '${id}'`);
    return account2;
  }
  /**
   * The viewer as `Query.viewer` shows it: always a User, so for the workflow token GitHub answers
   * the login with its `[bot]` suffix (unlike Actor fields, where the bot is `github-actions`).
   */
  viewerObject() {
    return this.user(this.viewer);
  }
};
function sortIssues(issues, orderBy) {
  const field = orderBy?.field ?? "CREATED_AT";
  const sign = orderBy?.direction === "DESC" ? -1 : 1;
  const key = (i) => field === "UPDATED_AT" ? Date.parse(i.updatedAt) : field === "COMMENTS" ? i.commentIds.length : Date.parse(i.createdAt);
  return [...issues].sort((a, b) => sign * (key(a) - key(b) || a.number - b.number));
}

// src/sandbox/graphql/limits.ts
import {
  Kind,
  TypeInfo,
  getNamedType,
  isObjectType,
  visit,
  visitWithTypeInfo
} from "graphql";
var MAX_PAGE = 100;
function selectsAny(selectionSet, names, fragments, seen = /* @__PURE__ */ new Set()) {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD && names.has(selection.name.value)) return true;
    if (selection.kind === Kind.INLINE_FRAGMENT && selectsAny(selection.selectionSet, names, fragments, seen)) return true;
    if (selection.kind === Kind.FRAGMENT_SPREAD && !seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      if (selectsAny(fragments.get(selection.name.value)?.selectionSet, names, fragments, seen)) return true;
    }
  }
  return false;
}
function argumentValue(node, variables) {
  if (!node) return void 0;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.NULL) return null;
  return void 0;
}
function paginationErrors(schema, document, variables) {
  const fragments = /* @__PURE__ */ new Map();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const errors = [];
  const typeInfo = new TypeInfo(schema);
  const path = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: {
        enter(node) {
          path.push(node.operation);
        },
        leave() {
          path.pop();
        }
      },
      Field: {
        enter(node) {
          path.push(node.alias?.value ?? node.name.value);
          const type = typeInfo.getType();
          const named = type ? getNamedType(type) : void 0;
          if (!named || !isObjectType(named) || !named.name.endsWith("Connection")) return;
          const fields = named.getFields();
          if (!("nodes" in fields) && !("edges" in fields)) return;
          if (!selectsAny(node.selectionSet, /* @__PURE__ */ new Set(["nodes", "edges"]), fragments)) return;
          const arg = (name) => argumentValue(node.arguments?.find((a) => a.name.value === name)?.value, variables);
          const first = arg("first");
          const last = arg("last");
          const location = node.loc ? [{ line: node.loc.startToken.line, column: node.loc.startToken.column }] : void 0;
          const where = { path: [...path], ...location ? { locations: location } : {} };
          if ((first === void 0 || first === null) && (last === void 0 || last === null)) {
            errors.push({
              type: "MISSING_PAGINATION_BOUNDARIES",
              ...where,
              message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${node.name.value}\` connection.`
            });
            return;
          }
          for (const [name, value] of [["first", first], ["last", last]]) {
            if (typeof value === "number" && value > MAX_PAGE) {
              errors.push({
                type: "EXCESSIVE_PAGINATION",
                ...where,
                message: `Requesting ${value} records on the \`${node.name.value}\` connection exceeds the \`${name}\` limit of ${MAX_PAGE} records.`
              });
            }
          }
        },
        leave() {
          path.pop();
        }
      }
    })
  );
  return errors;
}

// src/sandbox/graphql/root.ts
function mutationId(input) {
  return input.clientMutationId ?? null;
}
function wrongKind(id, expected) {
  return new GitHubError(422, `Could not resolve to ${expected} with the global id of '${id}'`, { graphqlType: "NOT_FOUND" });
}
function unsearchable() {
  return new GitHubError(
    422,
    "The listed users and repositories cannot be searched either because the resources do not exist or you do not have permission to view them.",
    { graphqlType: "INVALID" }
  );
}
var SEARCH_DATE = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/;
function dateBound(text, end) {
  if (text === "*") return end === "start" ? -Infinity : Infinity;
  const match = SEARCH_DATE.exec(text);
  if (!match) return void 0;
  if (match[2]) return Date.parse(/(?:Z|[+-]\d{2}:\d{2})$/.test(match[2]) ? text : `${text}Z`);
  const day = Date.parse(`${match[1]}T00:00:00Z`);
  return end === "start" ? day : day + 864e5 - 1;
}
function dateRange(value) {
  const dots = value.indexOf("..");
  if (dots >= 0) {
    const from = dateBound(value.slice(0, dots), "start");
    const to = dateBound(value.slice(dots + 2), "end");
    return from === void 0 || to === void 0 ? void 0 : { from, to };
  }
  const op = /^(>=|<=|>|<)?(.*)$/.exec(value);
  const start = dateBound(op[2], "start");
  const end = dateBound(op[2], "end");
  if (start === void 0 || end === void 0) return void 0;
  switch (op[1]) {
    case ">=":
      return { from: start, to: Infinity };
    case ">":
      return { from: end + 1, to: Infinity };
    case "<=":
      return { from: -Infinity, to: end };
    case "<":
      return { from: -Infinity, to: start - 1 };
    default:
      return { from: start, to: end };
  }
}
function within(at, range) {
  if (range === void 0) return true;
  if (range === null || at === null) return false;
  const ms = Date.parse(at);
  return ms >= range.from && ms <= range.to;
}
function searchIssues(nodes, query) {
  const tokens = query.match(/(?:[^\s"]+:"[^"]*"|"[^"]*"|\S+)/g) ?? [];
  const repos = [];
  const labels = [];
  const text = [];
  let state;
  let kind;
  let author;
  let assignee;
  let sort = "created-desc";
  const dates = {
    merged: void 0,
    created: void 0,
    closed: void 0,
    updated: void 0
  };
  for (const token of tokens) {
    const [key2, ...rest] = token.split(":");
    const value = rest.join(":").replace(/^"|"$/g, "");
    if (rest.length === 0) text.push(token.replace(/^"|"$/g, "").toLowerCase());
    else if (key2 === "repo") repos.push(value.toLowerCase());
    else if (key2 === "label") labels.push(value.toLowerCase());
    else if (key2 === "is" && (value === "open" || value === "closed" || value === "merged")) state = value;
    else if (key2 === "is" && (value === "issue" || value === "pr")) kind = value;
    else if (key2 === "type" && (value === "issue" || value === "pr")) kind = value;
    else if (key2 === "state") state = value;
    else if (key2 === "author") author = value.toLowerCase();
    else if (key2 === "assignee") assignee = value.toLowerCase();
    else if (key2 === "sort") sort = value;
    else if (key2 === "merged" || key2 === "created" || key2 === "closed" || key2 === "updated") dates[key2] = dateRange(value) ?? null;
  }
  if (repos.length > 0) {
    const visible = repos.filter((name) => {
      const repo2 = nodes.state.findRepo(name);
      return repo2 !== void 0 && nodes.state.permission(repo2, nodes.viewer.login) !== "none";
    });
    if (visible.length === 0) throw unsearchable();
  }
  const results = [];
  for (const repo2 of nodes.state.repos.values()) {
    if (repos.length > 0 && !repos.includes(repo2.fullName.toLowerCase())) continue;
    if (nodes.state.permission(repo2, nodes.viewer.login) === "none") continue;
    for (const issue2 of repo2.issues.values()) {
      if (kind === "issue" && issue2.pull) continue;
      if (kind === "pr" && !issue2.pull) continue;
      if (state === "merged" ? !issue2.pull?.merged : state !== void 0 && issue2.state !== state) continue;
      if (!labels.every((l) => issue2.labels.some((name) => name.toLowerCase() === l))) continue;
      if (author && issue2.author.toLowerCase() !== author) continue;
      if (assignee && !issue2.assignees.some((a) => a.toLowerCase() === assignee)) continue;
      if (dates.merged !== void 0 && !within(issue2.pull?.mergedAt ?? null, dates.merged)) continue;
      if (!within(issue2.createdAt, dates.created) || !within(issue2.closedAt, dates.closed) || !within(issue2.updatedAt, dates.updated)) continue;
      const haystack = `${issue2.title}
${issue2.body ?? ""}`.toLowerCase();
      if (!text.every((t) => haystack.includes(t))) continue;
      results.push({ repo: repo2, issue: issue2 });
    }
  }
  const [field = "created", direction = "desc"] = sort.split("-");
  const key = ({ issue: issue2 }) => field === "updated" ? Date.parse(issue2.updatedAt) : field === "comments" ? issue2.commentIds.length : Date.parse(issue2.createdAt);
  const sign = direction === "asc" ? 1 : -1;
  return results.sort((a, b) => sign * (key(a) - key(b) || a.issue.number - b.issue.number));
}
function queryRoot(nodes) {
  const { state, viewer } = nodes;
  return {
    viewer: () => nodes.viewerObject(),
    rateLimit: () => {
      const budget = state.rateLimits.snapshot(viewer).graphql;
      return {
        cost: 1,
        limit: budget.limit,
        nodeCount: 0,
        remaining: budget.remaining,
        used: budget.used,
        resetAt: new Date(budget.reset * 1e3).toISOString().replace(".000Z", "Z")
      };
    },
    repository: ({ owner, name }) => nodes.repository(nodes.findRepository(owner, name)),
    node: ({ id }) => nodes.node(id),
    nodes: ({ ids }) => ids.map((id) => () => nodes.node(id)),
    user: ({ login }) => {
      const account2 = state.findAccount(login);
      if (!account2 || account2.type !== "User") throw new GitHubError(404, `Could not resolve to a User with the login of '${login}'.`);
      return nodes.user(account2);
    },
    organization: ({ login }) => {
      const account2 = state.findAccount(login);
      if (!account2 || account2.type !== "Organization") throw new GitHubError(404, `Could not resolve to an Organization with the login of '${login}'.`);
      return nodes.actor(account2.login);
    },
    repositoryOwner: ({ login }) => {
      const account2 = state.findAccount(login);
      return account2 && account2.type !== "Bot" ? nodes.actor(account2.login) : null;
    },
    search: (args) => {
      const found = args.type === "ISSUE" ? searchIssues(nodes, args.query) : [];
      const result = connection(found, args, ({ repo: repo2, issue: issue2 }) => `${repo2.id}/${issue2.number}`, ({ repo: repo2, issue: issue2 }) => nodes.issueLike(repo2, issue2));
      return { ...result, issueCount: found.length, codeCount: 0, discussionCount: 0, repositoryCount: 0, userCount: 0, wikiCount: 0 };
    }
  };
}
function mutationRoot(nodes) {
  const { state, viewer } = nodes;
  const issueTarget = (id) => {
    const found = nodes.resolveNode(id);
    if (!found.repo || !found.issue) throw wrongKind(id, "an Issue or PullRequest");
    return { repo: found.repo, issue: found.issue };
  };
  const labelIds = (repo2, ids) => ids.map((id) => {
    const found = nodes.resolveNode(id);
    if (!found.label || found.repo !== repo2) throw wrongKind(id, "a Label");
    return found.label.name;
  });
  const accounts = (ids) => ids.map((id) => nodes.accountForNode(id));
  return {
    addComment: ({ input }) => {
      const { repo: repo2, issue: issue2 } = issueTarget(input.subjectId);
      const comment2 = state.addComment(repo2, viewer, issue2.number, input.body);
      const event = issue2.timeline[issue2.timeline.length - 1];
      const node = nodes.comment(repo2, comment2);
      return {
        clientMutationId: mutationId(input),
        commentEdge: { cursor: encodeCursor(issue2.commentIds.length - 1, String(comment2.id)), node },
        subject: nodes.issueLike(repo2, issue2),
        timelineEdge: { cursor: encodeCursor(issue2.timeline.length - 1, String(event.id)), node }
      };
    },
    updateIssueComment: ({ input }) => {
      const found = nodes.resolveNode(input.id);
      if (!found.repo || !found.comment) throw wrongKind(input.id, "an IssueComment");
      const comment2 = state.updateComment(found.repo, viewer, found.comment.id, input.body);
      return { clientMutationId: mutationId(input), issueComment: nodes.comment(found.repo, comment2) };
    },
    deleteIssueComment: ({ input }) => {
      const found = nodes.resolveNode(input.id);
      if (!found.repo || !found.comment) throw wrongKind(input.id, "an IssueComment");
      state.deleteComment(found.repo, viewer, found.comment.id);
      return { clientMutationId: mutationId(input) };
    },
    addReaction: ({ input }) => reaction(input, "add"),
    removeReaction: ({ input }) => reaction(input, "remove"),
    addLabelsToLabelable: ({ input }) => {
      const { repo: repo2, issue: issue2 } = issueTarget(input.labelableId);
      state.addLabels(repo2, viewer, issue2.number, labelIds(repo2, input.labelIds));
      return { clientMutationId: mutationId(input), labelable: nodes.issueLike(repo2, issue2) };
    },
    removeLabelsFromLabelable: ({ input }) => {
      const { repo: repo2, issue: issue2 } = issueTarget(input.labelableId);
      for (const name of labelIds(repo2, input.labelIds)) {
        if (issue2.labels.includes(name)) state.removeLabel(repo2, viewer, issue2.number, name);
      }
      return { clientMutationId: mutationId(input), labelable: nodes.issueLike(repo2, issue2) };
    },
    addAssigneesToAssignable: ({ input }) => {
      const { repo: repo2, issue: issue2 } = issueTarget(input.assignableId);
      state.addAssignees(repo2, viewer, issue2.number, accounts(input.assigneeIds).map((a) => a.login));
      return { clientMutationId: mutationId(input), assignable: nodes.issueLike(repo2, issue2) };
    },
    removeAssigneesFromAssignable: ({ input }) => {
      const { repo: repo2, issue: issue2 } = issueTarget(input.assignableId);
      state.removeAssignees(repo2, viewer, issue2.number, accounts(input.assigneeIds).map((a) => a.login));
      return { clientMutationId: mutationId(input), assignable: nodes.issueLike(repo2, issue2) };
    },
    closeIssue: ({ input }) => {
      const { repo: repo2, issue: issue2 } = issueTarget(input.issueId);
      if (issue2.pull) throw wrongKind(input.issueId, "an Issue");
      state.closeIssue(repo2, viewer, issue2.number, input.stateReason === "NOT_PLANNED" ? "not_planned" : "completed");
      return { clientMutationId: mutationId(input), issue: nodes.issue(repo2, issue2) };
    },
    reopenIssue: ({ input }) => {
      const { repo: repo2, issue: issue2 } = issueTarget(input.issueId);
      if (issue2.pull) throw wrongKind(input.issueId, "an Issue");
      state.reopenIssue(repo2, viewer, issue2.number);
      return { clientMutationId: mutationId(input), issue: nodes.issue(repo2, issue2) };
    },
    updateIssue: ({ input }) => {
      const { repo: repo2, issue: issue2 } = issueTarget(input.id);
      if (issue2.pull) throw wrongKind(input.id, "an Issue");
      state.updateIssue(repo2, viewer, issue2.number, {
        ...input.title != null ? { title: input.title } : {},
        ...input.body != null ? { body: input.body } : {},
        ...input.state ? { state: input.state === "CLOSED" ? "closed" : "open" } : {},
        ...input.labelIds ? { labels: labelIds(repo2, input.labelIds) } : {},
        ...input.assigneeIds ? { assignees: accounts(input.assigneeIds).map((a) => a.login) } : {}
      });
      return { clientMutationId: mutationId(input), issue: nodes.issue(repo2, issue2) };
    },
    createIssue: ({ input }) => {
      const found = nodes.resolveNode(input.repositoryId);
      if (!found.repo || found.issue || found.comment || found.label) throw wrongKind(input.repositoryId, "a Repository");
      const repo2 = found.repo;
      const issue2 = state.createIssue(repo2, viewer, {
        title: input.title,
        body: input.body ?? null,
        labels: input.labelIds ? labelIds(repo2, input.labelIds) : [],
        assignees: input.assigneeIds ? accounts(input.assigneeIds).map((a) => a.login) : []
      });
      return { clientMutationId: mutationId(input), issue: nodes.issue(repo2, issue2) };
    }
  };
  function reaction(input, action) {
    const found = nodes.resolveNode(input.subjectId);
    if (!found.repo || !found.comment && !found.issue) throw wrongKind(input.subjectId, "a Reactable");
    const repo2 = found.repo;
    const target = found.comment ? { commentId: found.comment.id } : { issueNumber: found.issue.number };
    const content = reactionFromEnum(input.content);
    const subject = () => found.comment ? nodes.comment(repo2, state.comment(repo2, found.comment.id)) : nodes.issueLike(repo2, found.issue);
    if (action === "add") {
      const { reaction: added } = state.addReaction(repo2, viewer, target, content);
      return { clientMutationId: mutationId(input), reaction: nodes.reaction(added, subject), subject, reactionGroups: () => subject().reactionGroups() };
    }
    const holder = found.comment ? state.comment(repo2, found.comment.id) : found.issue;
    const existing = holder.reactions.find((r) => r.user === viewer.login && r.content === content);
    state.removeReaction(repo2, viewer, target, content);
    return {
      clientMutationId: mutationId(input),
      reaction: existing ? nodes.reaction(existing, subject) : null,
      subject,
      reactionGroups: () => subject().reactionGroups()
    };
  }
}

// src/sandbox/graphql/schema.ts
import { existsSync } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { GraphQLError, GraphQLScalarType, buildClientSchema } from "graphql";
var ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
function check(name, predicate, expected) {
  return (value) => {
    if (!predicate(value)) throw new GraphQLError(`${name} cannot represent ${JSON.stringify(value)}: expected ${expected}`);
    return value;
  };
}
var isString = (value) => typeof value === "string";
var SCALAR_RULES = {
  DateTime: check("DateTime", (v) => isString(v) && ISO_DATE_TIME.test(v), "an ISO 8601 date-time"),
  PreciseDateTime: check("PreciseDateTime", (v) => isString(v) && ISO_DATE_TIME.test(v), "an ISO 8601 date-time"),
  GitTimestamp: check("GitTimestamp", (v) => isString(v) && ISO_DATE_TIME.test(v), "an ISO 8601 date-time"),
  Date: check("Date", (v) => isString(v) && /^\d{4}-\d{2}-\d{2}$/.test(v), "a YYYY-MM-DD date"),
  URI: check("URI", (v) => isString(v) && (v.startsWith("/") || URL.canParse(v)), "a URI"),
  GitObjectID: check("GitObjectID", (v) => isString(v) && /^[0-9a-f]{40}$/.test(v), "a 40-hex git object id"),
  Base64String: check("Base64String", (v) => isString(v) && /^[A-Za-z0-9+/]*={0,2}$/.test(v), "a base64 string"),
  BigInt: check("BigInt", (v) => isString(v) && /^-?\d+$/.test(v) || typeof v === "number" && Number.isInteger(v), "an integer"),
  HTML: check("HTML", isString, "a string"),
  GitRefname: check("GitRefname", isString, "a string"),
  GitSSHRemote: check("GitSSHRemote", isString, "a string"),
  X509Certificate: check("X509Certificate", isString, "a string")
};
var BUILT_IN = /* @__PURE__ */ new Set(["String", "Int", "Float", "Boolean", "ID"]);
function harden(schema) {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLScalarType) || BUILT_IN.has(type.name) || type.name.startsWith("__")) continue;
    const rule = SCALAR_RULES[type.name] ?? check(type.name, (v) => v === null || ["string", "number", "boolean"].includes(typeof v), "a string, number or boolean");
    type.serialize = rule;
    if (type.name === "DateTime") type.parseValue = rule;
  }
  return schema;
}
function schemaJsonPath() {
  const require2 = createRequire(import.meta.url);
  for (const dir of require2.resolve.paths("@octokit/graphql-schema") ?? []) {
    const candidate = join(dir, "@octokit", "graphql-schema", "schema.json");
    if (existsSync(candidate)) return candidate;
  }
  return void 0;
}
async function loadIntrospection() {
  const path = schemaJsonPath();
  if (path) return JSON.parse(await readFile2(path, "utf8"));
  const { schema } = await import("@octokit/graphql-schema");
  return schema.json;
}
var loading;
function githubSchema() {
  loading ??= loadIntrospection().then((introspection) => harden(buildClientSchema(introspection)));
  return loading;
}

// src/sandbox/graphql.ts
var GRAPHQL_DOCS = "https://docs.github.com/graphql";
var SandboxGapError = class extends Error {
  name = "SandboxGapError";
};
var strictFieldResolver = (source, args, _context, info) => {
  if (source === null || typeof source !== "object") {
    throw new SandboxGapError(`${info.parentType.name}.${info.fieldName} has no source object`);
  }
  if (!(info.fieldName in source)) {
    throw new SandboxGapError(`the sandbox does not implement ${info.parentType.name}.${info.fieldName}`);
  }
  const value = source[info.fieldName];
  return typeof value === "function" ? value.call(source, args) : value;
};
function parseBody(bodyText2) {
  try {
    const body = JSON.parse(bodyText2);
    return body !== null && typeof body === "object" && !Array.isArray(body) ? body : void 0;
  } catch {
    return void 0;
  }
}
function describeGraphqlRequest(bodyText2) {
  const body = parseBody(bodyText2);
  if (!body || typeof body.query !== "string") return { type: void 0, name: void 0, label: "graphql" };
  try {
    const operation = getOperationAST(parse(body.query), typeof body.operationName === "string" ? body.operationName : void 0);
    const type = operation?.operation;
    const name = operation?.name?.value;
    return { type, name, label: [type ?? "query", name].filter(Boolean).join(" ") };
  } catch {
    return { type: void 0, name: void 0, label: "graphql" };
  }
}
function githubValidationError(error) {
  const base = { message: error.message, ...error.locations ? { locations: [...error.locations] } : {} };
  const undefinedField = /^Cannot query field "(\w+)" on type "(\w+)"\./.exec(error.message);
  if (undefinedField) {
    const [, fieldName, typeName] = undefinedField;
    return { ...base, message: `Field '${fieldName}' doesn't exist on type '${typeName}'`, extensions: { code: "undefinedField", typeName, fieldName } };
  }
  return base;
}
var GraphqlApi = class {
  #state;
  #views;
  #violations;
  constructor(state, views, violations) {
    this.#state = state;
    this.#views = views;
    this.#violations = violations;
  }
  #record(direction, operation, problems) {
    this.#violations.record({ direction, protocol: "graphql", operation: operation.label, method: "POST", path: "/graphql", problems });
  }
  /** Runs one `POST /graphql` body as `actor`. */
  async handle(bodyText2, actor) {
    const operation = describeGraphqlRequest(bodyText2);
    const body = parseBody(bodyText2);
    if (!body) {
      this.#record("request", operation, [{ pointer: "/", message: "body is not a JSON object" }]);
      return { status: 400, body: { message: "Problems parsing JSON", documentation_url: GRAPHQL_DOCS } };
    }
    if (typeof body.query !== "string") {
      this.#record("request", operation, [{ pointer: "/query", message: "query is missing" }]);
      return { status: 200, body: { errors: [{ message: "A query attribute must be specified and must be a string." }] } };
    }
    const variables = body.variables === void 0 || body.variables === null ? {} : body.variables;
    if (typeof variables !== "object" || Array.isArray(variables)) {
      this.#record("request", operation, [{ pointer: "/variables", message: "variables must be an object" }]);
      return { status: 200, body: { errors: [{ message: "Variables are invalid JSON." }] } };
    }
    let document;
    try {
      document = parse(body.query);
    } catch (error) {
      const syntax = error instanceof GraphQLError2 ? error : new GraphQLError2(String(error));
      this.#record("request", operation, [{ pointer: "/query", message: syntax.message }]);
      return { status: 200, body: { errors: [{ message: syntax.message, ...syntax.locations ? { locations: syntax.locations } : {} }] } };
    }
    const schema = await githubSchema();
    const invalid = validate(schema, document);
    if (invalid.length > 0) {
      this.#record("request", operation, invalid.map((e) => ({ pointer: "/query", message: e.message })));
      return { status: 200, body: { errors: invalid.map(githubValidationError) } };
    }
    const limits = paginationErrors(schema, document, variables);
    if (limits.length > 0) {
      this.#record("request", operation, limits.map((e) => ({ pointer: `/${(e.path ?? []).join("/")}`, message: e.message })));
      return { status: 200, body: { data: null, errors: limits } };
    }
    const nodes = new GraphNodes(this.#state, this.#views, actor);
    const root = operation.type === "mutation" ? mutationRoot(nodes) : queryRoot(nodes);
    let result;
    try {
      result = await execute({
        schema,
        document,
        rootValue: root,
        variableValues: variables,
        operationName: typeof body.operationName === "string" ? body.operationName : void 0,
        fieldResolver: strictFieldResolver
      });
    } catch (error) {
      this.#record("internal", operation, [{ pointer: "/", message: error instanceof Error ? error.message : String(error) }]);
      return { status: 500, body: { message: `Sandbox internal error: ${error instanceof Error ? error.message : String(error)}` } };
    }
    return { status: 200, body: this.#format(result, operation) };
  }
  /** Formats errors in GitHub's shape and records the ones that are the sandbox's or the caller's fault. */
  #format(result, operation) {
    if (!result.errors || result.errors.length === 0) return { data: result.data };
    const errors = result.errors.map((error) => {
      const location = error.locations ? { locations: [...error.locations] } : {};
      const path = error.path ? { path: [...error.path] } : {};
      const original = error.originalError;
      if (original instanceof GitHubError) return { type: original.graphqlType, ...path, ...location, message: original.message };
      const pointer = `/${(error.path ?? []).join("/")}`;
      if (!("data" in result) || result.data === void 0) {
        this.#record("request", operation, [{ pointer, message: error.message }]);
      } else if (original instanceof SandboxGapError) {
        this.#record("unimplemented", operation, [{ pointer, message: original.message }]);
      } else {
        this.#record("response", operation, [{ pointer, message: error.message }]);
      }
      return { ...path, ...location, message: error.message };
    });
    return "data" in result ? { data: result.data ?? null, errors } : { errors };
  }
};

// src/sandbox/history.ts
var OPENED_BEFORE_MS = 10 * 6e4;
function addMergedPull(state, repo2, spec) {
  const mergedAt = Date.parse(spec.mergedAt);
  if (Number.isNaN(mergedAt)) throw new SandboxUsageError(`merged pull request "${spec.title}": merged_at ${spec.mergedAt} is not a time`);
  const author = state.account(spec.author ?? "bob");
  const merger = state.account(spec.mergedBy ?? "alice");
  const pusher = atLeast(state.permission(repo2, author.login), "write") ? author : merger;
  const saved = state.clock.now();
  try {
    state.clock.set(mergedAt - OPENED_BEFORE_MS);
    let branch = `history/${repo2.issues.size + 1}`;
    for (let n = 2; repo2.git.refs.has(`refs/heads/${branch}`); n++) branch = `history/${repo2.issues.size + 1}-${n}`;
    const base = repo2.defaultBranch;
    state.moveBranch(repo2, branch, state.resolveCommitish(repo2, base));
    const files = spec.files ?? { [`changes/${branch.replace("/", "-")}.md`]: `${spec.title}
` };
    state.commitFiles(repo2, pusher, {
      branch,
      message: spec.title,
      files: Object.entries(files).map(([path, content]) => ({ path, content }))
    });
    const pull2 = state.createPull(repo2, author, { title: spec.title, head: branch, base, ...spec.body ? { body: spec.body } : {} });
    state.clock.set(mergedAt);
    state.mergePull(repo2, merger, pull2.number, {});
    return pull2.number;
  } finally {
    state.clock.set(saved);
  }
}

// src/sandbox/helpers.ts
var SandboxRepo = class {
  constructor(state, fullName) {
    this.state = state;
    this.fullName = fullName;
  }
  state;
  fullName;
  /** The underlying model (for what the helpers do not cover). */
  get model() {
    return this.state.repo(this.fullName);
  }
  #actor(options) {
    return this.state.account(options?.as ?? "alice");
  }
  /** Repository dispatches received (`POST /repos/{owner}/{repo}/dispatches`), oldest first. */
  dispatches() {
    return this.model.dispatches.map((d) => ({ ...d, clientPayload: structuredClone(d.clientPayload) }));
  }
  // ---------------------------------------------------------------- issues
  /** Opens an issue as a user (labels and assignees apply as GitHub applies them for that user). */
  createIssue(input) {
    const issue2 = this.state.createIssue(this.model, this.#actor(input), input);
    return this.#issueView(issue2);
  }
  /** An issue or pull request by number. */
  issue(number) {
    return this.#issueView(this.state.issue(this.model, number));
  }
  /** Issues (not pull requests), oldest first. */
  issues(filter = {}) {
    const state = filter.state ?? "open";
    const labels = (filter.labels ?? []).map((l) => l.toLowerCase());
    return [...this.model.issues.values()].filter((i) => !i.pull && (state === "all" || i.state === state)).filter((i) => labels.every((l) => i.labels.some((name) => name.toLowerCase() === l))).map((i) => this.#issueView(i));
  }
  /** Edits an issue as a user. */
  editIssue(number, changes) {
    const issue2 = this.state.updateIssue(this.model, this.#actor(changes), number, {
      title: changes.title,
      body: changes.body,
      state: changes.state,
      state_reason: changes.stateReason,
      labels: changes.labels,
      assignees: changes.assignees
    });
    return this.#issueView(issue2);
  }
  /** Closes an issue as a user (by hand, as in the web interface). */
  closeIssue(number, options = {}) {
    return this.#issueView(this.state.closeIssue(this.model, this.#actor(options), number, options.reason));
  }
  /** Reopens an issue as a user. */
  reopenIssue(number, options = {}) {
    return this.#issueView(this.state.reopenIssue(this.model, this.#actor(options), number));
  }
  /** Adds labels to an issue as a user (unknown labels are created). */
  addLabels(number, labels, options = {}) {
    return this.state.addLabels(this.model, this.#actor(options), number, labels).map((l) => l.name);
  }
  /** Removes a label from an issue as a user. */
  removeLabel(number, label, options = {}) {
    return this.state.removeLabel(this.model, this.#actor(options), number, label).map((l) => l.name);
  }
  /** The labels an issue carries, in the order applied. */
  labels(number) {
    return [...this.state.issue(this.model, number).labels];
  }
  /** The logins assigned to an issue. */
  assignees(number) {
    return [...this.state.issue(this.model, number).assignees];
  }
  /** Assigns users to an issue as a user (unassignable ones are skipped, as GitHub does). */
  assign(number, logins, options = {}) {
    return [...this.state.addAssignees(this.model, this.#actor(options), number, logins).assignees];
  }
  // ---------------------------------------------------------------- comments
  /** Comments on an issue as a user. */
  comment(number, body, options = {}) {
    return this.#commentView(this.state.addComment(this.model, this.#actor(options), number, body));
  }
  /** An issue's comments, oldest first. */
  comments(number) {
    return this.state.listComments(this.model, this.state.issue(this.model, number)).map((c) => this.#commentView(c));
  }
  /** Comments on an issue written by the Actions bot. */
  botComments(number) {
    return this.comments(number).filter((c) => c.author === BOT_LOGIN);
  }
  /** Edits a comment as a user. */
  editComment(id, body, options = {}) {
    return this.#commentView(this.state.updateComment(this.model, this.#actor(options), id, body));
  }
  /** Deletes a comment as a user. */
  deleteComment(id, options = {}) {
    this.state.deleteComment(this.model, this.#actor(options), id);
  }
  /** Reacts to a comment as a user. */
  react(commentId, content, options = {}) {
    this.state.addReaction(this.model, this.#actor(options), { commentId }, content);
  }
  // ---------------------------------------------------------------- labels
  /** The repository's labels. */
  repoLabels() {
    return this.model.labels.map((l) => ({ name: l.name, color: l.color, description: l.description }));
  }
  /** Creates a repository label as a user. */
  createLabel(name, options = {}) {
    const label = this.state.createLabel(this.model, this.#actor(options), { name, color: options.color, description: options.description });
    return { name: label.name, color: label.color, description: label.description };
  }
  // ---------------------------------------------------------------- timeline
  /** An issue's timeline, oldest first (events of deleted comments are gone, as on GitHub). */
  timeline(number) {
    const repo2 = this.model;
    return this.state.issue(repo2, number).timeline.map(({ nodeId: _nodeId, ...event }) => {
      if (event.event === "commented") {
        const comment2 = repo2.comments.get(event.commentId);
        return comment2 ? { ...event, body: comment2.body } : { ...event };
      }
      return { ...event };
    });
  }
  // ---------------------------------------------------------------- files and branches
  /** A file's text on a branch, tag or commit (default branch by default); undefined when absent. */
  readFile(path, options = {}) {
    return this.state.readFile(this.model, path, options.ref)?.content.toString("utf8");
  }
  /** A file's blob sha; undefined when absent. */
  fileSha(path, options = {}) {
    return this.state.readFile(this.model, path, options.ref)?.sha;
  }
  /** Every file path on a ref (default branch by default). */
  files(options = {}) {
    const repo2 = this.model;
    const sha = this.state.resolveCommitish(repo2, options.ref ?? repo2.defaultBranch);
    return sha ? repo2.git.flatten(repo2.git.getCommit(sha).tree).map((e) => e.path) : [];
  }
  /** Commits files (path → content, `null` deletes) on a branch as a user; returns the commit sha. */
  writeFiles(files, options = {}) {
    const repo2 = this.model;
    const commit = this.state.commitFiles(repo2, this.#actor(options), {
      branch: options.branch ?? repo2.defaultBranch,
      message: options.message ?? `Update ${Object.keys(files).join(", ")}`,
      files: Object.entries(files).map(([path, content]) => ({ path, content }))
    });
    return commit.sha;
  }
  /** Commits one file; returns the commit sha. */
  writeFile(path, content, options = {}) {
    return this.writeFiles({ [path]: content }, options);
  }
  /** The commit a branch points at; undefined when there is no such branch. */
  branch(name) {
    return this.model.git.refs.get(`refs/heads/${name}`);
  }
  /** Branch names. */
  branches() {
    return [...this.model.git.refs.keys()].filter((r) => r.startsWith("refs/heads/")).map((r) => r.slice("refs/heads/".length));
  }
  /** Creates a branch from another branch or commit (default branch by default) as a user. */
  createBranch(name, options = {}) {
    const repo2 = this.model;
    this.state.requireAccess(repo2, this.#actor(options), "write");
    const sha = this.state.resolveCommitish(repo2, options.from ?? repo2.defaultBranch);
    if (!sha) throw new Error(`no ref ${options.from ?? repo2.defaultBranch} in ${this.fullName}`);
    if (repo2.git.refs.has(`refs/heads/${name}`)) throw new Error(`branch ${name} already exists in ${this.fullName}`);
    this.state.moveBranch(repo2, name, sha);
    return sha;
  }
  /** Deletes a branch as a user (open pull requests from it are closed, as on GitHub). */
  deleteBranch(name, options = {}) {
    this.state.deleteBranch(this.model, this.#actor(options), name);
  }
  /** A branch's history, newest first (first-parent order is not guaranteed for merges). */
  commits(options = {}) {
    const repo2 = this.model;
    const head = this.state.resolveCommitish(repo2, options.ref ?? repo2.defaultBranch);
    if (!head) return [];
    return repo2.git.ancestors(head).map((sha) => {
      const commit = repo2.git.getCommit(sha);
      const parent = commit.parents[0] ? repo2.git.getCommit(commit.parents[0]).tree : repo2.git.emptyTree;
      return {
        sha,
        message: commit.message,
        author: commit.author.name,
        date: commit.author.date,
        parents: [...commit.parents],
        files: repo2.git.changedPaths(parent, commit.tree).map((f) => f.path)
      };
    });
  }
  // ---------------------------------------------------------------- pull requests
  /** Opens a pull request as a user (`base` defaults to the default branch). */
  openPull(input) {
    const repo2 = this.model;
    const pull2 = this.state.createPull(repo2, this.#actor(input), { ...input, base: input.base ?? repo2.defaultBranch });
    return this.pull(pull2.number);
  }
  /** A pull request by number. */
  pull(number) {
    const repo2 = this.model;
    const pull2 = this.state.pull(repo2, number);
    return {
      ...this.#issueView(pull2),
      head: pull2.pull.headRef,
      base: pull2.pull.baseRef,
      headSha: pull2.pull.headSha,
      merged: pull2.pull.merged,
      mergedAt: pull2.pull.mergedAt,
      mergedBy: pull2.pull.mergedBy,
      mergeCommitSha: pull2.pull.mergeCommitSha,
      draft: pull2.pull.draft,
      requestedReviewers: [...pull2.pull.requestedReviewers],
      files: this.state.pullFiles(repo2, pull2).map((f) => f.path)
    };
  }
  /** Pull requests, oldest first. */
  pulls(filter = {}) {
    const state = filter.state ?? "open";
    return [...this.model.issues.values()].filter((i) => i.pull && (state === "all" || i.state === state)).map((i) => this.pull(i.number));
  }
  /**
   * Records a pull request merged at `mergedAt` (opened ten minutes before, by `author`, default
   * bob), as history for suspect changes; the clock is put back afterwards. Returns its number.
   */
  addMergedPull(spec) {
    return addMergedPull(this.state, this.model, spec);
  }
  /** Merges a pull request as a user; returns the new head of the base branch. */
  mergePull(number, options = {}) {
    return this.state.mergePull(this.model, this.#actor(options), number, { merge_method: options.method }).sha;
  }
  // ---------------------------------------------------------------- access
  /** Sets a user's role here (`none` removes it). */
  grant(login, role) {
    this.state.grant(this.model, login, role);
  }
  /** A user's role here, as the collaborator permission API reports it in `role_name`. */
  permissionOf(login) {
    return this.state.permission(this.model, login);
  }
  #issueView(issue2) {
    return {
      number: issue2.number,
      title: issue2.title,
      body: issue2.body,
      state: issue2.state,
      stateReason: issue2.stateReason,
      author: issue2.author,
      labels: [...issue2.labels],
      assignees: [...issue2.assignees],
      commentCount: issue2.commentIds.length,
      createdAt: issue2.createdAt,
      updatedAt: issue2.updatedAt,
      closedAt: issue2.closedAt,
      isPullRequest: issue2.pull !== null,
      url: `${this.state.urls.web}/${this.fullName}/${issue2.pull ? "pull" : "issues"}/${issue2.number}`
    };
  }
  #commentView(comment2) {
    return {
      id: comment2.id,
      issueNumber: comment2.issueNumber,
      body: comment2.body,
      author: comment2.author,
      createdAt: comment2.createdAt,
      updatedAt: comment2.updatedAt,
      reactions: comment2.reactions.map((r) => ({ content: r.content, user: r.user })),
      url: `${this.state.urls.web}/${this.fullName}/issues/${comment2.issueNumber}#issuecomment-${comment2.id}`
    };
  }
};

// src/sandbox/openapi.ts
var import_ajv2 = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist2(), 1);

// src/sandbox/openapi-subset.json
var openapi_subset_default = { "x-generated": { by: "scripts/extract-openapi.mjs", from: "@octokit/openapi@23.0.2 generated/api.github.com.json", regenerate: "node scripts/extract-openapi.mjs", note: "Generated file: do not edit by hand." }, openapi: "3.0.3", info: { title: "GitHub's official OpenAPI spec + Octokit extension", version: "23.0.2" }, paths: { "/rate_limit": { get: { operationId: "rate-limit/get", summary: "Get rate limit status for the authenticated user", docsUrl: "https://docs.github.com/rest/rate-limit/rate-limit#get-rate-limit-status-for-the-authenticated-user", parameters: [], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/rate-limit-overview" } } } }, "304": { $ref: "#/components/responses/not_modified" }, "404": { $ref: "#/components/responses/not_found" } } } }, "/repos/{owner}/{repo}": { get: { operationId: "repos/get", summary: "Get a repository", docsUrl: "https://docs.github.com/rest/repos/repos#get-a-repository", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/full-repository" } } } }, "301": { $ref: "#/components/responses/moved_permanently" }, "403": { $ref: "#/components/responses/forbidden" }, "404": { $ref: "#/components/responses/not_found" } } } }, "/repos/{owner}/{repo}/branches/{branch}": { get: { operationId: "repos/get-branch", summary: "Get a branch", docsUrl: "https://docs.github.com/rest/branches/branches#get-a-branch", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/branch" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/branch-with-protection" } } } }, "301": { $ref: "#/components/responses/moved_permanently" }, "404": { $ref: "#/components/responses/not_found" } } } }, "/repos/{owner}/{repo}/collaborators/{username}/permission": { get: { operationId: "repos/get-collaborator-permission-level", summary: "Get repository permissions for a user", docsUrl: "https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/username" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/repository-collaborator-permission" } } } }, "404": { $ref: "#/components/responses/not_found" } } } }, "/repos/{owner}/{repo}/compare/{basehead}": { get: { operationId: "repos/compare-commits-with-basehead", summary: "Compare two commits", docsUrl: "https://docs.github.com/rest/commits/commits#compare-two-commits", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/page" }, { $ref: "#/components/parameters/per-page" }, { name: "basehead", in: "path", schema: { type: "string" }, required: true }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/commit-comparison" } }, "application/vnd.github.diff": { schema: { type: "string" } }, "application/vnd.github.patch": { schema: { type: "string" } } } }, "404": { $ref: "#/components/responses/not_found" }, "500": { $ref: "#/components/responses/internal_error" }, "503": { $ref: "#/components/responses/service_unavailable" } } } }, "/repos/{owner}/{repo}/contents/{path}": { get: { operationId: "repos/get-content", summary: "Get repository content", docsUrl: "https://docs.github.com/rest/repos/contents#get-repository-content", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "path", in: "path", schema: { type: "string" }, required: true }, { name: "ref", in: "query", schema: { type: "string" }, required: false }], responses: { "200": { content: { "application/vnd.github.object": { schema: { $ref: "#/components/schemas/content-tree" } }, "application/json": { schema: { oneOf: [{ $ref: "#/components/schemas/content-directory" }, { $ref: "#/components/schemas/content-file" }, { $ref: "#/components/schemas/content-symlink" }, { $ref: "#/components/schemas/content-submodule" }], discriminator: { propertyName: "type", mapping: { array: "#/components/schemas/content-directory", file: "#/components/schemas/content-file", symlink: "#/components/schemas/content-symlink", submodule: "#/components/schemas/content-submodule" } } } } } }, "302": { $ref: "#/components/responses/found" }, "304": { $ref: "#/components/responses/not_modified" }, "403": { $ref: "#/components/responses/forbidden" }, "404": { $ref: "#/components/responses/not_found" } } }, put: { operationId: "repos/create-or-update-file-contents", summary: "Create or update file contents", docsUrl: "https://docs.github.com/rest/repos/contents#create-or-update-file-contents", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "path", in: "path", schema: { type: "string" }, required: true }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/file-commit" } } } }, "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/file-commit" } } } }, "404": { $ref: "#/components/responses/not_found" }, "409": { content: { "application/json": { schema: { oneOf: [{ $ref: "#/components/schemas/basic-error" }, { $ref: "#/components/schemas/repository-rule-violation-error" }] } } } }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { message: { type: "string" }, content: { type: "string" }, sha: { type: "string" }, branch: { type: "string" }, committer: { type: "object", properties: { name: { type: "string" }, email: { type: "string" }, date: { type: "string" } }, required: ["name", "email"] }, author: { type: "object", properties: { name: { type: "string" }, email: { type: "string" }, date: { type: "string" } }, required: ["name", "email"] } }, required: ["message", "content"] } } } } }, delete: { operationId: "repos/delete-file", summary: "Delete a file", docsUrl: "https://docs.github.com/rest/repos/contents#delete-a-file", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "path", in: "path", schema: { type: "string" }, required: true }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/file-commit" } } } }, "404": { $ref: "#/components/responses/not_found" }, "409": { $ref: "#/components/responses/conflict" }, "422": { $ref: "#/components/responses/validation_failed" }, "503": { $ref: "#/components/responses/service_unavailable" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { message: { type: "string" }, sha: { type: "string" }, branch: { type: "string" }, committer: { type: "object", properties: { name: { type: "string" }, email: { type: "string" } } }, author: { type: "object", properties: { name: { type: "string" }, email: { type: "string" } } } }, required: ["message", "sha"] } } } } } }, "/repos/{owner}/{repo}/dispatches": { post: { operationId: "repos/create-dispatch-event", summary: "Create a repository dispatch event", docsUrl: "https://docs.github.com/rest/repos/repos#create-a-repository-dispatch-event", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }], responses: { "204": {}, "404": { $ref: "#/components/responses/not_found" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", required: ["event_type"], properties: { event_type: { type: "string", minLength: 1, maxLength: 100 }, client_payload: { type: "object", additionalProperties: true, maxProperties: 10 } } } } } } } }, "/repos/{owner}/{repo}/git/blobs": { post: { operationId: "git/create-blob", summary: "Create a blob", docsUrl: "https://docs.github.com/rest/git/blobs#create-a-blob", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/short-blob" } } } }, "403": { $ref: "#/components/responses/forbidden" }, "404": { $ref: "#/components/responses/not_found" }, "409": { $ref: "#/components/responses/conflict" }, "422": { content: { "application/json": { schema: { oneOf: [{ $ref: "#/components/schemas/validation-error" }, { $ref: "#/components/schemas/repository-rule-violation-error" }] } } } } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { content: { type: "string" }, encoding: { type: "string", default: "utf-8" } }, required: ["content"] } } } } } }, "/repos/{owner}/{repo}/git/blobs/{file_sha}": { get: { operationId: "git/get-blob", summary: "Get a blob", docsUrl: "https://docs.github.com/rest/git/blobs#get-a-blob", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "file_sha", in: "path", schema: { type: "string" }, required: true }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/blob" } } } }, "403": { $ref: "#/components/responses/forbidden" }, "404": { $ref: "#/components/responses/not_found" }, "409": { $ref: "#/components/responses/conflict" }, "422": { $ref: "#/components/responses/validation_failed" } } } }, "/repos/{owner}/{repo}/git/commits": { post: { operationId: "git/create-commit", summary: "Create a commit", docsUrl: "https://docs.github.com/rest/git/commits#create-a-commit", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/git-commit" } } } }, "404": { $ref: "#/components/responses/not_found" }, "409": { $ref: "#/components/responses/conflict" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { message: { type: "string" }, tree: { type: "string" }, parents: { type: "array", items: { type: "string" } }, author: { type: "object", properties: { name: { type: "string" }, email: { type: "string" }, date: { type: "string", format: "date-time" } }, required: ["name", "email"] }, committer: { type: "object", properties: { name: { type: "string" }, email: { type: "string" }, date: { type: "string", format: "date-time" } } }, signature: { type: "string" } }, required: ["message", "tree"] } } } } } }, "/repos/{owner}/{repo}/git/commits/{commit_sha}": { get: { operationId: "git/get-commit", summary: "Get a commit object", docsUrl: "https://docs.github.com/rest/git/commits#get-a-commit-object", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/commit-sha" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/git-commit" } } } }, "404": { $ref: "#/components/responses/not_found" }, "409": { $ref: "#/components/responses/conflict" } } } }, "/repos/{owner}/{repo}/git/ref/{ref}": { get: { operationId: "git/get-ref", summary: "Get a reference", docsUrl: "https://docs.github.com/rest/git/refs#get-a-reference", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/git-ref-only" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/git-ref" } } } }, "404": { $ref: "#/components/responses/not_found" }, "409": { $ref: "#/components/responses/conflict" } } } }, "/repos/{owner}/{repo}/git/refs": { post: { operationId: "git/create-ref", summary: "Create a reference", docsUrl: "https://docs.github.com/rest/git/refs#create-a-reference", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/git-ref" } } } }, "409": { $ref: "#/components/responses/conflict" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { ref: { type: "string" }, sha: { type: "string" } }, required: ["ref", "sha"] } } } } } }, "/repos/{owner}/{repo}/git/refs/{ref}": { delete: { operationId: "git/delete-ref", summary: "Delete a reference", docsUrl: "https://docs.github.com/rest/git/refs#delete-a-reference", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/git-ref-only" }], responses: { "204": {}, "409": { $ref: "#/components/responses/conflict" }, "422": {} } }, patch: { operationId: "git/update-ref", summary: "Update a reference", docsUrl: "https://docs.github.com/rest/git/refs#update-a-reference", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/git-ref-only" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/git-ref" } } } }, "409": { $ref: "#/components/responses/conflict" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { sha: { type: "string" }, force: { type: "boolean", default: false } }, required: ["sha"] } } } } } }, "/repos/{owner}/{repo}/git/trees": { post: { operationId: "git/create-tree", summary: "Create a tree", docsUrl: "https://docs.github.com/rest/git/trees#create-a-tree", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/git-tree" } } } }, "403": { $ref: "#/components/responses/forbidden" }, "404": { $ref: "#/components/responses/not_found" }, "409": { $ref: "#/components/responses/conflict" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { tree: { type: "array", items: { type: "object", properties: { path: { type: "string" }, mode: { type: "string", enum: ["100644", "100755", "040000", "160000", "120000"] }, type: { type: "string", enum: ["blob", "tree", "commit"] }, sha: { type: "string", nullable: true }, content: { type: "string" } } } }, base_tree: { type: "string" } }, required: ["tree"] } } } } } }, "/repos/{owner}/{repo}/git/trees/{tree_sha}": { get: { operationId: "git/get-tree", summary: "Get a tree", docsUrl: "https://docs.github.com/rest/git/trees#get-a-tree", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "tree_sha", in: "path", schema: { type: "string" }, required: true }, { name: "recursive", in: "query", schema: { type: "string" }, required: false }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/git-tree" } } } }, "404": { $ref: "#/components/responses/not_found" }, "409": { $ref: "#/components/responses/conflict" }, "422": { $ref: "#/components/responses/validation_failed" } } } }, "/repos/{owner}/{repo}/issues": { get: { operationId: "issues/list-for-repo", summary: "List repository issues", docsUrl: "https://docs.github.com/rest/issues/issues#list-repository-issues", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "milestone", in: "query", schema: { type: "string" }, required: false }, { name: "state", in: "query", schema: { type: "string", enum: ["open", "closed", "all"], default: "open" }, required: false }, { name: "assignee", in: "query", schema: { type: "string" }, required: false }, { name: "type", in: "query", schema: { type: "string" }, required: false }, { name: "creator", in: "query", schema: { type: "string" }, required: false }, { name: "mentioned", in: "query", schema: { type: "string" }, required: false }, { name: "issue_field_values", in: "query", schema: { type: "string" }, required: false }, { $ref: "#/components/parameters/labels" }, { name: "sort", in: "query", schema: { type: "string", enum: ["created", "updated", "comments"], default: "created" }, required: false }, { $ref: "#/components/parameters/direction" }, { $ref: "#/components/parameters/since" }, { $ref: "#/components/parameters/per-page" }, { $ref: "#/components/parameters/page" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/issue" } } } } }, "301": { $ref: "#/components/responses/moved_permanently" }, "404": { $ref: "#/components/responses/not_found" }, "422": { $ref: "#/components/responses/validation_failed" } } }, post: { operationId: "issues/create", summary: "Create an issue", docsUrl: "https://docs.github.com/rest/issues/issues#create-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/issue" } } } }, "400": { $ref: "#/components/responses/bad_request" }, "403": { $ref: "#/components/responses/forbidden" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" }, "422": { $ref: "#/components/responses/validation_failed" }, "503": { $ref: "#/components/responses/service_unavailable" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { title: { oneOf: [{ type: "string" }, { type: "integer" }] }, body: { type: "string" }, assignee: { type: "string", nullable: true }, milestone: { oneOf: [{ type: "string" }, { type: "integer" }], nullable: true }, labels: { type: "array", items: { oneOf: [{ type: "string" }, { type: "object", properties: { id: { type: "integer" }, name: { type: "string" }, description: { type: "string", nullable: true }, color: { type: "string", nullable: true } } }] } }, assignees: { type: "array", items: { type: "string" } }, issue_field_values: { type: "array", items: { type: "object", properties: { field_id: { type: "integer" }, value: { oneOf: [{ type: "string" }, { type: "number" }, { type: "array", items: { type: "string" } }] } }, required: ["field_id", "value"], additionalProperties: false } }, type: { type: "string", nullable: true } }, required: ["title"] } } } } } }, "/repos/{owner}/{repo}/issues/comments/{comment_id}": { get: { operationId: "issues/get-comment", summary: "Get an issue comment", docsUrl: "https://docs.github.com/rest/issues/comments#get-an-issue-comment", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/comment-id" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/issue-comment" } } } }, "404": { $ref: "#/components/responses/not_found" } } }, delete: { operationId: "issues/delete-comment", summary: "Delete an issue comment", docsUrl: "https://docs.github.com/rest/issues/comments#delete-an-issue-comment", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/comment-id" }], responses: { "204": {} } }, patch: { operationId: "issues/update-comment", summary: "Update an issue comment", docsUrl: "https://docs.github.com/rest/issues/comments#update-an-issue-comment", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/comment-id" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/issue-comment" } } } }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { body: { type: "string" } }, required: ["body"] } } } } } }, "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions": { get: { operationId: "reactions/list-for-issue-comment", summary: "List reactions for an issue comment", docsUrl: "https://docs.github.com/rest/reactions/reactions#list-reactions-for-an-issue-comment", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/comment-id" }, { name: "content", in: "query", schema: { type: "string", enum: ["+1", "-1", "laugh", "confused", "heart", "hooray", "rocket", "eyes"] }, required: false }, { $ref: "#/components/parameters/per-page" }, { $ref: "#/components/parameters/page" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/reaction" } } } } }, "404": { $ref: "#/components/responses/not_found" } } }, post: { operationId: "reactions/create-for-issue-comment", summary: "Create reaction for an issue comment", docsUrl: "https://docs.github.com/rest/reactions/reactions#create-reaction-for-an-issue-comment", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/comment-id" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/reaction" } } } }, "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/reaction" } } } }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { content: { type: "string", enum: ["+1", "-1", "laugh", "confused", "heart", "hooray", "rocket", "eyes"] } }, required: ["content"] } } } } } }, "/repos/{owner}/{repo}/issues/{issue_number}": { get: { operationId: "issues/get", summary: "Get an issue", docsUrl: "https://docs.github.com/rest/issues/issues#get-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/issue" } } } }, "301": { $ref: "#/components/responses/moved_permanently" }, "304": { $ref: "#/components/responses/not_modified" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" } } }, patch: { operationId: "issues/update", summary: "Update an issue", docsUrl: "https://docs.github.com/rest/issues/issues#update-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }], responses: { "200": { content: { "application/json": { schema: { allOf: [{ $ref: "#/components/schemas/issue" }, { type: "object", properties: { suggestions: { type: "object", properties: { type: { type: "array", items: { type: "object", properties: { value: { type: "string" }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] }, ignored: { type: "boolean" }, ignored_reason: { type: "string", enum: ["already_applied", "issue_already_closed"] } } } }, issue_field_values: { type: "array", items: { type: "object", properties: { field_id: { type: "integer" }, value: { oneOf: [{ type: "string" }, { type: "number" }, { type: "array", items: { type: "string" } }] }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] }, ignored: { type: "boolean" }, ignored_reason: { type: "string", enum: ["already_applied", "issue_already_closed"] } } } }, labels: { type: "array", items: { type: "object", properties: { name: { type: "string" }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] }, ignored: { type: "boolean" }, ignored_reason: { type: "string", enum: ["already_applied", "issue_already_closed"] } } } }, assignees: { type: "array", items: { type: "object", properties: { login: { type: "string" }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] }, ignored: { type: "boolean" }, ignored_reason: { type: "string", enum: ["already_applied", "issue_already_closed"] } } } }, state: { type: "array", items: { type: "object", properties: { value: { type: "string" }, state_reason: { type: "string" }, duplicate_issue_id: { type: "integer" }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] }, ignored: { type: "boolean" }, ignored_reason: { type: "string", enum: ["already_applied", "issue_already_closed"] } } } } } } } }] } } } }, "301": { $ref: "#/components/responses/moved_permanently" }, "403": { $ref: "#/components/responses/forbidden" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" }, "422": { $ref: "#/components/responses/validation_failed" }, "503": { $ref: "#/components/responses/service_unavailable" } }, requestBody: { required: false, content: { "application/json": { schema: { type: "object", properties: { title: { oneOf: [{ type: "string" }, { type: "integer" }], nullable: true }, body: { type: "string", nullable: true }, assignee: { type: "string", nullable: true }, state: { type: "string", enum: ["open", "closed"] }, state_reason: { type: "string", enum: ["completed", "not_planned", "duplicate", "reopened"], nullable: true }, duplicate_issue_id: { type: "integer" }, milestone: { oneOf: [{ type: "string" }, { type: "integer" }], nullable: true }, labels: { type: "array", items: { oneOf: [{ type: "string" }, { type: "object", properties: { id: { type: "integer" }, name: { type: "string" }, description: { type: "string", nullable: true }, color: { type: "string", nullable: true }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] } } }] } }, assignees: { type: "array", items: { oneOf: [{ type: "string" }, { type: "object", properties: { login: { type: "string" }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] } } }] } }, issue_field_values: { type: "array", items: { type: "object", properties: { field_id: { type: "integer" }, value: { oneOf: [{ type: "string" }, { type: "number" }, { type: "array", items: { type: "string" } }] }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] } }, required: ["field_id", "value"], additionalProperties: false } }, type: { nullable: true, oneOf: [{ type: "string" }, { type: "object", properties: { value: { type: "string", nullable: true }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] } } }] } } } } } } } }, "/repos/{owner}/{repo}/issues/{issue_number}/assignees": { post: { operationId: "issues/add-assignees", summary: "Add assignees to an issue", docsUrl: "https://docs.github.com/rest/issues/assignees#add-assignees-to-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/issue" } } } } }, requestBody: { required: false, content: { "application/json": { schema: { type: "object", properties: { assignees: { type: "array", items: { oneOf: [{ type: "string" }, { type: "object", properties: { login: { type: "string" }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] } }, required: ["login"] }] } } } } } } } }, delete: { operationId: "issues/remove-assignees", summary: "Remove assignees from an issue", docsUrl: "https://docs.github.com/rest/reference/issues#remove-assignees-from-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/issue" } } } } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { assignees: { type: "array", items: { type: "string" } } }, required: ["assignees"] } } } } } }, "/repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}": { get: { operationId: "issues/check-user-can-be-assigned-to-issue", summary: "Check if a user can be assigned to a issue", docsUrl: "https://docs.github.com/rest/issues/assignees#check-if-a-user-can-be-assigned-to-a-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }, { name: "assignee", in: "path", schema: { type: "string" }, required: true }], responses: { "204": {}, "404": { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } } } } } } }, "/repos/{owner}/{repo}/issues/{issue_number}/comments": { get: { operationId: "issues/list-comments", summary: "List issue comments", docsUrl: "https://docs.github.com/rest/issues/comments#list-issue-comments", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }, { $ref: "#/components/parameters/since" }, { $ref: "#/components/parameters/per-page" }, { $ref: "#/components/parameters/page" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/issue-comment" } } } } }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" } } }, post: { operationId: "issues/create-comment", summary: "Create an issue comment", docsUrl: "https://docs.github.com/rest/issues/comments#create-an-issue-comment", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/issue-comment" } } } }, "403": { $ref: "#/components/responses/forbidden" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { body: { type: "string" } }, required: ["body"] } } } } } }, "/repos/{owner}/{repo}/issues/{issue_number}/labels": { get: { operationId: "issues/list-labels-on-issue", summary: "List labels for an issue", docsUrl: "https://docs.github.com/rest/issues/labels#list-labels-for-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }, { $ref: "#/components/parameters/per-page" }, { $ref: "#/components/parameters/page" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/label" } } } } }, "301": { $ref: "#/components/responses/moved_permanently" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" } } }, put: { operationId: "issues/set-labels", summary: "Set labels for an issue", docsUrl: "https://docs.github.com/rest/issues/labels#set-labels-for-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/label" } } } } }, "301": { $ref: "#/components/responses/moved_permanently" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: false, content: { "application/json": { schema: { oneOf: [{ type: "object", properties: { labels: { type: "array", minItems: 1, items: { type: "string" } } } }, { type: "object", properties: { labels: { type: "array", minItems: 1, items: { type: "object", properties: { name: { type: "string" } }, required: ["name"] } } } }] } } } } }, post: { operationId: "issues/add-labels", summary: "Add labels to an issue", docsUrl: "https://docs.github.com/rest/issues/labels#add-labels-to-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/label" } } } } }, "301": { $ref: "#/components/responses/moved_permanently" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: false, content: { "application/json": { schema: { oneOf: [{ type: "object", properties: { labels: { type: "array", minItems: 1, items: { oneOf: [{ type: "string" }, { type: "object", properties: { name: { type: "string" }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] } }, required: ["name"] }] } } } }] } } } } }, delete: { operationId: "issues/remove-all-labels", summary: "Remove all labels from an issue", docsUrl: "https://docs.github.com/rest/issues/labels#remove-all-labels-from-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }], responses: { "204": {}, "301": { $ref: "#/components/responses/moved_permanently" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" } } } }, "/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}": { delete: { operationId: "issues/remove-label", summary: "Remove a label from an issue", docsUrl: "https://docs.github.com/rest/issues/labels#remove-a-label-from-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }, { name: "name", in: "path", schema: { type: "string" }, required: true }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/label" } } } } }, "301": { $ref: "#/components/responses/moved_permanently" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" } } } }, "/repos/{owner}/{repo}/issues/{issue_number}/timeline": { get: { operationId: "issues/list-events-for-timeline", summary: "List timeline events for an issue", docsUrl: "https://docs.github.com/rest/issues/timeline#list-timeline-events-for-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }, { $ref: "#/components/parameters/per-page" }, { $ref: "#/components/parameters/page" }, { $ref: "#/components/parameters/issue-timeline-exclude" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/timeline-issue-events" } } } } }, "400": { $ref: "#/components/responses/bad_request" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" } } } }, "/repos/{owner}/{repo}/labels": { get: { operationId: "issues/list-labels-for-repo", summary: "List labels for a repository", docsUrl: "https://docs.github.com/rest/issues/labels#list-labels-for-a-repository", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/per-page" }, { $ref: "#/components/parameters/page" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/label" } } } } }, "404": { $ref: "#/components/responses/not_found" } } }, post: { operationId: "issues/create-label", summary: "Create a label", docsUrl: "https://docs.github.com/rest/issues/labels#create-a-label", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/label" } } } }, "404": { $ref: "#/components/responses/not_found" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { name: { type: "string" }, color: { type: "string" }, description: { type: "string" } }, required: ["name"] } } } } } }, "/repos/{owner}/{repo}/labels/{name}": { get: { operationId: "issues/get-label", summary: "Get a label", docsUrl: "https://docs.github.com/rest/issues/labels#get-a-label", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "name", in: "path", schema: { type: "string" }, required: true }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/label" } } } }, "404": { $ref: "#/components/responses/not_found" } } }, delete: { operationId: "issues/delete-label", summary: "Delete a label", docsUrl: "https://docs.github.com/rest/issues/labels#delete-a-label", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "name", in: "path", schema: { type: "string" }, required: true }], responses: { "204": {} } }, patch: { operationId: "issues/update-label", summary: "Update a label", docsUrl: "https://docs.github.com/rest/issues/labels#update-a-label", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "name", in: "path", schema: { type: "string" }, required: true }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/label" } } } } }, requestBody: { required: false, content: { "application/json": { schema: { type: "object", properties: { new_name: { type: "string" }, color: { type: "string" }, description: { type: "string" } } } } } } } }, "/repos/{owner}/{repo}/pulls": { get: { operationId: "pulls/list", summary: "List pull requests", docsUrl: "https://docs.github.com/rest/pulls/pulls#list-pull-requests", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "state", in: "query", schema: { type: "string", enum: ["open", "closed", "all"], default: "open" }, required: false }, { name: "head", in: "query", schema: { type: "string" }, required: false }, { name: "base", in: "query", schema: { type: "string" }, required: false }, { name: "sort", in: "query", schema: { type: "string", enum: ["created", "updated", "popularity", "long-running"], default: "created" }, required: false }, { name: "direction", in: "query", schema: { type: "string", enum: ["asc", "desc"] }, required: false }, { $ref: "#/components/parameters/per-page" }, { $ref: "#/components/parameters/page" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/pull-request-simple" } } } } }, "304": { $ref: "#/components/responses/not_modified" }, "422": { $ref: "#/components/responses/validation_failed" } } }, post: { operationId: "pulls/create", summary: "Create a pull request", docsUrl: "https://docs.github.com/rest/pulls/pulls#create-a-pull-request", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/pull-request" } } } }, "403": { $ref: "#/components/responses/forbidden" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { title: { type: "string" }, head: { type: "string" }, head_repo: { type: "string", format: "repo.nwo" }, base: { type: "string" }, body: { type: "string" }, maintainer_can_modify: { type: "boolean" }, draft: { type: "boolean" }, issue: { type: "integer", format: "int64" } }, required: ["head", "base"] } } } } } }, "/repos/{owner}/{repo}/pulls/{pull_number}": { get: { operationId: "pulls/get", summary: "Get a pull request", docsUrl: "https://docs.github.com/rest/pulls/pulls#get-a-pull-request", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/pull-number" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/pull-request" } } } }, "304": { $ref: "#/components/responses/not_modified" }, "404": { $ref: "#/components/responses/not_found" }, "406": { $ref: "#/components/responses/unacceptable" }, "500": { $ref: "#/components/responses/internal_error" }, "503": { $ref: "#/components/responses/service_unavailable" } } }, patch: { operationId: "pulls/update", summary: "Update a pull request", docsUrl: "https://docs.github.com/rest/pulls/pulls#update-a-pull-request", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/pull-number" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/pull-request" } } } }, "403": { $ref: "#/components/responses/forbidden" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: false, content: { "application/json": { schema: { type: "object", properties: { title: { type: "string" }, body: { type: "string" }, state: { type: "string", enum: ["open", "closed"] }, base: { type: "string" }, maintainer_can_modify: { type: "boolean" } } } } } } } }, "/repos/{owner}/{repo}/pulls/{pull_number}/files": { get: { operationId: "pulls/list-files", summary: "List pull requests files", docsUrl: "https://docs.github.com/rest/pulls/pulls#list-pull-requests-files", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/pull-number" }, { $ref: "#/components/parameters/per-page" }, { $ref: "#/components/parameters/page" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/diff-entry" } } } } }, "422": { $ref: "#/components/responses/validation_failed" }, "500": { $ref: "#/components/responses/internal_error" }, "503": { $ref: "#/components/responses/service_unavailable" } } } }, "/repos/{owner}/{repo}/pulls/{pull_number}/merge": { get: { operationId: "pulls/check-if-merged", summary: "Check if a pull request has been merged", docsUrl: "https://docs.github.com/rest/pulls/pulls#check-if-a-pull-request-has-been-merged", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/pull-number" }], responses: { "204": {}, "404": {} } }, put: { operationId: "pulls/merge", summary: "Merge a pull request", docsUrl: "https://docs.github.com/rest/pulls/pulls#merge-a-pull-request", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/pull-number" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/pull-request-merge-result" } } } }, "403": { $ref: "#/components/responses/forbidden" }, "404": { $ref: "#/components/responses/not_found" }, "405": { content: { "application/json": { schema: { type: "object", properties: { message: { type: "string" }, documentation_url: { type: "string" } } } } } }, "409": { content: { "application/json": { schema: { type: "object", properties: { message: { type: "string" }, documentation_url: { type: "string" } } } } } }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: false, content: { "application/json": { schema: { type: "object", nullable: true, properties: { commit_title: { type: "string" }, commit_message: { type: "string" }, sha: { type: "string" }, merge_method: { type: "string", enum: ["merge", "squash", "rebase"] } } } } } } } }, "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers": { get: { operationId: "pulls/list-requested-reviewers", summary: "Get all requested reviewers for a pull request", docsUrl: "https://docs.github.com/rest/pulls/review-requests#get-all-requested-reviewers-for-a-pull-request", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/pull-number" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/pull-request-review-request" } } } } } }, post: { operationId: "pulls/request-reviewers", summary: "Request reviewers for a pull request", docsUrl: "https://docs.github.com/rest/reference/pulls#request-reviewers-for-a-pull-request", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/pull-number" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/pull-request-simple" } } } }, "403": { $ref: "#/components/responses/forbidden" }, "422": {} }, requestBody: { required: false, content: { "application/json": { schema: { type: "object", properties: { reviewers: { type: "array", items: { type: "string" } }, team_reviewers: { type: "array", items: { type: "string" } } } } } } } } }, "/user": { get: { operationId: "users/get-authenticated", summary: "Get the authenticated user", docsUrl: "https://docs.github.com/rest/users/users#get-the-authenticated-user", parameters: [], responses: { "200": { content: { "application/json": { schema: { oneOf: [{ $ref: "#/components/schemas/private-user" }, { $ref: "#/components/schemas/public-user" }], discriminator: { propertyName: "user_view_type", mapping: { public: "#/components/schemas/public-user", private: "#/components/schemas/private-user" } } } } } }, "304": { $ref: "#/components/responses/not_modified" }, "401": { $ref: "#/components/responses/requires_authentication" }, "403": { $ref: "#/components/responses/forbidden" } } } }, "/users/{username}": { get: { operationId: "users/get-by-username", summary: "Get a user", docsUrl: "https://docs.github.com/rest/users/users#get-a-user", parameters: [{ $ref: "#/components/parameters/username" }], responses: { "200": { content: { "application/json": { schema: { oneOf: [{ $ref: "#/components/schemas/private-user" }, { $ref: "#/components/schemas/public-user" }], discriminator: { propertyName: "user_view_type", mapping: { public: "#/components/schemas/public-user", private: "#/components/schemas/private-user" } } } } } }, "404": { $ref: "#/components/responses/not_found" } } } } }, components: { schemas: { "added-to-project-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, project_card: { type: "object", properties: { id: { type: "integer" }, url: { type: "string", format: "uri" }, project_id: { type: "integer" }, project_url: { type: "string", format: "uri" }, column_name: { type: "string" }, previous_column_name: { type: "string" } }, required: ["id", "url", "project_id", "project_url", "column_name"] } }, required: ["id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "author-association": { type: "string", enum: ["COLLABORATOR", "CONTRIBUTOR", "FIRST_TIMER", "FIRST_TIME_CONTRIBUTOR", "MANNEQUIN", "MEMBER", "NONE", "OWNER"] }, "auto-merge": { type: "object", properties: { enabled_by: { $ref: "#/components/schemas/simple-user" }, merge_method: { type: "string", enum: ["merge", "squash", "rebase"] }, commit_title: { type: "string" }, commit_message: { type: "string" } }, required: ["enabled_by", "merge_method", "commit_title", "commit_message"], nullable: true }, "basic-error": { type: "object", properties: { message: { type: "string" }, documentation_url: { type: "string" }, url: { type: "string" }, status: { type: "string" } } }, blob: { type: "object", properties: { content: { type: "string" }, encoding: { type: "string" }, url: { type: "string", format: "uri" }, sha: { type: "string" }, size: { type: "integer", nullable: true }, node_id: { type: "string" }, highlighted_content: { type: "string" } }, required: ["sha", "url", "node_id", "size", "content", "encoding"] }, "blocked-by-added-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, blocked_by: { $ref: "#/components/schemas/nullable-issue-reference" } }, required: ["blocked_by", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "blocked-by-removed-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, blocked_by: { $ref: "#/components/schemas/nullable-issue-reference" } }, required: ["blocked_by", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "blocking-added-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, blocking: { $ref: "#/components/schemas/nullable-issue-reference" } }, required: ["blocking", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "blocking-removed-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, blocking: { $ref: "#/components/schemas/nullable-issue-reference" } }, required: ["blocking", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "branch-protection": { type: "object", properties: { url: { type: "string" }, enabled: { type: "boolean" }, required_status_checks: { $ref: "#/components/schemas/protected-branch-required-status-check" }, enforce_admins: { $ref: "#/components/schemas/protected-branch-admin-enforced" }, required_pull_request_reviews: { $ref: "#/components/schemas/protected-branch-pull-request-review" }, restrictions: { $ref: "#/components/schemas/branch-restriction-policy" }, required_linear_history: { type: "object", properties: { enabled: { type: "boolean" } } }, allow_force_pushes: { type: "object", properties: { enabled: { type: "boolean" } } }, allow_deletions: { type: "object", properties: { enabled: { type: "boolean" } } }, block_creations: { type: "object", properties: { enabled: { type: "boolean" } } }, required_conversation_resolution: { type: "object", properties: { enabled: { type: "boolean" } } }, name: { type: "string" }, protection_url: { type: "string" }, required_signatures: { type: "object", properties: { url: { type: "string", format: "uri" }, enabled: { type: "boolean" } }, required: ["url", "enabled"] }, lock_branch: { type: "object", properties: { enabled: { default: false, type: "boolean" } } }, allow_fork_syncing: { type: "object", properties: { enabled: { default: false, type: "boolean" } } } } }, "branch-restriction-policy": { type: "object", properties: { url: { type: "string", format: "uri" }, users_url: { type: "string", format: "uri" }, teams_url: { type: "string", format: "uri" }, apps_url: { type: "string", format: "uri" }, users: { type: "array", items: { type: "object", properties: { login: { type: "string" }, id: { type: "integer", format: "int64" }, node_id: { type: "string" }, avatar_url: { type: "string" }, gravatar_id: { type: "string" }, url: { type: "string" }, html_url: { type: "string" }, followers_url: { type: "string" }, following_url: { type: "string" }, gists_url: { type: "string" }, starred_url: { type: "string" }, subscriptions_url: { type: "string" }, organizations_url: { type: "string" }, repos_url: { type: "string" }, events_url: { type: "string" }, received_events_url: { type: "string" }, type: { type: "string" }, site_admin: { type: "boolean" }, user_view_type: { type: "string" } } } }, teams: { type: "array", items: { $ref: "#/components/schemas/team" } }, apps: { type: "array", items: { type: "object", properties: { id: { type: "integer" }, slug: { type: "string" }, node_id: { type: "string" }, owner: { type: "object", properties: { login: { type: "string" }, id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, repos_url: { type: "string" }, events_url: { type: "string" }, hooks_url: { type: "string" }, issues_url: { type: "string" }, members_url: { type: "string" }, public_members_url: { type: "string" }, avatar_url: { type: "string" }, description: { type: "string" }, gravatar_id: { type: "string" }, html_url: { type: "string" }, followers_url: { type: "string" }, following_url: { type: "string" }, gists_url: { type: "string" }, starred_url: { type: "string" }, subscriptions_url: { type: "string" }, organizations_url: { type: "string" }, received_events_url: { type: "string" }, type: { type: "string" }, site_admin: { type: "boolean" }, user_view_type: { type: "string" } } }, name: { type: "string" }, client_id: { type: "string" }, description: { type: "string" }, external_url: { type: "string" }, html_url: { type: "string" }, created_at: { type: "string" }, updated_at: { type: "string" }, permissions: { type: "object", properties: { metadata: { type: "string" }, contents: { type: "string" }, issues: { type: "string" }, single_file: { type: "string" } } }, events: { type: "array", items: { type: "string" } } } } } }, required: ["url", "users_url", "teams_url", "apps_url", "users", "teams", "apps"] }, "branch-with-protection": { type: "object", properties: { name: { type: "string" }, commit: { $ref: "#/components/schemas/commit" }, _links: { type: "object", properties: { html: { type: "string" }, self: { type: "string", format: "uri" } }, required: ["html", "self"] }, protected: { type: "boolean" }, protection: { $ref: "#/components/schemas/branch-protection" }, protection_url: { type: "string", format: "uri" }, pattern: { type: "string" }, required_approving_review_count: { type: "integer" } }, required: ["name", "commit", "_links", "protection", "protected", "protection_url"] }, "code-of-conduct-simple": { type: "object", properties: { url: { type: "string", format: "uri" }, key: { type: "string" }, name: { type: "string" }, html_url: { type: "string", nullable: true, format: "uri" } }, required: ["url", "key", "name", "html_url"] }, commit: { type: "object", properties: { url: { type: "string", format: "uri" }, sha: { type: "string" }, node_id: { type: "string" }, html_url: { type: "string", format: "uri" }, comments_url: { type: "string", format: "uri" }, commit: { type: "object", properties: { url: { type: "string", format: "uri" }, author: { $ref: "#/components/schemas/nullable-git-user" }, committer: { $ref: "#/components/schemas/nullable-git-user" }, message: { type: "string" }, comment_count: { type: "integer" }, tree: { type: "object", properties: { sha: { type: "string" }, url: { type: "string", format: "uri" } }, required: ["sha", "url"] }, verification: { $ref: "#/components/schemas/verification" } }, required: ["author", "committer", "comment_count", "message", "tree", "url"] }, author: { nullable: true, oneOf: [{ $ref: "#/components/schemas/simple-user" }, { $ref: "#/components/schemas/empty-object" }] }, committer: { nullable: true, oneOf: [{ $ref: "#/components/schemas/simple-user" }, { $ref: "#/components/schemas/empty-object" }] }, parents: { type: "array", items: { type: "object", properties: { sha: { type: "string" }, url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" } }, required: ["sha", "url"] } }, stats: { type: "object", properties: { additions: { type: "integer" }, deletions: { type: "integer" }, total: { type: "integer" } } }, files: { type: "array", items: { $ref: "#/components/schemas/diff-entry" } } }, required: ["url", "sha", "node_id", "html_url", "comments_url", "commit", "author", "committer", "parents"] }, "commit-comment": { type: "object", properties: { html_url: { type: "string", format: "uri" }, url: { type: "string", format: "uri" }, id: { type: "integer" }, node_id: { type: "string" }, body: { type: "string" }, path: { type: "string", nullable: true }, position: { type: "integer", nullable: true }, line: { type: "integer", nullable: true }, commit_id: { type: "string" }, user: { $ref: "#/components/schemas/nullable-simple-user" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, author_association: { $ref: "#/components/schemas/author-association" }, reactions: { $ref: "#/components/schemas/reaction-rollup" } }, required: ["url", "html_url", "id", "node_id", "user", "position", "line", "path", "commit_id", "body", "author_association", "created_at", "updated_at"] }, "commit-comparison": { type: "object", properties: { url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, permalink_url: { type: "string", format: "uri" }, diff_url: { type: "string", format: "uri" }, patch_url: { type: "string", format: "uri" }, base_commit: { $ref: "#/components/schemas/commit" }, merge_base_commit: { $ref: "#/components/schemas/commit" }, status: { type: "string", enum: ["diverged", "ahead", "behind", "identical"] }, ahead_by: { type: "integer" }, behind_by: { type: "integer" }, total_commits: { type: "integer" }, commits: { type: "array", items: { $ref: "#/components/schemas/commit" } }, files: { type: "array", items: { $ref: "#/components/schemas/diff-entry" } } }, required: ["url", "html_url", "permalink_url", "diff_url", "patch_url", "base_commit", "merge_base_commit", "status", "ahead_by", "behind_by", "total_commits", "commits"] }, "content-directory": { type: "array", items: { type: "object", properties: { type: { type: "string", enum: ["dir", "file", "submodule", "symlink"] }, size: { type: "integer" }, name: { type: "string" }, path: { type: "string" }, content: { type: "string" }, sha: { type: "string" }, url: { type: "string", format: "uri" }, git_url: { type: "string", format: "uri", nullable: true }, html_url: { type: "string", format: "uri", nullable: true }, download_url: { type: "string", format: "uri", nullable: true }, _links: { type: "object", properties: { git: { type: "string", format: "uri", nullable: true }, html: { type: "string", format: "uri", nullable: true }, self: { type: "string", format: "uri" } }, required: ["git", "html", "self"] } }, required: ["_links", "git_url", "html_url", "download_url", "name", "path", "sha", "size", "type", "url"] } }, "content-file": { type: "object", properties: { type: { type: "string", enum: ["file"] }, encoding: { type: "string" }, size: { type: "integer" }, name: { type: "string" }, path: { type: "string" }, content: { type: "string" }, sha: { type: "string" }, url: { type: "string", format: "uri" }, git_url: { type: "string", format: "uri", nullable: true }, html_url: { type: "string", format: "uri", nullable: true }, download_url: { type: "string", format: "uri", nullable: true }, _links: { type: "object", properties: { git: { type: "string", format: "uri", nullable: true }, html: { type: "string", format: "uri", nullable: true }, self: { type: "string", format: "uri" } }, required: ["git", "html", "self"] }, target: { type: "string" }, submodule_git_url: { type: "string" } }, required: ["_links", "git_url", "html_url", "download_url", "name", "path", "sha", "size", "type", "url", "content", "encoding"] }, "content-submodule": { type: "object", properties: { type: { type: "string", enum: ["submodule"] }, submodule_git_url: { type: "string", format: "uri" }, size: { type: "integer" }, name: { type: "string" }, path: { type: "string" }, sha: { type: "string" }, url: { type: "string", format: "uri" }, git_url: { type: "string", format: "uri", nullable: true }, html_url: { type: "string", format: "uri", nullable: true }, download_url: { type: "string", format: "uri", nullable: true }, _links: { type: "object", properties: { git: { type: "string", format: "uri", nullable: true }, html: { type: "string", format: "uri", nullable: true }, self: { type: "string", format: "uri" } }, required: ["git", "html", "self"] } }, required: ["_links", "git_url", "html_url", "download_url", "name", "path", "sha", "size", "type", "url", "submodule_git_url"] }, "content-symlink": { type: "object", properties: { type: { type: "string", enum: ["symlink"] }, target: { type: "string" }, size: { type: "integer" }, name: { type: "string" }, path: { type: "string" }, sha: { type: "string" }, url: { type: "string", format: "uri" }, git_url: { type: "string", format: "uri", nullable: true }, html_url: { type: "string", format: "uri", nullable: true }, download_url: { type: "string", format: "uri", nullable: true }, _links: { type: "object", properties: { git: { type: "string", format: "uri", nullable: true }, html: { type: "string", format: "uri", nullable: true }, self: { type: "string", format: "uri" } }, required: ["git", "html", "self"] } }, required: ["_links", "git_url", "html_url", "download_url", "name", "path", "sha", "size", "type", "url", "target"] }, "content-tree": { type: "object", properties: { type: { type: "string" }, size: { type: "integer" }, name: { type: "string" }, path: { type: "string" }, sha: { type: "string" }, content: { type: "string" }, url: { type: "string", format: "uri" }, git_url: { type: "string", format: "uri", nullable: true }, html_url: { type: "string", format: "uri", nullable: true }, download_url: { type: "string", format: "uri", nullable: true }, entries: { type: "array", items: { type: "object", properties: { type: { type: "string" }, size: { type: "integer" }, name: { type: "string" }, path: { type: "string" }, sha: { type: "string" }, url: { type: "string", format: "uri" }, git_url: { type: "string", format: "uri", nullable: true }, html_url: { type: "string", format: "uri", nullable: true }, download_url: { type: "string", format: "uri", nullable: true }, _links: { type: "object", properties: { git: { type: "string", format: "uri", nullable: true }, html: { type: "string", format: "uri", nullable: true }, self: { type: "string", format: "uri" } }, required: ["git", "html", "self"] } }, required: ["_links", "git_url", "html_url", "download_url", "name", "path", "sha", "size", "type", "url"] } }, encoding: { type: "string" }, _links: { type: "object", properties: { git: { type: "string", format: "uri", nullable: true }, html: { type: "string", format: "uri", nullable: true }, self: { type: "string", format: "uri" } }, required: ["git", "html", "self"] } }, required: ["_links", "git_url", "html_url", "download_url", "name", "path", "sha", "size", "type", "url"] }, "converted-note-to-issue-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/integration" }, project_card: { type: "object", properties: { id: { type: "integer" }, url: { type: "string", format: "uri" }, project_id: { type: "integer" }, project_url: { type: "string", format: "uri" }, column_name: { type: "string" }, previous_column_name: { type: "string" } }, required: ["id", "url", "project_id", "project_url", "column_name"] } }, required: ["id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "demilestoned-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, milestone: { type: "object", properties: { title: { type: "string" } }, required: ["title"] } }, required: ["milestone", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "diff-entry": { type: "object", properties: { sha: { type: "string", nullable: true }, filename: { type: "string" }, status: { type: "string", enum: ["added", "removed", "modified", "renamed", "copied", "changed", "unchanged"] }, additions: { type: "integer" }, deletions: { type: "integer" }, changes: { type: "integer" }, blob_url: { type: "string", format: "uri" }, raw_url: { type: "string", format: "uri" }, contents_url: { type: "string", format: "uri" }, patch: { type: "string" }, previous_filename: { type: "string" } }, required: ["additions", "blob_url", "changes", "contents_url", "deletions", "filename", "raw_url", "sha", "status"] }, "empty-object": { type: "object", properties: {}, additionalProperties: false }, enterprise: { type: "object", properties: { description: { type: "string", nullable: true }, html_url: { type: "string", format: "uri" }, website_url: { type: "string", nullable: true, format: "uri" }, id: { type: "integer" }, node_id: { type: "string" }, name: { type: "string" }, slug: { type: "string" }, created_at: { type: "string", nullable: true, format: "date-time" }, updated_at: { type: "string", nullable: true, format: "date-time" }, avatar_url: { type: "string", format: "uri" } }, required: ["id", "node_id", "name", "slug", "html_url", "created_at", "updated_at", "avatar_url"] }, "file-commit": { type: "object", required: ["content", "commit"], properties: { content: { type: "object", properties: { name: { type: "string" }, path: { type: "string" }, sha: { type: "string" }, size: { type: "integer" }, url: { type: "string" }, html_url: { type: "string" }, git_url: { type: "string" }, download_url: { type: "string" }, type: { type: "string" }, _links: { type: "object", properties: { self: { type: "string" }, git: { type: "string" }, html: { type: "string" } } } }, nullable: true }, commit: { type: "object", properties: { sha: { type: "string" }, node_id: { type: "string" }, url: { type: "string" }, html_url: { type: "string" }, author: { type: "object", properties: { date: { type: "string" }, name: { type: "string" }, email: { type: "string" } } }, committer: { type: "object", properties: { date: { type: "string" }, name: { type: "string" }, email: { type: "string" } } }, message: { type: "string" }, tree: { type: "object", properties: { url: { type: "string" }, sha: { type: "string" } } }, parents: { type: "array", items: { type: "object", properties: { url: { type: "string" }, html_url: { type: "string" }, sha: { type: "string" } } } }, verification: { type: "object", properties: { verified: { type: "boolean" }, reason: { type: "string" }, signature: { type: "string", nullable: true }, payload: { type: "string", nullable: true }, verified_at: { type: "string", nullable: true } } } } } } }, "full-repository": { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, name: { type: "string" }, full_name: { type: "string" }, owner: { $ref: "#/components/schemas/simple-user" }, private: { type: "boolean" }, html_url: { type: "string", format: "uri" }, description: { type: "string", nullable: true }, fork: { type: "boolean" }, url: { type: "string", format: "uri" }, archive_url: { type: "string" }, assignees_url: { type: "string" }, blobs_url: { type: "string" }, branches_url: { type: "string" }, collaborators_url: { type: "string" }, comments_url: { type: "string" }, commits_url: { type: "string" }, compare_url: { type: "string" }, contents_url: { type: "string" }, contributors_url: { type: "string", format: "uri" }, deployments_url: { type: "string", format: "uri" }, downloads_url: { type: "string", format: "uri" }, events_url: { type: "string", format: "uri" }, forks_url: { type: "string", format: "uri" }, git_commits_url: { type: "string" }, git_refs_url: { type: "string" }, git_tags_url: { type: "string" }, git_url: { type: "string" }, issue_comment_url: { type: "string" }, issue_events_url: { type: "string" }, issues_url: { type: "string" }, keys_url: { type: "string" }, labels_url: { type: "string" }, languages_url: { type: "string", format: "uri" }, merges_url: { type: "string", format: "uri" }, milestones_url: { type: "string" }, notifications_url: { type: "string" }, pulls_url: { type: "string" }, releases_url: { type: "string" }, ssh_url: { type: "string" }, stargazers_url: { type: "string", format: "uri" }, statuses_url: { type: "string" }, subscribers_url: { type: "string", format: "uri" }, subscription_url: { type: "string", format: "uri" }, tags_url: { type: "string", format: "uri" }, teams_url: { type: "string", format: "uri" }, trees_url: { type: "string" }, clone_url: { type: "string" }, mirror_url: { type: "string", format: "uri", nullable: true }, hooks_url: { type: "string", format: "uri" }, svn_url: { type: "string", format: "uri" }, homepage: { type: "string", format: "uri", nullable: true }, language: { type: "string", nullable: true }, forks_count: { type: "integer" }, stargazers_count: { type: "integer" }, watchers_count: { type: "integer" }, size: { type: "integer" }, default_branch: { type: "string" }, open_issues_count: { type: "integer" }, is_template: { type: "boolean" }, topics: { type: "array", items: { type: "string" } }, has_issues: { type: "boolean" }, has_projects: { type: "boolean" }, has_wiki: { type: "boolean" }, has_pages: { type: "boolean" }, has_downloads: { type: "boolean" }, has_discussions: { type: "boolean" }, has_pull_requests: { type: "boolean" }, pull_request_creation_policy: { type: "string", enum: ["all", "collaborators_only"] }, archived: { type: "boolean" }, disabled: { type: "boolean" }, visibility: { type: "string" }, pushed_at: { type: "string", format: "date-time" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, permissions: { type: "object", properties: { admin: { type: "boolean" }, maintain: { type: "boolean" }, push: { type: "boolean" }, triage: { type: "boolean" }, pull: { type: "boolean" } }, required: ["admin", "pull", "push"] }, allow_rebase_merge: { type: "boolean" }, template_repository: { $ref: "#/components/schemas/nullable-repository" }, temp_clone_token: { type: "string", nullable: true }, allow_squash_merge: { type: "boolean" }, allow_auto_merge: { type: "boolean" }, delete_branch_on_merge: { type: "boolean" }, allow_merge_commit: { type: "boolean" }, allow_update_branch: { type: "boolean" }, use_squash_pr_title_as_default: { type: "boolean" }, squash_merge_commit_title: { type: "string", enum: ["PR_TITLE", "COMMIT_OR_PR_TITLE"] }, squash_merge_commit_message: { type: "string", enum: ["PR_BODY", "COMMIT_MESSAGES", "BLANK"] }, merge_commit_title: { type: "string", enum: ["PR_TITLE", "MERGE_MESSAGE"] }, merge_commit_message: { type: "string", enum: ["PR_BODY", "PR_TITLE", "BLANK"] }, allow_forking: { type: "boolean" }, web_commit_signoff_required: { type: "boolean" }, subscribers_count: { type: "integer" }, network_count: { type: "integer" }, license: { $ref: "#/components/schemas/nullable-license-simple" }, organization: { $ref: "#/components/schemas/nullable-simple-user" }, parent: { $ref: "#/components/schemas/repository" }, source: { $ref: "#/components/schemas/repository" }, forks: { type: "integer" }, master_branch: { type: "string" }, open_issues: { type: "integer" }, watchers: { type: "integer" }, anonymous_access_enabled: { default: true, type: "boolean" }, code_of_conduct: { $ref: "#/components/schemas/code-of-conduct-simple" }, security_and_analysis: { $ref: "#/components/schemas/security-and-analysis" }, custom_properties: { type: "object", additionalProperties: true } }, required: ["archive_url", "assignees_url", "blobs_url", "branches_url", "collaborators_url", "comments_url", "commits_url", "compare_url", "contents_url", "contributors_url", "deployments_url", "description", "downloads_url", "events_url", "fork", "forks_url", "full_name", "git_commits_url", "git_refs_url", "git_tags_url", "hooks_url", "html_url", "id", "node_id", "issue_comment_url", "issue_events_url", "issues_url", "keys_url", "labels_url", "languages_url", "merges_url", "milestones_url", "name", "notifications_url", "owner", "private", "pulls_url", "releases_url", "stargazers_url", "statuses_url", "subscribers_url", "subscription_url", "tags_url", "teams_url", "trees_url", "url", "clone_url", "default_branch", "forks", "forks_count", "git_url", "has_issues", "has_projects", "has_wiki", "has_pages", "has_discussions", "homepage", "language", "archived", "disabled", "mirror_url", "open_issues", "open_issues_count", "license", "pushed_at", "size", "ssh_url", "stargazers_count", "svn_url", "watchers", "watchers_count", "created_at", "updated_at", "network_count", "subscribers_count"] }, "git-commit": { type: "object", properties: { sha: { type: "string" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, author: { type: "object", properties: { date: { format: "date-time", type: "string" }, email: { type: "string" }, name: { type: "string" } }, required: ["email", "name", "date"] }, committer: { type: "object", properties: { date: { format: "date-time", type: "string" }, email: { type: "string" }, name: { type: "string" } }, required: ["email", "name", "date"] }, message: { type: "string" }, tree: { type: "object", properties: { sha: { type: "string" }, url: { type: "string", format: "uri" } }, required: ["sha", "url"] }, parents: { type: "array", items: { type: "object", properties: { sha: { type: "string" }, url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" } }, required: ["sha", "url", "html_url"] } }, verification: { type: "object", properties: { verified: { type: "boolean" }, reason: { type: "string" }, signature: { type: "string", nullable: true }, payload: { type: "string", nullable: true }, verified_at: { type: "string", nullable: true } }, required: ["verified", "reason", "signature", "payload", "verified_at"] }, html_url: { type: "string", format: "uri" } }, required: ["sha", "node_id", "url", "html_url", "author", "committer", "tree", "message", "parents", "verification"] }, "git-ref": { type: "object", properties: { ref: { type: "string" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, object: { type: "object", properties: { type: { type: "string" }, sha: { type: "string", minLength: 40, maxLength: 40 }, url: { type: "string", format: "uri" } }, required: ["type", "sha", "url"] } }, required: ["ref", "node_id", "url", "object"] }, "git-tree": { type: "object", properties: { sha: { type: "string" }, url: { type: "string", format: "uri" }, truncated: { type: "boolean" }, tree: { type: "array", items: { type: "object", required: ["path", "mode", "type", "sha"], properties: { path: { type: "string" }, mode: { type: "string" }, type: { type: "string" }, sha: { type: "string" }, size: { type: "integer" }, url: { type: "string" } } } } }, required: ["sha", "tree", "truncated"] }, integration: { type: "object", nullable: true, properties: { id: { type: "integer" }, slug: { type: "string" }, node_id: { type: "string" }, client_id: { type: "string" }, owner: { oneOf: [{ $ref: "#/components/schemas/simple-user" }, { $ref: "#/components/schemas/enterprise" }] }, name: { type: "string" }, description: { type: "string", nullable: true }, external_url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, permissions: { type: "object", properties: { issues: { type: "string" }, checks: { type: "string" }, metadata: { type: "string" }, contents: { type: "string" }, deployments: { type: "string" } }, additionalProperties: { type: "string" } }, events: { type: "array", items: { type: "string" } }, installations_count: { type: "integer" } }, required: ["id", "node_id", "owner", "name", "description", "external_url", "html_url", "created_at", "updated_at", "permissions", "events"] }, issue: { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, repository_url: { type: "string", format: "uri" }, labels_url: { type: "string" }, comments_url: { type: "string", format: "uri" }, events_url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, number: { type: "integer" }, state: { type: "string" }, state_reason: { type: "string", nullable: true, enum: ["completed", "reopened", "not_planned", "duplicate"] }, title: { type: "string" }, body: { type: "string", nullable: true }, user: { $ref: "#/components/schemas/nullable-simple-user" }, labels: { type: "array", items: { oneOf: [{ type: "string" }, { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, name: { type: "string" }, description: { type: "string", nullable: true }, color: { type: "string", nullable: true }, default: { type: "boolean" } } }] } }, assignee: { $ref: "#/components/schemas/nullable-simple-user" }, assignees: { type: "array", items: { $ref: "#/components/schemas/simple-user" } }, milestone: { $ref: "#/components/schemas/nullable-milestone" }, locked: { type: "boolean" }, active_lock_reason: { type: "string", nullable: true }, comments: { type: "integer" }, pull_request: { type: "object", properties: { merged_at: { type: "string", format: "date-time", nullable: true }, diff_url: { type: "string", format: "uri", nullable: true }, html_url: { type: "string", format: "uri", nullable: true }, patch_url: { type: "string", format: "uri", nullable: true }, url: { type: "string", format: "uri", nullable: true } }, required: ["diff_url", "html_url", "patch_url", "url"] }, closed_at: { type: "string", format: "date-time", nullable: true }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, draft: { type: "boolean" }, closed_by: { $ref: "#/components/schemas/nullable-simple-user" }, body_html: { type: "string" }, body_text: { type: "string" }, timeline_url: { type: "string", format: "uri" }, type: { $ref: "#/components/schemas/issue-type" }, repository: { $ref: "#/components/schemas/repository" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, author_association: { $ref: "#/components/schemas/author-association" }, reactions: { $ref: "#/components/schemas/reaction-rollup" }, sub_issues_summary: { $ref: "#/components/schemas/sub-issues-summary" }, parent_issue_url: { type: "string", format: "uri", nullable: true }, pinned_comment: { $ref: "#/components/schemas/nullable-issue-comment" }, issue_dependencies_summary: { $ref: "#/components/schemas/issue-dependencies-summary" }, issue_field_values: { type: "array", items: { $ref: "#/components/schemas/issue-field-value" } } }, required: ["assignee", "closed_at", "comments", "comments_url", "events_url", "html_url", "id", "node_id", "labels", "labels_url", "milestone", "number", "repository_url", "state", "locked", "title", "url", "user", "created_at", "updated_at"] }, "issue-comment": { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, body: { type: "string" }, body_text: { type: "string" }, body_html: { type: "string" }, html_url: { type: "string", format: "uri" }, user: { $ref: "#/components/schemas/nullable-simple-user" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, issue_url: { type: "string", format: "uri" }, author_association: { $ref: "#/components/schemas/author-association" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, reactions: { $ref: "#/components/schemas/reaction-rollup" }, pin: { $ref: "#/components/schemas/nullable-pinned-issue-comment" }, minimized: { $ref: "#/components/schemas/nullable-issue-comment-minimized" } }, required: ["id", "node_id", "html_url", "issue_url", "user", "url", "created_at", "updated_at"] }, "issue-dependencies-summary": { type: "object", properties: { blocked_by: { type: "integer" }, blocking: { type: "integer" }, total_blocked_by: { type: "integer" }, total_blocking: { type: "integer" } }, required: ["blocked_by", "blocking", "total_blocked_by", "total_blocking"] }, "issue-field-value": { type: "object", properties: { issue_field_id: { type: "integer", format: "int64" }, issue_field_name: { type: "string" }, node_id: { type: "string" }, data_type: { type: "string", enum: ["text", "single_select", "multi_select", "number", "date"] }, value: { anyOf: [{ type: "string" }, { type: "number" }, { type: "integer" }], nullable: true }, single_select_option: { type: "object", properties: { id: { type: "integer", format: "int64" }, name: { type: "string" }, color: { type: "string" } }, required: ["id", "name", "color"], nullable: true }, multi_select_options: { type: "array", items: { type: "object", properties: { id: { type: "integer", format: "int64" }, name: { type: "string" }, color: { type: "string" } }, required: ["id", "name", "color"] }, nullable: true } }, required: ["issue_field_id", "node_id", "data_type", "value"] }, "issue-type": { type: "object", nullable: true, properties: { id: { type: "integer" }, node_id: { type: "string" }, name: { type: "string" }, description: { type: "string", nullable: true }, color: { type: "string", enum: ["gray", "blue", "green", "yellow", "orange", "red", "pink", "purple"], nullable: true }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, is_enabled: { type: "boolean" } }, required: ["id", "node_id", "name", "description"] }, "issue-type-added-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, issue_type: { $ref: "#/components/schemas/issue-type-webhook" }, intent: { $ref: "#/components/schemas/nullable-issue-event-intent" } }, required: ["issue_type", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "issue-type-changed-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, issue_type: { $ref: "#/components/schemas/issue-type-webhook" }, prev_issue_type: { $ref: "#/components/schemas/issue-type-webhook" }, intent: { $ref: "#/components/schemas/nullable-issue-event-intent" } }, required: ["issue_type", "prev_issue_type", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "issue-type-removed-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, prev_issue_type: { $ref: "#/components/schemas/issue-type-webhook" }, intent: { $ref: "#/components/schemas/nullable-issue-event-intent" } }, required: ["prev_issue_type", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "issue-type-webhook": { type: "object", nullable: true, properties: { id: { type: "integer" }, name: { type: "string" }, color: { type: "string", enum: ["gray", "blue", "green", "yellow", "orange", "red", "pink", "purple"], nullable: true } }, required: ["id", "name"] }, label: { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, name: { type: "string" }, description: { type: "string", nullable: true }, color: { type: "string" }, default: { type: "boolean" } }, required: ["id", "node_id", "url", "name", "description", "color", "default"] }, "labeled-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, label: { type: "object", properties: { name: { type: "string" }, color: { type: "string" } }, required: ["name", "color"] }, intent: { $ref: "#/components/schemas/nullable-issue-event-intent" } }, required: ["label", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, link: { type: "object", properties: { href: { type: "string" } }, required: ["href"] }, "locked-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, lock_reason: { type: "string", nullable: true } }, required: ["lock_reason", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "milestoned-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, milestone: { type: "object", properties: { title: { type: "string" } }, required: ["title"] } }, required: ["milestone", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "moved-column-in-project-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, project_card: { type: "object", properties: { id: { type: "integer" }, url: { type: "string", format: "uri" }, project_id: { type: "integer" }, project_url: { type: "string", format: "uri" }, column_name: { type: "string" }, previous_column_name: { type: "string" } }, required: ["id", "url", "project_id", "project_url", "column_name"] } }, required: ["id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "nullable-collaborator": { type: "object", properties: { login: { type: "string" }, id: { type: "integer", format: "int64" }, email: { nullable: true, type: "string" }, name: { nullable: true, type: "string" }, node_id: { type: "string" }, avatar_url: { type: "string", format: "uri" }, gravatar_id: { type: "string", nullable: true }, url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, followers_url: { type: "string", format: "uri" }, following_url: { type: "string" }, gists_url: { type: "string" }, starred_url: { type: "string" }, subscriptions_url: { type: "string", format: "uri" }, organizations_url: { type: "string", format: "uri" }, repos_url: { type: "string", format: "uri" }, events_url: { type: "string" }, received_events_url: { type: "string", format: "uri" }, type: { type: "string" }, site_admin: { type: "boolean" }, permissions: { type: "object", properties: { pull: { type: "boolean" }, triage: { type: "boolean" }, push: { type: "boolean" }, maintain: { type: "boolean" }, admin: { type: "boolean" } }, required: ["pull", "push", "admin"] }, role_name: { type: "string" }, user_view_type: { type: "string" } }, required: ["avatar_url", "events_url", "followers_url", "following_url", "gists_url", "gravatar_id", "html_url", "id", "node_id", "login", "organizations_url", "received_events_url", "repos_url", "site_admin", "starred_url", "subscriptions_url", "type", "url", "role_name"], nullable: true }, "nullable-git-user": { type: "object", properties: { name: { type: "string" }, email: { type: "string" }, date: { type: "string", format: "date-time" } }, nullable: true }, "nullable-integration": { type: "object", nullable: true, properties: { id: { type: "integer" }, slug: { type: "string" }, node_id: { type: "string" }, client_id: { type: "string" }, owner: { oneOf: [{ $ref: "#/components/schemas/simple-user" }, { $ref: "#/components/schemas/enterprise" }] }, name: { type: "string" }, description: { type: "string", nullable: true }, external_url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, permissions: { type: "object", properties: { issues: { type: "string" }, checks: { type: "string" }, metadata: { type: "string" }, contents: { type: "string" }, deployments: { type: "string" } }, additionalProperties: { type: "string" } }, events: { type: "array", items: { type: "string" } }, installations_count: { type: "integer" } }, required: ["id", "node_id", "owner", "name", "description", "external_url", "html_url", "created_at", "updated_at", "permissions", "events"] }, "nullable-issue-comment": { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, body: { type: "string" }, body_text: { type: "string" }, body_html: { type: "string" }, html_url: { type: "string", format: "uri" }, user: { $ref: "#/components/schemas/nullable-simple-user" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, issue_url: { type: "string", format: "uri" }, author_association: { $ref: "#/components/schemas/author-association" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, reactions: { $ref: "#/components/schemas/reaction-rollup" }, pin: { $ref: "#/components/schemas/nullable-pinned-issue-comment" }, minimized: { $ref: "#/components/schemas/nullable-issue-comment-minimized" } }, required: ["id", "node_id", "html_url", "issue_url", "user", "url", "created_at", "updated_at"], nullable: true }, "nullable-issue-comment-minimized": { type: "object", properties: { reason: { type: "string", nullable: true } }, required: ["reason"], nullable: true }, "nullable-issue-event-intent": { type: "object", nullable: true, properties: { rationale: { type: "string", nullable: true }, confidence: { type: "string", enum: ["LOW", "MEDIUM", "HIGH"], nullable: true } } }, "nullable-issue-reference": { type: "object", nullable: true, properties: { number: { type: "integer" }, title: { type: "string" }, state: { type: "string" }, state_reason: { type: "string", nullable: true }, repository: { $ref: "#/components/schemas/simple-repository" }, issue_type: { type: "object", nullable: true, properties: { id: { type: "integer" }, node_id: { type: "string" }, name: { type: "string" }, color: { type: "string", nullable: true } }, required: ["id", "node_id", "name"] } }, required: ["number", "title", "state", "repository", "issue_type"] }, "nullable-license-simple": { type: "object", properties: { key: { type: "string" }, name: { type: "string" }, url: { type: "string", nullable: true, format: "uri" }, spdx_id: { type: "string", nullable: true }, node_id: { type: "string" }, html_url: { type: "string", format: "uri" } }, required: ["key", "name", "url", "spdx_id", "node_id"], nullable: true }, "nullable-milestone": { type: "object", properties: { url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, labels_url: { type: "string", format: "uri" }, id: { type: "integer" }, node_id: { type: "string" }, number: { type: "integer" }, state: { type: "string", enum: ["open", "closed"], default: "open" }, title: { type: "string" }, description: { type: "string", nullable: true }, creator: { $ref: "#/components/schemas/nullable-simple-user" }, open_issues: { type: "integer" }, closed_issues: { type: "integer" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, closed_at: { type: "string", format: "date-time", nullable: true }, due_on: { type: "string", format: "date-time", nullable: true } }, required: ["closed_issues", "creator", "description", "due_on", "closed_at", "id", "node_id", "labels_url", "html_url", "number", "open_issues", "state", "title", "url", "created_at", "updated_at"], nullable: true }, "nullable-pinned-issue-comment": { type: "object", properties: { pinned_at: { type: "string", format: "date-time" }, pinned_by: { $ref: "#/components/schemas/nullable-simple-user" } }, required: ["pinned_at", "pinned_by"], nullable: true }, "nullable-repository": { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, name: { type: "string" }, full_name: { type: "string" }, license: { $ref: "#/components/schemas/nullable-license-simple" }, forks: { type: "integer" }, permissions: { type: "object", properties: { admin: { type: "boolean" }, pull: { type: "boolean" }, triage: { type: "boolean" }, push: { type: "boolean" }, maintain: { type: "boolean" } }, required: ["admin", "pull", "push"] }, owner: { $ref: "#/components/schemas/simple-user" }, private: { default: false, type: "boolean" }, html_url: { type: "string", format: "uri" }, description: { type: "string", nullable: true }, fork: { type: "boolean" }, url: { type: "string", format: "uri" }, archive_url: { type: "string" }, assignees_url: { type: "string" }, blobs_url: { type: "string" }, branches_url: { type: "string" }, collaborators_url: { type: "string" }, comments_url: { type: "string" }, commits_url: { type: "string" }, compare_url: { type: "string" }, contents_url: { type: "string" }, contributors_url: { type: "string", format: "uri" }, deployments_url: { type: "string", format: "uri" }, downloads_url: { type: "string", format: "uri" }, events_url: { type: "string", format: "uri" }, forks_url: { type: "string", format: "uri" }, git_commits_url: { type: "string" }, git_refs_url: { type: "string" }, git_tags_url: { type: "string" }, git_url: { type: "string" }, issue_comment_url: { type: "string" }, issue_events_url: { type: "string" }, issues_url: { type: "string" }, keys_url: { type: "string" }, labels_url: { type: "string" }, languages_url: { type: "string", format: "uri" }, merges_url: { type: "string", format: "uri" }, milestones_url: { type: "string" }, notifications_url: { type: "string" }, pulls_url: { type: "string" }, releases_url: { type: "string" }, ssh_url: { type: "string" }, stargazers_url: { type: "string", format: "uri" }, statuses_url: { type: "string" }, subscribers_url: { type: "string", format: "uri" }, subscription_url: { type: "string", format: "uri" }, tags_url: { type: "string", format: "uri" }, teams_url: { type: "string", format: "uri" }, trees_url: { type: "string" }, clone_url: { type: "string" }, mirror_url: { type: "string", format: "uri", nullable: true }, hooks_url: { type: "string", format: "uri" }, svn_url: { type: "string", format: "uri" }, homepage: { type: "string", format: "uri", nullable: true }, language: { type: "string", nullable: true }, forks_count: { type: "integer" }, stargazers_count: { type: "integer" }, watchers_count: { type: "integer" }, size: { type: "integer" }, default_branch: { type: "string" }, open_issues_count: { type: "integer" }, is_template: { default: false, type: "boolean" }, topics: { type: "array", items: { type: "string" } }, has_issues: { default: true, type: "boolean" }, has_projects: { default: true, type: "boolean" }, has_wiki: { default: true, type: "boolean" }, has_pages: { type: "boolean" }, has_downloads: { default: true, type: "boolean" }, has_discussions: { default: false, type: "boolean" }, has_pull_requests: { default: true, type: "boolean" }, pull_request_creation_policy: { type: "string", enum: ["all", "collaborators_only"] }, archived: { default: false, type: "boolean" }, disabled: { type: "boolean" }, visibility: { default: "public", type: "string" }, pushed_at: { type: "string", format: "date-time", nullable: true }, created_at: { type: "string", format: "date-time", nullable: true }, updated_at: { type: "string", format: "date-time", nullable: true }, allow_rebase_merge: { default: true, type: "boolean" }, temp_clone_token: { type: "string" }, allow_squash_merge: { default: true, type: "boolean" }, allow_auto_merge: { default: false, type: "boolean" }, delete_branch_on_merge: { default: false, type: "boolean" }, allow_update_branch: { default: false, type: "boolean" }, use_squash_pr_title_as_default: { type: "boolean", default: false }, squash_merge_commit_title: { type: "string", enum: ["PR_TITLE", "COMMIT_OR_PR_TITLE"] }, squash_merge_commit_message: { type: "string", enum: ["PR_BODY", "COMMIT_MESSAGES", "BLANK"] }, merge_commit_title: { type: "string", enum: ["PR_TITLE", "MERGE_MESSAGE"] }, merge_commit_message: { type: "string", enum: ["PR_BODY", "PR_TITLE", "BLANK"] }, allow_merge_commit: { default: true, type: "boolean" }, allow_forking: { type: "boolean" }, web_commit_signoff_required: { default: false, type: "boolean" }, open_issues: { type: "integer" }, watchers: { type: "integer" }, master_branch: { type: "string" }, starred_at: { type: "string" }, anonymous_access_enabled: { type: "boolean" }, code_search_index_status: { type: "object", properties: { lexical_search_ok: { type: "boolean" }, lexical_commit_sha: { type: "string" } } } }, required: ["archive_url", "assignees_url", "blobs_url", "branches_url", "collaborators_url", "comments_url", "commits_url", "compare_url", "contents_url", "contributors_url", "deployments_url", "description", "downloads_url", "events_url", "fork", "forks_url", "full_name", "git_commits_url", "git_refs_url", "git_tags_url", "hooks_url", "html_url", "id", "node_id", "issue_comment_url", "issue_events_url", "issues_url", "keys_url", "labels_url", "languages_url", "merges_url", "milestones_url", "name", "notifications_url", "owner", "private", "pulls_url", "releases_url", "stargazers_url", "statuses_url", "subscribers_url", "subscription_url", "tags_url", "teams_url", "trees_url", "url", "clone_url", "default_branch", "forks", "forks_count", "git_url", "has_downloads", "has_issues", "has_projects", "has_wiki", "has_pages", "homepage", "language", "archived", "disabled", "mirror_url", "open_issues", "open_issues_count", "license", "pushed_at", "size", "ssh_url", "stargazers_count", "svn_url", "watchers", "watchers_count", "created_at", "updated_at"], nullable: true }, "nullable-simple-user": { type: "object", properties: { name: { nullable: true, type: "string" }, email: { nullable: true, type: "string" }, login: { type: "string" }, id: { type: "integer", format: "int64" }, node_id: { type: "string" }, avatar_url: { type: "string", format: "uri" }, gravatar_id: { type: "string", nullable: true }, url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, followers_url: { type: "string", format: "uri" }, following_url: { type: "string" }, gists_url: { type: "string" }, starred_url: { type: "string" }, subscriptions_url: { type: "string", format: "uri" }, organizations_url: { type: "string", format: "uri" }, repos_url: { type: "string", format: "uri" }, events_url: { type: "string" }, received_events_url: { type: "string", format: "uri" }, type: { type: "string" }, site_admin: { type: "boolean" }, starred_at: { type: "string" }, user_view_type: { type: "string" } }, required: ["avatar_url", "events_url", "followers_url", "following_url", "gists_url", "gravatar_id", "html_url", "id", "node_id", "login", "organizations_url", "received_events_url", "repos_url", "site_admin", "starred_url", "subscriptions_url", "type", "url"], nullable: true }, "nullable-team-simple": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, members_url: { type: "string" }, name: { type: "string" }, description: { type: "string", nullable: true }, permission: { type: "string" }, privacy: { type: "string" }, notification_setting: { type: "string" }, html_url: { type: "string", format: "uri" }, repositories_url: { type: "string", format: "uri" }, slug: { type: "string" }, ldap_dn: { type: "string" }, type: { type: "string", enum: ["enterprise", "organization"] }, organization_id: { type: "integer" }, enterprise_id: { type: "integer" } }, required: ["id", "node_id", "url", "members_url", "name", "description", "permission", "html_url", "repositories_url", "slug", "type"], nullable: true }, "parent-issue-added-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, parent_issue: { $ref: "#/components/schemas/nullable-issue-reference" } }, required: ["parent_issue", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "parent-issue-removed-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, parent_issue: { $ref: "#/components/schemas/nullable-issue-reference" } }, required: ["parent_issue", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "private-user": { type: "object", properties: { login: { type: "string" }, id: { type: "integer", format: "int64" }, user_view_type: { type: "string" }, node_id: { type: "string" }, avatar_url: { type: "string", format: "uri" }, gravatar_id: { type: "string", nullable: true }, url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, followers_url: { type: "string", format: "uri" }, following_url: { type: "string" }, gists_url: { type: "string" }, starred_url: { type: "string" }, subscriptions_url: { type: "string", format: "uri" }, organizations_url: { type: "string", format: "uri" }, repos_url: { type: "string", format: "uri" }, events_url: { type: "string" }, received_events_url: { type: "string", format: "uri" }, type: { type: "string" }, site_admin: { type: "boolean" }, name: { type: "string", nullable: true }, company: { type: "string", nullable: true }, blog: { type: "string", nullable: true }, location: { type: "string", nullable: true }, email: { type: "string", format: "email", nullable: true }, notification_email: { type: "string", format: "email", nullable: true }, hireable: { type: "boolean", nullable: true }, bio: { type: "string", nullable: true }, twitter_username: { type: "string", nullable: true }, public_repos: { type: "integer" }, public_gists: { type: "integer" }, followers: { type: "integer" }, following: { type: "integer" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, private_gists: { type: "integer" }, total_private_repos: { type: "integer" }, owned_private_repos: { type: "integer" }, disk_usage: { type: "integer" }, collaborators: { type: "integer" }, two_factor_authentication: { type: "boolean" }, plan: { type: "object", properties: { collaborators: { type: "integer" }, name: { type: "string" }, space: { type: "integer" }, private_repos: { type: "integer" } }, required: ["collaborators", "name", "space", "private_repos"] }, business_plus: { type: "boolean" }, ldap_dn: { type: "string" } }, required: ["avatar_url", "events_url", "followers_url", "following_url", "gists_url", "gravatar_id", "html_url", "id", "node_id", "login", "organizations_url", "received_events_url", "repos_url", "site_admin", "starred_url", "subscriptions_url", "type", "url", "bio", "blog", "company", "email", "followers", "following", "hireable", "location", "name", "public_gists", "public_repos", "created_at", "updated_at", "collaborators", "disk_usage", "owned_private_repos", "private_gists", "total_private_repos", "two_factor_authentication"] }, "protected-branch-admin-enforced": { type: "object", properties: { url: { type: "string", format: "uri" }, enabled: { type: "boolean" } }, required: ["url", "enabled"] }, "protected-branch-pull-request-review": { type: "object", properties: { url: { type: "string", format: "uri" }, dismissal_restrictions: { type: "object", properties: { users: { type: "array", items: { $ref: "#/components/schemas/simple-user" } }, teams: { type: "array", items: { $ref: "#/components/schemas/team" } }, apps: { type: "array", items: { $ref: "#/components/schemas/integration" } }, url: { type: "string" }, users_url: { type: "string" }, teams_url: { type: "string" } } }, bypass_pull_request_allowances: { type: "object", properties: { users: { type: "array", items: { $ref: "#/components/schemas/simple-user" } }, teams: { type: "array", items: { $ref: "#/components/schemas/team" } }, apps: { type: "array", items: { $ref: "#/components/schemas/integration" } } } }, dismiss_stale_reviews: { type: "boolean" }, require_code_owner_reviews: { type: "boolean" }, required_approving_review_count: { type: "integer", minimum: 0, maximum: 6 }, require_last_push_approval: { type: "boolean", default: false } }, required: ["dismiss_stale_reviews", "require_code_owner_reviews"] }, "protected-branch-required-status-check": { type: "object", properties: { url: { type: "string" }, enforcement_level: { type: "string" }, contexts: { type: "array", items: { type: "string" } }, checks: { type: "array", items: { type: "object", properties: { context: { type: "string" }, app_id: { type: "integer", nullable: true } }, required: ["context", "app_id"] } }, contexts_url: { type: "string" }, strict: { type: "boolean" } }, required: ["contexts", "checks"] }, "public-user": { type: "object", properties: { login: { type: "string" }, id: { type: "integer", format: "int64" }, user_view_type: { type: "string" }, node_id: { type: "string" }, avatar_url: { type: "string", format: "uri" }, gravatar_id: { type: "string", nullable: true }, url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, followers_url: { type: "string", format: "uri" }, following_url: { type: "string" }, gists_url: { type: "string" }, starred_url: { type: "string" }, subscriptions_url: { type: "string", format: "uri" }, organizations_url: { type: "string", format: "uri" }, repos_url: { type: "string", format: "uri" }, events_url: { type: "string" }, received_events_url: { type: "string", format: "uri" }, type: { type: "string" }, site_admin: { type: "boolean" }, name: { type: "string", nullable: true }, company: { type: "string", nullable: true }, blog: { type: "string", nullable: true }, location: { type: "string", nullable: true }, email: { type: "string", format: "email", nullable: true }, notification_email: { type: "string", format: "email", nullable: true }, hireable: { type: "boolean", nullable: true }, bio: { type: "string", nullable: true }, twitter_username: { type: "string", nullable: true }, public_repos: { type: "integer" }, public_gists: { type: "integer" }, followers: { type: "integer" }, following: { type: "integer" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, plan: { type: "object", properties: { collaborators: { type: "integer" }, name: { type: "string" }, space: { type: "integer" }, private_repos: { type: "integer" } }, required: ["collaborators", "name", "space", "private_repos"] }, private_gists: { type: "integer" }, total_private_repos: { type: "integer" }, owned_private_repos: { type: "integer" }, disk_usage: { type: "integer" }, collaborators: { type: "integer" } }, required: ["avatar_url", "events_url", "followers_url", "following_url", "gists_url", "gravatar_id", "html_url", "id", "node_id", "login", "organizations_url", "received_events_url", "repos_url", "site_admin", "starred_url", "subscriptions_url", "type", "url", "bio", "blog", "company", "email", "followers", "following", "hireable", "location", "name", "public_gists", "public_repos", "created_at", "updated_at"], additionalProperties: false }, "pull-request": { type: "object", properties: { url: { type: "string", format: "uri" }, id: { type: "integer", format: "int64" }, node_id: { type: "string" }, html_url: { type: "string", format: "uri" }, diff_url: { type: "string", format: "uri" }, patch_url: { type: "string", format: "uri" }, issue_url: { type: "string", format: "uri" }, commits_url: { type: "string", format: "uri" }, review_comments_url: { type: "string", format: "uri" }, review_comment_url: { type: "string" }, comments_url: { type: "string", format: "uri" }, statuses_url: { type: "string", format: "uri" }, number: { type: "integer" }, state: { enum: ["open", "closed"], type: "string" }, locked: { type: "boolean" }, title: { type: "string" }, user: { $ref: "#/components/schemas/simple-user" }, body: { type: "string", nullable: true }, labels: { type: "array", items: { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, url: { type: "string" }, name: { type: "string" }, description: { type: "string", nullable: true }, color: { type: "string" }, default: { type: "boolean" } }, required: ["id", "node_id", "url", "name", "description", "color", "default"] } }, milestone: { $ref: "#/components/schemas/nullable-milestone" }, active_lock_reason: { type: "string", nullable: true }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, closed_at: { type: "string", format: "date-time", nullable: true }, merged_at: { type: "string", format: "date-time", nullable: true }, merge_commit_sha: { type: "string", nullable: true }, assignee: { $ref: "#/components/schemas/nullable-simple-user" }, assignees: { type: "array", items: { $ref: "#/components/schemas/simple-user" } }, requested_reviewers: { type: "array", items: { $ref: "#/components/schemas/simple-user" } }, requested_teams: { type: "array", items: { $ref: "#/components/schemas/team-simple" } }, head: { type: "object", properties: { label: { type: "string" }, ref: { type: "string" }, repo: { $ref: "#/components/schemas/repository" }, sha: { type: "string" }, user: { $ref: "#/components/schemas/simple-user" } }, required: ["label", "ref", "repo", "sha", "user"] }, base: { type: "object", properties: { label: { type: "string" }, ref: { type: "string" }, repo: { $ref: "#/components/schemas/repository" }, sha: { type: "string" }, user: { $ref: "#/components/schemas/simple-user" } }, required: ["label", "ref", "repo", "sha", "user"] }, _links: { type: "object", properties: { comments: { $ref: "#/components/schemas/link" }, commits: { $ref: "#/components/schemas/link" }, statuses: { $ref: "#/components/schemas/link" }, html: { $ref: "#/components/schemas/link" }, issue: { $ref: "#/components/schemas/link" }, review_comments: { $ref: "#/components/schemas/link" }, review_comment: { $ref: "#/components/schemas/link" }, self: { $ref: "#/components/schemas/link" } }, required: ["comments", "commits", "statuses", "html", "issue", "review_comments", "review_comment", "self"] }, author_association: { $ref: "#/components/schemas/author-association" }, auto_merge: { $ref: "#/components/schemas/auto-merge" }, stack: { $ref: "#/components/schemas/pull-request-stack" }, draft: { type: "boolean" }, merged: { type: "boolean" }, mergeable: { type: "boolean", nullable: true }, rebaseable: { type: "boolean", nullable: true }, mergeable_state: { type: "string" }, merged_by: { $ref: "#/components/schemas/nullable-simple-user" }, comments: { type: "integer" }, review_comments: { type: "integer" }, maintainer_can_modify: { type: "boolean" }, commits: { type: "integer" }, additions: { type: "integer" }, deletions: { type: "integer" }, changed_files: { type: "integer" } }, required: ["_links", "assignee", "labels", "base", "body", "closed_at", "comments_url", "commits_url", "created_at", "diff_url", "head", "html_url", "id", "node_id", "issue_url", "merge_commit_sha", "merged_at", "milestone", "number", "patch_url", "review_comment_url", "review_comments_url", "statuses_url", "state", "locked", "title", "updated_at", "url", "user", "author_association", "auto_merge", "additions", "changed_files", "comments", "commits", "deletions", "mergeable", "mergeable_state", "merged", "maintainer_can_modify", "merged_by", "review_comments"] }, "pull-request-merge-result": { type: "object", properties: { sha: { type: "string" }, merged: { type: "boolean" }, message: { type: "string" } }, required: ["merged", "message", "sha"] }, "pull-request-review-comment": { type: "object", properties: { url: { type: "string" }, pull_request_review_id: { type: "integer", format: "int64", nullable: true }, id: { type: "integer", format: "int64" }, node_id: { type: "string" }, diff_hunk: { type: "string" }, path: { type: "string" }, position: { type: "integer" }, original_position: { type: "integer" }, commit_id: { type: "string" }, original_commit_id: { type: "string" }, in_reply_to_id: { type: "integer" }, user: { $ref: "#/components/schemas/nullable-simple-user" }, body: { type: "string" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, html_url: { type: "string", format: "uri" }, pull_request_url: { type: "string", format: "uri" }, author_association: { $ref: "#/components/schemas/author-association" }, _links: { type: "object", properties: { self: { type: "object", properties: { href: { type: "string", format: "uri" } }, required: ["href"] }, html: { type: "object", properties: { href: { type: "string", format: "uri" } }, required: ["href"] }, pull_request: { type: "object", properties: { href: { type: "string", format: "uri" } }, required: ["href"] } }, required: ["self", "html", "pull_request"] }, start_line: { type: "integer", nullable: true }, original_start_line: { type: "integer", nullable: true }, start_side: { type: "string", enum: ["LEFT", "RIGHT"], default: "RIGHT", nullable: true }, line: { type: "integer" }, original_line: { type: "integer" }, side: { enum: ["LEFT", "RIGHT"], default: "RIGHT", type: "string" }, subject_type: { type: "string", enum: ["line", "file"] }, reactions: { $ref: "#/components/schemas/reaction-rollup" }, body_html: { type: "string" }, body_text: { type: "string" } }, required: ["url", "id", "node_id", "pull_request_review_id", "diff_hunk", "path", "commit_id", "original_commit_id", "user", "body", "created_at", "updated_at", "html_url", "pull_request_url", "author_association", "_links"] }, "pull-request-review-request": { type: "object", properties: { users: { type: "array", items: { $ref: "#/components/schemas/simple-user" } }, teams: { type: "array", items: { $ref: "#/components/schemas/team" } } }, required: ["users", "teams"] }, "pull-request-simple": { type: "object", properties: { url: { type: "string", format: "uri" }, id: { type: "integer", format: "int64" }, node_id: { type: "string" }, html_url: { type: "string", format: "uri" }, diff_url: { type: "string", format: "uri" }, patch_url: { type: "string", format: "uri" }, issue_url: { type: "string", format: "uri" }, commits_url: { type: "string", format: "uri" }, review_comments_url: { type: "string", format: "uri" }, review_comment_url: { type: "string" }, comments_url: { type: "string", format: "uri" }, statuses_url: { type: "string", format: "uri" }, number: { type: "integer" }, state: { type: "string" }, locked: { type: "boolean" }, title: { type: "string" }, user: { $ref: "#/components/schemas/nullable-simple-user" }, body: { type: "string", nullable: true }, labels: { type: "array", items: { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, url: { type: "string" }, name: { type: "string" }, description: { type: "string" }, color: { type: "string" }, default: { type: "boolean" } }, required: ["id", "node_id", "url", "name", "description", "color", "default"] } }, milestone: { $ref: "#/components/schemas/nullable-milestone" }, active_lock_reason: { type: "string", nullable: true }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, closed_at: { type: "string", format: "date-time", nullable: true }, merged_at: { type: "string", format: "date-time", nullable: true }, merge_commit_sha: { type: "string", nullable: true }, assignee: { $ref: "#/components/schemas/nullable-simple-user" }, assignees: { type: "array", items: { $ref: "#/components/schemas/simple-user" } }, requested_reviewers: { type: "array", items: { $ref: "#/components/schemas/simple-user" } }, requested_teams: { type: "array", items: { $ref: "#/components/schemas/team" } }, head: { type: "object", properties: { label: { type: "string" }, ref: { type: "string" }, repo: { $ref: "#/components/schemas/repository" }, sha: { type: "string" }, user: { $ref: "#/components/schemas/nullable-simple-user" } }, required: ["label", "ref", "repo", "sha", "user"] }, base: { type: "object", properties: { label: { type: "string" }, ref: { type: "string" }, repo: { $ref: "#/components/schemas/repository" }, sha: { type: "string" }, user: { $ref: "#/components/schemas/nullable-simple-user" } }, required: ["label", "ref", "repo", "sha", "user"] }, _links: { type: "object", properties: { comments: { $ref: "#/components/schemas/link" }, commits: { $ref: "#/components/schemas/link" }, statuses: { $ref: "#/components/schemas/link" }, html: { $ref: "#/components/schemas/link" }, issue: { $ref: "#/components/schemas/link" }, review_comments: { $ref: "#/components/schemas/link" }, review_comment: { $ref: "#/components/schemas/link" }, self: { $ref: "#/components/schemas/link" } }, required: ["comments", "commits", "statuses", "html", "issue", "review_comments", "review_comment", "self"] }, author_association: { $ref: "#/components/schemas/author-association" }, auto_merge: { $ref: "#/components/schemas/auto-merge" }, stack: { $ref: "#/components/schemas/pull-request-stack" }, draft: { type: "boolean" } }, required: ["_links", "assignee", "labels", "base", "body", "closed_at", "comments_url", "commits_url", "created_at", "diff_url", "head", "html_url", "id", "node_id", "issue_url", "merge_commit_sha", "merged_at", "milestone", "number", "patch_url", "review_comment_url", "review_comments_url", "statuses_url", "state", "locked", "title", "updated_at", "url", "user", "author_association", "auto_merge"] }, "pull-request-stack": { type: "object", properties: { base: { type: "object", properties: { ref: { type: "string" }, sha: { type: "string" } }, required: ["ref", "sha"] }, size: { type: "integer" }, position: { type: "integer" }, id: { type: "integer" }, number: { type: "integer" } }, required: ["base"], nullable: true }, "rate-limit": { type: "object", properties: { limit: { type: "integer" }, remaining: { type: "integer" }, reset: { type: "integer" }, used: { type: "integer" } }, required: ["limit", "remaining", "reset", "used"] }, "rate-limit-overview": { type: "object", properties: { resources: { type: "object", properties: { core: { $ref: "#/components/schemas/rate-limit" }, graphql: { $ref: "#/components/schemas/rate-limit" }, search: { $ref: "#/components/schemas/rate-limit" }, code_search: { $ref: "#/components/schemas/rate-limit" }, source_import: { $ref: "#/components/schemas/rate-limit" }, integration_manifest: { $ref: "#/components/schemas/rate-limit" }, actions_runner_registration: { $ref: "#/components/schemas/rate-limit" }, scim: { $ref: "#/components/schemas/rate-limit" }, dependency_snapshots: { $ref: "#/components/schemas/rate-limit" }, dependency_sbom: { $ref: "#/components/schemas/rate-limit" }, code_scanning_autofix: { $ref: "#/components/schemas/rate-limit" }, copilot_usage_records: { $ref: "#/components/schemas/rate-limit" } }, required: ["core", "search"] }, rate: { $ref: "#/components/schemas/rate-limit" } }, required: ["rate", "resources"] }, reaction: { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, user: { $ref: "#/components/schemas/nullable-simple-user" }, content: { type: "string", enum: ["+1", "-1", "laugh", "confused", "heart", "hooray", "rocket", "eyes"] }, created_at: { type: "string", format: "date-time" } }, required: ["id", "node_id", "user", "content", "created_at"] }, "reaction-rollup": { type: "object", properties: { url: { type: "string", format: "uri" }, total_count: { type: "integer" }, "+1": { type: "integer" }, "-1": { type: "integer" }, laugh: { type: "integer" }, confused: { type: "integer" }, heart: { type: "integer" }, hooray: { type: "integer" }, eyes: { type: "integer" }, rocket: { type: "integer" } }, required: ["url", "total_count", "+1", "-1", "laugh", "confused", "heart", "hooray", "eyes", "rocket"] }, "removed-from-project-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, project_card: { type: "object", properties: { id: { type: "integer" }, url: { type: "string", format: "uri" }, project_id: { type: "integer" }, project_url: { type: "string", format: "uri" }, column_name: { type: "string" }, previous_column_name: { type: "string" } }, required: ["id", "url", "project_id", "project_url", "column_name"] } }, required: ["id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "renamed-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, rename: { type: "object", properties: { from: { type: "string" }, to: { type: "string" } }, required: ["from", "to"] } }, required: ["rename", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, repository: { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, name: { type: "string" }, full_name: { type: "string" }, license: { $ref: "#/components/schemas/nullable-license-simple" }, forks: { type: "integer" }, permissions: { type: "object", properties: { admin: { type: "boolean" }, pull: { type: "boolean" }, triage: { type: "boolean" }, push: { type: "boolean" }, maintain: { type: "boolean" } }, required: ["admin", "pull", "push"] }, owner: { $ref: "#/components/schemas/simple-user" }, private: { default: false, type: "boolean" }, html_url: { type: "string", format: "uri" }, description: { type: "string", nullable: true }, fork: { type: "boolean" }, url: { type: "string", format: "uri" }, archive_url: { type: "string" }, assignees_url: { type: "string" }, blobs_url: { type: "string" }, branches_url: { type: "string" }, collaborators_url: { type: "string" }, comments_url: { type: "string" }, commits_url: { type: "string" }, compare_url: { type: "string" }, contents_url: { type: "string" }, contributors_url: { type: "string", format: "uri" }, deployments_url: { type: "string", format: "uri" }, downloads_url: { type: "string", format: "uri" }, events_url: { type: "string", format: "uri" }, forks_url: { type: "string", format: "uri" }, git_commits_url: { type: "string" }, git_refs_url: { type: "string" }, git_tags_url: { type: "string" }, git_url: { type: "string" }, issue_comment_url: { type: "string" }, issue_events_url: { type: "string" }, issues_url: { type: "string" }, keys_url: { type: "string" }, labels_url: { type: "string" }, languages_url: { type: "string", format: "uri" }, merges_url: { type: "string", format: "uri" }, milestones_url: { type: "string" }, notifications_url: { type: "string" }, pulls_url: { type: "string" }, releases_url: { type: "string" }, ssh_url: { type: "string" }, stargazers_url: { type: "string", format: "uri" }, statuses_url: { type: "string" }, subscribers_url: { type: "string", format: "uri" }, subscription_url: { type: "string", format: "uri" }, tags_url: { type: "string", format: "uri" }, teams_url: { type: "string", format: "uri" }, trees_url: { type: "string" }, clone_url: { type: "string" }, mirror_url: { type: "string", format: "uri", nullable: true }, hooks_url: { type: "string", format: "uri" }, svn_url: { type: "string", format: "uri" }, homepage: { type: "string", format: "uri", nullable: true }, language: { type: "string", nullable: true }, forks_count: { type: "integer" }, stargazers_count: { type: "integer" }, watchers_count: { type: "integer" }, size: { type: "integer" }, default_branch: { type: "string" }, open_issues_count: { type: "integer" }, is_template: { default: false, type: "boolean" }, topics: { type: "array", items: { type: "string" } }, has_issues: { default: true, type: "boolean" }, has_projects: { default: true, type: "boolean" }, has_wiki: { default: true, type: "boolean" }, has_pages: { type: "boolean" }, has_downloads: { default: true, type: "boolean" }, has_discussions: { default: false, type: "boolean" }, has_pull_requests: { default: true, type: "boolean" }, pull_request_creation_policy: { type: "string", enum: ["all", "collaborators_only"] }, archived: { default: false, type: "boolean" }, disabled: { type: "boolean" }, visibility: { default: "public", type: "string" }, pushed_at: { type: "string", format: "date-time", nullable: true }, created_at: { type: "string", format: "date-time", nullable: true }, updated_at: { type: "string", format: "date-time", nullable: true }, allow_rebase_merge: { default: true, type: "boolean" }, temp_clone_token: { type: "string" }, allow_squash_merge: { default: true, type: "boolean" }, allow_auto_merge: { default: false, type: "boolean" }, delete_branch_on_merge: { default: false, type: "boolean" }, allow_update_branch: { default: false, type: "boolean" }, use_squash_pr_title_as_default: { type: "boolean", default: false }, squash_merge_commit_title: { type: "string", enum: ["PR_TITLE", "COMMIT_OR_PR_TITLE"] }, squash_merge_commit_message: { type: "string", enum: ["PR_BODY", "COMMIT_MESSAGES", "BLANK"] }, merge_commit_title: { type: "string", enum: ["PR_TITLE", "MERGE_MESSAGE"] }, merge_commit_message: { type: "string", enum: ["PR_BODY", "PR_TITLE", "BLANK"] }, allow_merge_commit: { default: true, type: "boolean" }, allow_forking: { type: "boolean" }, web_commit_signoff_required: { default: false, type: "boolean" }, open_issues: { type: "integer" }, watchers: { type: "integer" }, master_branch: { type: "string" }, starred_at: { type: "string" }, anonymous_access_enabled: { type: "boolean" }, code_search_index_status: { type: "object", properties: { lexical_search_ok: { type: "boolean" }, lexical_commit_sha: { type: "string" } } } }, required: ["archive_url", "assignees_url", "blobs_url", "branches_url", "collaborators_url", "comments_url", "commits_url", "compare_url", "contents_url", "contributors_url", "deployments_url", "description", "downloads_url", "events_url", "fork", "forks_url", "full_name", "git_commits_url", "git_refs_url", "git_tags_url", "hooks_url", "html_url", "id", "node_id", "issue_comment_url", "issue_events_url", "issues_url", "keys_url", "labels_url", "languages_url", "merges_url", "milestones_url", "name", "notifications_url", "owner", "private", "pulls_url", "releases_url", "stargazers_url", "statuses_url", "subscribers_url", "subscription_url", "tags_url", "teams_url", "trees_url", "url", "clone_url", "default_branch", "forks", "forks_count", "git_url", "has_downloads", "has_issues", "has_projects", "has_wiki", "has_pages", "homepage", "language", "archived", "disabled", "mirror_url", "open_issues", "open_issues_count", "license", "pushed_at", "size", "ssh_url", "stargazers_count", "svn_url", "watchers", "watchers_count", "created_at", "updated_at"] }, "repository-collaborator-permission": { type: "object", properties: { permission: { type: "string" }, role_name: { type: "string" }, user: { $ref: "#/components/schemas/nullable-collaborator" } }, required: ["permission", "role_name", "user"] }, "repository-rule-violation-error": { type: "object", properties: { message: { type: "string" }, documentation_url: { type: "string" }, status: { type: "string" }, metadata: { type: "object", properties: { secret_scanning: { type: "object", properties: { bypass_placeholders: { type: "array", items: { type: "object", properties: { placeholder_id: { $ref: "#/components/schemas/secret-scanning-push-protection-bypass-placeholder-id" }, token_type: { type: "string" } } } } } } } } } }, "review-dismissed-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, dismissed_review: { type: "object", properties: { state: { type: "string" }, review_id: { type: "integer" }, dismissal_message: { nullable: true, type: "string" }, dismissal_commit_id: { type: "string" } }, required: ["state", "review_id", "dismissal_message"] } }, required: ["dismissed_review", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "review-request-removed-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, review_requester: { $ref: "#/components/schemas/simple-user" }, requested_team: { $ref: "#/components/schemas/team" }, requested_reviewer: { $ref: "#/components/schemas/simple-user" } }, required: ["review_requester", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "review-requested-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, review_requester: { $ref: "#/components/schemas/simple-user" }, requested_team: { $ref: "#/components/schemas/team" }, requested_reviewer: { $ref: "#/components/schemas/simple-user" } }, required: ["review_requester", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "scim-error": { type: "object", properties: { message: { type: "string", nullable: true }, documentation_url: { type: "string", nullable: true }, detail: { type: "string", nullable: true }, status: { type: "integer" }, scimType: { type: "string", nullable: true }, schemas: { type: "array", items: { type: "string" } } } }, "secret-scanning-push-protection-bypass-placeholder-id": { type: "string" }, "security-and-analysis": { nullable: true, type: "object", properties: { advanced_security: { type: "object", properties: { status: { type: "string", enum: ["enabled", "disabled"] } } }, code_security: { type: "object", properties: { status: { type: "string", enum: ["enabled", "disabled"] } } }, dependabot_security_updates: { type: "object", properties: { status: { type: "string", enum: ["enabled", "disabled"] } } }, secret_scanning: { type: "object", properties: { status: { type: "string", enum: ["enabled", "disabled"] } } }, secret_scanning_push_protection: { type: "object", properties: { status: { type: "string", enum: ["enabled", "disabled"] } } }, secret_scanning_non_provider_patterns: { type: "object", properties: { status: { type: "string", enum: ["enabled", "disabled"] } } }, secret_scanning_ai_detection: { type: "object", properties: { status: { type: "string", enum: ["enabled", "disabled"] } } }, secret_scanning_delegated_alert_dismissal: { type: "object", properties: { status: { type: "string", enum: ["enabled", "disabled"] } } }, secret_scanning_delegated_bypass: { type: "object", properties: { status: { type: "string", enum: ["enabled", "disabled"] } } }, secret_scanning_delegated_bypass_options: { type: "object", properties: { reviewers: { type: "array", items: { type: "object", required: ["reviewer_id", "reviewer_type"], properties: { reviewer_id: { type: "integer" }, reviewer_type: { type: "string", enum: ["TEAM", "ROLE"] }, mode: { type: "string", enum: ["ALWAYS", "EXEMPT"], default: "ALWAYS" } } } } } } } }, "short-blob": { type: "object", properties: { url: { type: "string" }, sha: { type: "string" } }, required: ["url", "sha"] }, "simple-repository": { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, name: { type: "string" }, full_name: { type: "string" }, owner: { $ref: "#/components/schemas/simple-user" }, private: { type: "boolean" }, html_url: { type: "string", format: "uri" }, description: { type: "string", nullable: true }, fork: { type: "boolean" }, url: { type: "string", format: "uri" }, archive_url: { type: "string" }, assignees_url: { type: "string" }, blobs_url: { type: "string" }, branches_url: { type: "string" }, collaborators_url: { type: "string" }, comments_url: { type: "string" }, commits_url: { type: "string" }, compare_url: { type: "string" }, contents_url: { type: "string" }, contributors_url: { type: "string", format: "uri" }, deployments_url: { type: "string", format: "uri" }, downloads_url: { type: "string", format: "uri" }, events_url: { type: "string", format: "uri" }, forks_url: { type: "string", format: "uri" }, git_commits_url: { type: "string" }, git_refs_url: { type: "string" }, git_tags_url: { type: "string" }, issue_comment_url: { type: "string" }, issue_events_url: { type: "string" }, issues_url: { type: "string" }, keys_url: { type: "string" }, labels_url: { type: "string" }, languages_url: { type: "string", format: "uri" }, merges_url: { type: "string", format: "uri" }, milestones_url: { type: "string" }, notifications_url: { type: "string" }, pulls_url: { type: "string" }, releases_url: { type: "string" }, stargazers_url: { type: "string", format: "uri" }, statuses_url: { type: "string" }, subscribers_url: { type: "string", format: "uri" }, subscription_url: { type: "string", format: "uri" }, tags_url: { type: "string", format: "uri" }, teams_url: { type: "string", format: "uri" }, trees_url: { type: "string" }, hooks_url: { type: "string", format: "uri" } }, required: ["archive_url", "assignees_url", "blobs_url", "branches_url", "collaborators_url", "comments_url", "commits_url", "compare_url", "contents_url", "contributors_url", "deployments_url", "description", "downloads_url", "events_url", "fork", "forks_url", "full_name", "git_commits_url", "git_refs_url", "git_tags_url", "hooks_url", "html_url", "id", "node_id", "issue_comment_url", "issue_events_url", "issues_url", "keys_url", "labels_url", "languages_url", "merges_url", "milestones_url", "name", "notifications_url", "owner", "private", "pulls_url", "releases_url", "stargazers_url", "statuses_url", "subscribers_url", "subscription_url", "tags_url", "teams_url", "trees_url", "url"] }, "simple-user": { type: "object", properties: { name: { nullable: true, type: "string" }, email: { nullable: true, type: "string" }, login: { type: "string" }, id: { type: "integer", format: "int64" }, node_id: { type: "string" }, avatar_url: { type: "string", format: "uri" }, gravatar_id: { type: "string", nullable: true }, url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, followers_url: { type: "string", format: "uri" }, following_url: { type: "string" }, gists_url: { type: "string" }, starred_url: { type: "string" }, subscriptions_url: { type: "string", format: "uri" }, organizations_url: { type: "string", format: "uri" }, repos_url: { type: "string", format: "uri" }, events_url: { type: "string" }, received_events_url: { type: "string", format: "uri" }, type: { type: "string" }, site_admin: { type: "boolean" }, starred_at: { type: "string" }, user_view_type: { type: "string" } }, required: ["avatar_url", "events_url", "followers_url", "following_url", "gists_url", "gravatar_id", "html_url", "id", "node_id", "login", "organizations_url", "received_events_url", "repos_url", "site_admin", "starred_url", "subscriptions_url", "type", "url"] }, "state-change-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, state_reason: { type: "string", nullable: true }, intent: { $ref: "#/components/schemas/nullable-issue-event-intent" } }, required: ["id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "sub-issue-added-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, sub_issue: { $ref: "#/components/schemas/nullable-issue-reference" } }, required: ["sub_issue", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "sub-issue-removed-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, sub_issue: { $ref: "#/components/schemas/nullable-issue-reference" } }, required: ["sub_issue", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "sub-issues-summary": { type: "object", properties: { total: { type: "integer" }, completed: { type: "integer" }, percent_completed: { type: "integer" } }, required: ["total", "completed", "percent_completed"] }, team: { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, name: { type: "string" }, slug: { type: "string" }, description: { type: "string", nullable: true }, privacy: { type: "string" }, notification_setting: { type: "string" }, permission: { type: "string" }, permissions: { type: "object", properties: { pull: { type: "boolean" }, triage: { type: "boolean" }, push: { type: "boolean" }, maintain: { type: "boolean" }, admin: { type: "boolean" } }, required: ["pull", "triage", "push", "maintain", "admin"] }, url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, members_url: { type: "string" }, repositories_url: { type: "string", format: "uri" }, type: { type: "string", enum: ["enterprise", "organization"] }, access_source: { type: "string", enum: ["direct", "organization", "enterprise"] }, organization_id: { type: "integer" }, enterprise_id: { type: "integer" }, parent: { $ref: "#/components/schemas/nullable-team-simple" } }, required: ["id", "node_id", "url", "members_url", "name", "description", "permission", "html_url", "repositories_url", "slug", "parent", "type"] }, "team-simple": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, members_url: { type: "string" }, name: { type: "string" }, description: { type: "string", nullable: true }, permission: { type: "string" }, privacy: { type: "string" }, notification_setting: { type: "string" }, html_url: { type: "string", format: "uri" }, repositories_url: { type: "string", format: "uri" }, slug: { type: "string" }, ldap_dn: { type: "string" }, type: { type: "string", enum: ["enterprise", "organization"] }, organization_id: { type: "integer" }, enterprise_id: { type: "integer" } }, required: ["id", "node_id", "url", "members_url", "name", "description", "permission", "html_url", "repositories_url", "slug", "type"] }, "timeline-assigned-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, assignee: { $ref: "#/components/schemas/simple-user" }, intent: { $ref: "#/components/schemas/nullable-issue-event-intent" } }, required: ["id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app", "assignee"] }, "timeline-comment-event": { type: "object", properties: { event: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, body: { type: "string" }, body_text: { type: "string" }, body_html: { type: "string" }, html_url: { type: "string", format: "uri" }, user: { $ref: "#/components/schemas/simple-user" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, issue_url: { type: "string", format: "uri" }, author_association: { $ref: "#/components/schemas/author-association" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, reactions: { $ref: "#/components/schemas/reaction-rollup" }, pin: { $ref: "#/components/schemas/nullable-pinned-issue-comment" }, minimized: { $ref: "#/components/schemas/nullable-issue-comment-minimized" } }, required: ["event", "actor", "id", "node_id", "html_url", "issue_url", "author_association", "user", "url", "created_at", "updated_at"] }, "timeline-commit-commented-event": { type: "object", properties: { event: { type: "string" }, node_id: { type: "string" }, commit_id: { type: "string" }, comments: { type: "array", items: { $ref: "#/components/schemas/commit-comment" } } } }, "timeline-committed-event": { type: "object", properties: { event: { type: "string" }, sha: { type: "string" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, author: { type: "object", properties: { date: { format: "date-time", type: "string" }, email: { type: "string" }, name: { type: "string" } }, required: ["email", "name", "date"] }, committer: { type: "object", properties: { date: { format: "date-time", type: "string" }, email: { type: "string" }, name: { type: "string" } }, required: ["email", "name", "date"] }, message: { type: "string" }, tree: { type: "object", properties: { sha: { type: "string" }, url: { type: "string", format: "uri" } }, required: ["sha", "url"] }, parents: { type: "array", items: { type: "object", properties: { sha: { type: "string" }, url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" } }, required: ["sha", "url", "html_url"] } }, verification: { type: "object", properties: { verified: { type: "boolean" }, reason: { type: "string" }, signature: { type: "string", nullable: true }, payload: { type: "string", nullable: true }, verified_at: { type: "string", nullable: true } }, required: ["verified", "reason", "signature", "payload", "verified_at"] }, html_url: { type: "string", format: "uri" } }, required: ["sha", "node_id", "url", "html_url", "author", "committer", "tree", "message", "parents", "verification"] }, "timeline-cross-referenced-event": { type: "object", properties: { event: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, source: { type: "object", properties: { type: { type: "string" }, issue: { $ref: "#/components/schemas/issue" } } } }, required: ["event", "created_at", "updated_at", "source"] }, "timeline-issue-events": { type: "object", anyOf: [{ $ref: "#/components/schemas/labeled-issue-event" }, { $ref: "#/components/schemas/unlabeled-issue-event" }, { $ref: "#/components/schemas/milestoned-issue-event" }, { $ref: "#/components/schemas/demilestoned-issue-event" }, { $ref: "#/components/schemas/renamed-issue-event" }, { $ref: "#/components/schemas/review-requested-issue-event" }, { $ref: "#/components/schemas/review-request-removed-issue-event" }, { $ref: "#/components/schemas/review-dismissed-issue-event" }, { $ref: "#/components/schemas/locked-issue-event" }, { $ref: "#/components/schemas/added-to-project-issue-event" }, { $ref: "#/components/schemas/moved-column-in-project-issue-event" }, { $ref: "#/components/schemas/removed-from-project-issue-event" }, { $ref: "#/components/schemas/converted-note-to-issue-issue-event" }, { $ref: "#/components/schemas/timeline-comment-event" }, { $ref: "#/components/schemas/timeline-cross-referenced-event" }, { $ref: "#/components/schemas/timeline-committed-event" }, { $ref: "#/components/schemas/timeline-reviewed-event" }, { $ref: "#/components/schemas/timeline-line-commented-event" }, { $ref: "#/components/schemas/timeline-commit-commented-event" }, { $ref: "#/components/schemas/timeline-assigned-issue-event" }, { $ref: "#/components/schemas/timeline-unassigned-issue-event" }, { $ref: "#/components/schemas/state-change-issue-event" }, { $ref: "#/components/schemas/issue-type-added-issue-event" }, { $ref: "#/components/schemas/issue-type-removed-issue-event" }, { $ref: "#/components/schemas/issue-type-changed-issue-event" }, { $ref: "#/components/schemas/sub-issue-added-issue-event" }, { $ref: "#/components/schemas/sub-issue-removed-issue-event" }, { $ref: "#/components/schemas/parent-issue-added-issue-event" }, { $ref: "#/components/schemas/parent-issue-removed-issue-event" }, { $ref: "#/components/schemas/blocked-by-added-issue-event" }, { $ref: "#/components/schemas/blocked-by-removed-issue-event" }, { $ref: "#/components/schemas/blocking-added-issue-event" }, { $ref: "#/components/schemas/blocking-removed-issue-event" }] }, "timeline-line-commented-event": { type: "object", properties: { event: { type: "string" }, node_id: { type: "string" }, comments: { type: "array", items: { $ref: "#/components/schemas/pull-request-review-comment" } } } }, "timeline-reviewed-event": { type: "object", properties: { event: { type: "string" }, id: { type: "integer" }, node_id: { type: "string" }, user: { $ref: "#/components/schemas/simple-user" }, body: { nullable: true, type: "string" }, state: { type: "string" }, html_url: { type: "string", format: "uri" }, pull_request_url: { type: "string", format: "uri" }, _links: { type: "object", properties: { html: { type: "object", properties: { href: { type: "string" } }, required: ["href"] }, pull_request: { type: "object", properties: { href: { type: "string" } }, required: ["href"] } }, required: ["html", "pull_request"] }, submitted_at: { type: "string", format: "date-time" }, updated_at: { type: "string", nullable: true, format: "date-time" }, commit_id: { type: "string" }, body_html: { type: "string" }, body_text: { type: "string" }, author_association: { $ref: "#/components/schemas/author-association" } }, required: ["event", "id", "node_id", "user", "body", "state", "commit_id", "html_url", "pull_request_url", "_links", "author_association"] }, "timeline-unassigned-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, assignee: { $ref: "#/components/schemas/simple-user" } }, required: ["id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app", "assignee"] }, "unlabeled-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, label: { type: "object", properties: { name: { type: "string" }, color: { type: "string" } }, required: ["name", "color"] }, intent: { $ref: "#/components/schemas/nullable-issue-event-intent" } }, required: ["label", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "validation-error": { type: "object", required: ["message", "documentation_url"], properties: { message: { type: "string" }, documentation_url: { type: "string" }, errors: { type: "array", items: { type: "object", required: ["code"], properties: { resource: { type: "string" }, field: { type: "string" }, message: { type: "string" }, code: { type: "string" }, index: { type: "integer" }, value: { oneOf: [{ type: "string", nullable: true }, { type: "integer", nullable: true }, { type: "array", nullable: true, items: { type: "string" } }] } } } } } }, "validation-error-simple": { type: "object", required: ["message", "documentation_url"], properties: { message: { type: "string" }, documentation_url: { type: "string" }, errors: { type: "array", items: { type: "string" } } } }, verification: { type: "object", properties: { verified: { type: "boolean" }, reason: { type: "string" }, payload: { type: "string", nullable: true }, signature: { type: "string", nullable: true }, verified_at: { type: "string", nullable: true } }, required: ["verified", "reason", "payload", "signature", "verified_at"] } }, responses: { bad_request: { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } }, "application/scim+json": { schema: { $ref: "#/components/schemas/scim-error" } } } }, conflict: { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } } } }, forbidden: { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } } } }, found: {}, gone: { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } } } }, internal_error: { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } } } }, moved_permanently: { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } } } }, not_found: { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } } } }, not_modified: {}, requires_authentication: { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } } } }, service_unavailable: { content: { "application/json": { schema: { type: "object", properties: { code: { type: "string" }, message: { type: "string" }, documentation_url: { type: "string" } } } } } }, unacceptable: { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } } } }, validation_failed: { content: { "application/json": { schema: { $ref: "#/components/schemas/validation-error" } } } } }, parameters: { branch: { name: "branch", in: "path", schema: { type: "string" }, required: true }, "comment-id": { name: "comment_id", in: "path", schema: { type: "integer", format: "int64" }, required: true }, "commit-sha": { name: "commit_sha", in: "path", schema: { type: "string" }, required: true }, direction: { name: "direction", in: "query", schema: { type: "string", enum: ["asc", "desc"], default: "desc" }, required: false }, "git-ref-only": { name: "ref", in: "path", schema: { type: "string" }, required: true }, "issue-number": { name: "issue_number", in: "path", schema: { type: "integer" }, required: true }, "issue-timeline-exclude": { name: "exclude", in: "query", schema: { type: "string" } }, labels: { name: "labels", in: "query", schema: { type: "string" }, required: false }, owner: { name: "owner", in: "path", schema: { type: "string" }, required: true }, page: { name: "page", in: "query", schema: { type: "integer", default: 1 } }, "per-page": { name: "per_page", in: "query", schema: { type: "integer", default: 30 } }, "pull-number": { name: "pull_number", in: "path", schema: { type: "integer" }, required: true }, repo: { name: "repo", in: "path", schema: { type: "string" }, required: true }, since: { name: "since", in: "query", schema: { type: "string", format: "date-time" }, required: false }, username: { name: "username", in: "path", schema: { type: "string" }, required: true } } }, "x-all-routes": [["GET", "/", "meta/root"], ["GET", "/advisories", "security-advisories/list-global-advisories"], ["GET", "/advisories/{ghsa_id}", "security-advisories/get-global-advisory"], ["GET", "/agents/repos/{owner}/{repo}/tasks", "agent-tasks/list-tasks-for-repo"], ["POST", "/agents/repos/{owner}/{repo}/tasks", "agent-tasks/create-task-in-repo"], ["GET", "/agents/repos/{owner}/{repo}/tasks/{task_id}", "agent-tasks/get-task-by-repo-and-id"], ["GET", "/agents/tasks", "agent-tasks/list-tasks"], ["GET", "/agents/tasks/{task_id}", "agent-tasks/get-task-by-id"], ["GET", "/app", "apps/get-authenticated"], ["POST", "/app-manifests/{code}/conversions", "apps/create-from-manifest"], ["GET", "/app/hook/config", "apps/get-webhook-config-for-app"], ["PATCH", "/app/hook/config", "apps/update-webhook-config-for-app"], ["GET", "/app/hook/deliveries", "apps/list-webhook-deliveries"], ["GET", "/app/hook/deliveries/{delivery_id}", "apps/get-webhook-delivery"], ["POST", "/app/hook/deliveries/{delivery_id}/attempts", "apps/redeliver-webhook-delivery"], ["GET", "/app/installation-requests", "apps/list-installation-requests-for-authenticated-app"], ["GET", "/app/installations", "apps/list-installations"], ["GET", "/app/installations/{installation_id}", "apps/get-installation"], ["DELETE", "/app/installations/{installation_id}", "apps/delete-installation"], ["POST", "/app/installations/{installation_id}/access_tokens", "apps/create-installation-access-token"], ["PUT", "/app/installations/{installation_id}/suspended", "apps/suspend-installation"], ["DELETE", "/app/installations/{installation_id}/suspended", "apps/unsuspend-installation"], ["DELETE", "/applications/{client_id}/grant", "apps/delete-authorization"], ["POST", "/applications/{client_id}/token", "apps/check-token"], ["DELETE", "/applications/{client_id}/token", "apps/delete-token"], ["PATCH", "/applications/{client_id}/token", "apps/reset-token"], ["POST", "/applications/{client_id}/token/scoped", "apps/scope-token"], ["GET", "/apps/{app_slug}", "apps/get-by-slug"], ["GET", "/assignments/{assignment_id}", "classroom/get-an-assignment"], ["GET", "/assignments/{assignment_id}/accepted_assignments", "classroom/list-accepted-assignments-for-an-assignment"], ["GET", "/assignments/{assignment_id}/grades", "classroom/get-assignment-grades"], ["GET", "/classrooms", "classroom/list-classrooms"], ["GET", "/classrooms/{classroom_id}", "classroom/get-a-classroom"], ["GET", "/classrooms/{classroom_id}/assignments", "classroom/list-assignments-for-a-classroom"], ["GET", "/codes_of_conduct", "codes-of-conduct/get-all-codes-of-conduct"], ["GET", "/codes_of_conduct/{key}", "codes-of-conduct/get-conduct-code"], ["POST", "/credentials/revoke", "credentials/revoke"], ["GET", "/emojis", "emojis/get"], ["GET", "/enterprises/{enterprise}/actions/cache/retention-limit", "actions/get-actions-cache-retention-limit-for-enterprise"], ["PUT", "/enterprises/{enterprise}/actions/cache/retention-limit", "actions/set-actions-cache-retention-limit-for-enterprise"], ["GET", "/enterprises/{enterprise}/actions/cache/storage-limit", "actions/get-actions-cache-storage-limit-for-enterprise"], ["PUT", "/enterprises/{enterprise}/actions/cache/storage-limit", "actions/set-actions-cache-storage-limit-for-enterprise"], ["GET", "/enterprises/{enterprise}/actions/oidc/customization/properties/repo", "oidc/list-oidc-custom-property-inclusions-for-enterprise"], ["POST", "/enterprises/{enterprise}/actions/oidc/customization/properties/repo", "oidc/create-oidc-custom-property-inclusion-for-enterprise"], ["DELETE", "/enterprises/{enterprise}/actions/oidc/customization/properties/repo/{custom_property_name}", "oidc/delete-oidc-custom-property-inclusion-for-enterprise"], ["GET", "/enterprises/{enterprise}/code-security/configurations", "code-security/get-configurations-for-enterprise"], ["POST", "/enterprises/{enterprise}/code-security/configurations", "code-security/create-configuration-for-enterprise"], ["GET", "/enterprises/{enterprise}/code-security/configurations/defaults", "code-security/get-default-configurations-for-enterprise"], ["GET", "/enterprises/{enterprise}/code-security/configurations/{configuration_id}", "code-security/get-single-configuration-for-enterprise"], ["DELETE", "/enterprises/{enterprise}/code-security/configurations/{configuration_id}", "code-security/delete-configuration-for-enterprise"], ["PATCH", "/enterprises/{enterprise}/code-security/configurations/{configuration_id}", "code-security/update-enterprise-configuration"], ["POST", "/enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach", "code-security/attach-enterprise-configuration"], ["PUT", "/enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults", "code-security/set-configuration-as-default-for-enterprise"], ["GET", "/enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories", "code-security/get-repositories-for-enterprise-configuration"], ["GET", "/enterprises/{enterprise}/copilot/metrics/reports/enterprise-1-day", "copilot/copilot-enterprise-one-day-usage-metrics"], ["GET", "/enterprises/{enterprise}/copilot/metrics/reports/enterprise-28-day/latest", "copilot/copilot-enterprise-usage-metrics"], ["GET", "/enterprises/{enterprise}/copilot/metrics/reports/repos-1-day", "copilot/copilot-enterprise-repos-one-day-report"], ["GET", "/enterprises/{enterprise}/copilot/metrics/reports/user-teams-1-day", "copilot/copilot-enterprise-user-teams-one-day-report"], ["GET", "/enterprises/{enterprise}/copilot/metrics/reports/users-1-day", "copilot/copilot-users-one-day-usage-metrics"], ["GET", "/enterprises/{enterprise}/copilot/metrics/reports/users-28-day/latest", "copilot/copilot-users-usage-metrics"], ["PUT", "/enterprises/{enterprise}/copilot/policies/coding_agent", "copilot/set-enterprise-coding-agent-policy"], ["POST", "/enterprises/{enterprise}/copilot/policies/coding_agent/organizations", "copilot/add-organizations-to-enterprise-coding-agent-policy"], ["DELETE", "/enterprises/{enterprise}/copilot/policies/coding_agent/organizations", "copilot/remove-organizations-from-enterprise-coding-agent-policy"], ["GET", "/enterprises/{enterprise}/dependabot/alerts", "dependabot/list-alerts-for-enterprise"], ["GET", "/enterprises/{enterprise}/dependabot/repository-access", "dependabot/repository-access-for-enterprise"], ["PATCH", "/enterprises/{enterprise}/dependabot/repository-access", "dependabot/update-repository-access-for-enterprise"], ["PUT", "/enterprises/{enterprise}/dependabot/repository-access/default-level", "dependabot/set-repository-access-default-level-for-enterprise"], ["GET", "/enterprises/{enterprise}/teams", "enterprise-teams/list"], ["POST", "/enterprises/{enterprise}/teams", "enterprise-teams/create"], ["GET", "/enterprises/{enterprise}/teams/{enterprise-team}/memberships", "enterprise-team-memberships/list"], ["POST", "/enterprises/{enterprise}/teams/{enterprise-team}/memberships/add", "enterprise-team-memberships/bulk-add"], ["POST", "/enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove", "enterprise-team-memberships/bulk-remove"], ["GET", "/enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}", "enterprise-team-memberships/get"], ["PUT", "/enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}", "enterprise-team-memberships/add"], ["DELETE", "/enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}", "enterprise-team-memberships/remove"], ["GET", "/enterprises/{enterprise}/teams/{enterprise-team}/organizations", "enterprise-team-organizations/get-assignments"], ["POST", "/enterprises/{enterprise}/teams/{enterprise-team}/organizations/add", "enterprise-team-organizations/bulk-add"], ["POST", "/enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove", "enterprise-team-organizations/bulk-remove"], ["GET", "/enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}", "enterprise-team-organizations/get-assignment"], ["PUT", "/enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}", "enterprise-team-organizations/add"], ["DELETE", "/enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}", "enterprise-team-organizations/delete"], ["GET", "/enterprises/{enterprise}/teams/{team_slug}", "enterprise-teams/get"], ["DELETE", "/enterprises/{enterprise}/teams/{team_slug}", "enterprise-teams/delete"], ["PATCH", "/enterprises/{enterprise}/teams/{team_slug}", "enterprise-teams/update"], ["GET", "/events", "activity/list-public-events"], ["GET", "/feeds", "activity/get-feeds"], ["GET", "/gists", "gists/list"], ["POST", "/gists", "gists/create"], ["GET", "/gists/public", "gists/list-public"], ["GET", "/gists/starred", "gists/list-starred"], ["GET", "/gists/{gist_id}", "gists/get"], ["DELETE", "/gists/{gist_id}", "gists/delete"], ["PATCH", "/gists/{gist_id}", "gists/update"], ["GET", "/gists/{gist_id}/comments", "gists/list-comments"], ["POST", "/gists/{gist_id}/comments", "gists/create-comment"], ["GET", "/gists/{gist_id}/comments/{comment_id}", "gists/get-comment"], ["DELETE", "/gists/{gist_id}/comments/{comment_id}", "gists/delete-comment"], ["PATCH", "/gists/{gist_id}/comments/{comment_id}", "gists/update-comment"], ["GET", "/gists/{gist_id}/commits", "gists/list-commits"], ["GET", "/gists/{gist_id}/forks", "gists/list-forks"], ["POST", "/gists/{gist_id}/forks", "gists/fork"], ["GET", "/gists/{gist_id}/star", "gists/check-is-starred"], ["PUT", "/gists/{gist_id}/star", "gists/star"], ["DELETE", "/gists/{gist_id}/star", "gists/unstar"], ["GET", "/gists/{gist_id}/{sha}", "gists/get-revision"], ["GET", "/gitignore/templates", "gitignore/get-all-templates"], ["GET", "/gitignore/templates/{name}", "gitignore/get-template"], ["GET", "/installation/repositories", "apps/list-repos-accessible-to-installation"], ["DELETE", "/installation/token", "apps/revoke-installation-access-token"], ["GET", "/issues", "issues/list"], ["GET", "/licenses", "licenses/get-all-commonly-used"], ["GET", "/licenses/{license}", "licenses/get"], ["POST", "/markdown", "markdown/render"], ["POST", "/markdown/raw", "markdown/render-raw"], ["GET", "/marketplace_listing/accounts/{account_id}", "apps/get-subscription-plan-for-account"], ["GET", "/marketplace_listing/plans", "apps/list-plans"], ["GET", "/marketplace_listing/plans/{plan_id}/accounts", "apps/list-accounts-for-plan"], ["GET", "/marketplace_listing/stubbed/accounts/{account_id}", "apps/get-subscription-plan-for-account-stubbed"], ["GET", "/marketplace_listing/stubbed/plans", "apps/list-plans-stubbed"], ["GET", "/marketplace_listing/stubbed/plans/{plan_id}/accounts", "apps/list-accounts-for-plan-stubbed"], ["GET", "/meta", "meta/get"], ["GET", "/networks/{owner}/{repo}/events", "activity/list-public-events-for-repo-network"], ["GET", "/notifications", "activity/list-notifications-for-authenticated-user"], ["PUT", "/notifications", "activity/mark-notifications-as-read"], ["GET", "/notifications/threads/{thread_id}", "activity/get-thread"], ["DELETE", "/notifications/threads/{thread_id}", "activity/mark-thread-as-done"], ["PATCH", "/notifications/threads/{thread_id}", "activity/mark-thread-as-read"], ["GET", "/notifications/threads/{thread_id}/subscription", "activity/get-thread-subscription-for-authenticated-user"], ["PUT", "/notifications/threads/{thread_id}/subscription", "activity/set-thread-subscription"], ["DELETE", "/notifications/threads/{thread_id}/subscription", "activity/delete-thread-subscription"], ["GET", "/octocat", "meta/get-octocat"], ["GET", "/organizations", "orgs/list"], ["GET", "/organizations/{org}/actions/cache/retention-limit", "actions/get-actions-cache-retention-limit-for-organization"], ["PUT", "/organizations/{org}/actions/cache/retention-limit", "actions/set-actions-cache-retention-limit-for-organization"], ["GET", "/organizations/{org}/actions/cache/storage-limit", "actions/get-actions-cache-storage-limit-for-organization"], ["PUT", "/organizations/{org}/actions/cache/storage-limit", "actions/set-actions-cache-storage-limit-for-organization"], ["GET", "/organizations/{org}/settings/billing/ai_credit/usage", "billing/get-github-billing-ai-credit-usage-report-org"], ["GET", "/organizations/{org}/settings/billing/budgets", "billing/get-all-budgets-org"], ["POST", "/organizations/{org}/settings/billing/budgets", "billing/create-organization-budget"], ["GET", "/organizations/{org}/settings/billing/budgets/{budget_id}", "billing/get-budget-org"], ["DELETE", "/organizations/{org}/settings/billing/budgets/{budget_id}", "billing/delete-budget-org"], ["PATCH", "/organizations/{org}/settings/billing/budgets/{budget_id}", "billing/update-budget-org"], ["GET", "/organizations/{org}/settings/billing/premium_request/usage", "billing/get-github-billing-premium-request-usage-report-org"], ["GET", "/organizations/{org}/settings/billing/usage", "billing/get-github-billing-usage-report-org"], ["GET", "/organizations/{org}/settings/billing/usage/summary", "billing/get-github-billing-usage-summary-report-org"], ["GET", "/orgs/{org}", "orgs/get"], ["DELETE", "/orgs/{org}", "orgs/delete"], ["PATCH", "/orgs/{org}", "orgs/update"], ["GET", "/orgs/{org}/actions/cache/usage", "actions/get-actions-cache-usage-for-org"], ["GET", "/orgs/{org}/actions/cache/usage-by-repository", "actions/get-actions-cache-usage-by-repo-for-org"], ["GET", "/orgs/{org}/actions/hosted-runners", "actions/list-hosted-runners-for-org"], ["POST", "/orgs/{org}/actions/hosted-runners", "actions/create-hosted-runner-for-org"], ["GET", "/orgs/{org}/actions/hosted-runners/images/custom", "actions/list-custom-images-for-org"], ["GET", "/orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}", "actions/get-custom-image-for-org"], ["DELETE", "/orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}", "actions/delete-custom-image-from-org"], ["GET", "/orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions", "actions/list-custom-image-versions-for-org"], ["GET", "/orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}", "actions/get-custom-image-version-for-org"], ["DELETE", "/orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}", "actions/delete-custom-image-version-from-org"], ["GET", "/orgs/{org}/actions/hosted-runners/images/github-owned", "actions/get-hosted-runners-github-owned-images-for-org"], ["GET", "/orgs/{org}/actions/hosted-runners/images/partner", "actions/get-hosted-runners-partner-images-for-org"], ["GET", "/orgs/{org}/actions/hosted-runners/limits", "actions/get-hosted-runners-limits-for-org"], ["GET", "/orgs/{org}/actions/hosted-runners/machine-sizes", "actions/get-hosted-runners-machine-specs-for-org"], ["GET", "/orgs/{org}/actions/hosted-runners/platforms", "actions/get-hosted-runners-platforms-for-org"], ["GET", "/orgs/{org}/actions/hosted-runners/{hosted_runner_id}", "actions/get-hosted-runner-for-org"], ["DELETE", "/orgs/{org}/actions/hosted-runners/{hosted_runner_id}", "actions/delete-hosted-runner-for-org"], ["PATCH", "/orgs/{org}/actions/hosted-runners/{hosted_runner_id}", "actions/update-hosted-runner-for-org"], ["GET", "/orgs/{org}/actions/oidc/customization/properties/repo", "oidc/list-oidc-custom-property-inclusions-for-org"], ["POST", "/orgs/{org}/actions/oidc/customization/properties/repo", "oidc/create-oidc-custom-property-inclusion-for-org"], ["DELETE", "/orgs/{org}/actions/oidc/customization/properties/repo/{custom_property_name}", "oidc/delete-oidc-custom-property-inclusion-for-org"], ["GET", "/orgs/{org}/actions/oidc/customization/sub", "oidc/get-oidc-custom-sub-template-for-org"], ["PUT", "/orgs/{org}/actions/oidc/customization/sub", "oidc/update-oidc-custom-sub-template-for-org"], ["GET", "/orgs/{org}/actions/permissions", "actions/get-github-actions-permissions-organization"], ["PUT", "/orgs/{org}/actions/permissions", "actions/set-github-actions-permissions-organization"], ["GET", "/orgs/{org}/actions/permissions/artifact-and-log-retention", "actions/get-artifact-and-log-retention-settings-organization"], ["PUT", "/orgs/{org}/actions/permissions/artifact-and-log-retention", "actions/set-artifact-and-log-retention-settings-organization"], ["GET", "/orgs/{org}/actions/permissions/fork-pr-contributor-approval", "actions/get-fork-pr-contributor-approval-permissions-organization"], ["PUT", "/orgs/{org}/actions/permissions/fork-pr-contributor-approval", "actions/set-fork-pr-contributor-approval-permissions-organization"], ["GET", "/orgs/{org}/actions/permissions/fork-pr-workflows-private-repos", "actions/get-private-repo-fork-pr-workflows-settings-organization"], ["PUT", "/orgs/{org}/actions/permissions/fork-pr-workflows-private-repos", "actions/set-private-repo-fork-pr-workflows-settings-organization"], ["GET", "/orgs/{org}/actions/permissions/repositories", "actions/list-selected-repositories-enabled-github-actions-organization"], ["PUT", "/orgs/{org}/actions/permissions/repositories", "actions/set-selected-repositories-enabled-github-actions-organization"], ["PUT", "/orgs/{org}/actions/permissions/repositories/{repository_id}", "actions/enable-selected-repository-github-actions-organization"], ["DELETE", "/orgs/{org}/actions/permissions/repositories/{repository_id}", "actions/disable-selected-repository-github-actions-organization"], ["GET", "/orgs/{org}/actions/permissions/selected-actions", "actions/get-allowed-actions-organization"], ["PUT", "/orgs/{org}/actions/permissions/selected-actions", "actions/set-allowed-actions-organization"], ["GET", "/orgs/{org}/actions/permissions/self-hosted-runners", "actions/get-self-hosted-runners-permissions-organization"], ["PUT", "/orgs/{org}/actions/permissions/self-hosted-runners", "actions/set-self-hosted-runners-permissions-organization"], ["GET", "/orgs/{org}/actions/permissions/self-hosted-runners/repositories", "actions/list-selected-repositories-self-hosted-runners-organization"], ["PUT", "/orgs/{org}/actions/permissions/self-hosted-runners/repositories", "actions/set-selected-repositories-self-hosted-runners-organization"], ["PUT", "/orgs/{org}/actions/permissions/self-hosted-runners/repositories/{repository_id}", "actions/enable-selected-repository-self-hosted-runners-organization"], ["DELETE", "/orgs/{org}/actions/permissions/self-hosted-runners/repositories/{repository_id}", "actions/disable-selected-repository-self-hosted-runners-organization"], ["GET", "/orgs/{org}/actions/permissions/workflow", "actions/get-github-actions-default-workflow-permissions-organization"], ["PUT", "/orgs/{org}/actions/permissions/workflow", "actions/set-github-actions-default-workflow-permissions-organization"], ["GET", "/orgs/{org}/actions/runner-groups", "actions/list-self-hosted-runner-groups-for-org"], ["POST", "/orgs/{org}/actions/runner-groups", "actions/create-self-hosted-runner-group-for-org"], ["GET", "/orgs/{org}/actions/runner-groups/{runner_group_id}", "actions/get-self-hosted-runner-group-for-org"], ["DELETE", "/orgs/{org}/actions/runner-groups/{runner_group_id}", "actions/delete-self-hosted-runner-group-from-org"], ["PATCH", "/orgs/{org}/actions/runner-groups/{runner_group_id}", "actions/update-self-hosted-runner-group-for-org"], ["GET", "/orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners", "actions/list-github-hosted-runners-in-group-for-org"], ["GET", "/orgs/{org}/actions/runner-groups/{runner_group_id}/repositories", "actions/list-repo-access-to-self-hosted-runner-group-in-org"], ["PUT", "/orgs/{org}/actions/runner-groups/{runner_group_id}/repositories", "actions/set-repo-access-to-self-hosted-runner-group-in-org"], ["PUT", "/orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}", "actions/add-repo-access-to-self-hosted-runner-group-in-org"], ["DELETE", "/orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}", "actions/remove-repo-access-to-self-hosted-runner-group-in-org"], ["GET", "/orgs/{org}/actions/runner-groups/{runner_group_id}/runners", "actions/list-self-hosted-runners-in-group-for-org"], ["PUT", "/orgs/{org}/actions/runner-groups/{runner_group_id}/runners", "actions/set-self-hosted-runners-in-group-for-org"], ["PUT", "/orgs/{org}/actions/runner-groups/{runner_group_id}/runners/{runner_id}", "actions/add-self-hosted-runner-to-group-for-org"], ["DELETE", "/orgs/{org}/actions/runner-groups/{runner_group_id}/runners/{runner_id}", "actions/remove-self-hosted-runner-from-group-for-org"], ["GET", "/orgs/{org}/actions/runners", "actions/list-self-hosted-runners-for-org"], ["GET", "/orgs/{org}/actions/runners/downloads", "actions/list-runner-applications-for-org"], ["POST", "/orgs/{org}/actions/runners/generate-jitconfig", "actions/generate-runner-jitconfig-for-org"], ["POST", "/orgs/{org}/actions/runners/registration-token", "actions/create-registration-token-for-org"], ["POST", "/orgs/{org}/actions/runners/remove-token", "actions/create-remove-token-for-org"], ["GET", "/orgs/{org}/actions/runners/{runner_id}", "actions/get-self-hosted-runner-for-org"], ["DELETE", "/orgs/{org}/actions/runners/{runner_id}", "actions/delete-self-hosted-runner-from-org"], ["GET", "/orgs/{org}/actions/runners/{runner_id}/labels", "actions/list-labels-for-self-hosted-runner-for-org"], ["PUT", "/orgs/{org}/actions/runners/{runner_id}/labels", "actions/set-custom-labels-for-self-hosted-runner-for-org"], ["POST", "/orgs/{org}/actions/runners/{runner_id}/labels", "actions/add-custom-labels-to-self-hosted-runner-for-org"], ["DELETE", "/orgs/{org}/actions/runners/{runner_id}/labels", "actions/remove-all-custom-labels-from-self-hosted-runner-for-org"], ["DELETE", "/orgs/{org}/actions/runners/{runner_id}/labels/{name}", "actions/remove-custom-label-from-self-hosted-runner-for-org"], ["GET", "/orgs/{org}/actions/secrets", "actions/list-org-secrets"], ["GET", "/orgs/{org}/actions/secrets/public-key", "actions/get-org-public-key"], ["GET", "/orgs/{org}/actions/secrets/{secret_name}", "actions/get-org-secret"], ["PUT", "/orgs/{org}/actions/secrets/{secret_name}", "actions/create-or-update-org-secret"], ["DELETE", "/orgs/{org}/actions/secrets/{secret_name}", "actions/delete-org-secret"], ["GET", "/orgs/{org}/actions/secrets/{secret_name}/repositories", "actions/list-selected-repos-for-org-secret"], ["PUT", "/orgs/{org}/actions/secrets/{secret_name}/repositories", "actions/set-selected-repos-for-org-secret"], ["PUT", "/orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}", "actions/add-selected-repo-to-org-secret"], ["DELETE", "/orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}", "actions/remove-selected-repo-from-org-secret"], ["GET", "/orgs/{org}/actions/variables", "actions/list-org-variables"], ["POST", "/orgs/{org}/actions/variables", "actions/create-org-variable"], ["GET", "/orgs/{org}/actions/variables/{name}", "actions/get-org-variable"], ["DELETE", "/orgs/{org}/actions/variables/{name}", "actions/delete-org-variable"], ["PATCH", "/orgs/{org}/actions/variables/{name}", "actions/update-org-variable"], ["GET", "/orgs/{org}/actions/variables/{name}/repositories", "actions/list-selected-repos-for-org-variable"], ["PUT", "/orgs/{org}/actions/variables/{name}/repositories", "actions/set-selected-repos-for-org-variable"], ["PUT", "/orgs/{org}/actions/variables/{name}/repositories/{repository_id}", "actions/add-selected-repo-to-org-variable"], ["DELETE", "/orgs/{org}/actions/variables/{name}/repositories/{repository_id}", "actions/remove-selected-repo-from-org-variable"], ["GET", "/orgs/{org}/agents/secrets", "agents/list-org-secrets"], ["GET", "/orgs/{org}/agents/secrets/public-key", "agents/get-org-public-key"], ["GET", "/orgs/{org}/agents/secrets/{secret_name}", "agents/get-org-secret"], ["PUT", "/orgs/{org}/agents/secrets/{secret_name}", "agents/create-or-update-org-secret"], ["DELETE", "/orgs/{org}/agents/secrets/{secret_name}", "agents/delete-org-secret"], ["GET", "/orgs/{org}/agents/secrets/{secret_name}/repositories", "agents/list-selected-repos-for-org-secret"], ["PUT", "/orgs/{org}/agents/secrets/{secret_name}/repositories", "agents/set-selected-repos-for-org-secret"], ["PUT", "/orgs/{org}/agents/secrets/{secret_name}/repositories/{repository_id}", "agents/add-selected-repo-to-org-secret"], ["DELETE", "/orgs/{org}/agents/secrets/{secret_name}/repositories/{repository_id}", "agents/remove-selected-repo-from-org-secret"], ["GET", "/orgs/{org}/agents/variables", "agents/list-org-variables"], ["POST", "/orgs/{org}/agents/variables", "agents/create-org-variable"], ["GET", "/orgs/{org}/agents/variables/{name}", "agents/get-org-variable"], ["DELETE", "/orgs/{org}/agents/variables/{name}", "agents/delete-org-variable"], ["PATCH", "/orgs/{org}/agents/variables/{name}", "agents/update-org-variable"], ["GET", "/orgs/{org}/agents/variables/{name}/repositories", "agents/list-selected-repos-for-org-variable"], ["PUT", "/orgs/{org}/agents/variables/{name}/repositories", "agents/set-selected-repos-for-org-variable"], ["PUT", "/orgs/{org}/agents/variables/{name}/repositories/{repository_id}", "agents/add-selected-repo-to-org-variable"], ["DELETE", "/orgs/{org}/agents/variables/{name}/repositories/{repository_id}", "agents/remove-selected-repo-from-org-variable"], ["POST", "/orgs/{org}/artifacts/metadata/deployment-record", "orgs/create-artifact-deployment-record"], ["POST", "/orgs/{org}/artifacts/metadata/deployment-record/cluster/{cluster}", "orgs/set-cluster-deployment-records"], ["POST", "/orgs/{org}/artifacts/metadata/deployment-record/cluster/{cluster}/jobs", "orgs/create-cluster-deployment-records-job"], ["GET", "/orgs/{org}/artifacts/metadata/deployment-record/cluster/{cluster}/jobs/{job_id}", "orgs/get-cluster-deployment-records-job"], ["POST", "/orgs/{org}/artifacts/metadata/storage-record", "orgs/create-artifact-storage-record"], ["GET", "/orgs/{org}/artifacts/{subject_digest}/metadata/deployment-records", "orgs/list-artifact-deployment-records"], ["GET", "/orgs/{org}/artifacts/{subject_digest}/metadata/storage-records", "orgs/list-artifact-storage-records"], ["POST", "/orgs/{org}/attestations/bulk-list", "orgs/list-attestations-bulk"], ["POST", "/orgs/{org}/attestations/delete-request", "orgs/delete-attestations-bulk"], ["DELETE", "/orgs/{org}/attestations/digest/{subject_digest}", "orgs/delete-attestations-by-subject-digest"], ["GET", "/orgs/{org}/attestations/repositories", "orgs/list-attestation-repositories"], ["DELETE", "/orgs/{org}/attestations/{attestation_id}", "orgs/delete-attestations-by-id"], ["GET", "/orgs/{org}/attestations/{subject_digest}", "orgs/list-attestations"], ["GET", "/orgs/{org}/blocks", "orgs/list-blocked-users"], ["GET", "/orgs/{org}/blocks/{username}", "orgs/check-blocked-user"], ["PUT", "/orgs/{org}/blocks/{username}", "orgs/block-user"], ["DELETE", "/orgs/{org}/blocks/{username}", "orgs/unblock-user"], ["GET", "/orgs/{org}/campaigns", "campaigns/list-org-campaigns"], ["POST", "/orgs/{org}/campaigns", "campaigns/create-campaign"], ["GET", "/orgs/{org}/campaigns/{campaign_number}", "campaigns/get-campaign-summary"], ["DELETE", "/orgs/{org}/campaigns/{campaign_number}", "campaigns/delete-campaign"], ["PATCH", "/orgs/{org}/campaigns/{campaign_number}", "campaigns/update-campaign"], ["GET", "/orgs/{org}/code-scanning/alerts", "code-scanning/list-alerts-for-org"], ["GET", "/orgs/{org}/code-security/configurations", "code-security/get-configurations-for-org"], ["POST", "/orgs/{org}/code-security/configurations", "code-security/create-configuration"], ["GET", "/orgs/{org}/code-security/configurations/defaults", "code-security/get-default-configurations"], ["DELETE", "/orgs/{org}/code-security/configurations/detach", "code-security/detach-configuration"], ["GET", "/orgs/{org}/code-security/configurations/{configuration_id}", "code-security/get-configuration"], ["DELETE", "/orgs/{org}/code-security/configurations/{configuration_id}", "code-security/delete-configuration"], ["PATCH", "/orgs/{org}/code-security/configurations/{configuration_id}", "code-security/update-configuration"], ["POST", "/orgs/{org}/code-security/configurations/{configuration_id}/attach", "code-security/attach-configuration"], ["PUT", "/orgs/{org}/code-security/configurations/{configuration_id}/defaults", "code-security/set-configuration-as-default"], ["GET", "/orgs/{org}/code-security/configurations/{configuration_id}/repositories", "code-security/get-repositories-for-configuration"], ["GET", "/orgs/{org}/codespaces", "codespaces/list-in-organization"], ["PUT", "/orgs/{org}/codespaces/access", "codespaces/set-codespaces-access"], ["POST", "/orgs/{org}/codespaces/access/selected_users", "codespaces/set-codespaces-access-users"], ["DELETE", "/orgs/{org}/codespaces/access/selected_users", "codespaces/delete-codespaces-access-users"], ["GET", "/orgs/{org}/codespaces/secrets", "codespaces/list-org-secrets"], ["GET", "/orgs/{org}/codespaces/secrets/public-key", "codespaces/get-org-public-key"], ["GET", "/orgs/{org}/codespaces/secrets/{secret_name}", "codespaces/get-org-secret"], ["PUT", "/orgs/{org}/codespaces/secrets/{secret_name}", "codespaces/create-or-update-org-secret"], ["DELETE", "/orgs/{org}/codespaces/secrets/{secret_name}", "codespaces/delete-org-secret"], ["GET", "/orgs/{org}/codespaces/secrets/{secret_name}/repositories", "codespaces/list-selected-repos-for-org-secret"], ["PUT", "/orgs/{org}/codespaces/secrets/{secret_name}/repositories", "codespaces/set-selected-repos-for-org-secret"], ["PUT", "/orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}", "codespaces/add-selected-repo-to-org-secret"], ["DELETE", "/orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}", "codespaces/remove-selected-repo-from-org-secret"], ["GET", "/orgs/{org}/copilot-spaces", "copilot-spaces/list-for-org"], ["POST", "/orgs/{org}/copilot-spaces", "copilot-spaces/create-for-org"], ["GET", "/orgs/{org}/copilot-spaces/{space_number}", "copilot-spaces/get-for-org"], ["PUT", "/orgs/{org}/copilot-spaces/{space_number}", "copilot-spaces/update-for-org"], ["DELETE", "/orgs/{org}/copilot-spaces/{space_number}", "copilot-spaces/delete-for-org"], ["GET", "/orgs/{org}/copilot-spaces/{space_number}/collaborators", "copilot-spaces/list-collaborators-for-org"], ["POST", "/orgs/{org}/copilot-spaces/{space_number}/collaborators", "copilot-spaces/add-collaborator-for-org"], ["PUT", "/orgs/{org}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}", "copilot-spaces/update-collaborator-for-org"], ["DELETE", "/orgs/{org}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}", "copilot-spaces/remove-collaborator-for-org"], ["GET", "/orgs/{org}/copilot-spaces/{space_number}/resources", "copilot-spaces/list-resources-for-org"], ["POST", "/orgs/{org}/copilot-spaces/{space_number}/resources", "copilot-spaces/create-resource-for-org"], ["GET", "/orgs/{org}/copilot-spaces/{space_number}/resources/{space_resource_id}", "copilot-spaces/get-resource-for-org"], ["PUT", "/orgs/{org}/copilot-spaces/{space_number}/resources/{space_resource_id}", "copilot-spaces/update-resource-for-org"], ["DELETE", "/orgs/{org}/copilot-spaces/{space_number}/resources/{space_resource_id}", "copilot-spaces/delete-resource-for-org"], ["GET", "/orgs/{org}/copilot/billing", "copilot/get-copilot-organization-details"], ["GET", "/orgs/{org}/copilot/billing/seats", "copilot/list-copilot-seats"], ["POST", "/orgs/{org}/copilot/billing/selected_teams", "copilot/add-copilot-seats-for-teams"], ["DELETE", "/orgs/{org}/copilot/billing/selected_teams", "copilot/cancel-copilot-seat-assignment-for-teams"], ["POST", "/orgs/{org}/copilot/billing/selected_users", "copilot/add-copilot-seats-for-users"], ["DELETE", "/orgs/{org}/copilot/billing/selected_users", "copilot/cancel-copilot-seat-assignment-for-users"], ["GET", "/orgs/{org}/copilot/coding-agent/permissions", "copilot/get-copilot-coding-agent-permissions-organization"], ["PUT", "/orgs/{org}/copilot/coding-agent/permissions", "copilot/set-copilot-coding-agent-permissions-organization"], ["GET", "/orgs/{org}/copilot/coding-agent/permissions/repositories", "copilot/list-copilot-coding-agent-selected-repositories-for-organization"], ["PUT", "/orgs/{org}/copilot/coding-agent/permissions/repositories", "copilot/set-copilot-coding-agent-selected-repositories-for-organization"], ["PUT", "/orgs/{org}/copilot/coding-agent/permissions/repositories/{repository_id}", "copilot/enable-copilot-coding-agent-for-repository-in-organization"], ["DELETE", "/orgs/{org}/copilot/coding-agent/permissions/repositories/{repository_id}", "copilot/disable-copilot-coding-agent-for-repository-in-organization"], ["GET", "/orgs/{org}/copilot/content_exclusion", "copilot/copilot-content-exclusion-for-organization"], ["PUT", "/orgs/{org}/copilot/content_exclusion", "copilot/set-copilot-content-exclusion-for-organization"], ["GET", "/orgs/{org}/copilot/metrics/reports/organization-1-day", "copilot/copilot-organization-one-day-usage-metrics"], ["GET", "/orgs/{org}/copilot/metrics/reports/organization-28-day/latest", "copilot/copilot-organization-usage-metrics"], ["GET", "/orgs/{org}/copilot/metrics/reports/repos-1-day", "copilot/copilot-organization-repos-one-day-report"], ["GET", "/orgs/{org}/copilot/metrics/reports/user-teams-1-day", "copilot/copilot-organization-user-teams-one-day-report"], ["GET", "/orgs/{org}/copilot/metrics/reports/users-1-day", "copilot/copilot-organization-users-one-day-usage-metrics"], ["GET", "/orgs/{org}/copilot/metrics/reports/users-28-day/latest", "copilot/copilot-organization-users-usage-metrics"], ["GET", "/orgs/{org}/dependabot/alerts", "dependabot/list-alerts-for-org"], ["GET", "/orgs/{org}/dependabot/repository-access", "dependabot/repository-access-for-org"], ["PATCH", "/orgs/{org}/dependabot/repository-access", "dependabot/update-repository-access-for-org"], ["PUT", "/orgs/{org}/dependabot/repository-access/default-level", "dependabot/set-repository-access-default-level"], ["GET", "/orgs/{org}/dependabot/secrets", "dependabot/list-org-secrets"], ["GET", "/orgs/{org}/dependabot/secrets/public-key", "dependabot/get-org-public-key"], ["GET", "/orgs/{org}/dependabot/secrets/{secret_name}", "dependabot/get-org-secret"], ["PUT", "/orgs/{org}/dependabot/secrets/{secret_name}", "dependabot/create-or-update-org-secret"], ["DELETE", "/orgs/{org}/dependabot/secrets/{secret_name}", "dependabot/delete-org-secret"], ["GET", "/orgs/{org}/dependabot/secrets/{secret_name}/repositories", "dependabot/list-selected-repos-for-org-secret"], ["PUT", "/orgs/{org}/dependabot/secrets/{secret_name}/repositories", "dependabot/set-selected-repos-for-org-secret"], ["PUT", "/orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}", "dependabot/add-selected-repo-to-org-secret"], ["DELETE", "/orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}", "dependabot/remove-selected-repo-from-org-secret"], ["GET", "/orgs/{org}/docker/conflicts", "packages/list-docker-migration-conflicting-packages-for-organization"], ["GET", "/orgs/{org}/events", "activity/list-public-org-events"], ["GET", "/orgs/{org}/failed_invitations", "orgs/list-failed-invitations"], ["GET", "/orgs/{org}/hooks", "orgs/list-webhooks"], ["POST", "/orgs/{org}/hooks", "orgs/create-webhook"], ["GET", "/orgs/{org}/hooks/{hook_id}", "orgs/get-webhook"], ["DELETE", "/orgs/{org}/hooks/{hook_id}", "orgs/delete-webhook"], ["PATCH", "/orgs/{org}/hooks/{hook_id}", "orgs/update-webhook"], ["GET", "/orgs/{org}/hooks/{hook_id}/config", "orgs/get-webhook-config-for-org"], ["PATCH", "/orgs/{org}/hooks/{hook_id}/config", "orgs/update-webhook-config-for-org"], ["GET", "/orgs/{org}/hooks/{hook_id}/deliveries", "orgs/list-webhook-deliveries"], ["GET", "/orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}", "orgs/get-webhook-delivery"], ["POST", "/orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts", "orgs/redeliver-webhook-delivery"], ["POST", "/orgs/{org}/hooks/{hook_id}/pings", "orgs/ping-webhook"], ["GET", "/orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}", "api-insights/get-route-stats-by-actor"], ["GET", "/orgs/{org}/insights/api/subject-stats", "api-insights/get-subject-stats"], ["GET", "/orgs/{org}/insights/api/summary-stats", "api-insights/get-summary-stats"], ["GET", "/orgs/{org}/insights/api/summary-stats/users/{user_id}", "api-insights/get-summary-stats-by-user"], ["GET", "/orgs/{org}/insights/api/summary-stats/{actor_type}/{actor_id}", "api-insights/get-summary-stats-by-actor"], ["GET", "/orgs/{org}/insights/api/time-stats", "api-insights/get-time-stats"], ["GET", "/orgs/{org}/insights/api/time-stats/users/{user_id}", "api-insights/get-time-stats-by-user"], ["GET", "/orgs/{org}/insights/api/time-stats/{actor_type}/{actor_id}", "api-insights/get-time-stats-by-actor"], ["GET", "/orgs/{org}/insights/api/user-stats/{user_id}", "api-insights/get-user-stats"], ["GET", "/orgs/{org}/installation", "apps/get-org-installation"], ["GET", "/orgs/{org}/installations", "orgs/list-app-installations"], ["GET", "/orgs/{org}/interaction-limits", "interactions/get-restrictions-for-org"], ["PUT", "/orgs/{org}/interaction-limits", "interactions/set-restrictions-for-org"], ["DELETE", "/orgs/{org}/interaction-limits", "interactions/remove-restrictions-for-org"], ["GET", "/orgs/{org}/interaction-limits/pulls/creation-cap", "interactions/get-pull-request-creation-cap-for-org"], ["PATCH", "/orgs/{org}/interaction-limits/pulls/creation-cap", "interactions/update-pull-request-creation-cap-for-org"], ["GET", "/orgs/{org}/invitations", "orgs/list-pending-invitations"], ["POST", "/orgs/{org}/invitations", "orgs/create-invitation"], ["DELETE", "/orgs/{org}/invitations/{invitation_id}", "orgs/cancel-invitation"], ["GET", "/orgs/{org}/invitations/{invitation_id}/teams", "orgs/list-invitation-teams"], ["GET", "/orgs/{org}/issue-fields", "orgs/list-issue-fields"], ["POST", "/orgs/{org}/issue-fields", "orgs/create-issue-field"], ["DELETE", "/orgs/{org}/issue-fields/{issue_field_id}", "orgs/delete-issue-field"], ["PATCH", "/orgs/{org}/issue-fields/{issue_field_id}", "orgs/update-issue-field"], ["GET", "/orgs/{org}/issue-types", "orgs/list-issue-types"], ["POST", "/orgs/{org}/issue-types", "orgs/create-issue-type"], ["PUT", "/orgs/{org}/issue-types/{issue_type_id}", "orgs/update-issue-type"], ["DELETE", "/orgs/{org}/issue-types/{issue_type_id}", "orgs/delete-issue-type"], ["GET", "/orgs/{org}/issues", "issues/list-for-org"], ["GET", "/orgs/{org}/members", "orgs/list-members"], ["GET", "/orgs/{org}/members/{username}", "orgs/check-membership-for-user"], ["DELETE", "/orgs/{org}/members/{username}", "orgs/remove-member"], ["GET", "/orgs/{org}/members/{username}/codespaces", "codespaces/get-codespaces-for-user-in-org"], ["DELETE", "/orgs/{org}/members/{username}/codespaces/{codespace_name}", "codespaces/delete-from-organization"], ["POST", "/orgs/{org}/members/{username}/codespaces/{codespace_name}/stop", "codespaces/stop-in-organization"], ["GET", "/orgs/{org}/members/{username}/copilot", "copilot/get-copilot-seat-details-for-user"], ["GET", "/orgs/{org}/memberships/{username}", "orgs/get-membership-for-user"], ["PUT", "/orgs/{org}/memberships/{username}", "orgs/set-membership-for-user"], ["DELETE", "/orgs/{org}/memberships/{username}", "orgs/remove-membership-for-user"], ["GET", "/orgs/{org}/migrations", "migrations/list-for-org"], ["POST", "/orgs/{org}/migrations", "migrations/start-for-org"], ["GET", "/orgs/{org}/migrations/{migration_id}", "migrations/get-status-for-org"], ["GET", "/orgs/{org}/migrations/{migration_id}/archive", "migrations/download-archive-for-org"], ["DELETE", "/orgs/{org}/migrations/{migration_id}/archive", "migrations/delete-archive-for-org"], ["DELETE", "/orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock", "migrations/unlock-repo-for-org"], ["GET", "/orgs/{org}/migrations/{migration_id}/repositories", "migrations/list-repos-for-org"], ["GET", "/orgs/{org}/organization-roles", "orgs/list-org-roles"], ["DELETE", "/orgs/{org}/organization-roles/teams/{team_slug}", "orgs/revoke-all-org-roles-team"], ["PUT", "/orgs/{org}/organization-roles/teams/{team_slug}/{role_id}", "orgs/assign-team-to-org-role"], ["DELETE", "/orgs/{org}/organization-roles/teams/{team_slug}/{role_id}", "orgs/revoke-org-role-team"], ["DELETE", "/orgs/{org}/organization-roles/users/{username}", "orgs/revoke-all-org-roles-user"], ["PUT", "/orgs/{org}/organization-roles/users/{username}/{role_id}", "orgs/assign-user-to-org-role"], ["DELETE", "/orgs/{org}/organization-roles/users/{username}/{role_id}", "orgs/revoke-org-role-user"], ["GET", "/orgs/{org}/organization-roles/{role_id}", "orgs/get-org-role"], ["GET", "/orgs/{org}/organization-roles/{role_id}/teams", "orgs/list-org-role-teams"], ["GET", "/orgs/{org}/organization-roles/{role_id}/users", "orgs/list-org-role-users"], ["GET", "/orgs/{org}/outside_collaborators", "orgs/list-outside-collaborators"], ["PUT", "/orgs/{org}/outside_collaborators/{username}", "orgs/convert-member-to-outside-collaborator"], ["DELETE", "/orgs/{org}/outside_collaborators/{username}", "orgs/remove-outside-collaborator"], ["GET", "/orgs/{org}/packages", "packages/list-packages-for-organization"], ["GET", "/orgs/{org}/packages/{package_type}/{package_name}", "packages/get-package-for-organization"], ["DELETE", "/orgs/{org}/packages/{package_type}/{package_name}", "packages/delete-package-for-org"], ["POST", "/orgs/{org}/packages/{package_type}/{package_name}/restore", "packages/restore-package-for-org"], ["GET", "/orgs/{org}/packages/{package_type}/{package_name}/versions", "packages/get-all-package-versions-for-package-owned-by-org"], ["GET", "/orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}", "packages/get-package-version-for-organization"], ["DELETE", "/orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}", "packages/delete-package-version-for-org"], ["POST", "/orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore", "packages/restore-package-version-for-org"], ["GET", "/orgs/{org}/personal-access-token-requests", "orgs/list-pat-grant-requests"], ["POST", "/orgs/{org}/personal-access-token-requests", "orgs/review-pat-grant-requests-in-bulk"], ["POST", "/orgs/{org}/personal-access-token-requests/{pat_request_id}", "orgs/review-pat-grant-request"], ["GET", "/orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories", "orgs/list-pat-grant-request-repositories"], ["GET", "/orgs/{org}/personal-access-tokens", "orgs/list-pat-grants"], ["POST", "/orgs/{org}/personal-access-tokens", "orgs/update-pat-accesses"], ["POST", "/orgs/{org}/personal-access-tokens/{pat_id}", "orgs/update-pat-access"], ["GET", "/orgs/{org}/personal-access-tokens/{pat_id}/repositories", "orgs/list-pat-grant-repositories"], ["GET", "/orgs/{org}/private-registries", "private-registries/list-org-private-registries"], ["POST", "/orgs/{org}/private-registries", "private-registries/create-org-private-registry"], ["GET", "/orgs/{org}/private-registries/public-key", "private-registries/get-org-public-key"], ["GET", "/orgs/{org}/private-registries/{secret_name}", "private-registries/get-org-private-registry"], ["DELETE", "/orgs/{org}/private-registries/{secret_name}", "private-registries/delete-org-private-registry"], ["PATCH", "/orgs/{org}/private-registries/{secret_name}", "private-registries/update-org-private-registry"], ["GET", "/orgs/{org}/projectsV2", "projects/list-for-org"], ["GET", "/orgs/{org}/projectsV2/{project_number}", "projects/get-for-org"], ["POST", "/orgs/{org}/projectsV2/{project_number}/drafts", "projects/create-draft-item-for-org"], ["GET", "/orgs/{org}/projectsV2/{project_number}/fields", "projects/list-fields-for-org"], ["POST", "/orgs/{org}/projectsV2/{project_number}/fields", "projects/add-field-for-org"], ["GET", "/orgs/{org}/projectsV2/{project_number}/fields/{field_id}", "projects/get-field-for-org"], ["GET", "/orgs/{org}/projectsV2/{project_number}/items", "projects/list-items-for-org"], ["POST", "/orgs/{org}/projectsV2/{project_number}/items", "projects/add-item-for-org"], ["GET", "/orgs/{org}/projectsV2/{project_number}/items/{item_id}", "projects/get-org-item"], ["DELETE", "/orgs/{org}/projectsV2/{project_number}/items/{item_id}", "projects/delete-item-for-org"], ["PATCH", "/orgs/{org}/projectsV2/{project_number}/items/{item_id}", "projects/update-item-for-org"], ["POST", "/orgs/{org}/projectsV2/{project_number}/views", "projects/create-view-for-org"], ["GET", "/orgs/{org}/projectsV2/{project_number}/views/{view_number}/items", "projects/list-view-items-for-org"], ["GET", "/orgs/{org}/properties/schema", "orgs/custom-properties-for-repos-get-organization-definitions"], ["PATCH", "/orgs/{org}/properties/schema", "orgs/custom-properties-for-repos-create-or-update-organization-definitions"], ["GET", "/orgs/{org}/properties/schema/{custom_property_name}", "orgs/custom-properties-for-repos-get-organization-definition"], ["PUT", "/orgs/{org}/properties/schema/{custom_property_name}", "orgs/custom-properties-for-repos-create-or-update-organization-definition"], ["DELETE", "/orgs/{org}/properties/schema/{custom_property_name}", "orgs/custom-properties-for-repos-delete-organization-definition"], ["GET", "/orgs/{org}/properties/values", "orgs/custom-properties-for-repos-get-organization-values"], ["PATCH", "/orgs/{org}/properties/values", "orgs/custom-properties-for-repos-create-or-update-organization-values"], ["GET", "/orgs/{org}/public_members", "orgs/list-public-members"], ["GET", "/orgs/{org}/public_members/{username}", "orgs/check-public-membership-for-user"], ["PUT", "/orgs/{org}/public_members/{username}", "orgs/set-public-membership-for-authenticated-user"], ["DELETE", "/orgs/{org}/public_members/{username}", "orgs/remove-public-membership-for-authenticated-user"], ["GET", "/orgs/{org}/repos", "repos/list-for-org"], ["POST", "/orgs/{org}/repos", "repos/create-in-org"], ["GET", "/orgs/{org}/rulesets", "repos/get-org-rulesets"], ["POST", "/orgs/{org}/rulesets", "repos/create-org-ruleset"], ["GET", "/orgs/{org}/rulesets/rule-suites", "repos/get-org-rule-suites"], ["GET", "/orgs/{org}/rulesets/rule-suites/{rule_suite_id}", "repos/get-org-rule-suite"], ["GET", "/orgs/{org}/rulesets/{ruleset_id}", "repos/get-org-ruleset"], ["PUT", "/orgs/{org}/rulesets/{ruleset_id}", "repos/update-org-ruleset"], ["DELETE", "/orgs/{org}/rulesets/{ruleset_id}", "repos/delete-org-ruleset"], ["GET", "/orgs/{org}/rulesets/{ruleset_id}/history", "orgs/get-org-ruleset-history"], ["GET", "/orgs/{org}/rulesets/{ruleset_id}/history/{version_id}", "orgs/get-org-ruleset-version"], ["GET", "/orgs/{org}/secret-scanning/alerts", "secret-scanning/list-alerts-for-org"], ["GET", "/orgs/{org}/secret-scanning/custom-patterns", "secret-scanning/list-org-custom-patterns"], ["POST", "/orgs/{org}/secret-scanning/custom-patterns", "secret-scanning/bulk-create-org-custom-patterns"], ["DELETE", "/orgs/{org}/secret-scanning/custom-patterns", "secret-scanning/bulk-delete-org-custom-patterns"], ["PATCH", "/orgs/{org}/secret-scanning/custom-patterns/{pattern_id}", "secret-scanning/update-org-custom-pattern"], ["GET", "/orgs/{org}/secret-scanning/pattern-configurations", "secret-scanning/list-org-pattern-configs"], ["PATCH", "/orgs/{org}/secret-scanning/pattern-configurations", "secret-scanning/update-org-pattern-configs"], ["GET", "/orgs/{org}/security-advisories", "security-advisories/list-org-repository-advisories"], ["GET", "/orgs/{org}/security-managers", "orgs/list-security-manager-teams"], ["PUT", "/orgs/{org}/security-managers/teams/{team_slug}", "orgs/add-security-manager-team"], ["DELETE", "/orgs/{org}/security-managers/teams/{team_slug}", "orgs/remove-security-manager-team"], ["GET", "/orgs/{org}/settings/immutable-releases", "orgs/get-immutable-releases-settings"], ["PUT", "/orgs/{org}/settings/immutable-releases", "orgs/set-immutable-releases-settings"], ["GET", "/orgs/{org}/settings/immutable-releases/repositories", "orgs/get-immutable-releases-settings-repositories"], ["PUT", "/orgs/{org}/settings/immutable-releases/repositories", "orgs/set-immutable-releases-settings-repositories"], ["PUT", "/orgs/{org}/settings/immutable-releases/repositories/{repository_id}", "orgs/enable-selected-repository-immutable-releases-organization"], ["DELETE", "/orgs/{org}/settings/immutable-releases/repositories/{repository_id}", "orgs/disable-selected-repository-immutable-releases-organization"], ["GET", "/orgs/{org}/settings/network-configurations", "hosted-compute/list-network-configurations-for-org"], ["POST", "/orgs/{org}/settings/network-configurations", "hosted-compute/create-network-configuration-for-org"], ["GET", "/orgs/{org}/settings/network-configurations/{network_configuration_id}", "hosted-compute/get-network-configuration-for-org"], ["DELETE", "/orgs/{org}/settings/network-configurations/{network_configuration_id}", "hosted-compute/delete-network-configuration-from-org"], ["PATCH", "/orgs/{org}/settings/network-configurations/{network_configuration_id}", "hosted-compute/update-network-configuration-for-org"], ["GET", "/orgs/{org}/settings/network-settings/{network_settings_id}", "hosted-compute/get-network-settings-for-org"], ["GET", "/orgs/{org}/teams", "teams/list"], ["POST", "/orgs/{org}/teams", "teams/create"], ["GET", "/orgs/{org}/teams/{team_slug}", "teams/get-by-name"], ["DELETE", "/orgs/{org}/teams/{team_slug}", "teams/delete-in-org"], ["PATCH", "/orgs/{org}/teams/{team_slug}", "teams/update-in-org"], ["GET", "/orgs/{org}/teams/{team_slug}/invitations", "teams/list-pending-invitations-in-org"], ["GET", "/orgs/{org}/teams/{team_slug}/members", "teams/list-members-in-org"], ["GET", "/orgs/{org}/teams/{team_slug}/memberships/{username}", "teams/get-membership-for-user-in-org"], ["PUT", "/orgs/{org}/teams/{team_slug}/memberships/{username}", "teams/add-or-update-membership-for-user-in-org"], ["DELETE", "/orgs/{org}/teams/{team_slug}/memberships/{username}", "teams/remove-membership-for-user-in-org"], ["GET", "/orgs/{org}/teams/{team_slug}/repos", "teams/list-repos-in-org"], ["GET", "/orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}", "teams/check-permissions-for-repo-in-org"], ["PUT", "/orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}", "teams/add-or-update-repo-permissions-in-org"], ["DELETE", "/orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}", "teams/remove-repo-in-org"], ["GET", "/orgs/{org}/teams/{team_slug}/teams", "teams/list-child-in-org"], ["POST", "/orgs/{org}/{security_product}/{enablement}", "orgs/enable-or-disable-security-product-on-all-org-repos"], ["GET", "/rate_limit", "rate-limit/get"], ["GET", "/repos/{owner}/{repo}", "repos/get"], ["DELETE", "/repos/{owner}/{repo}", "repos/delete"], ["PATCH", "/repos/{owner}/{repo}", "repos/update"], ["GET", "/repos/{owner}/{repo}/actions/artifacts", "actions/list-artifacts-for-repo"], ["GET", "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}", "actions/get-artifact"], ["DELETE", "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}", "actions/delete-artifact"], ["GET", "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}", "actions/download-artifact"], ["GET", "/repos/{owner}/{repo}/actions/cache/retention-limit", "actions/get-actions-cache-retention-limit-for-repository"], ["PUT", "/repos/{owner}/{repo}/actions/cache/retention-limit", "actions/set-actions-cache-retention-limit-for-repository"], ["GET", "/repos/{owner}/{repo}/actions/cache/storage-limit", "actions/get-actions-cache-storage-limit-for-repository"], ["PUT", "/repos/{owner}/{repo}/actions/cache/storage-limit", "actions/set-actions-cache-storage-limit-for-repository"], ["GET", "/repos/{owner}/{repo}/actions/cache/usage", "actions/get-actions-cache-usage"], ["GET", "/repos/{owner}/{repo}/actions/caches", "actions/get-actions-cache-list"], ["DELETE", "/repos/{owner}/{repo}/actions/caches", "actions/delete-actions-cache-by-key"], ["DELETE", "/repos/{owner}/{repo}/actions/caches/{cache_id}", "actions/delete-actions-cache-by-id"], ["GET", "/repos/{owner}/{repo}/actions/concurrency_groups", "actions/list-concurrency-groups-for-repository"], ["GET", "/repos/{owner}/{repo}/actions/concurrency_groups/{concurrency_group_name}", "actions/get-concurrency-group-for-repository"], ["GET", "/repos/{owner}/{repo}/actions/jobs/{job_id}", "actions/get-job-for-workflow-run"], ["GET", "/repos/{owner}/{repo}/actions/jobs/{job_id}/logs", "actions/download-job-logs-for-workflow-run"], ["POST", "/repos/{owner}/{repo}/actions/jobs/{job_id}/rerun", "actions/re-run-job-for-workflow-run"], ["GET", "/repos/{owner}/{repo}/actions/oidc/customization/sub", "actions/get-custom-oidc-sub-claim-for-repo"], ["PUT", "/repos/{owner}/{repo}/actions/oidc/customization/sub", "actions/set-custom-oidc-sub-claim-for-repo"], ["GET", "/repos/{owner}/{repo}/actions/organization-secrets", "actions/list-repo-organization-secrets"], ["GET", "/repos/{owner}/{repo}/actions/organization-variables", "actions/list-repo-organization-variables"], ["GET", "/repos/{owner}/{repo}/actions/permissions", "actions/get-github-actions-permissions-repository"], ["PUT", "/repos/{owner}/{repo}/actions/permissions", "actions/set-github-actions-permissions-repository"], ["GET", "/repos/{owner}/{repo}/actions/permissions/access", "actions/get-workflow-access-to-repository"], ["PUT", "/repos/{owner}/{repo}/actions/permissions/access", "actions/set-workflow-access-to-repository"], ["GET", "/repos/{owner}/{repo}/actions/permissions/artifact-and-log-retention", "actions/get-artifact-and-log-retention-settings-repository"], ["PUT", "/repos/{owner}/{repo}/actions/permissions/artifact-and-log-retention", "actions/set-artifact-and-log-retention-settings-repository"], ["GET", "/repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval", "actions/get-fork-pr-contributor-approval-permissions-repository"], ["PUT", "/repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval", "actions/set-fork-pr-contributor-approval-permissions-repository"], ["GET", "/repos/{owner}/{repo}/actions/permissions/fork-pr-workflows-private-repos", "actions/get-private-repo-fork-pr-workflows-settings-repository"], ["PUT", "/repos/{owner}/{repo}/actions/permissions/fork-pr-workflows-private-repos", "actions/set-private-repo-fork-pr-workflows-settings-repository"], ["GET", "/repos/{owner}/{repo}/actions/permissions/selected-actions", "actions/get-allowed-actions-repository"], ["PUT", "/repos/{owner}/{repo}/actions/permissions/selected-actions", "actions/set-allowed-actions-repository"], ["GET", "/repos/{owner}/{repo}/actions/permissions/workflow", "actions/get-github-actions-default-workflow-permissions-repository"], ["PUT", "/repos/{owner}/{repo}/actions/permissions/workflow", "actions/set-github-actions-default-workflow-permissions-repository"], ["GET", "/repos/{owner}/{repo}/actions/runners", "actions/list-self-hosted-runners-for-repo"], ["GET", "/repos/{owner}/{repo}/actions/runners/downloads", "actions/list-runner-applications-for-repo"], ["POST", "/repos/{owner}/{repo}/actions/runners/generate-jitconfig", "actions/generate-runner-jitconfig-for-repo"], ["POST", "/repos/{owner}/{repo}/actions/runners/registration-token", "actions/create-registration-token-for-repo"], ["POST", "/repos/{owner}/{repo}/actions/runners/remove-token", "actions/create-remove-token-for-repo"], ["GET", "/repos/{owner}/{repo}/actions/runners/{runner_id}", "actions/get-self-hosted-runner-for-repo"], ["DELETE", "/repos/{owner}/{repo}/actions/runners/{runner_id}", "actions/delete-self-hosted-runner-from-repo"], ["GET", "/repos/{owner}/{repo}/actions/runners/{runner_id}/labels", "actions/list-labels-for-self-hosted-runner-for-repo"], ["PUT", "/repos/{owner}/{repo}/actions/runners/{runner_id}/labels", "actions/set-custom-labels-for-self-hosted-runner-for-repo"], ["POST", "/repos/{owner}/{repo}/actions/runners/{runner_id}/labels", "actions/add-custom-labels-to-self-hosted-runner-for-repo"], ["DELETE", "/repos/{owner}/{repo}/actions/runners/{runner_id}/labels", "actions/remove-all-custom-labels-from-self-hosted-runner-for-repo"], ["DELETE", "/repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}", "actions/remove-custom-label-from-self-hosted-runner-for-repo"], ["GET", "/repos/{owner}/{repo}/actions/runs", "actions/list-workflow-runs-for-repo"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}", "actions/get-workflow-run"], ["DELETE", "/repos/{owner}/{repo}/actions/runs/{run_id}", "actions/delete-workflow-run"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/approvals", "actions/get-reviews-for-run"], ["POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/approve", "actions/approve-workflow-run"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts", "actions/list-workflow-run-artifacts"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}", "actions/get-workflow-run-attempt"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs", "actions/list-jobs-for-workflow-run-attempt"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs", "actions/download-workflow-run-attempt-logs"], ["POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/cancel", "actions/cancel-workflow-run"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/concurrency_groups", "actions/list-concurrency-groups-for-workflow-run"], ["POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule", "actions/review-custom-gates-for-run"], ["POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel", "actions/force-cancel-workflow-run"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/jobs", "actions/list-jobs-for-workflow-run"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/logs", "actions/download-workflow-run-logs"], ["DELETE", "/repos/{owner}/{repo}/actions/runs/{run_id}/logs", "actions/delete-workflow-run-logs"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments", "actions/get-pending-deployments-for-run"], ["POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments", "actions/review-pending-deployments-for-run"], ["POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/rerun", "actions/re-run-workflow"], ["POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs", "actions/re-run-workflow-failed-jobs"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/timing", "actions/get-workflow-run-usage"], ["GET", "/repos/{owner}/{repo}/actions/secrets", "actions/list-repo-secrets"], ["GET", "/repos/{owner}/{repo}/actions/secrets/public-key", "actions/get-repo-public-key"], ["GET", "/repos/{owner}/{repo}/actions/secrets/{secret_name}", "actions/get-repo-secret"], ["PUT", "/repos/{owner}/{repo}/actions/secrets/{secret_name}", "actions/create-or-update-repo-secret"], ["DELETE", "/repos/{owner}/{repo}/actions/secrets/{secret_name}", "actions/delete-repo-secret"], ["GET", "/repos/{owner}/{repo}/actions/variables", "actions/list-repo-variables"], ["POST", "/repos/{owner}/{repo}/actions/variables", "actions/create-repo-variable"], ["GET", "/repos/{owner}/{repo}/actions/variables/{name}", "actions/get-repo-variable"], ["DELETE", "/repos/{owner}/{repo}/actions/variables/{name}", "actions/delete-repo-variable"], ["PATCH", "/repos/{owner}/{repo}/actions/variables/{name}", "actions/update-repo-variable"], ["GET", "/repos/{owner}/{repo}/actions/workflows", "actions/list-repo-workflows"], ["GET", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}", "actions/get-workflow"], ["PUT", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable", "actions/disable-workflow"], ["POST", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", "actions/create-workflow-dispatch"], ["PUT", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable", "actions/enable-workflow"], ["GET", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs", "actions/list-workflow-runs"], ["GET", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing", "actions/get-workflow-usage"], ["GET", "/repos/{owner}/{repo}/activity", "repos/list-activities"], ["GET", "/repos/{owner}/{repo}/agents/organization-secrets", "agents/list-repo-organization-secrets"], ["GET", "/repos/{owner}/{repo}/agents/organization-variables", "agents/list-repo-organization-variables"], ["GET", "/repos/{owner}/{repo}/agents/secrets", "agents/list-repo-secrets"], ["GET", "/repos/{owner}/{repo}/agents/secrets/public-key", "agents/get-repo-public-key"], ["GET", "/repos/{owner}/{repo}/agents/secrets/{secret_name}", "agents/get-repo-secret"], ["PUT", "/repos/{owner}/{repo}/agents/secrets/{secret_name}", "agents/create-or-update-repo-secret"], ["DELETE", "/repos/{owner}/{repo}/agents/secrets/{secret_name}", "agents/delete-repo-secret"], ["GET", "/repos/{owner}/{repo}/agents/variables", "agents/list-repo-variables"], ["POST", "/repos/{owner}/{repo}/agents/variables", "agents/create-repo-variable"], ["GET", "/repos/{owner}/{repo}/agents/variables/{name}", "agents/get-repo-variable"], ["DELETE", "/repos/{owner}/{repo}/agents/variables/{name}", "agents/delete-repo-variable"], ["PATCH", "/repos/{owner}/{repo}/agents/variables/{name}", "agents/update-repo-variable"], ["GET", "/repos/{owner}/{repo}/assignees", "issues/list-assignees"], ["GET", "/repos/{owner}/{repo}/assignees/{assignee}", "issues/check-user-can-be-assigned"], ["POST", "/repos/{owner}/{repo}/attestations", "repos/create-attestation"], ["GET", "/repos/{owner}/{repo}/attestations/{subject_digest}", "repos/list-attestations"], ["GET", "/repos/{owner}/{repo}/autolinks", "repos/list-autolinks"], ["POST", "/repos/{owner}/{repo}/autolinks", "repos/create-autolink"], ["GET", "/repos/{owner}/{repo}/autolinks/{autolink_id}", "repos/get-autolink"], ["DELETE", "/repos/{owner}/{repo}/autolinks/{autolink_id}", "repos/delete-autolink"], ["GET", "/repos/{owner}/{repo}/automated-security-fixes", "repos/check-automated-security-fixes"], ["PUT", "/repos/{owner}/{repo}/automated-security-fixes", "repos/enable-automated-security-fixes"], ["DELETE", "/repos/{owner}/{repo}/automated-security-fixes", "repos/disable-automated-security-fixes"], ["GET", "/repos/{owner}/{repo}/branches", "repos/list-branches"], ["GET", "/repos/{owner}/{repo}/branches/{branch}", "repos/get-branch"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection", "repos/get-branch-protection"], ["PUT", "/repos/{owner}/{repo}/branches/{branch}/protection", "repos/update-branch-protection"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection", "repos/delete-branch-protection"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins", "repos/get-admin-branch-protection"], ["POST", "/repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins", "repos/set-admin-branch-protection"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins", "repos/delete-admin-branch-protection"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews", "repos/get-pull-request-review-protection"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews", "repos/delete-pull-request-review-protection"], ["PATCH", "/repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews", "repos/update-pull-request-review-protection"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection/required_signatures", "repos/get-commit-signature-protection"], ["POST", "/repos/{owner}/{repo}/branches/{branch}/protection/required_signatures", "repos/create-commit-signature-protection"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection/required_signatures", "repos/delete-commit-signature-protection"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks", "repos/get-status-checks-protection"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks", "repos/remove-status-check-protection"], ["PATCH", "/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks", "repos/update-status-check-protection"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts", "repos/get-all-status-check-contexts"], ["PUT", "/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts", "repos/set-status-check-contexts"], ["POST", "/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts", "repos/add-status-check-contexts"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts", "repos/remove-status-check-contexts"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions", "repos/get-access-restrictions"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions", "repos/delete-access-restrictions"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps", "repos/get-apps-with-access-to-protected-branch"], ["PUT", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps", "repos/set-app-access-restrictions"], ["POST", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps", "repos/add-app-access-restrictions"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps", "repos/remove-app-access-restrictions"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams", "repos/get-teams-with-access-to-protected-branch"], ["PUT", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams", "repos/set-team-access-restrictions"], ["POST", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams", "repos/add-team-access-restrictions"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams", "repos/remove-team-access-restrictions"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users", "repos/get-users-with-access-to-protected-branch"], ["PUT", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users", "repos/set-user-access-restrictions"], ["POST", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users", "repos/add-user-access-restrictions"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users", "repos/remove-user-access-restrictions"], ["POST", "/repos/{owner}/{repo}/branches/{branch}/rename", "repos/rename-branch"], ["POST", "/repos/{owner}/{repo}/check-runs", "checks/create"], ["GET", "/repos/{owner}/{repo}/check-runs/{check_run_id}", "checks/get"], ["PATCH", "/repos/{owner}/{repo}/check-runs/{check_run_id}", "checks/update"], ["GET", "/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations", "checks/list-annotations"], ["POST", "/repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest", "checks/rerequest-run"], ["POST", "/repos/{owner}/{repo}/check-suites", "checks/create-suite"], ["PATCH", "/repos/{owner}/{repo}/check-suites/preferences", "checks/set-suites-preferences"], ["GET", "/repos/{owner}/{repo}/check-suites/{check_suite_id}", "checks/get-suite"], ["GET", "/repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs", "checks/list-for-suite"], ["POST", "/repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest", "checks/rerequest-suite"], ["GET", "/repos/{owner}/{repo}/code-quality/findings", "code-quality/list-findings-for-repo"], ["GET", "/repos/{owner}/{repo}/code-quality/findings/{finding_number}", "code-quality/get-finding"], ["GET", "/repos/{owner}/{repo}/code-quality/setup", "code-quality/get-setup"], ["PATCH", "/repos/{owner}/{repo}/code-quality/setup", "code-quality/update-setup"], ["GET", "/repos/{owner}/{repo}/code-scanning/alerts", "code-scanning/list-alerts-for-repo"], ["GET", "/repos/{owner}/{repo}/code-scanning/alerts/{alert_number}", "code-scanning/get-alert"], ["PATCH", "/repos/{owner}/{repo}/code-scanning/alerts/{alert_number}", "code-scanning/update-alert"], ["GET", "/repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix", "code-scanning/get-autofix"], ["POST", "/repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix", "code-scanning/create-autofix"], ["POST", "/repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits", "code-scanning/commit-autofix"], ["GET", "/repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances", "code-scanning/list-alert-instances"], ["GET", "/repos/{owner}/{repo}/code-scanning/analyses", "code-scanning/list-recent-analyses"], ["GET", "/repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}", "code-scanning/get-analysis"], ["DELETE", "/repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}", "code-scanning/delete-analysis"], ["GET", "/repos/{owner}/{repo}/code-scanning/codeql/databases", "code-scanning/list-codeql-databases"], ["GET", "/repos/{owner}/{repo}/code-scanning/codeql/databases/{language}", "code-scanning/get-codeql-database"], ["DELETE", "/repos/{owner}/{repo}/code-scanning/codeql/databases/{language}", "code-scanning/delete-codeql-database"], ["POST", "/repos/{owner}/{repo}/code-scanning/codeql/variant-analyses", "code-scanning/create-variant-analysis"], ["GET", "/repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}", "code-scanning/get-variant-analysis"], ["GET", "/repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}", "code-scanning/get-variant-analysis-repo-task"], ["GET", "/repos/{owner}/{repo}/code-scanning/default-setup", "code-scanning/get-default-setup"], ["PATCH", "/repos/{owner}/{repo}/code-scanning/default-setup", "code-scanning/update-default-setup"], ["POST", "/repos/{owner}/{repo}/code-scanning/sarifs", "code-scanning/upload-sarif"], ["GET", "/repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}", "code-scanning/get-sarif"], ["GET", "/repos/{owner}/{repo}/code-security-configuration", "code-security/get-configuration-for-repository"], ["GET", "/repos/{owner}/{repo}/codeowners/errors", "repos/codeowners-errors"], ["GET", "/repos/{owner}/{repo}/codespaces", "codespaces/list-in-repository-for-authenticated-user"], ["POST", "/repos/{owner}/{repo}/codespaces", "codespaces/create-with-repo-for-authenticated-user"], ["GET", "/repos/{owner}/{repo}/codespaces/devcontainers", "codespaces/list-devcontainers-in-repository-for-authenticated-user"], ["GET", "/repos/{owner}/{repo}/codespaces/machines", "codespaces/repo-machines-for-authenticated-user"], ["GET", "/repos/{owner}/{repo}/codespaces/new", "codespaces/pre-flight-with-repo-for-authenticated-user"], ["GET", "/repos/{owner}/{repo}/codespaces/permissions_check", "codespaces/check-permissions-for-devcontainer"], ["GET", "/repos/{owner}/{repo}/codespaces/secrets", "codespaces/list-repo-secrets"], ["GET", "/repos/{owner}/{repo}/codespaces/secrets/public-key", "codespaces/get-repo-public-key"], ["GET", "/repos/{owner}/{repo}/codespaces/secrets/{secret_name}", "codespaces/get-repo-secret"], ["PUT", "/repos/{owner}/{repo}/codespaces/secrets/{secret_name}", "codespaces/create-or-update-repo-secret"], ["DELETE", "/repos/{owner}/{repo}/codespaces/secrets/{secret_name}", "codespaces/delete-repo-secret"], ["GET", "/repos/{owner}/{repo}/collaborators", "repos/list-collaborators"], ["GET", "/repos/{owner}/{repo}/collaborators/{username}", "repos/check-collaborator"], ["PUT", "/repos/{owner}/{repo}/collaborators/{username}", "repos/add-collaborator"], ["DELETE", "/repos/{owner}/{repo}/collaborators/{username}", "repos/remove-collaborator"], ["GET", "/repos/{owner}/{repo}/collaborators/{username}/permission", "repos/get-collaborator-permission-level"], ["GET", "/repos/{owner}/{repo}/comments", "repos/list-commit-comments-for-repo"], ["GET", "/repos/{owner}/{repo}/comments/{comment_id}", "repos/get-commit-comment"], ["DELETE", "/repos/{owner}/{repo}/comments/{comment_id}", "repos/delete-commit-comment"], ["PATCH", "/repos/{owner}/{repo}/comments/{comment_id}", "repos/update-commit-comment"], ["GET", "/repos/{owner}/{repo}/comments/{comment_id}/reactions", "reactions/list-for-commit-comment"], ["POST", "/repos/{owner}/{repo}/comments/{comment_id}/reactions", "reactions/create-for-commit-comment"], ["DELETE", "/repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}", "reactions/delete-for-commit-comment"], ["GET", "/repos/{owner}/{repo}/commits", "repos/list-commits"], ["GET", "/repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head", "repos/list-branches-for-head-commit"], ["GET", "/repos/{owner}/{repo}/commits/{commit_sha}/comments", "repos/list-comments-for-commit"], ["POST", "/repos/{owner}/{repo}/commits/{commit_sha}/comments", "repos/create-commit-comment"], ["GET", "/repos/{owner}/{repo}/commits/{commit_sha}/pulls", "repos/list-pull-requests-associated-with-commit"], ["GET", "/repos/{owner}/{repo}/commits/{ref}", "repos/get-commit"], ["GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs", "checks/list-for-ref"], ["GET", "/repos/{owner}/{repo}/commits/{ref}/check-suites", "checks/list-suites-for-ref"], ["GET", "/repos/{owner}/{repo}/commits/{ref}/status", "repos/get-combined-status-for-ref"], ["GET", "/repos/{owner}/{repo}/commits/{ref}/statuses", "repos/list-commit-statuses-for-ref"], ["GET", "/repos/{owner}/{repo}/community/profile", "repos/get-community-profile-metrics"], ["GET", "/repos/{owner}/{repo}/compare/{basehead}", "repos/compare-commits-with-basehead"], ["GET", "/repos/{owner}/{repo}/contents/{path}", "repos/get-content"], ["PUT", "/repos/{owner}/{repo}/contents/{path}", "repos/create-or-update-file-contents"], ["DELETE", "/repos/{owner}/{repo}/contents/{path}", "repos/delete-file"], ["GET", "/repos/{owner}/{repo}/contributors", "repos/list-contributors"], ["GET", "/repos/{owner}/{repo}/copilot/cloud-agent/configuration", "copilot/get-copilot-cloud-agent-configuration"], ["GET", "/repos/{owner}/{repo}/dependabot/alerts", "dependabot/list-alerts-for-repo"], ["GET", "/repos/{owner}/{repo}/dependabot/alerts/{alert_number}", "dependabot/get-alert"], ["PATCH", "/repos/{owner}/{repo}/dependabot/alerts/{alert_number}", "dependabot/update-alert"], ["GET", "/repos/{owner}/{repo}/dependabot/secrets", "dependabot/list-repo-secrets"], ["GET", "/repos/{owner}/{repo}/dependabot/secrets/public-key", "dependabot/get-repo-public-key"], ["GET", "/repos/{owner}/{repo}/dependabot/secrets/{secret_name}", "dependabot/get-repo-secret"], ["PUT", "/repos/{owner}/{repo}/dependabot/secrets/{secret_name}", "dependabot/create-or-update-repo-secret"], ["DELETE", "/repos/{owner}/{repo}/dependabot/secrets/{secret_name}", "dependabot/delete-repo-secret"], ["GET", "/repos/{owner}/{repo}/dependency-graph/compare/{basehead}", "dependency-graph/diff-range"], ["GET", "/repos/{owner}/{repo}/dependency-graph/sbom", "dependency-graph/export-sbom"], ["GET", "/repos/{owner}/{repo}/dependency-graph/sbom/fetch-report/{sbom_uuid}", "dependency-graph/fetch-sbom-report"], ["GET", "/repos/{owner}/{repo}/dependency-graph/sbom/generate-report", "dependency-graph/generate-sbom-report"], ["POST", "/repos/{owner}/{repo}/dependency-graph/snapshots", "dependency-graph/create-repository-snapshot"], ["GET", "/repos/{owner}/{repo}/deployments", "repos/list-deployments"], ["POST", "/repos/{owner}/{repo}/deployments", "repos/create-deployment"], ["GET", "/repos/{owner}/{repo}/deployments/{deployment_id}", "repos/get-deployment"], ["DELETE", "/repos/{owner}/{repo}/deployments/{deployment_id}", "repos/delete-deployment"], ["GET", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses", "repos/list-deployment-statuses"], ["POST", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses", "repos/create-deployment-status"], ["GET", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}", "repos/get-deployment-status"], ["POST", "/repos/{owner}/{repo}/dispatches", "repos/create-dispatch-event"], ["GET", "/repos/{owner}/{repo}/environments", "repos/get-all-environments"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}", "repos/get-environment"], ["PUT", "/repos/{owner}/{repo}/environments/{environment_name}", "repos/create-or-update-environment"], ["DELETE", "/repos/{owner}/{repo}/environments/{environment_name}", "repos/delete-an-environment"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies", "repos/list-deployment-branch-policies"], ["POST", "/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies", "repos/create-deployment-branch-policy"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}", "repos/get-deployment-branch-policy"], ["PUT", "/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}", "repos/update-deployment-branch-policy"], ["DELETE", "/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}", "repos/delete-deployment-branch-policy"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules", "repos/get-all-deployment-protection-rules"], ["POST", "/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules", "repos/create-deployment-protection-rule"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps", "repos/list-custom-deployment-rule-integrations"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}", "repos/get-custom-deployment-protection-rule"], ["DELETE", "/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}", "repos/disable-deployment-protection-rule"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/secrets", "actions/list-environment-secrets"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key", "actions/get-environment-public-key"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}", "actions/get-environment-secret"], ["PUT", "/repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}", "actions/create-or-update-environment-secret"], ["DELETE", "/repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}", "actions/delete-environment-secret"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/variables", "actions/list-environment-variables"], ["POST", "/repos/{owner}/{repo}/environments/{environment_name}/variables", "actions/create-environment-variable"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/variables/{name}", "actions/get-environment-variable"], ["DELETE", "/repos/{owner}/{repo}/environments/{environment_name}/variables/{name}", "actions/delete-environment-variable"], ["PATCH", "/repos/{owner}/{repo}/environments/{environment_name}/variables/{name}", "actions/update-environment-variable"], ["GET", "/repos/{owner}/{repo}/events", "activity/list-repo-events"], ["GET", "/repos/{owner}/{repo}/forks", "repos/list-forks"], ["POST", "/repos/{owner}/{repo}/forks", "repos/create-fork"], ["POST", "/repos/{owner}/{repo}/git/blobs", "git/create-blob"], ["GET", "/repos/{owner}/{repo}/git/blobs/{file_sha}", "git/get-blob"], ["POST", "/repos/{owner}/{repo}/git/commits", "git/create-commit"], ["GET", "/repos/{owner}/{repo}/git/commits/{commit_sha}", "git/get-commit"], ["GET", "/repos/{owner}/{repo}/git/matching-refs/{ref}", "git/list-matching-refs"], ["GET", "/repos/{owner}/{repo}/git/ref/{ref}", "git/get-ref"], ["POST", "/repos/{owner}/{repo}/git/refs", "git/create-ref"], ["DELETE", "/repos/{owner}/{repo}/git/refs/{ref}", "git/delete-ref"], ["PATCH", "/repos/{owner}/{repo}/git/refs/{ref}", "git/update-ref"], ["POST", "/repos/{owner}/{repo}/git/tags", "git/create-tag"], ["GET", "/repos/{owner}/{repo}/git/tags/{tag_sha}", "git/get-tag"], ["POST", "/repos/{owner}/{repo}/git/trees", "git/create-tree"], ["GET", "/repos/{owner}/{repo}/git/trees/{tree_sha}", "git/get-tree"], ["GET", "/repos/{owner}/{repo}/hash-algorithm", "repos/get-hash-algorithm"], ["GET", "/repos/{owner}/{repo}/hooks", "repos/list-webhooks"], ["POST", "/repos/{owner}/{repo}/hooks", "repos/create-webhook"], ["GET", "/repos/{owner}/{repo}/hooks/{hook_id}", "repos/get-webhook"], ["DELETE", "/repos/{owner}/{repo}/hooks/{hook_id}", "repos/delete-webhook"], ["PATCH", "/repos/{owner}/{repo}/hooks/{hook_id}", "repos/update-webhook"], ["GET", "/repos/{owner}/{repo}/hooks/{hook_id}/config", "repos/get-webhook-config-for-repo"], ["PATCH", "/repos/{owner}/{repo}/hooks/{hook_id}/config", "repos/update-webhook-config-for-repo"], ["GET", "/repos/{owner}/{repo}/hooks/{hook_id}/deliveries", "repos/list-webhook-deliveries"], ["GET", "/repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}", "repos/get-webhook-delivery"], ["POST", "/repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts", "repos/redeliver-webhook-delivery"], ["POST", "/repos/{owner}/{repo}/hooks/{hook_id}/pings", "repos/ping-webhook"], ["POST", "/repos/{owner}/{repo}/hooks/{hook_id}/tests", "repos/test-push-webhook"], ["GET", "/repos/{owner}/{repo}/immutable-releases", "repos/check-immutable-releases"], ["PUT", "/repos/{owner}/{repo}/immutable-releases", "repos/enable-immutable-releases"], ["DELETE", "/repos/{owner}/{repo}/immutable-releases", "repos/disable-immutable-releases"], ["GET", "/repos/{owner}/{repo}/import", "migrations/get-import-status"], ["PUT", "/repos/{owner}/{repo}/import", "migrations/start-import"], ["DELETE", "/repos/{owner}/{repo}/import", "migrations/cancel-import"], ["PATCH", "/repos/{owner}/{repo}/import", "migrations/update-import"], ["GET", "/repos/{owner}/{repo}/import/authors", "migrations/get-commit-authors"], ["PATCH", "/repos/{owner}/{repo}/import/authors/{author_id}", "migrations/map-commit-author"], ["GET", "/repos/{owner}/{repo}/import/large_files", "migrations/get-large-files"], ["PATCH", "/repos/{owner}/{repo}/import/lfs", "migrations/set-lfs-preference"], ["GET", "/repos/{owner}/{repo}/installation", "apps/get-repo-installation"], ["GET", "/repos/{owner}/{repo}/interaction-limits", "interactions/get-restrictions-for-repo"], ["PUT", "/repos/{owner}/{repo}/interaction-limits", "interactions/set-restrictions-for-repo"], ["DELETE", "/repos/{owner}/{repo}/interaction-limits", "interactions/remove-restrictions-for-repo"], ["GET", "/repos/{owner}/{repo}/interaction-limits/pulls/bypass-list", "interactions/get-pull-request-bypass-list-for-repo"], ["PUT", "/repos/{owner}/{repo}/interaction-limits/pulls/bypass-list", "interactions/set-pull-request-bypass-list-for-repo"], ["DELETE", "/repos/{owner}/{repo}/interaction-limits/pulls/bypass-list", "interactions/remove-pull-request-bypass-list-for-repo"], ["GET", "/repos/{owner}/{repo}/interaction-limits/pulls/creation-cap", "interactions/get-pull-request-creation-cap-for-repo"], ["PATCH", "/repos/{owner}/{repo}/interaction-limits/pulls/creation-cap", "interactions/update-pull-request-creation-cap-for-repo"], ["GET", "/repos/{owner}/{repo}/invitations", "repos/list-invitations"], ["DELETE", "/repos/{owner}/{repo}/invitations/{invitation_id}", "repos/delete-invitation"], ["PATCH", "/repos/{owner}/{repo}/invitations/{invitation_id}", "repos/update-invitation"], ["GET", "/repos/{owner}/{repo}/issue-types", "repos/list-issue-types"], ["GET", "/repos/{owner}/{repo}/issues", "issues/list-for-repo"], ["POST", "/repos/{owner}/{repo}/issues", "issues/create"], ["GET", "/repos/{owner}/{repo}/issues/comments", "issues/list-comments-for-repo"], ["GET", "/repos/{owner}/{repo}/issues/comments/{comment_id}", "issues/get-comment"], ["DELETE", "/repos/{owner}/{repo}/issues/comments/{comment_id}", "issues/delete-comment"], ["PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}", "issues/update-comment"], ["PUT", "/repos/{owner}/{repo}/issues/comments/{comment_id}/pin", "issues/pin-comment"], ["DELETE", "/repos/{owner}/{repo}/issues/comments/{comment_id}/pin", "issues/unpin-comment"], ["GET", "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", "reactions/list-for-issue-comment"], ["POST", "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", "reactions/create-for-issue-comment"], ["DELETE", "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}", "reactions/delete-for-issue-comment"], ["GET", "/repos/{owner}/{repo}/issues/events", "issues/list-events-for-repo"], ["GET", "/repos/{owner}/{repo}/issues/events/{event_id}", "issues/get-event"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}", "issues/get"], ["PATCH", "/repos/{owner}/{repo}/issues/{issue_number}", "issues/update"], ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/assignees", "issues/add-assignees"], ["DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/assignees", "issues/remove-assignees"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}", "issues/check-user-can-be-assigned-to-issue"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments", "issues/list-comments"], ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", "issues/create-comment"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by", "issues/list-dependencies-blocked-by"], ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by", "issues/add-blocked-by-dependency"], ["DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}", "issues/remove-dependency-blocked-by"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking", "issues/list-dependencies-blocking"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/events", "issues/list-events"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/issue-field-values", "issues/list-issue-field-values-for-issue"], ["PUT", "/repos/{owner}/{repo}/issues/{issue_number}/issue-field-values", "issues/set-issue-field-values"], ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/issue-field-values", "issues/add-issue-field-values"], ["DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/issue-field-values/{issue_field_id}", "issues/delete-issue-field-value"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/labels", "issues/list-labels-on-issue"], ["PUT", "/repos/{owner}/{repo}/issues/{issue_number}/labels", "issues/set-labels"], ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/labels", "issues/add-labels"], ["DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/labels", "issues/remove-all-labels"], ["DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", "issues/remove-label"], ["PUT", "/repos/{owner}/{repo}/issues/{issue_number}/lock", "issues/lock"], ["DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/lock", "issues/unlock"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/parent", "issues/get-parent"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/reactions", "reactions/list-for-issue"], ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/reactions", "reactions/create-for-issue"], ["DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}", "reactions/delete-for-issue"], ["DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue", "issues/remove-sub-issue"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues", "issues/list-sub-issues"], ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues", "issues/add-sub-issue"], ["PATCH", "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority", "issues/reprioritize-sub-issue"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/suggestions", "issues/list-suggestions"], ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/suggestions/{suggestion_id}/approve", "issues/approve-suggestion"], ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/suggestions/{suggestion_id}/dismiss", "issues/dismiss-suggestion"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/timeline", "issues/list-events-for-timeline"], ["GET", "/repos/{owner}/{repo}/keys", "repos/list-deploy-keys"], ["POST", "/repos/{owner}/{repo}/keys", "repos/create-deploy-key"], ["GET", "/repos/{owner}/{repo}/keys/{key_id}", "repos/get-deploy-key"], ["DELETE", "/repos/{owner}/{repo}/keys/{key_id}", "repos/delete-deploy-key"], ["GET", "/repos/{owner}/{repo}/labels", "issues/list-labels-for-repo"], ["POST", "/repos/{owner}/{repo}/labels", "issues/create-label"], ["GET", "/repos/{owner}/{repo}/labels/{name}", "issues/get-label"], ["DELETE", "/repos/{owner}/{repo}/labels/{name}", "issues/delete-label"], ["PATCH", "/repos/{owner}/{repo}/labels/{name}", "issues/update-label"], ["GET", "/repos/{owner}/{repo}/languages", "repos/list-languages"], ["GET", "/repos/{owner}/{repo}/license", "licenses/get-for-repo"], ["POST", "/repos/{owner}/{repo}/merge-upstream", "repos/merge-upstream"], ["POST", "/repos/{owner}/{repo}/merges", "repos/merge"], ["GET", "/repos/{owner}/{repo}/milestones", "issues/list-milestones"], ["POST", "/repos/{owner}/{repo}/milestones", "issues/create-milestone"], ["GET", "/repos/{owner}/{repo}/milestones/{milestone_number}", "issues/get-milestone"], ["DELETE", "/repos/{owner}/{repo}/milestones/{milestone_number}", "issues/delete-milestone"], ["PATCH", "/repos/{owner}/{repo}/milestones/{milestone_number}", "issues/update-milestone"], ["GET", "/repos/{owner}/{repo}/milestones/{milestone_number}/labels", "issues/list-labels-for-milestone"], ["GET", "/repos/{owner}/{repo}/notifications", "activity/list-repo-notifications-for-authenticated-user"], ["PUT", "/repos/{owner}/{repo}/notifications", "activity/mark-repo-notifications-as-read"], ["GET", "/repos/{owner}/{repo}/pages", "repos/get-pages"], ["PUT", "/repos/{owner}/{repo}/pages", "repos/update-information-about-pages-site"], ["POST", "/repos/{owner}/{repo}/pages", "repos/create-pages-site"], ["DELETE", "/repos/{owner}/{repo}/pages", "repos/delete-pages-site"], ["GET", "/repos/{owner}/{repo}/pages/builds", "repos/list-pages-builds"], ["POST", "/repos/{owner}/{repo}/pages/builds", "repos/request-pages-build"], ["GET", "/repos/{owner}/{repo}/pages/builds/latest", "repos/get-latest-pages-build"], ["GET", "/repos/{owner}/{repo}/pages/builds/{build_id}", "repos/get-pages-build"], ["POST", "/repos/{owner}/{repo}/pages/deployments", "repos/create-pages-deployment"], ["GET", "/repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}", "repos/get-pages-deployment"], ["POST", "/repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel", "repos/cancel-pages-deployment"], ["GET", "/repos/{owner}/{repo}/pages/health", "repos/get-pages-health-check"], ["GET", "/repos/{owner}/{repo}/private-vulnerability-reporting", "repos/check-private-vulnerability-reporting"], ["PUT", "/repos/{owner}/{repo}/private-vulnerability-reporting", "repos/enable-private-vulnerability-reporting"], ["DELETE", "/repos/{owner}/{repo}/private-vulnerability-reporting", "repos/disable-private-vulnerability-reporting"], ["GET", "/repos/{owner}/{repo}/properties/values", "repos/custom-properties-for-repos-get-repository-values"], ["PATCH", "/repos/{owner}/{repo}/properties/values", "repos/custom-properties-for-repos-create-or-update-repository-values"], ["GET", "/repos/{owner}/{repo}/pulls", "pulls/list"], ["POST", "/repos/{owner}/{repo}/pulls", "pulls/create"], ["GET", "/repos/{owner}/{repo}/pulls/comments", "pulls/list-review-comments-for-repo"], ["GET", "/repos/{owner}/{repo}/pulls/comments/{comment_id}", "pulls/get-review-comment"], ["DELETE", "/repos/{owner}/{repo}/pulls/comments/{comment_id}", "pulls/delete-review-comment"], ["PATCH", "/repos/{owner}/{repo}/pulls/comments/{comment_id}", "pulls/update-review-comment"], ["GET", "/repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions", "reactions/list-for-pull-request-review-comment"], ["POST", "/repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions", "reactions/create-for-pull-request-review-comment"], ["DELETE", "/repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}", "reactions/delete-for-pull-request-comment"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}", "pulls/get"], ["PATCH", "/repos/{owner}/{repo}/pulls/{pull_number}", "pulls/update"], ["POST", "/repos/{owner}/{repo}/pulls/{pull_number}/codespaces", "codespaces/create-with-pr-for-authenticated-user"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/comments", "pulls/list-review-comments"], ["POST", "/repos/{owner}/{repo}/pulls/{pull_number}/comments", "pulls/create-review-comment"], ["POST", "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies", "pulls/create-reply-for-review-comment"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/commits", "pulls/list-commits"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/files", "pulls/list-files"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/merge", "pulls/check-if-merged"], ["PUT", "/repos/{owner}/{repo}/pulls/{pull_number}/merge", "pulls/merge"], ["PUT", "/repos/{owner}/{repo}/pulls/{pull_number}/merge-async", "pulls/merge-async"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/merge-async/{uuid}", "pulls/get-merge-async-result"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", "pulls/list-requested-reviewers"], ["POST", "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", "pulls/request-reviewers"], ["DELETE", "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", "pulls/remove-requested-reviewers"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews", "pulls/list-reviews"], ["POST", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews", "pulls/create-review"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}", "pulls/get-review"], ["PUT", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}", "pulls/update-review"], ["DELETE", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}", "pulls/delete-pending-review"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments", "pulls/list-comments-for-review"], ["PUT", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals", "pulls/dismiss-review"], ["POST", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events", "pulls/submit-review"], ["PUT", "/repos/{owner}/{repo}/pulls/{pull_number}/update-branch", "pulls/update-branch"], ["GET", "/repos/{owner}/{repo}/readme", "repos/get-readme"], ["GET", "/repos/{owner}/{repo}/readme/{dir}", "repos/get-readme-in-directory"], ["GET", "/repos/{owner}/{repo}/releases", "repos/list-releases"], ["POST", "/repos/{owner}/{repo}/releases", "repos/create-release"], ["GET", "/repos/{owner}/{repo}/releases/assets/{asset_id}", "repos/get-release-asset"], ["DELETE", "/repos/{owner}/{repo}/releases/assets/{asset_id}", "repos/delete-release-asset"], ["PATCH", "/repos/{owner}/{repo}/releases/assets/{asset_id}", "repos/update-release-asset"], ["POST", "/repos/{owner}/{repo}/releases/generate-notes", "repos/generate-release-notes"], ["GET", "/repos/{owner}/{repo}/releases/latest", "repos/get-latest-release"], ["GET", "/repos/{owner}/{repo}/releases/tags/{tag}", "repos/get-release-by-tag"], ["GET", "/repos/{owner}/{repo}/releases/{release_id}", "repos/get-release"], ["DELETE", "/repos/{owner}/{repo}/releases/{release_id}", "repos/delete-release"], ["PATCH", "/repos/{owner}/{repo}/releases/{release_id}", "repos/update-release"], ["GET", "/repos/{owner}/{repo}/releases/{release_id}/assets", "repos/list-release-assets"], ["POST", "/repos/{owner}/{repo}/releases/{release_id}/assets", "repos/upload-release-asset"], ["GET", "/repos/{owner}/{repo}/releases/{release_id}/reactions", "reactions/list-for-release"], ["POST", "/repos/{owner}/{repo}/releases/{release_id}/reactions", "reactions/create-for-release"], ["DELETE", "/repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}", "reactions/delete-for-release"], ["GET", "/repos/{owner}/{repo}/rules/branches/{branch}", "repos/get-branch-rules"], ["GET", "/repos/{owner}/{repo}/rulesets", "repos/get-repo-rulesets"], ["POST", "/repos/{owner}/{repo}/rulesets", "repos/create-repo-ruleset"], ["GET", "/repos/{owner}/{repo}/rulesets/rule-suites", "repos/get-repo-rule-suites"], ["GET", "/repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}", "repos/get-repo-rule-suite"], ["GET", "/repos/{owner}/{repo}/rulesets/{ruleset_id}", "repos/get-repo-ruleset"], ["PUT", "/repos/{owner}/{repo}/rulesets/{ruleset_id}", "repos/update-repo-ruleset"], ["DELETE", "/repos/{owner}/{repo}/rulesets/{ruleset_id}", "repos/delete-repo-ruleset"], ["GET", "/repos/{owner}/{repo}/rulesets/{ruleset_id}/history", "repos/get-repo-ruleset-history"], ["GET", "/repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}", "repos/get-repo-ruleset-version"], ["GET", "/repos/{owner}/{repo}/secret-scanning/alerts", "secret-scanning/list-alerts-for-repo"], ["GET", "/repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}", "secret-scanning/get-alert"], ["PATCH", "/repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}", "secret-scanning/update-alert"], ["GET", "/repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations", "secret-scanning/list-locations-for-alert"], ["GET", "/repos/{owner}/{repo}/secret-scanning/custom-patterns", "secret-scanning/list-repo-custom-patterns"], ["POST", "/repos/{owner}/{repo}/secret-scanning/custom-patterns", "secret-scanning/bulk-create-repo-custom-patterns"], ["DELETE", "/repos/{owner}/{repo}/secret-scanning/custom-patterns", "secret-scanning/bulk-delete-repo-custom-patterns"], ["PATCH", "/repos/{owner}/{repo}/secret-scanning/custom-patterns/{pattern_id}", "secret-scanning/update-repo-custom-pattern"], ["POST", "/repos/{owner}/{repo}/secret-scanning/push-protection-bypasses", "secret-scanning/create-push-protection-bypass"], ["GET", "/repos/{owner}/{repo}/secret-scanning/scan-history", "secret-scanning/get-scan-history"], ["GET", "/repos/{owner}/{repo}/security-advisories", "security-advisories/list-repository-advisories"], ["POST", "/repos/{owner}/{repo}/security-advisories", "security-advisories/create-repository-advisory"], ["POST", "/repos/{owner}/{repo}/security-advisories/reports", "security-advisories/create-private-vulnerability-report"], ["GET", "/repos/{owner}/{repo}/security-advisories/{ghsa_id}", "security-advisories/get-repository-advisory"], ["PATCH", "/repos/{owner}/{repo}/security-advisories/{ghsa_id}", "security-advisories/update-repository-advisory"], ["POST", "/repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve", "security-advisories/create-repository-advisory-cve-request"], ["POST", "/repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks", "security-advisories/create-fork"], ["GET", "/repos/{owner}/{repo}/stacks", "pull-request-stacks/list"], ["POST", "/repos/{owner}/{repo}/stacks", "pull-request-stacks/create"], ["GET", "/repos/{owner}/{repo}/stacks/{stack_number}", "pull-request-stacks/get"], ["POST", "/repos/{owner}/{repo}/stacks/{stack_number}/add", "pull-request-stacks/add"], ["POST", "/repos/{owner}/{repo}/stacks/{stack_number}/unstack", "pull-request-stacks/unstack"], ["GET", "/repos/{owner}/{repo}/stargazers", "activity/list-stargazers-for-repo"], ["GET", "/repos/{owner}/{repo}/stargazers/count", "activity/get-stargazer-count-for-repo"], ["GET", "/repos/{owner}/{repo}/stats/code_frequency", "repos/get-code-frequency-stats"], ["GET", "/repos/{owner}/{repo}/stats/commit_activity", "repos/get-commit-activity-stats"], ["GET", "/repos/{owner}/{repo}/stats/contributors", "repos/get-contributors-stats"], ["GET", "/repos/{owner}/{repo}/stats/participation", "repos/get-participation-stats"], ["GET", "/repos/{owner}/{repo}/stats/punch_card", "repos/get-punch-card-stats"], ["POST", "/repos/{owner}/{repo}/statuses/{sha}", "repos/create-commit-status"], ["GET", "/repos/{owner}/{repo}/subscribers", "activity/list-watchers-for-repo"], ["GET", "/repos/{owner}/{repo}/subscription", "activity/get-repo-subscription"], ["PUT", "/repos/{owner}/{repo}/subscription", "activity/set-repo-subscription"], ["DELETE", "/repos/{owner}/{repo}/subscription", "activity/delete-repo-subscription"], ["GET", "/repos/{owner}/{repo}/tags", "repos/list-tags"], ["GET", "/repos/{owner}/{repo}/tarball/{ref}", "repos/download-tarball-archive"], ["GET", "/repos/{owner}/{repo}/teams", "repos/list-teams"], ["GET", "/repos/{owner}/{repo}/topics", "repos/get-all-topics"], ["PUT", "/repos/{owner}/{repo}/topics", "repos/replace-all-topics"], ["GET", "/repos/{owner}/{repo}/traffic/clones", "repos/get-clones"], ["GET", "/repos/{owner}/{repo}/traffic/popular/paths", "repos/get-top-paths"], ["GET", "/repos/{owner}/{repo}/traffic/popular/referrers", "repos/get-top-referrers"], ["GET", "/repos/{owner}/{repo}/traffic/views", "repos/get-views"], ["POST", "/repos/{owner}/{repo}/transfer", "repos/transfer"], ["GET", "/repos/{owner}/{repo}/vulnerability-alerts", "repos/check-vulnerability-alerts"], ["PUT", "/repos/{owner}/{repo}/vulnerability-alerts", "repos/enable-vulnerability-alerts"], ["DELETE", "/repos/{owner}/{repo}/vulnerability-alerts", "repos/disable-vulnerability-alerts"], ["GET", "/repos/{owner}/{repo}/zipball/{ref}", "repos/download-zipball-archive"], ["POST", "/repos/{template_owner}/{template_repo}/generate", "repos/create-using-template"], ["GET", "/repositories", "repos/list-public"], ["GET", "/search/code", "search/code"], ["GET", "/search/commits", "search/commits"], ["GET", "/search/issues", "search/issues-and-pull-requests"], ["GET", "/search/labels", "search/labels"], ["GET", "/search/repositories", "search/repos"], ["GET", "/search/topics", "search/topics"], ["GET", "/search/users", "search/users"], ["GET", "/teams/{team_id}", "teams/get-legacy"], ["DELETE", "/teams/{team_id}", "teams/delete-legacy"], ["PATCH", "/teams/{team_id}", "teams/update-legacy"], ["GET", "/teams/{team_id}/invitations", "teams/list-pending-invitations-legacy"], ["GET", "/teams/{team_id}/members", "teams/list-members-legacy"], ["GET", "/teams/{team_id}/members/{username}", "teams/get-member-legacy"], ["PUT", "/teams/{team_id}/members/{username}", "teams/add-member-legacy"], ["DELETE", "/teams/{team_id}/members/{username}", "teams/remove-member-legacy"], ["GET", "/teams/{team_id}/memberships/{username}", "teams/get-membership-for-user-legacy"], ["PUT", "/teams/{team_id}/memberships/{username}", "teams/add-or-update-membership-for-user-legacy"], ["DELETE", "/teams/{team_id}/memberships/{username}", "teams/remove-membership-for-user-legacy"], ["GET", "/teams/{team_id}/repos", "teams/list-repos-legacy"], ["GET", "/teams/{team_id}/repos/{owner}/{repo}", "teams/check-permissions-for-repo-legacy"], ["PUT", "/teams/{team_id}/repos/{owner}/{repo}", "teams/add-or-update-repo-permissions-legacy"], ["DELETE", "/teams/{team_id}/repos/{owner}/{repo}", "teams/remove-repo-legacy"], ["GET", "/teams/{team_id}/teams", "teams/list-child-legacy"], ["GET", "/user", "users/get-authenticated"], ["PATCH", "/user", "users/update-authenticated"], ["GET", "/user/blocks", "users/list-blocked-by-authenticated-user"], ["GET", "/user/blocks/{username}", "users/check-blocked"], ["PUT", "/user/blocks/{username}", "users/block"], ["DELETE", "/user/blocks/{username}", "users/unblock"], ["GET", "/user/codespaces", "codespaces/list-for-authenticated-user"], ["POST", "/user/codespaces", "codespaces/create-for-authenticated-user"], ["GET", "/user/codespaces/secrets", "codespaces/list-secrets-for-authenticated-user"], ["GET", "/user/codespaces/secrets/public-key", "codespaces/get-public-key-for-authenticated-user"], ["GET", "/user/codespaces/secrets/{secret_name}", "codespaces/get-secret-for-authenticated-user"], ["PUT", "/user/codespaces/secrets/{secret_name}", "codespaces/create-or-update-secret-for-authenticated-user"], ["DELETE", "/user/codespaces/secrets/{secret_name}", "codespaces/delete-secret-for-authenticated-user"], ["GET", "/user/codespaces/secrets/{secret_name}/repositories", "codespaces/list-repositories-for-secret-for-authenticated-user"], ["PUT", "/user/codespaces/secrets/{secret_name}/repositories", "codespaces/set-repositories-for-secret-for-authenticated-user"], ["PUT", "/user/codespaces/secrets/{secret_name}/repositories/{repository_id}", "codespaces/add-repository-for-secret-for-authenticated-user"], ["DELETE", "/user/codespaces/secrets/{secret_name}/repositories/{repository_id}", "codespaces/remove-repository-for-secret-for-authenticated-user"], ["GET", "/user/codespaces/{codespace_name}", "codespaces/get-for-authenticated-user"], ["DELETE", "/user/codespaces/{codespace_name}", "codespaces/delete-for-authenticated-user"], ["PATCH", "/user/codespaces/{codespace_name}", "codespaces/update-for-authenticated-user"], ["POST", "/user/codespaces/{codespace_name}/exports", "codespaces/export-for-authenticated-user"], ["GET", "/user/codespaces/{codespace_name}/exports/{export_id}", "codespaces/get-export-details-for-authenticated-user"], ["GET", "/user/codespaces/{codespace_name}/machines", "codespaces/codespace-machines-for-authenticated-user"], ["POST", "/user/codespaces/{codespace_name}/publish", "codespaces/publish-for-authenticated-user"], ["POST", "/user/codespaces/{codespace_name}/start", "codespaces/start-for-authenticated-user"], ["POST", "/user/codespaces/{codespace_name}/stop", "codespaces/stop-for-authenticated-user"], ["GET", "/user/docker/conflicts", "packages/list-docker-migration-conflicting-packages-for-authenticated-user"], ["PATCH", "/user/email/visibility", "users/set-primary-email-visibility-for-authenticated-user"], ["GET", "/user/emails", "users/list-emails-for-authenticated-user"], ["POST", "/user/emails", "users/add-email-for-authenticated-user"], ["DELETE", "/user/emails", "users/delete-email-for-authenticated-user"], ["GET", "/user/followers", "users/list-followers-for-authenticated-user"], ["GET", "/user/following", "users/list-followed-by-authenticated-user"], ["GET", "/user/following/{username}", "users/check-person-is-followed-by-authenticated"], ["PUT", "/user/following/{username}", "users/follow"], ["DELETE", "/user/following/{username}", "users/unfollow"], ["GET", "/user/gpg_keys", "users/list-gpg-keys-for-authenticated-user"], ["POST", "/user/gpg_keys", "users/create-gpg-key-for-authenticated-user"], ["GET", "/user/gpg_keys/{gpg_key_id}", "users/get-gpg-key-for-authenticated-user"], ["DELETE", "/user/gpg_keys/{gpg_key_id}", "users/delete-gpg-key-for-authenticated-user"], ["GET", "/user/installations", "apps/list-installations-for-authenticated-user"], ["GET", "/user/installations/{installation_id}/repositories", "apps/list-installation-repos-for-authenticated-user"], ["PUT", "/user/installations/{installation_id}/repositories/{repository_id}", "apps/add-repo-to-installation-for-authenticated-user"], ["DELETE", "/user/installations/{installation_id}/repositories/{repository_id}", "apps/remove-repo-from-installation-for-authenticated-user"], ["GET", "/user/interaction-limits", "interactions/get-restrictions-for-authenticated-user"], ["PUT", "/user/interaction-limits", "interactions/set-restrictions-for-authenticated-user"], ["DELETE", "/user/interaction-limits", "interactions/remove-restrictions-for-authenticated-user"], ["GET", "/user/issues", "issues/list-for-authenticated-user"], ["GET", "/user/keys", "users/list-public-ssh-keys-for-authenticated-user"], ["POST", "/user/keys", "users/create-public-ssh-key-for-authenticated-user"], ["GET", "/user/keys/{key_id}", "users/get-public-ssh-key-for-authenticated-user"], ["DELETE", "/user/keys/{key_id}", "users/delete-public-ssh-key-for-authenticated-user"], ["GET", "/user/marketplace_purchases", "apps/list-subscriptions-for-authenticated-user"], ["GET", "/user/marketplace_purchases/stubbed", "apps/list-subscriptions-for-authenticated-user-stubbed"], ["GET", "/user/memberships/orgs", "orgs/list-memberships-for-authenticated-user"], ["GET", "/user/memberships/orgs/{org}", "orgs/get-membership-for-authenticated-user"], ["PATCH", "/user/memberships/orgs/{org}", "orgs/update-membership-for-authenticated-user"], ["GET", "/user/migrations", "migrations/list-for-authenticated-user"], ["POST", "/user/migrations", "migrations/start-for-authenticated-user"], ["GET", "/user/migrations/{migration_id}", "migrations/get-status-for-authenticated-user"], ["GET", "/user/migrations/{migration_id}/archive", "migrations/get-archive-for-authenticated-user"], ["DELETE", "/user/migrations/{migration_id}/archive", "migrations/delete-archive-for-authenticated-user"], ["DELETE", "/user/migrations/{migration_id}/repos/{repo_name}/lock", "migrations/unlock-repo-for-authenticated-user"], ["GET", "/user/migrations/{migration_id}/repositories", "migrations/list-repos-for-authenticated-user"], ["GET", "/user/orgs", "orgs/list-for-authenticated-user"], ["GET", "/user/packages", "packages/list-packages-for-authenticated-user"], ["GET", "/user/packages/{package_type}/{package_name}", "packages/get-package-for-authenticated-user"], ["DELETE", "/user/packages/{package_type}/{package_name}", "packages/delete-package-for-authenticated-user"], ["POST", "/user/packages/{package_type}/{package_name}/restore", "packages/restore-package-for-authenticated-user"], ["GET", "/user/packages/{package_type}/{package_name}/versions", "packages/get-all-package-versions-for-package-owned-by-authenticated-user"], ["GET", "/user/packages/{package_type}/{package_name}/versions/{package_version_id}", "packages/get-package-version-for-authenticated-user"], ["DELETE", "/user/packages/{package_type}/{package_name}/versions/{package_version_id}", "packages/delete-package-version-for-authenticated-user"], ["POST", "/user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore", "packages/restore-package-version-for-authenticated-user"], ["GET", "/user/public_emails", "users/list-public-emails-for-authenticated-user"], ["GET", "/user/repos", "repos/list-for-authenticated-user"], ["POST", "/user/repos", "repos/create-for-authenticated-user"], ["GET", "/user/repository_invitations", "repos/list-invitations-for-authenticated-user"], ["DELETE", "/user/repository_invitations/{invitation_id}", "repos/decline-invitation-for-authenticated-user"], ["PATCH", "/user/repository_invitations/{invitation_id}", "repos/accept-invitation-for-authenticated-user"], ["GET", "/user/social_accounts", "users/list-social-accounts-for-authenticated-user"], ["POST", "/user/social_accounts", "users/add-social-account-for-authenticated-user"], ["DELETE", "/user/social_accounts", "users/delete-social-account-for-authenticated-user"], ["GET", "/user/ssh_signing_keys", "users/list-ssh-signing-keys-for-authenticated-user"], ["POST", "/user/ssh_signing_keys", "users/create-ssh-signing-key-for-authenticated-user"], ["GET", "/user/ssh_signing_keys/{ssh_signing_key_id}", "users/get-ssh-signing-key-for-authenticated-user"], ["DELETE", "/user/ssh_signing_keys/{ssh_signing_key_id}", "users/delete-ssh-signing-key-for-authenticated-user"], ["GET", "/user/starred", "activity/list-repos-starred-by-authenticated-user"], ["GET", "/user/starred/{owner}/{repo}", "activity/check-repo-is-starred-by-authenticated-user"], ["PUT", "/user/starred/{owner}/{repo}", "activity/star-repo-for-authenticated-user"], ["DELETE", "/user/starred/{owner}/{repo}", "activity/unstar-repo-for-authenticated-user"], ["GET", "/user/subscriptions", "activity/list-watched-repos-for-authenticated-user"], ["GET", "/user/teams", "teams/list-for-authenticated-user"], ["GET", "/user/{account_id}", "users/get-by-id"], ["POST", "/user/{user_id}/projectsV2/{project_number}/drafts", "projects/create-draft-item-for-authenticated-user"], ["GET", "/users", "users/list"], ["POST", "/users/{user_id}/projectsV2/{project_number}/views", "projects/create-view-for-user"], ["GET", "/users/{username}", "users/get-by-username"], ["POST", "/users/{username}/attestations/bulk-list", "users/list-attestations-bulk"], ["POST", "/users/{username}/attestations/delete-request", "users/delete-attestations-bulk"], ["DELETE", "/users/{username}/attestations/digest/{subject_digest}", "users/delete-attestations-by-subject-digest"], ["DELETE", "/users/{username}/attestations/{attestation_id}", "users/delete-attestations-by-id"], ["GET", "/users/{username}/attestations/{subject_digest}", "users/list-attestations"], ["GET", "/users/{username}/copilot-spaces", "copilot-spaces/list-for-user"], ["POST", "/users/{username}/copilot-spaces", "copilot-spaces/create-for-user"], ["GET", "/users/{username}/copilot-spaces/{space_number}", "copilot-spaces/get-for-user"], ["PUT", "/users/{username}/copilot-spaces/{space_number}", "copilot-spaces/update-for-user"], ["DELETE", "/users/{username}/copilot-spaces/{space_number}", "copilot-spaces/delete-for-user"], ["GET", "/users/{username}/copilot-spaces/{space_number}/collaborators", "copilot-spaces/list-collaborators-for-user"], ["POST", "/users/{username}/copilot-spaces/{space_number}/collaborators", "copilot-spaces/add-collaborator-for-user"], ["PUT", "/users/{username}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}", "copilot-spaces/update-collaborator-for-user"], ["DELETE", "/users/{username}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}", "copilot-spaces/remove-collaborator-for-user"], ["GET", "/users/{username}/copilot-spaces/{space_number}/resources", "copilot-spaces/list-resources-for-user"], ["POST", "/users/{username}/copilot-spaces/{space_number}/resources", "copilot-spaces/create-resource-for-user"], ["GET", "/users/{username}/copilot-spaces/{space_number}/resources/{space_resource_id}", "copilot-spaces/get-resource-for-user"], ["PUT", "/users/{username}/copilot-spaces/{space_number}/resources/{space_resource_id}", "copilot-spaces/update-resource-for-user"], ["DELETE", "/users/{username}/copilot-spaces/{space_number}/resources/{space_resource_id}", "copilot-spaces/delete-resource-for-user"], ["GET", "/users/{username}/docker/conflicts", "packages/list-docker-migration-conflicting-packages-for-user"], ["GET", "/users/{username}/events", "activity/list-events-for-authenticated-user"], ["GET", "/users/{username}/events/orgs/{org}", "activity/list-org-events-for-authenticated-user"], ["GET", "/users/{username}/events/public", "activity/list-public-events-for-user"], ["GET", "/users/{username}/followers", "users/list-followers-for-user"], ["GET", "/users/{username}/following", "users/list-following-for-user"], ["GET", "/users/{username}/following/{target_user}", "users/check-following-for-user"], ["GET", "/users/{username}/gists", "gists/list-for-user"], ["GET", "/users/{username}/gpg_keys", "users/list-gpg-keys-for-user"], ["GET", "/users/{username}/hovercard", "users/get-context-for-user"], ["GET", "/users/{username}/installation", "apps/get-user-installation"], ["GET", "/users/{username}/keys", "users/list-public-keys-for-user"], ["GET", "/users/{username}/orgs", "orgs/list-for-user"], ["GET", "/users/{username}/packages", "packages/list-packages-for-user"], ["GET", "/users/{username}/packages/{package_type}/{package_name}", "packages/get-package-for-user"], ["DELETE", "/users/{username}/packages/{package_type}/{package_name}", "packages/delete-package-for-user"], ["POST", "/users/{username}/packages/{package_type}/{package_name}/restore", "packages/restore-package-for-user"], ["GET", "/users/{username}/packages/{package_type}/{package_name}/versions", "packages/get-all-package-versions-for-package-owned-by-user"], ["GET", "/users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}", "packages/get-package-version-for-user"], ["DELETE", "/users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}", "packages/delete-package-version-for-user"], ["POST", "/users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore", "packages/restore-package-version-for-user"], ["GET", "/users/{username}/projectsV2", "projects/list-for-user"], ["GET", "/users/{username}/projectsV2/{project_number}", "projects/get-for-user"], ["GET", "/users/{username}/projectsV2/{project_number}/fields", "projects/list-fields-for-user"], ["POST", "/users/{username}/projectsV2/{project_number}/fields", "projects/add-field-for-user"], ["GET", "/users/{username}/projectsV2/{project_number}/fields/{field_id}", "projects/get-field-for-user"], ["GET", "/users/{username}/projectsV2/{project_number}/items", "projects/list-items-for-user"], ["POST", "/users/{username}/projectsV2/{project_number}/items", "projects/add-item-for-user"], ["GET", "/users/{username}/projectsV2/{project_number}/items/{item_id}", "projects/get-user-item"], ["DELETE", "/users/{username}/projectsV2/{project_number}/items/{item_id}", "projects/delete-item-for-user"], ["PATCH", "/users/{username}/projectsV2/{project_number}/items/{item_id}", "projects/update-item-for-user"], ["GET", "/users/{username}/projectsV2/{project_number}/views/{view_number}/items", "projects/list-view-items-for-user"], ["GET", "/users/{username}/received_events", "activity/list-received-events-for-user"], ["GET", "/users/{username}/received_events/public", "activity/list-received-public-events-for-user"], ["GET", "/users/{username}/repos", "repos/list-for-user"], ["GET", "/users/{username}/settings/billing/ai_credit/usage", "billing/get-github-billing-ai-credit-usage-report-user"], ["GET", "/users/{username}/settings/billing/premium_request/usage", "billing/get-github-billing-premium-request-usage-report-user"], ["GET", "/users/{username}/settings/billing/usage", "billing/get-github-billing-usage-report-user"], ["GET", "/users/{username}/settings/billing/usage/summary", "billing/get-github-billing-usage-summary-report-user"], ["GET", "/users/{username}/social_accounts", "users/list-social-accounts-for-user"], ["GET", "/users/{username}/ssh_signing_keys", "users/list-ssh-signing-keys-for-user"], ["GET", "/users/{username}/starred", "activity/list-repos-starred-by-user"], ["GET", "/users/{username}/subscriptions", "activity/list-repos-watched-by-user"], ["GET", "/versions", "meta/get-all-versions"], ["GET", "/zen", "meta/get-zen"], ["GET", "/repos/{owner}/{repo}/compare/{base}...{head}", "repos/compare-commits"], ["GET", "/orgs/{org}/organization-fine-grained-permissions", "orgs/list-organization-fine-grained-permissions"]] };

// src/sandbox/openapi.ts
var subset = openapi_subset_default;
var SCHEMA_ID = "https://sitrep.invalid/github-openapi.json";
function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "nullable") continue;
    if (key === "oneOf") out.anyOf = toJsonSchema(value);
    else if (key === "$ref" && typeof value === "string") out.$ref = value.replace("#/components/schemas/", `${SCHEMA_ID}#/$defs/`);
    else if ((key === "properties" || key === "patternProperties") && value && typeof value === "object" && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toJsonSchema(sub)]));
    } else if (key === "enum" || key === "required" || key === "default" || key === "const") out[key] = value;
    else out[key] = toJsonSchema(value);
  }
  if (node.nullable !== true) return out;
  if (typeof out.type === "string") {
    out.type = [out.type, "null"];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  if (Object.keys(out).length === 0) return out;
  return { anyOf: [out, { type: "null" }] };
}
function newAjv(coerce) {
  const ajv = new import_ajv2.Ajv({
    strict: false,
    allErrors: true,
    coerceTypes: coerce,
    validateFormats: true,
    inlineRefs: false,
    code: { optimize: false },
    // The definitions come from GitHub's published description; checking them against the
    // meta-schema on every start would cost more than it could find.
    validateSchema: false
  });
  import_ajv_formats.default.default(ajv, ["date-time", "date", "uri", "email", "uuid", "hostname", "ipv4", "ipv6"]);
  for (const format of ["int32", "int64", "repo.nwo", "binary", "byte", "uri-template", "ssh-key", "time"]) ajv.addFormat(format, true);
  if (!coerce) {
    const defs = Object.fromEntries(Object.entries(subset.components.schemas).map(([name, schema]) => [name, toJsonSchema(schema)]));
    ajv.addSchema({ $id: SCHEMA_ID, $defs: defs });
  }
  return ajv;
}
var strictAjv;
var coercingAjv;
function bodyAjv() {
  strictAjv ??= newAjv(false);
  return strictAjv;
}
function parameterAjv() {
  coercingAjv ??= newAjv(true);
  return coercingAjv;
}
function toProblems(errors, root) {
  const seen = /* @__PURE__ */ new Set();
  const problems = [];
  for (const error of errors ?? []) {
    let pointer = error.instancePath;
    if (error.keyword === "required") pointer += `/${escapePointer(String(error.params.missingProperty))}`;
    if (error.keyword === "additionalProperties") pointer += `/${escapePointer(String(error.params.additionalProperty))}`;
    const message = error.keyword === "required" ? "is required" : error.message ?? error.keyword;
    const key = `${pointer} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const value = error.keyword === "required" ? void 0 : valueAt(root, error.instancePath);
    problems.push({ pointer: pointer || "/", keyword: error.keyword, message, ...value === void 0 ? {} : { value } });
  }
  return problems.sort((a, b) => b.pointer.split("/").length - a.pointer.split("/").length);
}
function escapePointer(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function valueAt(root, pointer) {
  let current = root;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}
function resolveParameter(parameter) {
  if (!("$ref" in parameter)) return parameter;
  const name = parameter.$ref.replace("#/components/parameters/", "");
  const resolved = subset.components.parameters?.[name];
  if (!resolved) throw new Error(`dangling parameter $ref ${parameter.$ref}`);
  return resolved;
}
function resolveResponse(response) {
  if (!("$ref" in response)) return response;
  const name = response.$ref.replace("#/components/responses/", "");
  const resolved = subset.components.responses?.[name];
  if (!resolved) throw new Error(`dangling response $ref ${String(response.$ref)}`);
  return resolved;
}
function jsonSchemaOf(holder) {
  const content = holder?.content;
  if (!content) return void 0;
  const media = content["application/json"] ?? Object.values(content)[0];
  return media?.schema;
}
var Operation = class {
  operationId;
  method;
  /** The OpenAPI path template (`/repos/{owner}/{repo}/issues/{issue_number}`). */
  path;
  docsUrl;
  #spec;
  #parameters;
  #parameterValidators = /* @__PURE__ */ new Map();
  #bodyValidator;
  #responseValidators = /* @__PURE__ */ new Map();
  constructor(method, path, spec) {
    this.method = method.toUpperCase();
    this.path = path;
    this.operationId = spec.operationId;
    this.docsUrl = spec.docsUrl;
    this.#spec = spec;
    this.#parameters = spec.parameters.map(resolveParameter);
  }
  /** Names of the parameters declared in a location. */
  parameterNames(location) {
    return this.#parameters.filter((p) => p.in === location).map((p) => p.name);
  }
  /** True when the declared query parameter is an array (`?labels[]=`-style). */
  isArrayParameter(location, name) {
    return this.#parameters.some((p) => p.in === location && p.name === name && p.schema.type === "array");
  }
  /**
   * Validates and coerces parameters of one location. Returns the typed values (declared
   * parameters only) and the problems found.
   */
  checkParameters(location, raw) {
    let validate2 = this.#parameterValidators.get(location);
    if (!validate2) {
      const declared = this.#parameters.filter((p) => p.in === location);
      const schema = {
        type: "object",
        properties: Object.fromEntries(declared.map((p) => [p.name, toJsonSchema(p.schema)])),
        required: declared.filter((p) => p.required).map((p) => p.name)
      };
      validate2 = parameterAjv().compile(schema);
      this.#parameterValidators.set(location, validate2);
    }
    const values = {};
    for (const name of this.parameterNames(location)) if (raw[name] !== void 0) values[name] = raw[name];
    const ok = validate2(values);
    return { values, problems: ok ? [] : toProblems(validate2.errors, values) };
  }
  /** Whether the operation takes a JSON body at all. */
  get acceptsBody() {
    return jsonSchemaOf(this.#spec.requestBody) !== void 0;
  }
  /** Validates a parsed JSON request body (`undefined` when none was sent). */
  checkBody(body) {
    const schema = jsonSchemaOf(this.#spec.requestBody);
    if (!schema) return [];
    if (body === void 0) {
      if (!this.#spec.requestBody?.required) return [];
      body = {};
    }
    this.#bodyValidator ??= bodyAjv().compile(toJsonSchema(schema));
    return this.#bodyValidator(body) ? [] : toProblems(this.#bodyValidator.errors, body);
  }
  /** True when the description documents this status for the operation. */
  documents(status) {
    return String(status) in this.#spec.responses;
  }
  /**
   * Validates a response. An undocumented success status is a problem; an undocumented error
   * status is checked against GitHub's generic error bodies, which any endpoint may answer.
   */
  checkResponse(status, body) {
    const key = String(status);
    let validate2 = this.#responseValidators.get(key);
    if (validate2 === void 0) {
      const documented = this.#spec.responses[key];
      let schema;
      const documentedSchema = documented ? jsonSchemaOf(resolveResponse(documented)) : void 0;
      if (documentedSchema) {
        schema = documentedSchema;
      } else if (status >= 400) {
        schema = { $ref: `#/components/schemas/${status === 422 ? "validation-error" : "basic-error"}` };
      } else if (!documented) {
        return [{ pointer: "/", keyword: "status", message: `status ${status} is not documented for ${this.operationId}` }];
      }
      validate2 = schema === void 0 ? null : bodyAjv().compile(toJsonSchema(schema));
      this.#responseValidators.set(key, validate2);
    }
    if (validate2 === null) {
      return body === void 0 ? [] : [{ pointer: "/", keyword: "body", message: `status ${status} of ${this.operationId} has no body` }];
    }
    return validate2(body) ? [] : toProblems(validate2.errors, body);
  }
};
var GREEDY_PARAMETERS = /* @__PURE__ */ new Set(["path", "ref", "basehead", "branch"]);
function compileTemplate(method, template, operationId) {
  const segments = template.split("/").slice(1);
  const last = segments[segments.length - 1] ?? "";
  const greedy = /^\{(\w+)\}$/.test(last) && GREEDY_PARAMETERS.has(last.slice(1, -1));
  return { method, template, operationId, segments, greedy, literalCount: segments.filter((s) => !s.startsWith("{")).length };
}
function matchTemplate(compiled, rawSegments) {
  const { segments, greedy } = compiled;
  if (greedy ? rawSegments.length < segments.length : rawSegments.length !== segments.length) return void 0;
  const params = {};
  for (let i = 0; i < segments.length; i++) {
    const pattern = segments[i];
    const isLast = i === segments.length - 1;
    const raw = greedy && isLast ? rawSegments.slice(i).join("/") : rawSegments[i];
    if (pattern.startsWith("{")) {
      if (raw === "") return void 0;
      try {
        params[pattern.slice(1, -1)] = decodeURIComponent(raw);
      } catch {
        return void 0;
      }
    } else if (pattern !== raw) return void 0;
  }
  return params;
}
function bySpecificity(a, b) {
  return b.literalCount - a.literalCount || Number(a.greedy) - Number(b.greedy) || b.segments.length - a.segments.length;
}
var OpenApiCatalog = class {
  #operations = /* @__PURE__ */ new Map();
  #allRoutes;
  constructor() {
    for (const [path, item] of Object.entries(subset.paths)) {
      for (const [method, spec] of Object.entries(item)) {
        this.#operations.set(spec.operationId, new Operation(method, path, spec));
      }
    }
    this.#allRoutes = subset["x-all-routes"].map(([method, path, id]) => compileTemplate(method, path, id)).sort(bySpecificity);
  }
  /** The operation with this id; throws for one the subset lacks (regenerate the subset). */
  operation(operationId) {
    const operation = this.#operations.get(operationId);
    if (!operation) {
      throw new Error(`operation ${operationId} is not in openapi-subset.json: add it to scripts/extract-openapi.mjs and run it`);
    }
    return operation;
  }
  /** Builds a matcher over a set of served operations, most specific template first. */
  router(operationIds) {
    const routes = operationIds.map((id) => {
      const op = this.operation(id);
      return compileTemplate(op.method, op.path, id);
    }).sort(bySpecificity);
    return (method, pathname) => findRoute(routes, method, pathname);
  }
  /** The GitHub route a request would reach, whether or not the sandbox serves it. */
  githubRoute(method, pathname) {
    return findRoute(this.#allRoutes, method, pathname);
  }
};
function findRoute(routes, method, pathname) {
  const rawSegments = pathname.split("/").slice(1);
  const wanted = method === "HEAD" ? "GET" : method;
  for (const route of routes) {
    if (route.method !== wanted) continue;
    const params = matchTemplate(route, rawSegments);
    if (params) return { operationId: route.operationId, template: route.template, params };
  }
  return void 0;
}
var catalog;
function openApiCatalog() {
  catalog ??= new OpenApiCatalog();
  return catalog;
}

// src/sandbox/rest/views.ts
var enc = encodeURIComponent;
var RestViews = class {
  constructor(state) {
    this.state = state;
  }
  state;
  get api() {
    return this.state.urls.api;
  }
  get web() {
    return this.state.urls.web;
  }
  /** `simple-user` for a login (unknown logins render as a ghost user, as GitHub does). */
  user(login) {
    const account2 = this.state.findAccount(login) ?? this.#ghost();
    const path = enc(account2.login);
    const url = `${this.api}/users/${path}`;
    return {
      login: account2.login,
      id: account2.id,
      node_id: account2.nodeId,
      avatar_url: `${this.web}/avatars/u/${account2.id}?v=4`,
      gravatar_id: "",
      url,
      html_url: account2.type === "Bot" ? `${this.web}/apps/${account2.login.replace(/\[bot\]$/, "")}` : `${this.web}/${account2.login}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: account2.type,
      user_view_type: "public",
      site_admin: false
    };
  }
  #ghost() {
    return { id: 10137, nodeId: nodeId("U", 10137), login: "ghost", type: "User", name: null, email: null, createdAt: isoSeconds(0), token: null };
  }
  /** `public-user` / `private-user` (`GET /user`, `GET /users/{username}`). */
  fullUser(account2, privateView) {
    const base = {
      ...this.user(account2.login),
      name: account2.name,
      company: null,
      blog: "",
      location: null,
      email: account2.email,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: account2.createdAt,
      updated_at: account2.createdAt
    };
    if (!privateView) return base;
    return {
      ...base,
      private_gists: 0,
      total_private_repos: 0,
      owned_private_repos: 0,
      disk_usage: 0,
      collaborators: 0,
      two_factor_authentication: true,
      plan: { name: "free", space: 976562499, collaborators: 0, private_repos: 1e4 }
    };
  }
  /** `repository` (nested in pull requests and events); with a viewer, its `permissions`. */
  repository(repo2, viewer) {
    const url = `${this.api}/repos/${repo2.fullName}`;
    const html = `${this.web}/${repo2.fullName}`;
    const openIssues = [...repo2.issues.values()].filter((i) => i.state === "open").length;
    const json = {
      id: repo2.id,
      node_id: repo2.nodeId,
      name: repo2.name,
      full_name: repo2.fullName,
      owner: this.user(repo2.owner),
      private: repo2.private,
      html_url: html,
      description: repo2.description,
      fork: false,
      url,
      archive_url: `${url}/{archive_format}{/ref}`,
      assignees_url: `${url}/assignees{/user}`,
      blobs_url: `${url}/git/blobs{/sha}`,
      branches_url: `${url}/branches{/branch}`,
      collaborators_url: `${url}/collaborators{/collaborator}`,
      comments_url: `${url}/comments{/number}`,
      commits_url: `${url}/commits{/sha}`,
      compare_url: `${url}/compare/{base}...{head}`,
      contents_url: `${url}/contents/{+path}`,
      contributors_url: `${url}/contributors`,
      deployments_url: `${url}/deployments`,
      downloads_url: `${url}/downloads`,
      events_url: `${url}/events`,
      forks_url: `${url}/forks`,
      git_commits_url: `${url}/git/commits{/sha}`,
      git_refs_url: `${url}/git/refs{/sha}`,
      git_tags_url: `${url}/git/tags{/sha}`,
      git_url: `${html.replace(/^https?:/, "git:")}.git`,
      issue_comment_url: `${url}/issues/comments{/number}`,
      issue_events_url: `${url}/issues/events{/number}`,
      issues_url: `${url}/issues{/number}`,
      keys_url: `${url}/keys{/key_id}`,
      labels_url: `${url}/labels{/name}`,
      languages_url: `${url}/languages`,
      merges_url: `${url}/merges`,
      milestones_url: `${url}/milestones{/number}`,
      notifications_url: `${url}/notifications{?since,all,participating}`,
      pulls_url: `${url}/pulls{/number}`,
      releases_url: `${url}/releases{/id}`,
      ssh_url: `git@${new URL(this.web).host}:${repo2.fullName}.git`,
      stargazers_url: `${url}/stargazers`,
      statuses_url: `${url}/statuses/{sha}`,
      subscribers_url: `${url}/subscribers`,
      subscription_url: `${url}/subscription`,
      tags_url: `${url}/tags`,
      teams_url: `${url}/teams`,
      trees_url: `${url}/git/trees{/sha}`,
      clone_url: `${html}.git`,
      mirror_url: null,
      hooks_url: `${url}/hooks`,
      svn_url: html,
      homepage: null,
      language: null,
      forks_count: 0,
      forks: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 0,
      default_branch: repo2.defaultBranch,
      open_issues_count: openIssues,
      open_issues: openIssues,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: true,
      has_wiki: false,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: repo2.private ? "private" : "public",
      pushed_at: repo2.pushedAt,
      created_at: repo2.createdAt,
      updated_at: repo2.updatedAt,
      allow_forking: false,
      web_commit_signoff_required: false,
      license: null
    };
    if (viewer) json.permissions = this.permissions(this.state.permission(repo2, viewer.login));
    return json;
  }
  /** `full-repository` (`GET /repos/{owner}/{repo}`). */
  fullRepository(repo2, viewer) {
    const owner = this.state.findAccount(repo2.owner);
    return {
      ...this.repository(repo2, viewer),
      allow_rebase_merge: true,
      allow_squash_merge: true,
      allow_merge_commit: true,
      allow_auto_merge: false,
      delete_branch_on_merge: false,
      allow_update_branch: false,
      subscribers_count: 0,
      network_count: 0,
      ...owner?.type === "Organization" ? { organization: this.user(owner.login) } : {}
    };
  }
  /** The `permissions` object of a repository for a role. */
  permissions(role) {
    const rank = ["none", "read", "triage", "write", "maintain", "admin"].indexOf(role);
    return { admin: rank >= 5, maintain: rank >= 4, push: rank >= 3, triage: rank >= 2, pull: rank >= 1 };
  }
  /** `label`. */
  label(repo2, label) {
    return {
      id: label.id,
      node_id: label.nodeId,
      url: `${this.api}/repos/${repo2.fullName}/labels/${enc(label.name)}`,
      name: label.name,
      description: label.description,
      color: label.color,
      default: label.isDefault
    };
  }
  /** `reaction-rollup` for a list of reactions. */
  reactionRollup(url, reactions) {
    const rollup = { url, total_count: reactions.length };
    for (const content of REACTION_CONTENTS) rollup[content] = reactions.filter((r) => r.content === content).length;
    return rollup;
  }
  /** `reaction`. */
  reaction(reaction) {
    return { id: reaction.id, node_id: reaction.nodeId, user: this.user(reaction.user), content: reaction.content, created_at: reaction.createdAt };
  }
  /** GitHub's author_association of a login on a repository. */
  authorAssociation(repo2, login) {
    if (login.toLowerCase() === repo2.owner.toLowerCase()) return "OWNER";
    const account2 = this.state.findAccount(login);
    if (account2?.type === "Bot") return "NONE";
    if (repo2.grants.has(login.toLowerCase())) {
      const owner = this.state.findAccount(repo2.owner);
      return owner?.type === "Organization" ? "MEMBER" : "COLLABORATOR";
    }
    const contributed = [...repo2.issues.values()].some((i) => i.pull?.merged && i.author.toLowerCase() === login.toLowerCase());
    return contributed ? "CONTRIBUTOR" : "NONE";
  }
  issueUrl(repo2, issue2) {
    return `${this.api}/repos/${repo2.fullName}/issues/${issue2.number}`;
  }
  issueHtmlUrl(repo2, issue2) {
    return `${this.web}/${repo2.fullName}/${issue2.pull ? "pull" : "issues"}/${issue2.number}`;
  }
  /** `issue` (pull requests carry a `pull_request` key, as in GitHub's issue lists). */
  issue(repo2, issue2) {
    const url = this.issueUrl(repo2, issue2);
    const assignees = issue2.assignees.map((login) => this.user(login));
    const json = {
      id: issue2.id,
      node_id: issue2.nodeId,
      url,
      repository_url: `${this.api}/repos/${repo2.fullName}`,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: this.issueHtmlUrl(repo2, issue2),
      number: issue2.number,
      state: issue2.state,
      state_reason: issue2.stateReason,
      title: issue2.title,
      body: issue2.body,
      user: this.user(issue2.author),
      labels: this.state.issueLabels(repo2, issue2).map((l) => this.label(repo2, l)),
      assignee: assignees[0] ?? null,
      assignees,
      milestone: null,
      locked: issue2.locked,
      active_lock_reason: null,
      comments: issue2.commentIds.length,
      closed_at: issue2.closedAt,
      created_at: issue2.createdAt,
      updated_at: issue2.updatedAt,
      closed_by: issue2.closedBy ? this.user(issue2.closedBy) : null,
      author_association: this.authorAssociation(repo2, issue2.author),
      reactions: this.reactionRollup(`${url}/reactions`, issue2.reactions),
      timeline_url: `${url}/timeline`,
      performed_via_github_app: null
    };
    if (issue2.pull) {
      const pullUrl = `${this.api}/repos/${repo2.fullName}/pulls/${issue2.number}`;
      const html = this.issueHtmlUrl(repo2, issue2);
      json.draft = issue2.pull.draft;
      json.pull_request = { url: pullUrl, html_url: html, diff_url: `${html}.diff`, patch_url: `${html}.patch`, merged_at: issue2.pull.mergedAt };
    }
    return json;
  }
  /** `issue-comment`. */
  comment(repo2, comment2) {
    const issue2 = repo2.issues.get(comment2.issueNumber);
    const url = `${this.api}/repos/${repo2.fullName}/issues/comments/${comment2.id}`;
    const issueHtml = issue2 ? this.issueHtmlUrl(repo2, issue2) : `${this.web}/${repo2.fullName}/issues/${comment2.issueNumber}`;
    return {
      id: comment2.id,
      node_id: comment2.nodeId,
      url,
      html_url: `${issueHtml}#issuecomment-${comment2.id}`,
      body: comment2.body,
      user: this.user(comment2.author),
      created_at: comment2.createdAt,
      updated_at: comment2.updatedAt,
      issue_url: `${this.api}/repos/${repo2.fullName}/issues/${comment2.issueNumber}`,
      author_association: this.authorAssociation(repo2, comment2.author),
      reactions: this.reactionRollup(`${url}/reactions`, comment2.reactions),
      performed_via_github_app: null
    };
  }
  /** One entry of `GET /issues/{n}/timeline`, or undefined for an event REST does not list. */
  timelineEvent(repo2, issue2, event) {
    const actor = this.user(event.actor);
    if (event.event === "commented") {
      const comment2 = repo2.comments.get(event.commentId);
      if (!comment2) return void 0;
      return { ...this.comment(repo2, comment2), event: "commented", actor: this.user(comment2.author) };
    }
    if (event.event === "cross-referenced") {
      const sourceRepo = this.state.findRepo(event.source.repo);
      const source = sourceRepo?.issues.get(event.source.number);
      if (!sourceRepo || !source) return void 0;
      return {
        event: "cross-referenced",
        actor,
        created_at: event.createdAt,
        updated_at: event.createdAt,
        source: { type: "issue", issue: { ...this.issue(sourceRepo, source), repository: this.repository(sourceRepo) } }
      };
    }
    const base = {
      id: event.id,
      node_id: event.nodeId,
      url: `${this.api}/repos/${repo2.fullName}/issues/events/${event.id}`,
      actor,
      event: event.event,
      commit_id: null,
      commit_url: null,
      created_at: event.createdAt,
      performed_via_github_app: null
    };
    switch (event.event) {
      case "labeled":
      case "unlabeled":
        return { ...base, label: { name: event.label.name, color: event.label.color } };
      case "assigned":
      case "unassigned":
        return { ...base, assignee: this.user(event.assignee) };
      case "renamed":
        return { ...base, rename: { from: event.from, to: event.to } };
      case "closed":
        return {
          ...base,
          state_reason: event.stateReason,
          commit_id: event.commitId,
          commit_url: event.commitId ? `${this.api}/repos/${repo2.fullName}/commits/${event.commitId}` : null
        };
      case "merged":
        return { ...base, commit_id: event.commitId, commit_url: `${this.api}/repos/${repo2.fullName}/commits/${event.commitId}` };
      case "reopened":
        return { ...base, state_reason: "reopened" };
      case "review_requested":
      case "review_request_removed":
        return { ...base, review_requester: actor, requested_reviewer: this.user(event.reviewer) };
    }
  }
  /** `git-ref`. */
  gitRef(repo2, ref, sha) {
    return {
      ref,
      node_id: nodeId("REF", repo2.id, ref),
      url: `${this.api}/repos/${repo2.fullName}/git/${ref}`,
      object: { type: "commit", sha, url: `${this.api}/repos/${repo2.fullName}/git/commits/${sha}` }
    };
  }
  /** `git-commit`. */
  gitCommit(repo2, commit) {
    const base = `${this.api}/repos/${repo2.fullName}/git`;
    return {
      sha: commit.sha,
      node_id: nodeId("C", repo2.id, commit.sha),
      url: `${base}/commits/${commit.sha}`,
      html_url: `${this.web}/${repo2.fullName}/commit/${commit.sha}`,
      author: { ...commit.author },
      committer: { ...commit.committer },
      tree: { sha: commit.tree, url: `${base}/trees/${commit.tree}` },
      message: commit.message,
      parents: commit.parents.map((sha) => ({ sha, url: `${base}/commits/${sha}`, html_url: `${this.web}/${repo2.fullName}/commit/${sha}` })),
      verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null }
    };
  }
  /** `commit` (the REST commits API shape, as in compare and branch responses). */
  commit(repo2, commit) {
    const url = `${this.api}/repos/${repo2.fullName}/commits/${commit.sha}`;
    const git = this.gitCommit(repo2, commit);
    return {
      url,
      sha: commit.sha,
      node_id: git.node_id,
      html_url: git.html_url,
      comments_url: `${url}/comments`,
      commit: {
        url: git.url,
        author: git.author,
        committer: git.committer,
        message: commit.message,
        comment_count: 0,
        tree: git.tree,
        verification: git.verification
      },
      author: this.#accountByEmail(commit.author.email),
      committer: this.#accountByEmail(commit.committer.email),
      parents: commit.parents.map((sha) => ({ sha, url: `${this.api}/repos/${repo2.fullName}/commits/${sha}`, html_url: `${this.web}/${repo2.fullName}/commit/${sha}` }))
    };
  }
  #accountByEmail(email) {
    for (const account2 of this.state.accounts.values()) {
      const noreply = `${account2.id}+${account2.login}@users.noreply.github.com`;
      if (account2.email === email || noreply === email) return this.user(account2.login);
    }
    return null;
  }
  /** A tree entry of `git-tree`. */
  treeEntry(repo2, entry, path) {
    const base = `${this.api}/repos/${repo2.fullName}/git`;
    const json = { path, mode: entry.mode, type: entry.type, sha: entry.sha };
    if (entry.type === "blob") {
      json.size = repo2.git.getBlob(entry.sha)?.content.length ?? 0;
      json.url = `${base}/blobs/${entry.sha}`;
    } else if (entry.type === "tree") json.url = `${base}/trees/${entry.sha}`;
    return json;
  }
  /** `content-file` for a blob at a path and ref. */
  contentFile(repo2, path, sha, content, ref) {
    const links = this.#contentLinks(repo2, path, sha, "blob", ref);
    return {
      type: "file",
      encoding: "base64",
      size: content.length,
      name: path.split("/").pop() ?? path,
      path,
      // GitHub wraps the base64 at 60 columns with newlines.
      content: content.toString("base64").replace(/(.{60})/g, "$1\n"),
      sha,
      ...links
    };
  }
  /** One entry of a directory listing (`content-directory`). */
  contentEntry(repo2, path, entry, ref) {
    const type = entry.type === "tree" ? "dir" : entry.type === "commit" ? "submodule" : entry.mode === "120000" ? "symlink" : "file";
    const size = entry.type === "blob" ? repo2.git.getBlob(entry.sha)?.content.length ?? 0 : 0;
    return { type, size, name: entry.name, path, sha: entry.sha, ...this.#contentLinks(repo2, path, entry.sha, entry.type === "tree" ? "tree" : "blob", ref) };
  }
  #contentLinks(repo2, path, sha, kind, ref) {
    const encodedPath = path.split("/").map(enc).join("/");
    const url = `${this.api}/repos/${repo2.fullName}/contents/${encodedPath}?ref=${enc(ref)}`;
    const gitUrl = `${this.api}/repos/${repo2.fullName}/git/${kind === "tree" ? "trees" : "blobs"}/${sha}`;
    const htmlUrl = `${this.web}/${repo2.fullName}/${kind}/${enc(ref)}/${encodedPath}`;
    return {
      url,
      git_url: gitUrl,
      html_url: htmlUrl,
      download_url: kind === "blob" ? `${this.web}/raw/${repo2.fullName}/${enc(ref)}/${encodedPath}` : null,
      _links: { self: url, git: gitUrl, html: htmlUrl }
    };
  }
  /** `diff-entry` for a changed file. */
  diffEntry(repo2, change, ref) {
    const encodedPath = change.path.split("/").map(enc).join("/");
    return {
      sha: change.sha,
      filename: change.path,
      status: change.status,
      additions: change.additions,
      deletions: change.deletions,
      changes: change.additions + change.deletions,
      blob_url: `${this.web}/${repo2.fullName}/blob/${ref}/${encodedPath}`,
      raw_url: `${this.web}/${repo2.fullName}/raw/${ref}/${encodedPath}`,
      contents_url: `${this.api}/repos/${repo2.fullName}/contents/${encodedPath}?ref=${ref}`,
      ...change.patch === void 0 ? {} : { patch: change.patch }
    };
  }
  /** `pull-request-simple` (lists); `full` adds the counts of `pull-request`. */
  pull(repo2, issue2, full) {
    const pull2 = issue2.pull;
    if (!pull2 || issue2.pullId === null || issue2.pullNodeId === null) throw new Error(`#${issue2.number} is not a pull request`);
    const url = `${this.api}/repos/${repo2.fullName}/pulls/${issue2.number}`;
    const html = this.issueHtmlUrl(repo2, issue2);
    const issueUrl = this.issueUrl(repo2, issue2);
    const baseSha = repo2.git.refs.get(`refs/heads/${pull2.baseRef}`) ?? pull2.headSha;
    const side = (ref, sha) => ({ label: `${repo2.owner}:${ref}`, ref, sha, user: this.user(repo2.owner), repo: this.repository(repo2) });
    const assignees = issue2.assignees.map((login) => this.user(login));
    const json = {
      url,
      id: issue2.pullId,
      node_id: issue2.pullNodeId,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issueUrl,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${this.api}/repos/${repo2.fullName}/pulls/comments{/number}`,
      comments_url: `${issueUrl}/comments`,
      statuses_url: `${this.api}/repos/${repo2.fullName}/statuses/${pull2.headSha}`,
      number: issue2.number,
      state: issue2.state,
      locked: issue2.locked,
      title: issue2.title,
      user: this.user(issue2.author),
      body: issue2.body,
      labels: this.state.issueLabels(repo2, issue2).map((l) => this.label(repo2, l)),
      milestone: null,
      active_lock_reason: null,
      created_at: issue2.createdAt,
      updated_at: issue2.updatedAt,
      closed_at: issue2.closedAt,
      merged_at: pull2.mergedAt,
      merge_commit_sha: pull2.mergeCommitSha,
      assignee: assignees[0] ?? null,
      assignees,
      requested_reviewers: pull2.requestedReviewers.map((login) => this.user(login)),
      requested_teams: [],
      head: side(pull2.headRef, pull2.headSha),
      base: side(pull2.baseRef, baseSha),
      _links: {
        self: { href: url },
        html: { href: html },
        issue: { href: issueUrl },
        comments: { href: `${issueUrl}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: `${this.api}/repos/${repo2.fullName}/pulls/comments{/number}` },
        commits: { href: `${url}/commits` },
        statuses: { href: `${this.api}/repos/${repo2.fullName}/statuses/${pull2.headSha}` }
      },
      author_association: this.authorAssociation(repo2, issue2.author),
      auto_merge: null,
      draft: pull2.draft
    };
    if (!full) return json;
    const files = this.state.pullFiles(repo2, issue2);
    const mergeBase = pull2.merged ? void 0 : repo2.git.mergeBase(baseSha, pull2.headSha);
    const commits = mergeBase ? repo2.git.commitsBetween(mergeBase, pull2.headSha).length : 1;
    const conflicted = issue2.state === "open" && !pull2.merged && this.#wouldConflict(repo2, baseSha, pull2.headSha);
    return {
      ...json,
      merged: pull2.merged,
      mergeable: issue2.state === "open" ? !conflicted : null,
      rebaseable: issue2.state === "open" ? !conflicted : null,
      mergeable_state: issue2.state === "open" ? conflicted ? "dirty" : "clean" : "unknown",
      merged_by: pull2.mergedBy ? this.user(pull2.mergedBy) : null,
      comments: issue2.commentIds.length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits,
      additions: files.reduce((sum, f) => sum + f.additions, 0),
      deletions: files.reduce((sum, f) => sum + f.deletions, 0),
      changed_files: files.length
    };
  }
  #wouldConflict(repo2, base, head) {
    const git = repo2.git;
    const ancestor = git.mergeBase(base, head);
    if (!ancestor || ancestor === base || ancestor === head) return false;
    const files = (sha) => new Map(git.flatten(git.getCommit(sha).tree).map((e) => [e.path, e.sha]));
    const a = files(ancestor);
    const ours = files(base);
    const theirs = files(head);
    for (const path of /* @__PURE__ */ new Set([...ours.keys(), ...theirs.keys()])) {
      const o = ours.get(path);
      const t = theirs.get(path);
      const original = a.get(path);
      if (o !== t && o !== original && t !== original) return true;
    }
    return false;
  }
};

// src/sandbox/rest/context.ts
function stringParam(values, name) {
  const value = values[name];
  if (typeof value !== "string") throw new TypeError(`parameter ${name} is not a string`);
  return value;
}
function intParam(values, name) {
  const value = values[name];
  if (typeof value !== "number" || !Number.isInteger(value)) throw new TypeError(`parameter ${name} is not an integer`);
  return value;
}
function repoFor(request, needed) {
  const repo2 = request.state.visibleRepo(request.actor, stringParam(request.params, "owner"), stringParam(request.params, "repo"));
  if (needed !== "read") request.state.requireAccess(repo2, request.actor, needed);
  return repo2;
}
function bodyOf(request) {
  return request.body ?? {};
}
var DEFAULT_PER_PAGE = 30;
var MAX_PER_PAGE = 100;
function paginate(request, items, render) {
  const perPageRaw = typeof request.query.per_page === "number" ? request.query.per_page : DEFAULT_PER_PAGE;
  const perPage = Math.min(Math.max(1, perPageRaw), MAX_PER_PAGE);
  const page = typeof request.query.page === "number" && request.query.page > 0 ? request.query.page : 1;
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = linkHeader(request, page, lastPage);
  return { status: 200, body: slice.map(render), ...link ? { headers: { link } } : {} };
}
function linkHeader(request, page, lastPage) {
  const pageUrl = (n) => {
    const url = new URL(`${request.state.urls.api}${request.url.pathname}${request.url.search}`);
    url.searchParams.set("page", String(n));
    return url.toString();
  };
  const links = [];
  if (page > 1) links.push(`<${pageUrl(Math.min(page - 1, lastPage))}>; rel="prev"`);
  if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
  if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
  return links.length > 0 ? links.join(", ") : void 0;
}

// src/sandbox/routes/comments.ts
var commentRoutes = [
  {
    operationId: "issues/list-comments",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const issue2 = request.state.issue(repo2, intParam(request.params, "issue_number"));
      const since = typeof request.query.since === "string" ? Date.parse(request.query.since) : void 0;
      const comments = request.state.listComments(repo2, issue2).filter((c) => since === void 0 || Date.parse(c.updatedAt) >= since);
      return paginate(request, comments, (comment2) => request.views.comment(repo2, comment2));
    }
  },
  {
    operationId: "issues/create-comment",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const { body } = bodyOf(request);
      const comment2 = request.state.addComment(repo2, request.actor, intParam(request.params, "issue_number"), body);
      const json = request.views.comment(repo2, comment2);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    }
  },
  {
    operationId: "issues/get-comment",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      return { status: 200, body: request.views.comment(repo2, request.state.comment(repo2, intParam(request.params, "comment_id"))) };
    }
  },
  {
    operationId: "issues/update-comment",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const { body } = bodyOf(request);
      const comment2 = request.state.updateComment(repo2, request.actor, intParam(request.params, "comment_id"), body);
      return { status: 200, body: request.views.comment(repo2, comment2) };
    }
  },
  {
    operationId: "issues/delete-comment",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      request.state.deleteComment(repo2, request.actor, intParam(request.params, "comment_id"));
      return { status: 204 };
    }
  },
  {
    operationId: "reactions/list-for-issue-comment",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const comment2 = request.state.comment(repo2, intParam(request.params, "comment_id"));
      const content = typeof request.query.content === "string" ? request.query.content : void 0;
      const reactions = comment2.reactions.filter((r) => content === void 0 || r.content === content);
      return paginate(request, reactions, (reaction) => request.views.reaction(reaction));
    }
  },
  {
    operationId: "reactions/create-for-issue-comment",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const { content } = bodyOf(request);
      const { reaction, created } = request.state.addReaction(repo2, request.actor, { commentId: intParam(request.params, "comment_id") }, content);
      return { status: created ? 201 : 200, body: request.views.reaction(reaction) };
    }
  }
];

// src/sandbox/routes/contents.ts
var BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/;
function wantsRaw(request) {
  const accept = request.headers.accept ?? "";
  return /application\/vnd\.github(?:\.v3)?\.raw/.test(accept);
}
function resolveRef(request, repo2) {
  const ref = typeof request.query.ref === "string" && request.query.ref !== "" ? request.query.ref : repo2.defaultBranch;
  const sha = request.state.resolveCommitish(repo2, ref);
  if (!sha) throw notFound(`No commit found for the ref ${ref}`);
  return { ref, sha };
}
function identityFrom(input, now) {
  return input ? { name: input.name, email: input.email, date: input.date ?? now } : void 0;
}
function fileCommitBody(request, repo2, path, branch, commitSha, deleted) {
  const commit = repo2.git.getCommit(commitSha);
  const gitCommit = request.views.gitCommit(repo2, commit);
  let content = null;
  if (!deleted) {
    const file = request.state.readFile(repo2, path, commitSha);
    const view = request.views.contentFile(repo2, path, file.sha, file.content, branch);
    const { content: _content, encoding: _encoding, ...rest } = view;
    content = rest;
  }
  return { content, commit: gitCommit };
}
var contentRoutes = [
  {
    operationId: "repos/get-content",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const path = stringParam(request.params, "path").replace(/^\/+|\/+$/g, "");
      const { ref, sha } = resolveRef(request, repo2);
      const tree = repo2.git.getCommit(sha).tree;
      const entry = repo2.git.lookup(tree, path);
      if (!entry) throw notFound();
      if (entry.type === "tree") {
        const listing = repo2.git.getTree(entry.sha).entries.map(
          (child) => request.views.contentEntry(repo2, path === "" ? child.name : `${path}/${child.name}`, child, ref)
        );
        return { status: 200, body: listing };
      }
      if (entry.type !== "blob") return { status: 200, body: request.views.contentEntry(repo2, path, entry, ref) };
      const blob = repo2.git.getBlob(entry.sha);
      if (wantsRaw(request)) return { status: 200, raw: { contentType: "application/vnd.github.raw", data: blob.content } };
      return { status: 200, body: request.views.contentFile(repo2, path, blob.sha, blob.content, ref) };
    }
  },
  {
    operationId: "repos/create-or-update-file-contents",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const path = stringParam(request.params, "path").replace(/^\/+|\/+$/g, "");
      const body = bodyOf(request);
      const branch = body.branch ?? repo2.defaultBranch;
      const head = repo2.git.refs.get(`refs/heads/${branch}`);
      if (!head) throw notFound(`Branch ${branch} not found`);
      const content = body.content ?? "";
      if (!BASE64.test(content)) throw invalidRequest("content is not valid Base64");
      const existing = request.state.readFile(repo2, path, head);
      if (existing && body.sha === void 0) throw invalidRequest(`"sha" wasn't supplied.`);
      if (body.sha !== void 0 && existing?.sha !== body.sha) throw conflict(`${path} does not match ${body.sha}`);
      if (!existing && repo2.git.lookup(repo2.git.getCommit(head).tree, path)) {
        throw new GitHubError(422, "Invalid request.\n\npath is a directory or a submodule.");
      }
      const now = request.state.now();
      const author = identityFrom(body.author ?? body.committer, now);
      const committer = identityFrom(body.committer ?? body.author, now);
      const commit = request.state.commitFiles(repo2, request.actor, {
        branch,
        message: body.message,
        files: [{ path, content: Buffer.from(content, "base64") }],
        expectedHead: head,
        ...author ? { author } : {},
        ...committer ? { committer } : {}
      });
      return { status: existing ? 200 : 201, body: fileCommitBody(request, repo2, path, branch, commit.sha, false) };
    }
  },
  {
    operationId: "repos/delete-file",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const path = stringParam(request.params, "path").replace(/^\/+|\/+$/g, "");
      const body = bodyOf(request);
      const branch = body.branch ?? repo2.defaultBranch;
      const head = repo2.git.refs.get(`refs/heads/${branch}`);
      if (!head) throw notFound(`Branch ${branch} not found`);
      const existing = request.state.readFile(repo2, path, head);
      if (!existing) throw notFound();
      if (existing.sha !== body.sha) throw conflict(`${path} does not match ${body.sha}`);
      const now = request.state.now();
      const author = identityFrom(body.author ?? body.committer, now);
      const commit = request.state.commitFiles(repo2, request.actor, {
        branch,
        message: body.message,
        files: [{ path, content: null }],
        expectedHead: head,
        ...author ? { author, committer: author } : {}
      });
      return { status: 200, body: fileCommitBody(request, repo2, path, branch, commit.sha, true) };
    }
  }
];

// src/sandbox/routes/dispatches.ts
var MAX_CLIENT_PAYLOAD_CHARS = 65535;
var dispatchRoutes = [
  {
    operationId: "repos/create-dispatch-event",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const body = bodyOf(request);
      const clientPayload = body.client_payload ?? {};
      if (JSON.stringify(clientPayload).length > MAX_CLIENT_PAYLOAD_CHARS) {
        throw new GitHubError(422, "client_payload is too large");
      }
      repo2.dispatches.push({ eventType: body.event_type, clientPayload, sender: request.actor.login, at: request.state.now() });
      return { status: 204 };
    }
  }
];

// src/sandbox/git.ts
import { createHash } from "node:crypto";
function hashObject(type, content) {
  return createHash("sha1").update(`${type} ${content.length}\0`).update(content).digest("hex");
}
var SHA_PATTERN = /^[0-9a-f]{40}$/;
function isSha(value) {
  return SHA_PATTERN.test(value);
}
function treeOrderKey(entry) {
  return entry.type === "tree" ? `${entry.name}/` : entry.name;
}
function compareEntries(a, b) {
  const ka = Buffer.from(treeOrderKey(a));
  const kb = Buffer.from(treeOrderKey(b));
  return Buffer.compare(ka, kb);
}
function serializeTree(entries) {
  const parts = [];
  for (const entry of entries) {
    const mode = entry.mode === "040000" ? "40000" : entry.mode;
    parts.push(Buffer.from(`${mode} ${entry.name}\0`), Buffer.from(entry.sha, "hex"));
  }
  return Buffer.concat(parts);
}
function identityLine(role, who) {
  const seconds = Math.floor(Date.parse(who.date) / 1e3);
  return `${role} ${who.name} <${who.email}> ${seconds} +0000`;
}
function serializeCommit(commit) {
  const lines = [`tree ${commit.tree}`];
  for (const parent of commit.parents) lines.push(`parent ${parent}`);
  lines.push(identityLine("author", commit.author), identityLine("committer", commit.committer));
  return Buffer.from(`${lines.join("\n")}

${commit.message}`);
}
function splitPath(path) {
  const segments = path.split("/").filter((s) => s !== "");
  if (segments.some((s) => s === "." || s === "..")) throw new RangeError(`invalid path ${path}`);
  return segments;
}
var GitStore = class {
  objects = /* @__PURE__ */ new Map();
  /** Fully qualified ref name (`refs/heads/main`) → commit sha. */
  refs = /* @__PURE__ */ new Map();
  /** The id of the empty tree, which git knows without storing it. */
  emptyTree;
  constructor() {
    this.emptyTree = this.writeTree([]).sha;
  }
  /** Stores a blob and returns it. */
  writeBlob(content) {
    const data = typeof content === "string" ? Buffer.from(content) : content;
    const blob = { type: "blob", sha: hashObject("blob", data), content: data };
    this.objects.set(blob.sha, blob);
    return blob;
  }
  /** Stores a tree (entries are sorted into git's order) and returns it. */
  writeTree(entries) {
    const sorted = [...entries].sort(compareEntries);
    const tree = { type: "tree", sha: hashObject("tree", serializeTree(sorted)), entries: sorted };
    this.objects.set(tree.sha, tree);
    return tree;
  }
  /** Stores a commit and returns it. */
  writeCommit(commit) {
    const stored = { type: "commit", ...commit, sha: hashObject("commit", serializeCommit(commit)) };
    this.objects.set(stored.sha, stored);
    return stored;
  }
  get(sha) {
    return this.objects.get(sha);
  }
  getBlob(sha) {
    const object = this.objects.get(sha);
    return object?.type === "blob" ? object : void 0;
  }
  getTree(sha) {
    const object = this.objects.get(sha);
    return object?.type === "tree" ? object : void 0;
  }
  getCommit(sha) {
    const object = this.objects.get(sha);
    return object?.type === "commit" ? object : void 0;
  }
  /** Finds the entry at `path` under `treeSha`; the empty path is the tree itself. */
  lookup(treeSha, path) {
    let current = { name: "", mode: "040000", type: "tree", sha: treeSha };
    for (const segment of splitPath(path)) {
      if (current.type !== "tree") return void 0;
      const tree = this.getTree(current.sha);
      const next = tree?.entries.find((e) => e.name === segment);
      if (!next) return void 0;
      current = next;
    }
    return current;
  }
  /** Every blob under a tree, with its full path, in git's order. */
  flatten(treeSha, prefix = "") {
    const tree = this.getTree(treeSha);
    if (!tree) return [];
    const out = [];
    for (const entry of tree.entries) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.type === "tree") out.push(...this.flatten(entry.sha, path));
      else out.push({ path, sha: entry.sha, mode: entry.mode });
    }
    return out;
  }
  /**
   * Applies changes to a tree (or to the empty tree) and returns the new root tree, writing every
   * intermediate tree. Directories left empty disappear, as in git.
   */
  applyChanges(baseTreeSha, changes) {
    const root = baseTreeSha ?? this.emptyTree;
    if (!this.getTree(root)) throw new RangeError(`unknown tree ${root}`);
    const direct = /* @__PURE__ */ new Map();
    const nested = /* @__PURE__ */ new Map();
    for (const change of changes) {
      const [head, ...rest] = splitPath(change.path);
      if (head === void 0) throw new RangeError("a tree change needs a path");
      if (rest.length === 0) direct.set(head, change);
      else {
        const list = nested.get(head) ?? [];
        list.push({ ...change, path: rest.join("/") });
        nested.set(head, list);
      }
    }
    const entries = new Map(this.getTree(root).entries.map((e) => [e.name, e]));
    for (const [name, change] of direct) {
      if (change.sha === null) {
        entries.delete(name);
        continue;
      }
      const type = change.type ?? (change.mode === "040000" ? "tree" : change.mode === "160000" ? "commit" : "blob");
      const mode = change.mode ?? (type === "tree" ? "040000" : type === "commit" ? "160000" : "100644");
      entries.set(name, { name, mode, type, sha: change.sha });
    }
    for (const [name, subChanges] of nested) {
      const existing = entries.get(name);
      const base = existing?.type === "tree" ? existing.sha : void 0;
      const subtree = this.applyChanges(base, subChanges);
      if (subtree.entries.length === 0) entries.delete(name);
      else entries.set(name, { name, mode: "040000", type: "tree", sha: subtree.sha });
    }
    return this.writeTree([...entries.values()]);
  }
  /** Commits reachable from `sha` (itself included), newest first by walk order. */
  ancestors(sha, until) {
    const seen = /* @__PURE__ */ new Set([sha]);
    const order = [sha];
    for (let i = 0; i < order.length; i++) {
      const current = order[i];
      if (until?.(current)) break;
      for (const parent of this.getCommit(current)?.parents ?? []) {
        if (!seen.has(parent)) {
          seen.add(parent);
          order.push(parent);
        }
      }
    }
    return order;
  }
  /** True when `ancestor` is reachable from `descendant` (or equal to it). */
  isAncestor(ancestor, descendant) {
    return this.ancestors(descendant, (sha) => sha === ancestor).includes(ancestor);
  }
  /** Commits reachable from `head` but not from `base` (what `base...head` adds), newest first. */
  commitsBetween(base, head) {
    const excluded = new Set(this.ancestors(base));
    return this.ancestors(head).filter((sha) => !excluded.has(sha));
  }
  /** The nearest common ancestor of two commits, if any. */
  mergeBase(a, b) {
    const fromA = new Set(this.ancestors(a));
    return this.ancestors(b).find((sha) => fromA.has(sha));
  }
  /** Paths that differ between two trees, with their blob shas, sorted (no line diff). */
  changedPaths(baseTreeSha, headTreeSha) {
    const before = new Map(this.flatten(baseTreeSha).map((e) => [e.path, e.sha]));
    const after = new Map(this.flatten(headTreeSha).map((e) => [e.path, e.sha]));
    const changes = [];
    for (const path of [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort()) {
      const old = before.get(path);
      const now = after.get(path);
      if (old === now) continue;
      const status = old === void 0 ? "added" : now === void 0 ? "removed" : "modified";
      changes.push({ path, status, ...old === void 0 ? {} : { before: old }, ...now === void 0 ? {} : { after: now } });
    }
    return changes;
  }
  /** Files that differ between two trees, with line counts and patches. */
  diffTrees(baseTreeSha, headTreeSha) {
    const text = (sha) => sha ? this.getBlob(sha)?.content.toString("utf8") ?? "" : "";
    return this.changedPaths(baseTreeSha, headTreeSha).map(({ path, status, before, after }) => {
      const diff = unifiedDiff(text(before), text(after));
      return {
        path,
        status,
        sha: after ?? before,
        previousSha: before !== void 0 && after !== void 0 ? before : null,
        additions: diff.additions,
        deletions: diff.deletions,
        patch: diff.patch
      };
    });
  }
};
function toLines(text) {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
var MAX_DIFF_CELLS = 4e6;
var CONTEXT = 3;
function unifiedDiff(oldText, newText) {
  const a = toLines(oldText);
  const b = toLines(newText);
  const ops = diffLines(a, b);
  const additions = ops.filter((o) => o.kind === "+").length;
  const deletions = ops.filter((o) => o.kind === "-").length;
  if (additions === 0 && deletions === 0) return { additions, deletions, patch: void 0 };
  return { additions, deletions, patch: renderHunks(ops) };
}
function diffLines(a, b) {
  if (a.length * b.length > MAX_DIFF_CELLS) {
    return [...a.map((line) => ({ kind: "-", line })), ...b.map((line) => ({ kind: "+", line }))];
  }
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i2 = a.length - 1; i2 >= 0; i2--) {
    for (let j2 = b.length - 1; j2 >= 0; j2--) {
      lcs[i2 * width + j2] = a[i2] === b[j2] ? lcs[(i2 + 1) * width + j2 + 1] + 1 : Math.max(lcs[(i2 + 1) * width + j2], lcs[i2 * width + j2 + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ kind: " ", line: a[i] });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
      ops.push({ kind: "-", line: a[i++] });
    } else {
      ops.push({ kind: "+", line: b[j++] });
    }
  }
  while (i < a.length) ops.push({ kind: "-", line: a[i++] });
  while (j < b.length) ops.push({ kind: "+", line: b[j++] });
  return ops;
}
function renderHunks(ops) {
  const hunks = [];
  let index = 0;
  while (index < ops.length) {
    while (index < ops.length && ops[index].kind === " ") index++;
    if (index >= ops.length) break;
    const start = Math.max(0, index - CONTEXT);
    let end = index;
    let lastChange = index;
    while (end < ops.length && end - lastChange <= 2 * CONTEXT) {
      if (ops[end].kind !== " ") lastChange = end;
      end++;
    }
    end = Math.min(ops.length, lastChange + CONTEXT + 1);
    let oldStart = 1;
    let newStart = 1;
    for (let k = 0; k < start; k++) {
      if (ops[k].kind !== "+") oldStart++;
      if (ops[k].kind !== "-") newStart++;
    }
    const slice = ops.slice(start, end);
    const oldCount = slice.filter((o) => o.kind !== "+").length;
    const newCount = slice.filter((o) => o.kind !== "-").length;
    const header = `@@ -${oldCount === 0 ? oldStart - 1 : oldStart},${oldCount} +${newCount === 0 ? newStart - 1 : newStart},${newCount} @@`;
    hunks.push([header, ...slice.map((o) => `${o.kind}${o.line}`)].join("\n"));
    index = end;
  }
  return hunks.join("\n");
}

// src/sandbox/routes/git.ts
function unprocessable(message) {
  return new GitHubError(422, message);
}
function qualify(ref) {
  return ref.startsWith("refs/") ? ref : `refs/${ref}`;
}
function wrapBase64(data) {
  return data.toString("base64").replace(/(.{60})/g, "$1\n");
}
function treeResponse(request, repo2, sha, recursive) {
  const entries = [];
  const walk = (treeSha, prefix) => {
    for (const entry of repo2.git.getTree(treeSha).entries) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      entries.push(request.views.treeEntry(repo2, entry, path));
      if (recursive && entry.type === "tree") walk(entry.sha, path);
    }
  };
  walk(sha, "");
  return { sha, url: `${request.state.urls.api}/repos/${repo2.fullName}/git/trees/${sha}`, tree: entries, truncated: false };
}
var gitRoutes = [
  {
    operationId: "git/get-ref",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const ref = qualify(stringParam(request.params, "ref"));
      const sha = repo2.git.refs.get(ref);
      if (!sha) throw notFound();
      return { status: 200, body: request.views.gitRef(repo2, ref, sha) };
    }
  },
  {
    operationId: "git/create-ref",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const { ref, sha } = bodyOf(request);
      if (!ref.startsWith("refs/") || ref.split("/").length < 3) {
        throw unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
      }
      if (repo2.git.refs.has(ref)) throw unprocessable("Reference already exists");
      if (!repo2.git.getCommit(sha)) throw unprocessable("Object does not exist");
      if (ref.startsWith("refs/heads/")) request.state.moveBranch(repo2, ref.slice("refs/heads/".length), sha);
      else repo2.git.refs.set(ref, sha);
      return { status: 201, body: request.views.gitRef(repo2, ref, sha), headers: { location: `${request.state.urls.api}/repos/${repo2.fullName}/git/${ref}` } };
    }
  },
  {
    operationId: "git/update-ref",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const ref = qualify(stringParam(request.params, "ref"));
      const { sha, force } = bodyOf(request);
      const current = repo2.git.refs.get(ref);
      if (!current) throw unprocessable("Reference does not exist");
      if (!repo2.git.getCommit(sha)) throw unprocessable("Object does not exist");
      if (!force && !repo2.git.isAncestor(current, sha)) throw unprocessable("Update is not a fast forward");
      if (ref.startsWith("refs/heads/")) request.state.moveBranch(repo2, ref.slice("refs/heads/".length), sha);
      else repo2.git.refs.set(ref, sha);
      return { status: 200, body: request.views.gitRef(repo2, ref, sha) };
    }
  },
  {
    operationId: "git/delete-ref",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const ref = qualify(stringParam(request.params, "ref"));
      if (!repo2.git.refs.has(ref)) throw unprocessable("Reference does not exist");
      if (ref === `refs/heads/${repo2.defaultBranch}`) throw unprocessable("Cannot delete the default branch");
      if (ref.startsWith("refs/heads/")) request.state.deleteBranch(repo2, request.actor, ref.slice("refs/heads/".length));
      else repo2.git.refs.delete(ref);
      return { status: 204 };
    }
  },
  {
    operationId: "git/create-blob",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const { content, encoding } = bodyOf(request);
      if (encoding !== void 0 && encoding !== "utf-8" && encoding !== "base64") {
        throw validationFailed([{ resource: "Blob", code: "invalid", field: "encoding" }]);
      }
      const blob = repo2.git.writeBlob(encoding === "base64" ? Buffer.from(content, "base64") : Buffer.from(content, "utf8"));
      const url = `${request.state.urls.api}/repos/${repo2.fullName}/git/blobs/${blob.sha}`;
      return { status: 201, body: { url, sha: blob.sha }, headers: { location: url } };
    }
  },
  {
    operationId: "git/get-blob",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const sha = stringParam(request.params, "file_sha");
      const blob = repo2.git.getBlob(sha);
      if (!blob) throw notFound();
      if (/application\/vnd\.github(?:\.v3)?\.raw/.test(request.headers.accept ?? "")) {
        return { status: 200, raw: { contentType: "application/vnd.github.raw", data: blob.content } };
      }
      return {
        status: 200,
        body: {
          sha,
          node_id: nodeId("B", repo2.id, sha),
          size: blob.content.length,
          url: `${request.state.urls.api}/repos/${repo2.fullName}/git/blobs/${sha}`,
          content: wrapBase64(blob.content),
          encoding: "base64"
        }
      };
    }
  },
  {
    operationId: "git/create-tree",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const { tree, base_tree: baseTree } = bodyOf(request);
      if (baseTree !== void 0 && !repo2.git.getTree(baseTree)) {
        const commit = repo2.git.getCommit(baseTree);
        if (!commit) throw unprocessable("base_tree is not a valid tree oid");
      }
      const base = baseTree === void 0 ? void 0 : repo2.git.getTree(baseTree)?.sha ?? repo2.git.getCommit(baseTree).tree;
      const changes = tree.map((entry, index) => {
        if (entry.path === void 0 || entry.path === "") throw validationFailed([{ resource: "Tree", code: "missing_field", field: `tree[${index}].path` }]);
        if (entry.content !== void 0 && entry.sha !== void 0) {
          throw unprocessable("Must supply either tree.sha or tree.content. Request will be rejected if both are present.");
        }
        if (entry.content !== void 0) {
          return { path: entry.path, mode: entry.mode ?? "100644", type: "blob", sha: repo2.git.writeBlob(entry.content).sha };
        }
        if (entry.sha === null || entry.sha === void 0) {
          if (base === void 0) throw unprocessable(`tree.sha is required to delete ${entry.path} without base_tree`);
          return { path: entry.path, sha: null };
        }
        if (!isSha(entry.sha) || entry.type !== "commit" && !repo2.git.get(entry.sha)) {
          throw unprocessable(`tree.sha ${entry.sha} is not a valid ${entry.type ?? "blob"}`);
        }
        return { path: entry.path, sha: entry.sha, ...entry.mode ? { mode: entry.mode } : {}, ...entry.type ? { type: entry.type } : {} };
      });
      const written = repo2.git.applyChanges(base, changes);
      const body = treeResponse(request, repo2, written.sha, false);
      return { status: 201, body, headers: { location: body.url } };
    }
  },
  {
    operationId: "git/get-tree",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const requested = stringParam(request.params, "tree_sha");
      const commitSha = repo2.git.getTree(requested) ? void 0 : request.state.resolveCommitish(repo2, requested);
      const sha = commitSha ? repo2.git.getCommit(commitSha).tree : requested;
      if (!repo2.git.getTree(sha)) throw notFound();
      const recursive = request.query.recursive !== void 0;
      return { status: 200, body: treeResponse(request, repo2, sha, recursive) };
    }
  },
  {
    operationId: "git/create-commit",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const body = bodyOf(request);
      if (!repo2.git.getTree(body.tree)) throw unprocessable("Tree SHA does not exist");
      for (const parent of body.parents ?? []) {
        if (!repo2.git.getCommit(parent)) throw unprocessable("Parent SHA does not exist or is not a commit object");
      }
      const now = request.state.now();
      const fallback = request.state.identity(request.actor);
      const identity2 = (input) => input ? { name: input.name, email: input.email, date: input.date ?? now } : void 0;
      const author = identity2(body.author) ?? fallback;
      const committer = identity2(body.committer) ?? author;
      const commit = repo2.git.writeCommit({ tree: body.tree, parents: body.parents ?? [], author, committer, message: body.message });
      const json = request.views.gitCommit(repo2, commit);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    }
  },
  {
    operationId: "git/get-commit",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const commit = repo2.git.getCommit(stringParam(request.params, "commit_sha"));
      if (!commit) throw notFound();
      return { status: 200, body: request.views.gitCommit(repo2, commit) };
    }
  }
];

// src/sandbox/routes/issues.ts
function labelNames(labels) {
  return labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter((name) => name !== "");
}
function issueFor(request, repo2) {
  return request.state.issue(repo2, intParam(request.params, "issue_number"));
}
function listIssues(request, repo2) {
  const q = request.query;
  const state = typeof q.state === "string" ? q.state : "open";
  const labels = typeof q.labels === "string" && q.labels !== "" ? q.labels.split(",").map((l) => l.trim().toLowerCase()) : [];
  const since = typeof q.since === "string" ? Date.parse(q.since) : void 0;
  const creator = typeof q.creator === "string" ? q.creator.toLowerCase() : void 0;
  const assignee = typeof q.assignee === "string" ? q.assignee.toLowerCase() : void 0;
  const mentioned = typeof q.mentioned === "string" ? q.mentioned.toLowerCase() : void 0;
  const sort = typeof q.sort === "string" ? q.sort : "created";
  const direction = q.direction === "asc" ? 1 : -1;
  const issues = [...repo2.issues.values()].filter((issue2) => {
    if (state !== "all" && issue2.state !== state) return false;
    if (labels.length > 0 && !labels.every((l) => issue2.labels.some((name) => name.toLowerCase() === l))) return false;
    if (since !== void 0 && Date.parse(issue2.updatedAt) < since) return false;
    if (creator !== void 0 && issue2.author.toLowerCase() !== creator) return false;
    if (assignee === "none" && issue2.assignees.length > 0) return false;
    if (assignee === "*" && issue2.assignees.length === 0) return false;
    if (assignee !== void 0 && assignee !== "none" && assignee !== "*" && !issue2.assignees.some((a) => a.toLowerCase() === assignee)) return false;
    if (mentioned !== void 0 && !new RegExp(`@${mentioned}\\b`, "i").test(issue2.body ?? "")) return false;
    return true;
  });
  const key = (issue2) => sort === "updated" ? Date.parse(issue2.updatedAt) : sort === "comments" ? issue2.commentIds.length : Date.parse(issue2.createdAt);
  return issues.sort((a, b) => direction * (key(a) - key(b) || a.number - b.number));
}
var issueRoutes = [
  {
    operationId: "issues/list-for-repo",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      return paginate(request, listIssues(request, repo2), (issue2) => request.views.issue(repo2, issue2));
    }
  },
  {
    operationId: "issues/create",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const body = bodyOf(request);
      const assignees = [...body.assignees ?? [], ...body.assignee ? [body.assignee] : []];
      const issue2 = request.state.createIssue(repo2, request.actor, {
        title: String(body.title),
        body: body.body,
        labels: labelNames(body.labels ?? []),
        assignees
      });
      const json = request.views.issue(repo2, issue2);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    }
  },
  {
    operationId: "issues/get",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      return { status: 200, body: request.views.issue(repo2, issueFor(request, repo2)) };
    }
  },
  {
    operationId: "issues/update",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const body = bodyOf(request);
      const assignees = body.assignees ?? (body.assignee === void 0 ? void 0 : body.assignee === null ? [] : [body.assignee]);
      const issue2 = request.state.updateIssue(repo2, request.actor, intParam(request.params, "issue_number"), {
        ...body.title !== void 0 && body.title !== null ? { title: String(body.title) } : {},
        ...body.body !== void 0 ? { body: body.body } : {},
        ...body.state !== void 0 ? { state: body.state } : {},
        ...body.state_reason !== void 0 ? { state_reason: body.state_reason === "duplicate" ? "completed" : body.state_reason } : {},
        ...body.labels !== void 0 ? { labels: labelNames(body.labels) } : {},
        ...assignees !== void 0 ? { assignees } : {}
      });
      return { status: 200, body: request.views.issue(repo2, issue2) };
    }
  },
  {
    operationId: "issues/list-labels-on-issue",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const issue2 = issueFor(request, repo2);
      return paginate(request, request.state.issueLabels(repo2, issue2), (label) => request.views.label(repo2, label));
    }
  },
  {
    operationId: "issues/add-labels",
    handler: (request) => {
      const repo2 = repoFor(request, "triage");
      const { labels = [] } = bodyOf(request);
      const result = request.state.addLabels(repo2, request.actor, intParam(request.params, "issue_number"), labelNames(labels));
      return { status: 200, body: result.map((label) => request.views.label(repo2, label)) };
    }
  },
  {
    operationId: "issues/set-labels",
    handler: (request) => {
      const repo2 = repoFor(request, "triage");
      const { labels = [] } = bodyOf(request);
      const result = request.state.setLabels(repo2, request.actor, intParam(request.params, "issue_number"), labelNames(labels));
      return { status: 200, body: result.map((label) => request.views.label(repo2, label)) };
    }
  },
  {
    operationId: "issues/remove-all-labels",
    handler: (request) => {
      const repo2 = repoFor(request, "triage");
      request.state.removeAllLabels(repo2, request.actor, intParam(request.params, "issue_number"));
      return { status: 204 };
    }
  },
  {
    operationId: "issues/remove-label",
    handler: (request) => {
      const repo2 = repoFor(request, "triage");
      const result = request.state.removeLabel(repo2, request.actor, intParam(request.params, "issue_number"), stringParam(request.params, "name"));
      return { status: 200, body: result.map((label) => request.views.label(repo2, label)) };
    }
  },
  {
    operationId: "issues/add-assignees",
    handler: (request) => {
      const repo2 = repoFor(request, "triage");
      const { assignees = [] } = bodyOf(request);
      const issue2 = request.state.addAssignees(repo2, request.actor, intParam(request.params, "issue_number"), assignees);
      return { status: 201, body: request.views.issue(repo2, issue2) };
    }
  },
  {
    operationId: "issues/remove-assignees",
    handler: (request) => {
      const repo2 = repoFor(request, "triage");
      const { assignees = [] } = bodyOf(request);
      const issue2 = request.state.removeAssignees(repo2, request.actor, intParam(request.params, "issue_number"), assignees);
      return { status: 200, body: request.views.issue(repo2, issue2) };
    }
  },
  {
    operationId: "issues/check-user-can-be-assigned-to-issue",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const issue2 = issueFor(request, repo2);
      if (!request.state.isAssignable(repo2, stringParam(request.params, "assignee"), issue2)) throw notFound();
      return { status: 204 };
    }
  },
  {
    operationId: "issues/list-events-for-timeline",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const issue2 = issueFor(request, repo2);
      const events = issue2.timeline.map((event) => request.views.timelineEvent(repo2, issue2, event)).filter((json) => json !== void 0);
      return paginate(request, events, (json) => json);
    }
  }
];

// src/sandbox/routes/labels.ts
var labelRoutes = [
  {
    operationId: "issues/list-labels-for-repo",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      return paginate(request, repo2.labels, (label) => request.views.label(repo2, label));
    }
  },
  {
    operationId: "issues/create-label",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const body = bodyOf(request);
      const label = request.state.createLabel(repo2, request.actor, { name: body.name, color: body.color, description: body.description });
      const json = request.views.label(repo2, label);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    }
  },
  {
    operationId: "issues/get-label",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const label = request.state.findLabel(repo2, stringParam(request.params, "name"));
      if (!label) throw notFound();
      return { status: 200, body: request.views.label(repo2, label) };
    }
  },
  {
    operationId: "issues/update-label",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const body = bodyOf(request);
      const label = request.state.updateLabel(repo2, request.actor, stringParam(request.params, "name"), {
        new_name: body.new_name,
        color: body.color,
        description: body.description
      });
      return { status: 200, body: request.views.label(repo2, label) };
    }
  },
  {
    operationId: "issues/delete-label",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      request.state.deleteLabel(repo2, request.actor, stringParam(request.params, "name"));
      return { status: 204 };
    }
  }
];

// src/sandbox/routes/pulls.ts
function pullFor(request, repo2) {
  return request.state.pull(repo2, intParam(request.params, "pull_number"));
}
function listPulls(request, repo2) {
  const q = request.query;
  const state = typeof q.state === "string" ? q.state : "open";
  const head = typeof q.head === "string" ? q.head : void 0;
  const base = typeof q.base === "string" ? q.base : void 0;
  const sort = typeof q.sort === "string" ? q.sort : "created";
  const direction = q.direction === "asc" ? 1 : q.direction === "desc" ? -1 : sort === "created" ? -1 : 1;
  const pulls = [...repo2.issues.values()].filter((i) => i.pull !== null);
  const filtered = pulls.filter((p) => {
    if (state !== "all" && p.state !== state) return false;
    if (base !== void 0 && p.pull.baseRef !== base) return false;
    if (head !== void 0) {
      const [owner, ref] = head.includes(":") ? [head.slice(0, head.indexOf(":")), head.slice(head.indexOf(":") + 1)] : [repo2.owner, head];
      if (owner.toLowerCase() !== repo2.owner.toLowerCase() || p.pull.headRef !== ref) return false;
    }
    return true;
  });
  const key = (p) => sort === "updated" ? Date.parse(p.updatedAt) : Date.parse(p.createdAt);
  return filtered.sort((a, b) => direction * (key(a) - key(b) || a.number - b.number));
}
var pullRoutes = [
  {
    operationId: "pulls/list",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      return paginate(request, listPulls(request, repo2), (pull2) => request.views.pull(repo2, pull2, false));
    }
  },
  {
    operationId: "pulls/create",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const body = bodyOf(request);
      const pull2 = request.state.createPull(repo2, request.actor, {
        title: body.title ?? "",
        head: body.head,
        base: body.base,
        body: body.body,
        draft: body.draft
      });
      const json = request.views.pull(repo2, pull2, true);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    }
  },
  {
    operationId: "pulls/get",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      return { status: 200, body: request.views.pull(repo2, pullFor(request, repo2), true) };
    }
  },
  {
    operationId: "pulls/update",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const body = bodyOf(request);
      const pull2 = request.state.updatePull(repo2, request.actor, intParam(request.params, "pull_number"), body);
      return { status: 200, body: request.views.pull(repo2, pull2, true) };
    }
  },
  {
    operationId: "pulls/list-files",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const pull2 = pullFor(request, repo2);
      const files = request.state.pullFiles(repo2, pull2);
      return paginate(request, files, (file) => request.views.diffEntry(repo2, file, pull2.pull.headSha));
    }
  },
  {
    operationId: "pulls/check-if-merged",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      if (!pullFor(request, repo2).pull.merged) throw notFound();
      return { status: 204 };
    }
  },
  {
    operationId: "pulls/merge",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const body = bodyOf(request);
      const result = request.state.mergePull(repo2, request.actor, intParam(request.params, "pull_number"), body);
      return { status: 200, body: { sha: result.sha, merged: true, message: result.message } };
    }
  },
  {
    operationId: "pulls/list-requested-reviewers",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const pull2 = pullFor(request, repo2);
      return { status: 200, body: { users: pull2.pull.requestedReviewers.map((login) => request.views.user(login)), teams: [] } };
    }
  },
  {
    operationId: "pulls/request-reviewers",
    handler: (request) => {
      const repo2 = repoFor(request, "triage");
      const { reviewers = [] } = bodyOf(request);
      const pull2 = request.state.requestReviewers(repo2, request.actor, intParam(request.params, "pull_number"), reviewers);
      return { status: 201, body: request.views.pull(repo2, pull2, false) };
    }
  }
];

// src/sandbox/routes/repos.ts
var repoRoutes = [
  {
    operationId: "repos/get",
    handler: (request) => ({ status: 200, body: request.views.fullRepository(repoFor(request, "read"), request.actor) })
  },
  {
    operationId: "users/get-authenticated",
    handler: ({ actor, views }) => {
      if (actor.type === "Bot") throw forbidden("Resource not accessible by integration");
      return { status: 200, body: views.fullUser(actor, true) };
    }
  },
  {
    operationId: "users/get-by-username",
    handler: ({ state, views, params }) => {
      const account2 = state.findAccount(stringParam(params, "username"));
      if (!account2) throw notFound();
      return { status: 200, body: views.fullUser(account2, false) };
    }
  },
  {
    operationId: "rate-limit/get",
    handler: ({ state, actor }) => {
      const resources = state.rateLimits.snapshot(actor);
      return { status: 200, body: { resources, rate: resources.core } };
    }
  },
  {
    operationId: "repos/get-collaborator-permission-level",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const account2 = request.state.findAccount(stringParam(request.params, "username"));
      if (!account2 || account2.type === "Organization") throw notFound(`${stringParam(request.params, "username")} is not a user`);
      const role = request.state.permission(repo2, account2.login);
      const legacy = role === "maintain" ? "write" : role === "triage" ? "read" : role;
      const user = { ...request.views.user(account2.login), permissions: request.views.permissions(role), role_name: role };
      return { status: 200, body: { permission: legacy, role_name: role, user } };
    }
  },
  {
    operationId: "repos/get-branch",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const branch = stringParam(request.params, "branch");
      const sha = repo2.git.refs.get(`refs/heads/${branch}`);
      if (!sha) throw notFound("Branch not found");
      const url = `${request.state.urls.api}/repos/${repo2.fullName}/branches/${encodeURIComponent(branch)}`;
      return {
        status: 200,
        body: {
          name: branch,
          commit: request.views.commit(repo2, repo2.git.getCommit(sha)),
          _links: { html: `${request.state.urls.web}/${repo2.fullName}/tree/${branch}`, self: url },
          protected: false,
          protection: { enabled: false, required_status_checks: { enforcement_level: "off", contexts: [], checks: [] } },
          protection_url: `${url}/protection`
        }
      };
    }
  },
  {
    operationId: "repos/compare-commits-with-basehead",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const basehead = stringParam(request.params, "basehead");
      const separator = basehead.indexOf("...");
      if (separator < 0) throw notFound();
      const strip = (ref) => ref.includes(":") ? ref.slice(ref.indexOf(":") + 1) : ref;
      const base = request.state.resolveCommitish(repo2, strip(basehead.slice(0, separator)));
      const head = request.state.resolveCommitish(repo2, strip(basehead.slice(separator + 3)));
      if (!base || !head) throw notFound();
      const git = repo2.git;
      const mergeBase = git.mergeBase(base, head) ?? base;
      const ahead = git.commitsBetween(mergeBase, head);
      const behind = git.commitsBetween(mergeBase, base);
      const status = ahead.length === 0 && behind.length === 0 ? "identical" : behind.length === 0 ? "ahead" : ahead.length === 0 ? "behind" : "diverged";
      const commits = [...ahead].reverse().map((sha) => git.getCommit(sha));
      const files = git.diffTrees(git.getCommit(mergeBase).tree, git.getCommit(head).tree);
      const html = `${request.state.urls.web}/${repo2.fullName}/compare/${basehead}`;
      const page = paginate(request, commits, (c) => request.views.commit(repo2, c));
      return {
        ...page,
        body: {
          url: `${request.state.urls.api}/repos/${repo2.fullName}/compare/${basehead}`,
          html_url: html,
          permalink_url: `${request.state.urls.web}/${repo2.fullName}/compare/${base}...${head}`,
          diff_url: `${html}.diff`,
          patch_url: `${html}.patch`,
          base_commit: request.views.commit(repo2, git.getCommit(base)),
          merge_base_commit: request.views.commit(repo2, git.getCommit(mergeBase)),
          status,
          ahead_by: ahead.length,
          behind_by: behind.length,
          total_commits: ahead.length,
          commits: page.body,
          files: files.map((f) => request.views.diffEntry(repo2, f, head))
        }
      };
    }
  }
];

// src/sandbox/rest.ts
var REST_ROUTES = [
  ...repoRoutes,
  ...contentRoutes,
  ...gitRoutes,
  ...issueRoutes,
  ...commentRoutes,
  ...labelRoutes,
  ...pullRoutes,
  ...dispatchRoutes
];
function errorBody(status, message, documentationUrl = REST_DOCS_URL, extra = {}) {
  return { message, documentation_url: documentationUrl, status: String(status), ...extra };
}
function articleFor(type) {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function describeForGitHub(problem) {
  const segments = problem.pointer.split("/").filter((s) => s !== "");
  if (problem.keyword === "required") return `"${segments[segments.length - 1] ?? ""}" wasn't supplied.`;
  const where = `For 'properties/${segments.join("/")}'`;
  const value = problem.value === void 0 ? "" : `${JSON.stringify(problem.value)} `;
  const typeMatch = /^must be (\w+)$/.exec(problem.message);
  if (problem.keyword === "type" && typeMatch) return `${where}, ${value}is not ${articleFor(typeMatch[1])}.`;
  return `${where}, ${value}${problem.message}.`;
}
function toViolationProblems(problems) {
  return problems.map((p) => ({ pointer: p.pointer, message: p.value === void 0 ? p.message : `${p.message} (got ${JSON.stringify(p.value)})` }));
}
var RestApi = class {
  views;
  #state;
  #violations;
  #routes = /* @__PURE__ */ new Map();
  #router;
  constructor(state, violations) {
    this.#state = state;
    this.#violations = violations;
    this.views = new RestViews(state);
    for (const route of REST_ROUTES) this.#routes.set(route.operationId, route);
    this.#router = openApiCatalog().router([...this.#routes.keys()]);
  }
  /** The served operation for a request, if any. */
  match(method, pathname) {
    const found = this.#router(method, pathname);
    if (!found) return void 0;
    return { operation: openApiCatalog().operation(found.operationId), route: this.#routes.get(found.operationId), rawParams: found.params };
  }
  /**
   * Answers a request that matched no served route: 404 as GitHub does, recording an
   * `unimplemented` violation when GitHub itself serves that route.
   */
  unmatched(method, pathname) {
    const github = openApiCatalog().githubRoute(method, pathname);
    if (github) {
      this.#violations.record({
        direction: "unimplemented",
        protocol: "rest",
        operation: github.operationId,
        method,
        path: pathname,
        problems: [{ pointer: "/", message: `the sandbox does not serve ${method} ${github.template}` }]
      });
    }
    return { status: 404, body: errorBody(404, "Not Found"), violated: github !== void 0 };
  }
  /** Validates, runs and checks one matched request as `actor`. */
  handle(match, input) {
    const { operation } = match;
    const docs = operation.docsUrl ?? REST_DOCS_URL;
    const requestViolation = (problems, status, message) => {
      this.#violations.record({
        direction: "request",
        protocol: "rest",
        operation: operation.operationId,
        method: input.method,
        path: input.url.pathname,
        problems: toViolationProblems(problems)
      });
      const first = problems[0];
      return {
        status,
        body: errorBody(status, message, docs, {
          sandbox: { violation: "request", operationId: operation.operationId, pointer: first?.pointer ?? "/", problems: toViolationProblems(problems) }
        }),
        violated: true
      };
    };
    let body;
    if (input.bodyText.trim() !== "") {
      try {
        body = JSON.parse(input.bodyText);
      } catch {
        return requestViolation([{ pointer: "/", keyword: "json", message: "body is not JSON" }], 400, "Problems parsing JSON");
      }
    }
    const path = operation.checkParameters("path", match.rawParams);
    if (path.problems.length > 0) return requestViolation(path.problems.map((p) => ({ ...p, pointer: `/path${p.pointer}` })), 404, "Not Found");
    const rawQuery = {};
    for (const name of operation.parameterNames("query")) {
      const values = input.url.searchParams.getAll(name);
      if (values.length > 0) rawQuery[name] = operation.isArrayParameter("query", name) ? values : values[values.length - 1];
    }
    const query = operation.checkParameters("query", rawQuery);
    if (query.problems.length > 0) {
      return requestViolation(query.problems.map((p) => ({ ...p, pointer: `/query${p.pointer}` })), 422, `Invalid request.

${describeForGitHub(query.problems[0])}`);
    }
    if (operation.acceptsBody) {
      const problems = operation.checkBody(body);
      if (problems.length > 0) return requestViolation(problems, 422, `Invalid request.

${describeForGitHub(problems[0])}`);
    }
    let answer;
    try {
      answer = match.route.handler({
        state: this.#state,
        views: this.views,
        actor: input.actor,
        operation,
        params: path.values,
        query: query.values,
        body,
        headers: input.headers,
        url: input.url
      });
    } catch (error) {
      if (!(error instanceof GitHubError)) return this.#internalError(operation, input, error);
      answer = {
        status: error.status,
        body: errorBody(error.status, error.message, docs, error.errors ? { errors: error.errors } : {}),
        headers: { ...error.headers }
      };
    }
    return this.#checkAnswer(operation, input, answer);
  }
  #checkAnswer(operation, input, answer) {
    if (answer.raw) return answer;
    const problems = operation.checkResponse(answer.status, answer.body);
    if (problems.length === 0) return answer;
    const violation = this.#violations.record({
      direction: "response",
      protocol: "rest",
      operation: operation.operationId,
      method: input.method,
      path: input.url.pathname,
      problems: toViolationProblems(problems)
    });
    const first = problems[0];
    return {
      status: 500,
      body: errorBody(
        500,
        `Sandbox: the ${answer.status} response of ${operation.operationId} does not match GitHub's OpenAPI description at ${first.pointer}: ${first.message}`,
        REST_DOCS_URL,
        { sandbox: { violation: "response", operationId: operation.operationId, pointer: first.pointer, problems: violation.problems } }
      ),
      violated: true
    };
  }
  #internalError(operation, input, error) {
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    this.#violations.record({
      direction: "internal",
      protocol: "rest",
      operation: operation.operationId,
      method: input.method,
      path: input.url.pathname,
      problems: [{ pointer: "/", message: detail }],
      message: `REST internal error in ${operation.operationId}: ${error instanceof Error ? error.message : String(error)}`
    });
    return { status: 500, body: errorBody(500, `Sandbox internal error in ${operation.operationId}: ${error instanceof Error ? error.message : String(error)}`), violated: true };
  }
};

// src/sandbox/server.ts
import { randomBytes } from "node:crypto";
var MAX_BODY_BYTES = 100 * 1024 * 1024;
var GRAPHQL_AUTH_DOCS = "https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql";
function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error("request body too large"));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}
function tokenOf(request) {
  const header = request.headers.authorization;
  if (!header) return void 0;
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? "";
}
function rateHeaders(budget, resource) {
  return {
    "x-ratelimit-limit": String(budget.limit),
    "x-ratelimit-remaining": String(budget.remaining),
    "x-ratelimit-reset": String(budget.reset),
    "x-ratelimit-used": String(budget.used),
    "x-ratelimit-resource": resource
  };
}
function createRequestListener(parts) {
  return (request, response) => {
    handle(parts, request, response).catch((error) => {
      parts.violations.record({
        direction: "internal",
        protocol: "rest",
        operation: "server",
        method: request.method ?? "GET",
        path: request.url ?? "/",
        problems: [{ pointer: "/", message: error instanceof Error ? error.stack ?? error.message : String(error) }]
      });
      if (!response.headersSent) {
        response.writeHead(500, { "content-type": "application/json; charset=utf-8" });
        response.end(JSON.stringify(errorBody(500, "Sandbox internal error")));
      } else response.destroy();
    });
  };
}
async function handle(parts, request, response) {
  const { state, faults, traffic } = parts;
  const method = (request.method ?? "GET").toUpperCase();
  const url = new URL(request.url ?? "/", "http://sandbox.invalid");
  const bodyText2 = (await readBody(request)).toString("utf8");
  const kind = url.pathname === "/graphql" ? "graphql" : "rest";
  const at = state.now();
  const started = performance.now();
  const restMatch = kind === "rest" ? parts.rest.match(method, url.pathname) : void 0;
  const graphqlOperation = kind === "graphql" ? describeGraphqlRequest(bodyText2) : void 0;
  const operation = restMatch?.operation.operationId ?? graphqlOperation?.label;
  const token = tokenOf(request);
  const actor = token ? state.accountByToken(token) : void 0;
  let faultId;
  const finish = (answer2, lost) => {
    traffic.record(
      {
        method,
        path: url.pathname,
        query: url.search,
        status: lost?.lostResponse === "destroy" ? 0 : answer2.status,
        kind,
        operation,
        actor: actor?.login,
        at,
        durationMs: Math.round(performance.now() - started),
        ...faultId === void 0 ? {} : { fault: faultId }
      },
      graphqlOperation?.type
    );
    if (lost?.lostResponse === "destroy") {
      request.socket.destroy();
      return;
    }
    const headers = {
      date: state.clock.now().toUTCString(),
      "x-github-request-id": randomBytes(8).toString("hex").toUpperCase(),
      "x-github-media-type": "github.v3; format=json",
      ...answer2.headers
    };
    let payload;
    if (answer2.raw) {
      headers["content-type"] = answer2.raw.contentType;
      payload = answer2.raw.data;
    } else if (answer2.body !== void 0) {
      headers["content-type"] = "application/json; charset=utf-8";
      payload = Buffer.from(JSON.stringify(answer2.body));
    }
    if (payload) headers["content-length"] = String(payload.length);
    response.sendDate = false;
    response.writeHead(answer2.status, headers);
    response.end(method === "HEAD" ? void 0 : payload);
  };
  if (kind === "rest" && !restMatch) {
    const answer2 = parts.rest.unmatched(method, url.pathname);
    finish({ status: answer2.status, headers: {}, body: answer2.body });
    return;
  }
  if (kind === "graphql" && method !== "POST") {
    finish({ status: 404, headers: {}, body: errorBody(404, "Not Found") });
    return;
  }
  if (token === void 0) {
    const body = kind === "graphql" ? { message: "This endpoint requires you to be authenticated.", documentation_url: GRAPHQL_AUTH_DOCS } : errorBody(401, "Requires authentication", REST_DOCS_URL);
    finish({ status: 401, headers: {}, body });
    return;
  }
  if (!actor) {
    finish({ status: 401, headers: {}, body: errorBody(401, "Bad credentials", REST_DOCS_URL) });
    return;
  }
  const fault = faults.take({ method, path: url.pathname, kind, operation });
  if (fault) faultId = fault.id;
  if (fault?.hold) await fault.hold;
  if (fault && fault.lostResponse === void 0 && !onlyHolds(fault)) {
    const answer2 = faultAnswer(fault, actor.login);
    finish({ status: answer2.status, headers: answer2.headers, body: answer2.body });
    return;
  }
  const budget = state.rateLimits.consume(actor, kind === "graphql" ? "graphql" : "core");
  const limitHeaders = rateHeaders(budget, kind === "graphql" ? "graphql" : "core");
  let answer;
  if (kind === "graphql") {
    const result = await parts.graphql.handle(bodyText2, actor);
    answer = { status: result.status, headers: limitHeaders, body: result.body };
  } else {
    const result = parts.rest.handle(restMatch, { method, url, headers: request.headers, bodyText: bodyText2, actor });
    answer = {
      status: result.status,
      headers: { ...limitHeaders, ...result.headers ?? {} },
      ...result.body === void 0 ? {} : { body: result.body },
      ...result.raw ? { raw: result.raw } : {}
    };
  }
  if (fault && typeof fault.lostResponse === "number") {
    const lost = faultAnswer({ status: fault.lostResponse }, actor.login);
    finish({ status: lost.status, headers: lost.headers, body: lost.body });
    return;
  }
  finish(answer, fault);
}

// src/sandbox/ratelimit.ts
var WINDOW_MS = 36e5;
function limitFor(account2, resource) {
  if (resource === "search") return 30;
  if (account2.type === "Bot") return 1e3;
  return 5e3;
}
var RateLimits = class {
  constructor(clock) {
    this.clock = clock;
  }
  clock;
  #windows = /* @__PURE__ */ new Map();
  #window(account2, resource) {
    const key = `${account2.login}\0${resource}`;
    const now = this.clock.nowMs();
    let window = this.#windows.get(key);
    if (!window || now >= window.start + WINDOW_MS || now < window.start) {
      window = { start: now, used: 0 };
      this.#windows.set(key, window);
    }
    return window;
  }
  #budget(account2, resource) {
    const window = this.#window(account2, resource);
    const limit = limitFor(account2, resource);
    return { limit, used: window.used, remaining: Math.max(0, limit - window.used), reset: Math.floor((window.start + WINDOW_MS) / 1e3) };
  }
  /** Counts one request (or `cost` points) and returns the budget after it. */
  consume(account2, resource, cost = 1) {
    this.#window(account2, resource).used += cost;
    return this.#budget(account2, resource);
  }
  /** Every resource's budget for an account, without counting. */
  snapshot(account2) {
    return { core: this.#budget(account2, "core"), graphql: this.#budget(account2, "graphql"), search: this.#budget(account2, "search") };
  }
};

// src/sandbox/state/accounts.ts
import { randomBytes as randomBytes2 } from "node:crypto";
function addAccount(state, login, options = {}) {
  const key = login.toLowerCase();
  if (state.accounts.has(key)) throw new SandboxUsageError(`account ${login} already exists`);
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(login)) {
    throw new SandboxUsageError(`invalid login ${login}: letters, digits and hyphens`);
  }
  const type = options.type ?? "User";
  const id = options.id ?? state.ids.next();
  const prefix = type === "Bot" ? "ghs_" : "ghp_";
  const account2 = {
    id,
    nodeId: nodeId(type === "Bot" ? "BOT" : type === "Organization" ? "O" : "U", id),
    login,
    type,
    name: options.name ?? null,
    email: options.email ?? null,
    createdAt: state.now(),
    token: type === "Organization" ? null : `${prefix}${randomBytes2(18).toString("hex")}`
  };
  state.accounts.set(key, account2);
  return account2;
}
function addBot(state) {
  return state.addAccount(BOT_LOGIN, { type: "Bot", id: BOT_ID });
}
function findAccount(state, login) {
  return state.accounts.get(login.toLowerCase());
}
function account(state, login) {
  const account2 = state.findAccount(login);
  if (!account2) throw new SandboxUsageError(`no account ${login}; add it with addUser()`);
  return account2;
}
function accountByToken(state, token) {
  for (const account2 of state.accounts.values()) if (account2.token === token) return account2;
  return void 0;
}

// src/sandbox/state/limits.ts
var MAX_BODY_LENGTH = 65536;
function requireBodyLength(resource, body) {
  if (!body || body.length <= MAX_BODY_LENGTH) return;
  let count = 0;
  for (const _ of body) count++;
  if (count <= MAX_BODY_LENGTH) return;
  throw validationFailed([
    resource === "IssueComment" ? { resource, code: "unprocessable", field: "data", message: `Body is too long (maximum is ${MAX_BODY_LENGTH} characters)` } : { resource, code: "custom", field: "body", message: `body is too long (maximum is ${MAX_BODY_LENGTH} characters)` }
  ]);
}

// src/sandbox/references.ts
var SHORT_REF = /(?<![\w/#&])(?:([A-Za-z0-9][\w.-]*\/[\w.-]+))?#(\d+)\b/g;
var CLOSING_REF = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+(?:([A-Za-z0-9][\w.-]*\/[\w.-]+))?#(\d+)\b/gi;
function withoutCode(text) {
  return text.replace(/```[\s\S]*?(?:```|$)/g, " ").replace(/`[^`\n]*`/g, " ");
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function findReferences(text, currentRepo, webBases) {
  const plain = withoutCode(text);
  const found = /* @__PURE__ */ new Map();
  const add = (repo2, number) => {
    const key = `${repo2.toLowerCase()}#${number}`;
    if (!found.has(key)) found.set(key, { repo: repo2, number });
  };
  for (const base of webBases) {
    const url = new RegExp(`${escapeRegExp(base.replace(/\/$/, ""))}/([\\w.-]+/[\\w.-]+)/(?:issues|pull)/(\\d+)`, "g");
    for (const match of plain.matchAll(url)) add(match[1], Number(match[2]));
  }
  const noUrls = plain.replace(/\bhttps?:\/\/\S+/g, " ");
  for (const match of noUrls.matchAll(SHORT_REF)) add(match[1] ?? currentRepo, Number(match[2]));
  return [...found.values()];
}
function findClosingReferences(text, currentRepo) {
  const refs = [];
  for (const match of withoutCode(text).matchAll(CLOSING_REF)) refs.push({ repo: match[1] ?? currentRepo, number: Number(match[2]) });
  return refs;
}

// src/sandbox/state/timeline.ts
function addTimelineEvent(state, issue2, actor, event) {
  const id = state.ids.next();
  const full = { id, nodeId: nodeId("EV", id), actor: actor.login, createdAt: state.now(), ...event };
  issue2.timeline.push(full);
  return full;
}
function recordReferences(state, repo2, source, actor, text) {
  for (const ref of findReferences(text, repo2.fullName, [state.urls.web, "https://github.com"])) {
    const targetRepo = state.findRepo(ref.repo);
    const target = targetRepo?.issues.get(ref.number);
    if (!targetRepo || !target) continue;
    if (targetRepo === repo2 && target === source) continue;
    if (repo2.private && repo2 !== targetRepo) continue;
    const already = target.timeline.some(
      (e) => e.event === "cross-referenced" && e.source.repo === repo2.fullName && e.source.number === source.number
    );
    if (already) continue;
    const sourceRef = { repo: repo2.fullName, number: source.number };
    addTimelineEvent(state, target, actor, { event: "cross-referenced", source: sourceRef });
  }
}

// src/sandbox/state/comments.ts
function listComments(state, repo2, issue2) {
  return issue2.commentIds.map((id) => repo2.comments.get(id)).filter((c) => c !== void 0);
}
function comment(state, repo2, id) {
  const comment2 = repo2.comments.get(id);
  if (!comment2) throw notFound();
  return comment2;
}
function addComment(state, repo2, actor, number, body) {
  state.requireAccess(repo2, actor, state.participationLevel(actor));
  const issue2 = state.issue(repo2, number);
  if (body.trim() === "") throw validationFailed([{ resource: "IssueComment", code: "missing_field", field: "body" }]);
  requireBodyLength("IssueComment", body);
  if (issue2.locked && !atLeast(state.permission(repo2, actor.login), "write")) {
    throw forbidden("Unable to create comment because issue is locked.");
  }
  const id = state.ids.next();
  const now = state.now();
  const comment2 = {
    id,
    nodeId: nodeId("IC", id),
    issueNumber: number,
    body,
    author: actor.login,
    createdAt: now,
    updatedAt: now,
    lastEditedAt: null,
    reactions: []
  };
  repo2.comments.set(id, comment2);
  issue2.commentIds.push(id);
  issue2.updatedAt = now;
  addTimelineEvent(state, issue2, actor, { event: "commented", commentId: id });
  recordReferences(state, repo2, issue2, actor, body);
  return comment2;
}
function updateComment(state, repo2, actor, id, body) {
  state.requireAccess(repo2, actor, state.participationLevel(actor));
  const comment2 = state.comment(repo2, id);
  requireCommentOwnership(state, repo2, actor, comment2);
  if (body.trim() === "") throw validationFailed([{ resource: "IssueComment", code: "missing_field", field: "body" }]);
  requireBodyLength("IssueComment", body);
  const now = state.now();
  comment2.body = body;
  comment2.updatedAt = now;
  comment2.lastEditedAt = now;
  const issue2 = state.issue(repo2, comment2.issueNumber);
  issue2.updatedAt = now;
  recordReferences(state, repo2, issue2, actor, body);
  return comment2;
}
function deleteComment(state, repo2, actor, id) {
  state.requireAccess(repo2, actor, state.participationLevel(actor));
  const comment2 = state.comment(repo2, id);
  requireCommentOwnership(state, repo2, actor, comment2);
  repo2.comments.delete(id);
  const issue2 = state.issue(repo2, comment2.issueNumber);
  issue2.commentIds = issue2.commentIds.filter((c) => c !== id);
  issue2.timeline = issue2.timeline.filter((e) => !(e.event === "commented" && e.commentId === id));
  issue2.updatedAt = state.now();
}
function requireCommentOwnership(state, repo2, actor, comment2) {
  if (comment2.author.toLowerCase() === actor.login.toLowerCase()) return;
  if (atLeast(state.permission(repo2, actor.login), "write")) return;
  throw actor.type === "Bot" ? forbidden("Resource not accessible by integration") : forbidden("Must have admin rights to Repository.");
}
function addReaction(state, repo2, actor, target, content) {
  state.requireAccess(repo2, actor, state.participationLevel(actor));
  const holder = "commentId" in target ? state.comment(repo2, target.commentId) : state.issue(repo2, target.issueNumber);
  const existing = holder.reactions.find((r) => r.user === actor.login && r.content === content);
  if (existing) return { reaction: existing, created: false };
  const id = state.ids.next();
  const reaction = { id, nodeId: nodeId("REA", id), user: actor.login, content, createdAt: state.now() };
  holder.reactions.push(reaction);
  return { reaction, created: true };
}
function removeReaction(state, repo2, actor, target, content) {
  state.requireAccess(repo2, actor, state.participationLevel(actor));
  const holder = "commentId" in target ? state.comment(repo2, target.commentId) : state.issue(repo2, target.issueNumber);
  const before = holder.reactions.length;
  holder.reactions = holder.reactions.filter((r) => !(r.user === actor.login && r.content === content));
  return holder.reactions.length !== before;
}

// src/sandbox/state/labels.ts
function findLabel(state, repo2, name) {
  const key = name.toLowerCase();
  return repo2.labels.find((l) => l.name.toLowerCase() === key);
}
function createLabel(state, repo2, actor, input) {
  state.requireAccess(repo2, actor, "write");
  if (input.name.trim() === "") throw validationFailed([{ resource: "Label", code: "missing_field", field: "name" }]);
  if (state.findLabel(repo2, input.name)) throw validationFailed([{ resource: "Label", code: "already_exists", field: "name" }]);
  const color = normalizeColor(input.color ?? DEFAULT_LABEL_COLOR);
  const id = state.ids.next();
  const now = state.now();
  const label = {
    id,
    nodeId: nodeId("LA", id),
    name: input.name,
    color,
    description: input.description ?? null,
    isDefault: false,
    createdAt: now,
    updatedAt: now
  };
  repo2.labels.push(label);
  return label;
}
function updateLabel(state, repo2, actor, name, input) {
  state.requireAccess(repo2, actor, "write");
  const label = state.findLabel(repo2, name);
  if (!label) throw notFound();
  if (input.new_name !== void 0 && input.new_name !== label.name) {
    const clash = state.findLabel(repo2, input.new_name);
    if (clash && clash !== label) throw validationFailed([{ resource: "Label", code: "already_exists", field: "name" }]);
    for (const issue2 of repo2.issues.values()) {
      issue2.labels = issue2.labels.map((l) => l === label.name ? input.new_name : l);
    }
    label.name = input.new_name;
  }
  if (input.color !== void 0) label.color = normalizeColor(input.color);
  if (input.description !== void 0) label.description = input.description;
  label.updatedAt = state.now();
  return label;
}
function deleteLabel(state, repo2, actor, name) {
  state.requireAccess(repo2, actor, "write");
  const label = state.findLabel(repo2, name);
  if (!label) throw notFound();
  repo2.labels = repo2.labels.filter((l) => l !== label);
  for (const issue2 of repo2.issues.values()) issue2.labels = issue2.labels.filter((l) => l !== label.name);
}
function labelsFor(state, repo2, actor, names) {
  const labels = [];
  for (const raw of names) {
    const name = raw.trim();
    if (name === "") continue;
    let label = state.findLabel(repo2, name);
    if (!label) {
      if (!atLeast(state.permission(repo2, actor.login), "write")) {
        throw forbidden("You do not have permission to create labels on this repository.", [
          { resource: "Repository", field: "label", code: "unauthorized" }
        ]);
      }
      label = state.createLabel(repo2, actor, { name });
    }
    if (!labels.includes(label)) labels.push(label);
  }
  return labels;
}
var DEFAULT_LABEL_COLOR = "ededed";
var LABEL_COLOR = /^[0-9a-fA-F]{6}$/;
function normalizeColor(color) {
  const bare = color.startsWith("#") ? color.slice(1) : color;
  if (!LABEL_COLOR.test(bare)) throw validationFailed([{ resource: "Label", code: "invalid", field: "color" }]);
  return bare.toLowerCase();
}

// src/sandbox/state/issues.ts
function issue(state, repo2, number) {
  const issue2 = repo2.issues.get(number);
  if (!issue2) throw notFound();
  return issue2;
}
function pull(state, repo2, number) {
  const issue2 = repo2.issues.get(number);
  if (!issue2?.pull) throw notFound();
  return issue2;
}
function isAssignable(state, repo2, login, issue2) {
  const account2 = state.findAccount(login);
  if (!account2 || account2.type !== "User") return false;
  if (repo2.grants.has(account2.login.toLowerCase()) || account2.login.toLowerCase() === repo2.owner.toLowerCase()) return true;
  if (!issue2) return false;
  if (issue2.author.toLowerCase() === account2.login.toLowerCase()) return true;
  return issue2.commentIds.some((id) => repo2.comments.get(id)?.author.toLowerCase() === account2.login.toLowerCase());
}
function createIssue(state, repo2, actor, input) {
  state.requireAccess(repo2, actor, state.participationLevel(actor));
  if (input.title.trim() === "") throw validationFailed([{ resource: "Issue", code: "missing_field", field: "title" }]);
  requireBodyLength("Issue", input.body);
  const canTriage = atLeast(state.permission(repo2, actor.login), "triage");
  const labels = canTriage ? labelsFor(state, repo2, actor, input.labels ?? []) : [];
  const issue2 = newIssue(state, repo2, actor, input.title, input.body ?? null);
  for (const label of labels) applyLabel(state, issue2, actor, label);
  if (canTriage) {
    for (const login of unique(input.assignees ?? [])) {
      if (state.isAssignable(repo2, login, issue2)) assignLogin(state, issue2, actor, state.account(login).login);
    }
  }
  recordReferences(state, repo2, issue2, actor, issue2.body ?? "");
  return issue2;
}
function newIssue(state, repo2, actor, title, body) {
  const id = state.ids.next();
  const now = state.now();
  const issue2 = {
    id,
    nodeId: nodeId("I", id),
    number: repo2.nextNumber++,
    title,
    body,
    author: actor.login,
    state: "open",
    stateReason: null,
    labels: [],
    assignees: [],
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
    locked: false,
    commentIds: [],
    reactions: [],
    timeline: [],
    pull: null,
    pullId: null,
    pullNodeId: null
  };
  repo2.issues.set(issue2.number, issue2);
  repo2.updatedAt = now;
  return issue2;
}
function canEditIssue(state, repo2, issue2, actor) {
  return issue2.author.toLowerCase() === actor.login.toLowerCase() || atLeast(state.permission(repo2, actor.login), "triage");
}
function updateIssue(state, repo2, actor, number, input) {
  state.requireAccess(repo2, actor, "read");
  const issue2 = state.issue(repo2, number);
  const editsContent = input.title !== void 0 || input.body !== void 0 || input.state !== void 0;
  if (editsContent && !canEditIssue(state, repo2, issue2, actor)) {
    throw actor.type === "Bot" ? forbidden("Resource not accessible by integration") : forbidden("Must have admin rights to Repository.");
  }
  const canTriage = atLeast(state.permission(repo2, actor.login), "triage");
  if (input.assignees !== void 0 && canTriage) {
    const invalid = input.assignees.filter((login) => !state.isAssignable(repo2, login, issue2));
    if (invalid.length > 0) {
      throw validationFailed(invalid.map((value) => ({ resource: "Issue", code: "invalid", field: "assignees", value })));
    }
  }
  if (input.title !== void 0 && input.title !== issue2.title) {
    if (input.title.trim() === "") throw validationFailed([{ resource: "Issue", code: "missing_field", field: "title" }]);
    addTimelineEvent(state, issue2, actor, { event: "renamed", from: issue2.title, to: input.title });
    issue2.title = input.title;
  }
  if (input.body !== void 0 && input.body !== issue2.body) {
    requireBodyLength(issue2.pull ? "PullRequest" : "Issue", input.body);
    issue2.body = input.body;
    recordReferences(state, repo2, issue2, actor, input.body ?? "");
  }
  if (input.labels !== void 0 && canTriage) state.setLabels(repo2, actor, number, input.labels);
  if (input.assignees !== void 0 && canTriage) {
    const wanted = unique(input.assignees.map((login) => state.account(login).login));
    for (const login of [...issue2.assignees]) if (!wanted.includes(login)) unassignLogin(state, issue2, actor, login);
    for (const login of wanted) if (!issue2.assignees.includes(login)) assignLogin(state, issue2, actor, login);
  }
  if (input.state === "closed" && issue2.state === "open") {
    const reason = input.state_reason === "not_planned" ? "not_planned" : "completed";
    markClosed(state, issue2, actor, reason, null);
  } else if (input.state === "open" && issue2.state === "closed") {
    if (issue2.pull?.merged) throw validationFailed([{ resource: "PullRequest", code: "custom", field: "state", message: "state cannot be changed. The pull request has been merged." }]);
    markReopened(state, issue2, actor);
  } else if (input.state === void 0 && input.state_reason !== void 0 && issue2.state === "closed" && input.state_reason !== "reopened") {
    issue2.stateReason = input.state_reason === "not_planned" ? "not_planned" : "completed";
  }
  issue2.updatedAt = state.now();
  return issue2;
}
function closeIssue(state, repo2, actor, number, reason = "completed") {
  return state.updateIssue(repo2, actor, number, { state: "closed", state_reason: reason });
}
function reopenIssue(state, repo2, actor, number) {
  return state.updateIssue(repo2, actor, number, { state: "open" });
}
function markClosed(state, issue2, actor, reason, commitId, closer) {
  const now = state.now();
  issue2.state = "closed";
  issue2.stateReason = reason;
  issue2.closedAt = now;
  issue2.closedBy = actor.login;
  issue2.updatedAt = now;
  addTimelineEvent(state, issue2, actor, { event: "closed", stateReason: reason, commitId, ...closer ? { closer } : {} });
}
function markReopened(state, issue2, actor) {
  issue2.state = "open";
  issue2.stateReason = "reopened";
  issue2.closedAt = null;
  issue2.closedBy = null;
  issue2.updatedAt = state.now();
  addTimelineEvent(state, issue2, actor, { event: "reopened" });
}
function addLabels(state, repo2, actor, number, names) {
  state.requireAccess(repo2, actor, "triage");
  const issue2 = state.issue(repo2, number);
  for (const label of labelsFor(state, repo2, actor, names)) applyLabel(state, issue2, actor, label);
  return state.issueLabels(repo2, issue2);
}
function setLabels(state, repo2, actor, number, names) {
  state.requireAccess(repo2, actor, "triage");
  const issue2 = state.issue(repo2, number);
  const wanted = labelsFor(state, repo2, actor, names);
  for (const name of [...issue2.labels]) {
    if (!wanted.some((l) => l.name === name)) unapplyLabel(state, repo2, issue2, actor, name);
  }
  for (const label of wanted) applyLabel(state, issue2, actor, label);
  return state.issueLabels(repo2, issue2);
}
function removeLabel(state, repo2, actor, number, name) {
  state.requireAccess(repo2, actor, "triage");
  const issue2 = state.issue(repo2, number);
  const label = state.findLabel(repo2, name);
  if (!label || !issue2.labels.includes(label.name)) throw notFound("Label does not exist");
  unapplyLabel(state, repo2, issue2, actor, label.name);
  return state.issueLabels(repo2, issue2);
}
function removeAllLabels(state, repo2, actor, number) {
  state.requireAccess(repo2, actor, "triage");
  const issue2 = state.issue(repo2, number);
  for (const name of [...issue2.labels]) unapplyLabel(state, repo2, issue2, actor, name);
}
function issueLabels(state, repo2, issue2) {
  return issue2.labels.map((name) => state.findLabel(repo2, name)).filter((l) => l !== void 0);
}
function applyLabel(state, issue2, actor, label) {
  if (issue2.labels.includes(label.name)) return;
  issue2.labels.push(label.name);
  issue2.updatedAt = state.now();
  addTimelineEvent(state, issue2, actor, { event: "labeled", label: { name: label.name, color: label.color } });
}
function unapplyLabel(state, repo2, issue2, actor, name) {
  const label = state.findLabel(repo2, name);
  issue2.labels = issue2.labels.filter((l) => l !== name);
  issue2.updatedAt = state.now();
  addTimelineEvent(state, issue2, actor, { event: "unlabeled", label: { name, color: label?.color ?? DEFAULT_LABEL_COLOR } });
}
function addAssignees(state, repo2, actor, number, logins) {
  state.requireAccess(repo2, actor, "triage");
  const issue2 = state.issue(repo2, number);
  for (const login of unique(logins)) {
    if (issue2.assignees.length >= 10) break;
    if (state.isAssignable(repo2, login, issue2)) assignLogin(state, issue2, actor, state.account(login).login);
  }
  return issue2;
}
function removeAssignees(state, repo2, actor, number, logins) {
  state.requireAccess(repo2, actor, "triage");
  const issue2 = state.issue(repo2, number);
  for (const login of logins) {
    const assigned = issue2.assignees.find((a) => a.toLowerCase() === login.toLowerCase());
    if (assigned) unassignLogin(state, issue2, actor, assigned);
  }
  return issue2;
}
function assignLogin(state, issue2, actor, login) {
  if (issue2.assignees.includes(login)) return;
  issue2.assignees.push(login);
  issue2.updatedAt = state.now();
  addTimelineEvent(state, issue2, actor, { event: "assigned", assignee: login });
}
function unassignLogin(state, issue2, actor, login) {
  issue2.assignees = issue2.assignees.filter((a) => a !== login);
  issue2.updatedAt = state.now();
  addTimelineEvent(state, issue2, actor, { event: "unassigned", assignee: login });
}
function unique(values) {
  return [...new Set(values)];
}

// src/sandbox/state/contents.ts
function resolveCommitish(state, repo2, ref) {
  const candidates = ref.startsWith("refs/") ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`, `refs/${ref}`];
  for (const candidate of candidates) {
    const sha = repo2.git.refs.get(candidate);
    if (sha) return sha;
  }
  if (isSha(ref) && repo2.git.getCommit(ref)) return ref;
  return void 0;
}
function readFile3(state, repo2, path, ref) {
  const commitSha = state.resolveCommitish(repo2, ref ?? repo2.defaultBranch);
  if (!commitSha) return void 0;
  const commit = repo2.git.getCommit(commitSha);
  const entry = repo2.git.lookup(commit.tree, path);
  if (!entry || entry.type !== "blob") return void 0;
  const blob = repo2.git.getBlob(entry.sha);
  return { path, sha: blob.sha, content: blob.content, commitSha };
}
function identity(state, account2) {
  return {
    name: account2.type === "User" ? account2.name ?? account2.login : account2.login,
    email: account2.email ?? `${account2.id}+${account2.login}@users.noreply.github.com`,
    date: state.now()
  };
}
function commitFiles(state, repo2, actor, change) {
  state.requireAccess(repo2, actor, "write");
  return writeCommit(state, repo2, actor, change);
}
function writeCommit(state, repo2, actor, change) {
  const refName = `refs/heads/${change.branch}`;
  const head = repo2.git.refs.get(refName);
  if (!head && !change.create) throw notFound(`Branch ${change.branch} not found`);
  if (change.expectedHead !== void 0 && head !== change.expectedHead) {
    throw conflict(`${change.branch} has moved since ${change.expectedHead}`);
  }
  const baseTree = head ? repo2.git.getCommit(head).tree : void 0;
  const treeChanges = change.files.map(
    (file) => file.content === null ? { path: file.path, sha: null } : { path: file.path, sha: repo2.git.writeBlob(file.content).sha, mode: "100644" }
  );
  const tree = repo2.git.applyChanges(baseTree, treeChanges);
  const author = change.author ?? state.identity(actor);
  const commit = repo2.git.writeCommit({
    tree: tree.sha,
    parents: head ? [head] : [],
    author,
    committer: change.committer ?? author,
    message: change.message
  });
  state.moveBranch(repo2, change.branch, commit.sha);
  return commit;
}
function moveBranch(state, repo2, branch, sha) {
  repo2.git.refs.set(`refs/heads/${branch}`, sha);
  repo2.pushedAt = state.now();
  for (const issue2 of repo2.issues.values()) {
    if (issue2.pull && issue2.state === "open" && issue2.pull.headRef === branch) issue2.pull.headSha = sha;
  }
}
function deleteBranch(state, repo2, actor, branch) {
  state.requireAccess(repo2, actor, "write");
  if (!repo2.git.refs.delete(`refs/heads/${branch}`)) throw new GitHubError(422, "Reference does not exist");
  for (const issue2 of repo2.issues.values()) {
    if (issue2.pull && issue2.state === "open" && issue2.pull.headRef === branch) markClosed(state, issue2, actor, "completed", null);
  }
}

// src/sandbox/state/pulls.ts
function createPull(state, repo2, actor, input) {
  state.requireAccess(repo2, actor, state.participationLevel(actor));
  const headBranch = input.head.includes(":") ? input.head.slice(input.head.indexOf(":") + 1) : input.head;
  const headOwner = input.head.includes(":") ? input.head.slice(0, input.head.indexOf(":")) : repo2.owner;
  if (headOwner.toLowerCase() !== repo2.owner.toLowerCase()) {
    throw validationFailed([{ resource: "PullRequest", code: "invalid", field: "head" }]);
  }
  const headSha = repo2.git.refs.get(`refs/heads/${headBranch}`);
  const baseSha = repo2.git.refs.get(`refs/heads/${input.base}`);
  const errors = [];
  if (!baseSha) errors.push({ resource: "PullRequest", code: "invalid", field: "base" });
  if (!headSha) errors.push({ resource: "PullRequest", code: "invalid", field: "head" });
  if (errors.length > 0) throw validationFailed(errors);
  const existing = [...repo2.issues.values()].find((i) => i.pull && i.state === "open" && i.pull.headRef === headBranch && i.pull.baseRef === input.base);
  if (existing) {
    throw validationFailed([{ resource: "PullRequest", code: "custom", message: `A pull request already exists for ${repo2.owner}:${headBranch}.` }]);
  }
  if (repo2.git.isAncestor(headSha, baseSha)) {
    throw validationFailed([{ resource: "PullRequest", code: "custom", message: `No commits between ${input.base} and ${headBranch}` }]);
  }
  if (input.title.trim() === "") throw validationFailed([{ resource: "PullRequest", code: "missing_field", field: "title" }]);
  requireBodyLength("PullRequest", input.body);
  const issue2 = newIssue(state, repo2, actor, input.title, input.body ?? null);
  const pullId = state.ids.next();
  issue2.pullId = pullId;
  issue2.pullNodeId = nodeId("PR", pullId);
  issue2.pull = {
    headRef: headBranch,
    headSha,
    baseRef: input.base,
    merged: false,
    mergedAt: null,
    mergedBy: null,
    mergeCommitSha: null,
    requestedReviewers: [],
    draft: input.draft ?? false
  };
  recordReferences(state, repo2, issue2, actor, issue2.body ?? "");
  return issue2;
}
function updatePull(state, repo2, actor, number, input) {
  const pull2 = state.pull(repo2, number);
  if (pull2.author.toLowerCase() !== actor.login.toLowerCase()) state.requireAccess(repo2, actor, "write");
  else state.requireAccess(repo2, actor, "read");
  if (input.base !== void 0 && input.base !== pull2.pull.baseRef) {
    if (!repo2.git.refs.has(`refs/heads/${input.base}`)) throw validationFailed([{ resource: "PullRequest", code: "invalid", field: "base" }]);
    pull2.pull.baseRef = input.base;
  }
  if (input.state === "open" && pull2.state === "closed" && !pull2.pull.merged) {
    const duplicate = [...repo2.issues.values()].find((i) => i !== pull2 && i.pull && i.state === "open" && i.pull.headRef === pull2.pull.headRef);
    if (duplicate) {
      throw validationFailed([{ resource: "PullRequest", code: "custom", message: `A pull request already exists for ${repo2.owner}:${pull2.pull.headRef}.` }]);
    }
  }
  const { base: _base, ...issueFields } = input;
  return state.updateIssue(repo2, actor, number, issueFields);
}
function requestReviewers(state, repo2, actor, number, reviewers) {
  state.requireAccess(repo2, actor, "triage");
  const pull2 = state.pull(repo2, number);
  if (reviewers.some((login) => login.toLowerCase() === pull2.author.toLowerCase())) {
    throw validationFailed([], "Review cannot be requested from pull request author.");
  }
  const notCollaborators = reviewers.filter((login) => {
    const account2 = state.findAccount(login);
    return !account2 || account2.type !== "User" || !atLeast(state.permission(repo2, account2.login), "read") || !repo2.grants.has(account2.login.toLowerCase());
  });
  if (notCollaborators.length > 0) {
    throw validationFailed(
      [],
      `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo2.fullName} repository.`
    );
  }
  for (const login of reviewers) {
    const canonical = state.account(login).login;
    if (pull2.pull.requestedReviewers.includes(canonical)) continue;
    pull2.pull.requestedReviewers.push(canonical);
    addTimelineEvent(state, pull2, actor, { event: "review_requested", reviewer: canonical });
  }
  pull2.updatedAt = state.now();
  return pull2;
}
function pullFiles(state, repo2, pull2) {
  const baseTip = pull2.pull.merged ? void 0 : repo2.git.refs.get(`refs/heads/${pull2.pull.baseRef}`);
  const head = pull2.pull.headSha;
  const base = baseTip ? repo2.git.mergeBase(baseTip, head) : mergedBase(state, repo2, pull2);
  const baseTree = base ? repo2.git.getCommit(base).tree : repo2.git.emptyTree;
  return repo2.git.diffTrees(baseTree, repo2.git.getCommit(head).tree);
}
function mergedBase(state, repo2, pull2) {
  const mergeCommit = pull2.pull.mergeCommitSha ? repo2.git.getCommit(pull2.pull.mergeCommitSha) : void 0;
  const firstParent = mergeCommit?.parents[0];
  return firstParent ? repo2.git.mergeBase(firstParent, pull2.pull.headSha) : void 0;
}
function mergePull(state, repo2, actor, number, input = {}) {
  state.requireAccess(repo2, actor, "write");
  const pull2 = state.pull(repo2, number);
  if (pull2.state !== "open" || pull2.pull.merged) throw new GitHubError(405, "Pull Request is not mergeable");
  if (input.sha !== void 0 && input.sha !== pull2.pull.headSha) {
    throw conflict("Head branch was modified. Review and try the merge again.");
  }
  const baseRef = `refs/heads/${pull2.pull.baseRef}`;
  const baseTip = repo2.git.refs.get(baseRef);
  if (!baseTip) throw new GitHubError(405, "Base branch was deleted");
  const head = pull2.pull.headSha;
  const method = input.merge_method ?? "merge";
  const tree = mergeTrees(state, repo2, baseTip, head);
  if (tree === void 0) throw new GitHubError(405, "Pull Request is not mergeable");
  const identity2 = state.identity(actor);
  const title = input.commit_title ?? (method === "squash" ? `${pull2.title} (#${pull2.number})` : `Merge pull request #${pull2.number} from ${repo2.owner}/${pull2.pull.headRef}`);
  const message = input.commit_message !== void 0 ? `${title}

${input.commit_message}` : method === "merge" ? `${title}

${pull2.title}` : title;
  let sha;
  if (method === "rebase" && repo2.git.isAncestor(baseTip, head)) sha = head;
  else {
    const parents = method === "merge" ? [baseTip, head] : [baseTip];
    sha = repo2.git.writeCommit({ tree, parents, author: identity2, committer: identity2, message }).sha;
  }
  state.moveBranch(repo2, pull2.pull.baseRef, sha);
  const now = state.now();
  pull2.pull.merged = true;
  pull2.pull.mergedAt = now;
  pull2.pull.mergedBy = actor.login;
  pull2.pull.mergeCommitSha = sha;
  pull2.pull.headSha = head;
  addTimelineEvent(state, pull2, actor, { event: "merged", commitId: sha });
  markClosed(state, pull2, actor, "completed", null);
  if (pull2.pull.baseRef === repo2.defaultBranch) {
    for (const ref of findClosingReferences(pull2.body ?? "", repo2.fullName)) {
      const target = state.findRepo(ref.repo)?.issues.get(ref.number);
      if (target && !target.pull && target.state === "open" && ref.repo.toLowerCase() === repo2.fullName.toLowerCase()) {
        markClosed(state, target, actor, "completed", sha, { repo: repo2.fullName, number: pull2.number });
      }
    }
  }
  return { sha, message: "Pull Request successfully merged" };
}
function mergeTrees(state, repo2, base, head) {
  const git = repo2.git;
  const ancestor = git.mergeBase(base, head);
  const baseTree = git.getCommit(base).tree;
  const headTree = git.getCommit(head).tree;
  if (ancestor === head) return baseTree;
  if (ancestor === base) return headTree;
  const files = (tree) => new Map(git.flatten(tree).map((e) => [e.path, e]));
  const a = ancestor ? files(git.getCommit(ancestor).tree) : /* @__PURE__ */ new Map();
  const ours = files(baseTree);
  const theirs = files(headTree);
  const changes = [];
  for (const path of /* @__PURE__ */ new Set([...ours.keys(), ...theirs.keys(), ...a.keys()])) {
    const o = ours.get(path)?.sha ?? null;
    const t = theirs.get(path)?.sha ?? null;
    const original = a.get(path)?.sha ?? null;
    if (o === t || t === original) continue;
    if (o !== original) return void 0;
    changes.push({ path, sha: t });
  }
  return git.applyChanges(baseTree, changes).sha;
}

// src/sandbox/state/repositories.ts
var DEFAULT_GRANTS = Object.fromEntries(
  STANDARD_USERS.filter((u) => u.role !== "none").map((u) => [u.login, u.role])
);
function addRepo(state, fullName, options = {}) {
  const [owner, name, ...rest] = fullName.split("/");
  if (!owner || !name || rest.length > 0) throw new SandboxUsageError(`repository must be owner/name, got ${fullName}`);
  if (state.repos.has(fullName.toLowerCase())) throw new SandboxUsageError(`repository ${fullName} already exists`);
  const ownerAccount = state.findAccount(owner) ?? state.addAccount(owner, { type: "Organization" });
  const id = state.ids.next();
  const now = state.now();
  const grants = /* @__PURE__ */ new Map();
  for (const [login, role] of Object.entries(options.permissions ?? DEFAULT_GRANTS)) {
    if (state.findAccount(login)) grants.set(login.toLowerCase(), role);
    else if (options.permissions) throw new SandboxUsageError(`no account ${login} to grant ${role} on ${fullName}`);
  }
  if (options.botAccess && options.botAccess !== "none") grants.set(BOT_LOGIN, options.botAccess);
  const repo2 = {
    id,
    nodeId: nodeId("R", id),
    owner: ownerAccount.login,
    name,
    fullName: `${ownerAccount.login}/${name}`,
    private: options.private ?? true,
    description: options.description ?? null,
    defaultBranch: options.defaultBranch ?? "main",
    createdAt: now,
    updatedAt: now,
    pushedAt: now,
    git: new GitStore(),
    labels: [],
    issues: /* @__PURE__ */ new Map(),
    comments: /* @__PURE__ */ new Map(),
    nextNumber: 1,
    grants,
    dispatches: []
  };
  state.repos.set(repo2.fullName.toLowerCase(), repo2);
  const initial = Object.entries(options.files ?? { "README.md": `# ${name}
` }).map(([path, content]) => ({
    path,
    content
  }));
  const ownerIsUser = ownerAccount.type === "User";
  const committer = ownerIsUser ? ownerAccount : state.findAccount("alice") ?? ownerAccount;
  writeCommit(state, repo2, committer, { branch: repo2.defaultBranch, message: "Initial commit", files: initial, create: true });
  return repo2;
}
function findRepo(state, fullName) {
  return state.repos.get(fullName.toLowerCase());
}
function repo(state, fullName) {
  const repo2 = state.findRepo(fullName);
  if (!repo2) throw new SandboxUsageError(`no repository ${fullName}; add it with addRepo()`);
  return repo2;
}
function grant(state, repo2, login, role) {
  const account2 = state.account(login);
  if (role === "none") repo2.grants.delete(account2.login.toLowerCase());
  else repo2.grants.set(account2.login.toLowerCase(), role);
}
function permission(state, repo2, login) {
  const key = login.toLowerCase();
  if (key === repo2.owner.toLowerCase()) return "admin";
  const granted = repo2.grants.get(key);
  if (granted) return granted;
  const account2 = state.findAccount(login);
  if (!repo2.private && account2?.type === "User") return "read";
  return "none";
}
function requireAccess(state, repo2, actor, needed) {
  const held = state.permission(repo2, actor.login);
  if (actor.type === "Bot") {
    if (!atLeast(held, needed)) throw forbidden("Resource not accessible by integration");
    return;
  }
  if (!atLeast(held, "read")) throw notFound();
  if (!atLeast(held, needed)) throw forbidden("Must have admin rights to Repository.");
}
function participationLevel(state, actor) {
  return actor.type === "Bot" ? "write" : "read";
}
function visibleRepo(state, actor, owner, name) {
  const repo2 = state.findRepo(`${owner}/${name}`);
  if (!repo2) throw notFound();
  state.requireAccess(repo2, actor, "read");
  return repo2;
}

// src/sandbox/state.ts
var SandboxState = class {
  clock;
  ids = new IdSequence();
  /** Lower-cased login → account. */
  accounts = /* @__PURE__ */ new Map();
  /** Lower-cased `owner/name` → repository. */
  repos = /* @__PURE__ */ new Map();
  rateLimits;
  urls = { api: "http://127.0.0.1", web: "http://127.0.0.1" };
  constructor(clock = new Clock()) {
    this.clock = clock;
    this.rateLimits = new RateLimits(clock);
  }
  /** Current time as GitHub writes it. */
  now() {
    return this.clock.iso();
  }
  // ---------------------------------------------------------------- accounts (accounts.ts)
  /** Adds a user, bot or organization. Users and bots get a token. */
  addAccount(login, options = {}) {
    return addAccount(this, login, options);
  }
  /** Adds the Actions bot with its real id. */
  addBot() {
    return addBot(this);
  }
  findAccount(login) {
    return findAccount(this, login);
  }
  /** The account with this login; a usage error when there is none (a test bug). */
  account(login) {
    return account(this, login);
  }
  accountByToken(token) {
    return accountByToken(this, token);
  }
  // ---------------------------------------------------------------- repositories (repositories.ts)
  /** Creates a repository with a first commit on its default branch. */
  addRepo(fullName, options = {}) {
    return addRepo(this, fullName, options);
  }
  findRepo(fullName) {
    return findRepo(this, fullName);
  }
  /** The repository; a usage error when there is none (a test bug). */
  repo(fullName) {
    return repo(this, fullName);
  }
  /** Sets `login`'s role on a repository (`none` removes the grant). */
  grant(repo2, login, role) {
    return grant(this, repo2, login, role);
  }
  /** The role `login` holds on a repository, considering ownership and visibility. */
  permission(repo2, login) {
    return permission(this, repo2, login);
  }
  /**
   * Checks that `actor` holds `needed` on the repository, failing as GitHub does: 404 when the
   * actor may not see it, 403 when it may see but not act (worded for the bot's integration
   * token or for a user).
   */
  requireAccess(repo2, actor, needed) {
    return requireAccess(this, repo2, actor, needed);
  }
  /**
   * The role needed to open issues, comment and react. Any reader may as a user; a token's
   * `issues: read` grant does not let the workflow token write anything.
   */
  participationLevel(actor) {
    return participationLevel(this, actor);
  }
  /** Finds a repository by name for `actor`, hiding the ones it may not see (404). */
  visibleRepo(actor, owner, name) {
    return visibleRepo(this, actor, owner, name);
  }
  // ---------------------------------------------------------------- git refs and contents (contents.ts)
  /** Resolves a branch, tag, `heads/x`, `refs/heads/x` or commit sha to a commit sha. */
  resolveCommitish(repo2, ref) {
    return resolveCommitish(this, repo2, ref);
  }
  /** Reads a file at a ref (default branch when omitted); undefined when absent. */
  readFile(repo2, path, ref) {
    return readFile3(this, repo2, path, ref);
  }
  /** The identity git records for an account's API commits. */
  identity(account2) {
    return identity(this, account2);
  }
  /**
   * Commits file changes on a branch as `actor` (write access). With `expectedHead`, fails with
   * 409 when the branch moved (compare-and-swap on the branch). Creates the branch when
   * `create` is set and it does not exist yet (starting from `from` or the default branch).
   */
  commitFiles(repo2, actor, change) {
    return commitFiles(this, repo2, actor, change);
  }
  /** Points a branch at a commit and keeps open pull requests from it in step. */
  moveBranch(repo2, branch, sha) {
    return moveBranch(this, repo2, branch, sha);
  }
  /**
   * Deletes a branch (write access). Open pull requests from it are closed, as GitHub closes them
   * when their head branch goes away.
   */
  deleteBranch(repo2, actor, branch) {
    return deleteBranch(this, repo2, actor, branch);
  }
  // ---------------------------------------------------------------- labels (labels.ts)
  /** A repository label by name, case-insensitively as GitHub matches them. */
  findLabel(repo2, name) {
    return findLabel(this, repo2, name);
  }
  /** Creates a label (write access); 422 `already_exists` for a duplicate name in any case. */
  createLabel(repo2, actor, input) {
    return createLabel(this, repo2, actor, input);
  }
  /** Updates a label (write access); renaming it renames it on every issue. */
  updateLabel(repo2, actor, name, input) {
    return updateLabel(this, repo2, actor, name, input);
  }
  /** Deletes a label from the repository and every issue (write access). */
  deleteLabel(repo2, actor, name) {
    return deleteLabel(this, repo2, actor, name);
  }
  // ---------------------------------------------------------------- issues (issues.ts)
  /** An issue or pull request by number; 404 when absent. */
  issue(repo2, number) {
    return issue(this, repo2, number);
  }
  /** A pull request by number; 404 when absent or an issue. */
  pull(repo2, number) {
    return pull(this, repo2, number);
  }
  /**
   * Users GitHub lets be assigned: members with a role on the repository and, on any repository,
   * the issue's participants (author and commenters). Bots never.
   */
  isAssignable(repo2, login, issue2) {
    return isAssignable(this, repo2, login, issue2);
  }
  /**
   * Opens an issue (read access). As on GitHub, labels and assignees from an author without
   * triage access are silently dropped, unassignable assignees are silently dropped, and unknown
   * labels are created.
   */
  createIssue(repo2, actor, input) {
    return createIssue(this, repo2, actor, input);
  }
  /**
   * Updates an issue. Title, body and state need authorship or triage; labels and assignees need
   * triage and are silently ignored otherwise, as GitHub documents. Invalid assignees fail 422.
   */
  updateIssue(repo2, actor, number, input) {
    return updateIssue(this, repo2, actor, number, input);
  }
  /** Closes an issue (author or triage). */
  closeIssue(repo2, actor, number, reason = "completed") {
    return closeIssue(this, repo2, actor, number, reason);
  }
  /** Reopens an issue (author or triage). */
  reopenIssue(repo2, actor, number) {
    return reopenIssue(this, repo2, actor, number);
  }
  /** Adds labels to an issue (triage), creating unknown ones; returns the issue's labels. */
  addLabels(repo2, actor, number, names) {
    return addLabels(this, repo2, actor, number, names);
  }
  /** Replaces an issue's labels (triage); returns the issue's labels. */
  setLabels(repo2, actor, number, names) {
    return setLabels(this, repo2, actor, number, names);
  }
  /** Removes one label (triage); 404 `Label does not exist` when the issue does not carry it. */
  removeLabel(repo2, actor, number, name) {
    return removeLabel(this, repo2, actor, number, name);
  }
  /** Removes every label from an issue (triage). */
  removeAllLabels(repo2, actor, number) {
    return removeAllLabels(this, repo2, actor, number);
  }
  /** The label objects an issue carries, in the order applied. */
  issueLabels(repo2, issue2) {
    return issueLabels(this, repo2, issue2);
  }
  /** Adds assignees (triage), silently skipping users who cannot be assigned, as GitHub does. */
  addAssignees(repo2, actor, number, logins) {
    return addAssignees(this, repo2, actor, number, logins);
  }
  /** Removes assignees (triage); logins not assigned are ignored. */
  removeAssignees(repo2, actor, number, logins) {
    return removeAssignees(this, repo2, actor, number, logins);
  }
  // ---------------------------------------------------------------- comments (comments.ts)
  /** Comments on an issue (read access), oldest first. */
  listComments(repo2, issue2) {
    return listComments(this, repo2, issue2);
  }
  /** A comment by id; 404 when absent. */
  comment(repo2, id) {
    return comment(this, repo2, id);
  }
  /** Comments on an issue as `actor` (read access); 422 for an empty body. */
  addComment(repo2, actor, number, body) {
    return addComment(this, repo2, actor, number, body);
  }
  /** Edits a comment: its author, or write access and up (maintainers edit others' comments). */
  updateComment(repo2, actor, id, body) {
    return updateComment(this, repo2, actor, id, body);
  }
  /** Deletes a comment: its author, or write access and up. */
  deleteComment(repo2, actor, id) {
    return deleteComment(this, repo2, actor, id);
  }
  /**
   * Reacts to a comment or an issue (read access). Returns the reaction and whether it is new:
   * GitHub answers 201 for a new one and 200 with the existing one for a repeat.
   */
  addReaction(repo2, actor, target, content) {
    return addReaction(this, repo2, actor, target, content);
  }
  /** Removes `actor`'s reaction of this content (read access); returns whether one existed. */
  removeReaction(repo2, actor, target, content) {
    return removeReaction(this, repo2, actor, target, content);
  }
  // ---------------------------------------------------------------- cross references (timeline.ts)
  // ---------------------------------------------------------------- pull requests (pulls.ts)
  /**
   * Opens a pull request from `head` (`branch` or `owner:branch`) into `base`. Fails 422 as GitHub
   * does for an unknown branch, for no commits between them, and when an open pull request from
   * that head already exists.
   */
  createPull(repo2, actor, input) {
    return createPull(this, repo2, actor, input);
  }
  /** Updates a pull request's title, body, state or base (author or write access). */
  updatePull(repo2, actor, number, input) {
    return updatePull(this, repo2, actor, number, input);
  }
  /** Requests reviews (triage). Reviewers must be collaborators and not the author (422). */
  requestReviewers(repo2, actor, number, reviewers) {
    return requestReviewers(this, repo2, actor, number, reviewers);
  }
  /** Files a pull request changes: its head against the merge base with its base. */
  pullFiles(repo2, pull2) {
    return pullFiles(this, repo2, pull2);
  }
  /**
   * Merges a pull request (write access). `merge` makes a merge commit, `squash` one commit,
   * `rebase` fast-forwards when it can. A stale `sha` fails 409 and a closed or conflicting pull
   * request 405, as GitHub does. Issues the body closes (`Fixes #3`) are closed.
   */
  mergePull(repo2, actor, number, input = {}) {
    return mergePull(this, repo2, actor, number, input);
  }
};

// src/sandbox/traffic.ts
function emptyCounters() {
  return { restRead: 0, restWrite: 0, graphqlQuery: 0, graphqlMutation: 0, total: 0, byOperation: {} };
}
var Traffic = class {
  #log = [];
  #counters = emptyCounters();
  #seq = 0;
  /** Records a finished request. */
  record(entry, graphqlOperationType) {
    const record = { ...entry, seq: ++this.#seq };
    this.#log.push(record);
    const c = this.#counters;
    c.total++;
    if (entry.kind === "rest") {
      if (entry.method === "GET" || entry.method === "HEAD") c.restRead++;
      else c.restWrite++;
    } else if (graphqlOperationType === "mutation") c.graphqlMutation++;
    else c.graphqlQuery++;
    if (entry.operation) c.byOperation[entry.operation] = (c.byOperation[entry.operation] ?? 0) + 1;
    return record;
  }
  /** The sequence number of the last request (0 before any). */
  get lastSeq() {
    return this.#seq;
  }
  /** Every request, or those after sequence number `afterSeq`. */
  requests(afterSeq = 0) {
    return this.#log.filter((r) => r.seq > afterSeq);
  }
  /** A copy of the counters. */
  snapshot() {
    return { ...this.#counters, byOperation: { ...this.#counters.byOperation } };
  }
  /** Zeroes the counters (the log is kept). */
  reset() {
    this.#counters = emptyCounters();
  }
};

// src/sandbox/violations.ts
var ViolationLog = class {
  #entries = [];
  /** Records a violation and returns it. */
  record(violation) {
    const first = violation.problems[0];
    const message = violation.message ?? `${violation.protocol.toUpperCase()} ${violation.direction} violation in ${violation.operation}` + (first ? ` at ${first.pointer}: ${first.message}` : "");
    const entry = { ...violation, message };
    this.#entries.push(entry);
    return entry;
  }
  /** Everything recorded so far. */
  get all() {
    return [...this.#entries];
  }
  get length() {
    return this.#entries.length;
  }
  /** Returns and forgets everything recorded (for tests that provoke violations on purpose). */
  take() {
    return this.#entries.splice(0, this.#entries.length);
  }
  clear() {
    this.#entries.length = 0;
  }
  /** Throws one error listing every violation, if any was recorded. */
  assertNone() {
    if (this.#entries.length === 0) return;
    const lines = this.#entries.map((v) => {
      const details = v.problems.slice(0, 5).map((p) => `    ${p.pointer}: ${p.message}`);
      return [`- ${v.message} (${v.method} ${v.path})`, ...details].join("\n");
    });
    throw new SandboxViolationError(`The GitHub sandbox recorded ${this.#entries.length} violation(s):
${lines.join("\n")}`, this.all);
  }
};
var SandboxViolationError = class extends Error {
  constructor(message, violations) {
    super(message);
    this.violations = violations;
  }
  violations;
  name = "SandboxViolationError";
};

// src/sandbox/index.ts
function applySeed(state, seed) {
  for (const user of STANDARD_USERS) state.addAccount(user.login, { name: user.name });
  state.addBot();
  for (const user of seed.users ?? []) {
    if (!state.findAccount(user.login)) state.addAccount(user.login, { name: user.name ?? null, email: user.email ?? null });
  }
  const repos = seed.repos && seed.repos.length > 0 ? seed.repos : DEFAULT_SEED.repos;
  repos.forEach((spec, index) => seedRepo(state, spec, index === 0));
  for (const user of seed.users ?? []) {
    for (const [fullName, role] of Object.entries(user.permissions ?? {})) {
      const repo2 = state.findRepo(fullName);
      if (!repo2) throw new SandboxUsageError(`seed: user ${user.login} has a role on ${fullName}, which the seed does not create`);
      state.grant(repo2, user.login, role);
    }
  }
  return repos[0].name;
}
function seedRepo(state, spec, first) {
  const repo2 = state.addRepo(spec.name, {
    private: spec.private ?? true,
    defaultBranch: spec.default_branch ?? "main",
    description: spec.description ?? null,
    ...spec.permissions ? { permissions: spec.permissions } : {},
    botAccess: spec.bot ?? (first ? "write" : "none"),
    ...spec.files ? { files: spec.files } : {}
  });
  const admin = state.account("alice");
  for (const label of spec.labels ?? []) state.createLabel(repo2, admin, label);
  for (const issueSpec of spec.issues ?? []) {
    const author = state.account(issueSpec.author ?? "alice");
    const issue2 = state.createIssue(repo2, author, {
      title: issueSpec.title,
      body: issueSpec.body ?? null,
      labels: issueSpec.labels,
      assignees: issueSpec.assignees
    });
    for (const comment2 of issueSpec.comments ?? []) state.addComment(repo2, state.account(comment2.author ?? "alice"), issue2.number, comment2.body);
    if (issueSpec.state === "closed") state.closeIssue(repo2, author, issue2.number);
  }
  for (const pull2 of spec.merged_pulls ?? []) {
    addMergedPull(state, repo2, { title: pull2.title, mergedAt: pull2.merged_at, ...pull2.author ? { author: pull2.author } : {}, ...pull2.body ? { body: pull2.body } : {} });
  }
}
function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve(server.address());
    });
  });
}
async function createSandbox(options = {}) {
  const seed = options.seed ? validateSeed(options.seed) : DEFAULT_SEED;
  const clock = new Clock({ ...options.clock, ...seed.clock && options.clock?.start === void 0 ? { start: seed.clock } : {} });
  const state = new SandboxState(clock);
  const violations = new ViolationLog();
  const traffic = new Traffic();
  const faults = new Faults();
  const rest = new RestApi(state, violations);
  const graphql = new GraphqlApi(state, rest.views, violations);
  const server = createServer(createRequestListener({ state, rest, graphql, faults, traffic, violations }));
  server.keepAliveTimeout = 1e3;
  const address = await listen(server, options.port ?? 0);
  const url = `http://127.0.0.1:${address.port}`;
  state.urls = { api: url, web: url };
  const defaultRepo = applySeed(state, seed);
  const repoHandle = (fullName = defaultRepo) => {
    state.repo(fullName);
    return new SandboxRepo(state, state.repo(fullName).fullName);
  };
  const repoModel = (fullName = defaultRepo) => state.repo(fullName);
  const tokenFor = (login) => {
    const token = state.account(login).token;
    if (!token) throw new SandboxUsageError(`${login} is an organization and has no token`);
    return token;
  };
  const json = {
    repository: (fullName) => rest.views.repository(repoModel(fullName)),
    issue: (number, fullName) => {
      const repo2 = repoModel(fullName);
      return rest.views.issue(repo2, state.issue(repo2, number));
    },
    pullRequest: (number, fullName) => {
      const repo2 = repoModel(fullName);
      return rest.views.pull(repo2, state.pull(repo2, number), true);
    },
    comment: (id, fullName) => {
      const repo2 = repoModel(fullName);
      return rest.views.comment(repo2, state.comment(repo2, id));
    },
    label: (name, fullName) => {
      const repo2 = repoModel(fullName);
      const label = state.findLabel(repo2, name);
      if (!label) throw new SandboxUsageError(`no label ${name} in ${repo2.fullName}`);
      return rest.views.label(repo2, label);
    },
    user: (login) => rest.views.user(state.account(login).login)
  };
  let closed = false;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    serverUrl: url,
    defaultRepo,
    token: tokenFor("alice"),
    botToken: tokenFor(BOT_LOGIN),
    botLogin: BOT_LOGIN,
    tokenFor,
    clock,
    faults,
    counters: { snapshot: () => traffic.snapshot(), reset: () => traffic.reset() },
    get requests() {
      return traffic.requests();
    },
    get lastRequestSeq() {
      return traffic.lastSeq;
    },
    requestsSince: (seq) => traffic.requests(seq),
    violations,
    assertNoViolations: () => violations.assertNone(),
    state,
    json,
    repo: repoHandle,
    addUser(login, userOptions = {}) {
      const account2 = state.addAccount(login, { name: userOptions.name ?? null, email: userOptions.email ?? null });
      for (const [fullName, role] of Object.entries(userOptions.permissions ?? {})) state.grant(state.repo(fullName), login, role);
      return account2;
    },
    addRepo(fullName, repoOptions = {}) {
      state.addRepo(fullName, repoOptions);
      return repoHandle(fullName);
    },
    async close(closeOptions = {}) {
      if (!closed) {
        closed = true;
        await new Promise((resolve, reject) => {
          server.close((error) => error ? reject(error) : resolve());
          server.closeAllConnections();
        });
      }
      if (!closeOptions.ignoreViolations) violations.assertNone();
    }
  };
}

export {
  readSeedFile,
  createSandbox
};
