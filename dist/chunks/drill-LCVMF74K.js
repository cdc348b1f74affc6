import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  createSandbox
} from "./chunk-4L5MAWFB.js";
import {
  createRelayApp,
  require_punycode,
  simple_parser_default
} from "./chunk-GFPBPF25.js";
import {
  initFiles,
  packageRoot
} from "./chunk-6ON5EPFD.js";
import "./chunk-OSJKRDOC.js";
import "./chunk-LMH7OLQC.js";
import {
  parseIncident
} from "./chunk-DA3V3GIL.js";
import {
  describeLogEntry
} from "./chunk-DO73POIR.js";
import {
  require_dist
} from "./chunk-DPC5VWB2.js";
import {
  UsageError,
  parseCommandArgs
} from "./chunk-OUX7RQ2J.js";
import "./chunk-L3D5IAE5.js";
import {
  __toESM
} from "./chunk-O6QHYEXM.js";

// src/cli/drill.ts
import { existsSync as existsSync2, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join as join2, relative, resolve as resolve2 } from "node:path";

// packages/sandbox/src/events.ts
var payloadCheck;
function event(eventName, schemaName, payload) {
  if (schemaName) payloadCheck?.(schemaName, payload);
  return { eventName, payload };
}
function envelope(sandbox, repoName, sender) {
  const repository = sandbox.json.repository(repoName);
  const owner = repository.owner;
  const payload = { repository, sender: sandbox.json.user(sender) };
  if (owner.type === "Organization") {
    payload.organization = {
      login: owner.login,
      id: owner.id,
      node_id: owner.node_id,
      url: `${sandbox.url}/orgs/${String(owner.login)}`,
      repos_url: `${sandbox.url}/orgs/${String(owner.login)}/repos`,
      events_url: `${sandbox.url}/orgs/${String(owner.login)}/events`,
      hooks_url: `${sandbox.url}/orgs/${String(owner.login)}/hooks`,
      issues_url: `${sandbox.url}/orgs/${String(owner.login)}/issues`,
      members_url: `${sandbox.url}/orgs/${String(owner.login)}/members{/member}`,
      public_members_url: `${sandbox.url}/orgs/${String(owner.login)}/public_members{/member}`,
      avatar_url: owner.avatar_url,
      description: null
    };
  }
  return payload;
}
function issuesEvent(sandbox, action, options) {
  const issue = sandbox.json.issue(options.number, options.repo);
  const author = issue.user.login;
  const sender = options.sender ?? (action === "opened" ? author : "alice");
  const payload = { action, issue, ...envelope(sandbox, options.repo, sender) };
  if (action === "labeled" || action === "unlabeled") {
    if (!options.label) throw new Error(`issues.${action} needs the label`);
    payload.label = labelJson(sandbox, options.label, options.repo);
  }
  if (action === "assigned" || action === "unassigned") {
    if (!options.assignee) throw new Error(`issues.${action} needs the assignee`);
    payload.assignee = sandbox.json.user(options.assignee);
  }
  if (action === "edited") payload.changes = options.changes ?? {};
  return event("issues", `webhook-issues-${action}`, payload);
}
function labelJson(sandbox, name, repo) {
  try {
    return sandbox.json.label(name, repo);
  } catch {
    return { id: 0, node_id: "LA_deleted", url: `${sandbox.url}/repos/${repo ?? sandbox.defaultRepo}/labels/${encodeURIComponent(name)}`, name, color: "ededed", default: false, description: null };
  }
}
function issueCommentEvent(sandbox, action, options) {
  const comment = sandbox.json.comment(options.commentId, options.repo);
  const issueNumber = Number(String(comment.issue_url).split("/").pop());
  const issue = sandbox.json.issue(issueNumber, options.repo);
  const author = comment.user.login;
  const payload = { action, issue, comment, ...envelope(sandbox, options.repo, options.sender ?? author) };
  if (action === "edited") payload.changes = options.changes ?? { body: { from: "" } };
  return event("issue_comment", `webhook-issue-comment-${action}`, payload);
}
function pullRequestEvent(sandbox, action, options) {
  const pullRequest = sandbox.json.pullRequest(options.number, options.repo);
  const sender = options.sender ?? (action === "closed" && pullRequest.merged_by ? pullRequest.merged_by.login : pullRequest.user.login);
  const payload = { action, number: options.number, pull_request: pullRequest, ...envelope(sandbox, options.repo, sender) };
  if (action === "synchronize") {
    const head = String(pullRequest.head.sha);
    const parent = sandbox.repo(options.repo).model.git.getCommit(head)?.parents[0];
    Object.assign(payload, { before: options.before ?? parent ?? head, after: head });
  }
  if (action === "edited") payload.changes = {};
  return event("pull_request", `webhook-pull-request-${action}`, payload);
}
function scheduleEvent(sandbox, options = {}) {
  return event("schedule", void 0, { schedule: options.cron ?? "*/15 * * * *", repository: sandbox.json.repository(options.repo) });
}
function repositoryDispatchEvent(sandbox, options = {}) {
  const repo = sandbox.repo(options.repo);
  const dispatches = repo.dispatches();
  const dispatch = dispatches[options.index ?? dispatches.length - 1];
  if (!dispatch) throw new Error(`no repository dispatch recorded on ${repo.fullName}${options.index === void 0 ? "" : ` at index ${options.index}`}`);
  const payload = {
    action: dispatch.eventType,
    branch: repo.model.defaultBranch,
    client_payload: dispatch.clientPayload,
    ...envelope(sandbox, options.repo, dispatch.sender),
    // GitHub delivers it through the installation that owns the token.
    installation: { id: 1, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==" }
  };
  return event("repository_dispatch", "webhook-repository-dispatch-sample", payload);
}

// packages/sandbox/src/runner.ts
var import_yaml = __toESM(require_dist(), 1);
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var REPO_ROOT = packageRoot();
var actionInputs;
function actionYamlInputs() {
  if (!actionInputs) {
    const path = join(REPO_ROOT, "action.yml");
    actionInputs = existsSync(path) ? (0, import_yaml.parse)(readFileSync(path, "utf8")).inputs ?? {} : {};
  }
  return actionInputs;
}
function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
function parseOutputFile(text) {
  const outputs = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter2] = heredoc;
      const value = [];
      for (i++; i < lines.length && lines[i] !== delimiter2; i++) value.push(lines[i]);
      outputs[name] = value.join("\n");
    } else if (line.includes("=")) {
      outputs[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return outputs;
}
function annotationsOf(stdout) {
  const found = [];
  for (const match of stdout.matchAll(/^::(error|warning|notice)(?: [^:]*)?::(.*)$/gm)) {
    const message = match[2].replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%25/g, "%");
    found.push({ level: match[1], message });
  }
  return found;
}
function countRequests(requests) {
  const counters = { restRead: 0, restWrite: 0, graphqlQuery: 0, graphqlMutation: 0, total: 0, byOperation: {} };
  for (const r of requests) {
    counters.total++;
    if (r.kind === "rest") {
      if (r.method === "GET" || r.method === "HEAD") counters.restRead++;
      else counters.restWrite++;
    } else if (r.operation?.startsWith("mutation")) counters.graphqlMutation++;
    else counters.graphqlQuery++;
    if (r.operation) counters.byOperation[r.operation] = (counters.byOperation[r.operation] ?? 0) + 1;
  }
  return counters;
}
async function runAction(options) {
  const { sandbox } = options;
  const script = options.script ?? join(REPO_ROOT, "dist", "index.js");
  if (!existsSync(script)) throw new Error(`${script} does not exist: run "npm run build" (the vitest global setup does)`);
  const repository = options.repository ?? sandbox.defaultRepo;
  const repo = sandbox.repo(repository);
  const dir = await mkdtemp(join(tmpdir(), "sitrep-run-"));
  try {
    const paths = {
      event: join(dir, "event.json"),
      output: join(dir, "output.txt"),
      summary: join(dir, "summary.md"),
      env: join(dir, "env.txt"),
      path: join(dir, "path.txt"),
      state: join(dir, "state.txt"),
      workspace: join(dir, "workspace"),
      temp: join(dir, "runner-temp")
    };
    await writeFile(paths.event, JSON.stringify(options.payload, null, 2));
    for (const file of [paths.output, paths.summary, paths.env, paths.path, paths.state]) await writeFile(file, "");
    await mkdir(paths.workspace);
    await mkdir(paths.temp);
    const sender = options.payload.sender?.login;
    const defaultBranch = repo.model.defaultBranch;
    const pullNumber = options.eventName === "pull_request" ? options.payload.number : void 0;
    const pullRequest = options.payload.pull_request;
    const pushRef = options.eventName === "push" ? options.payload.ref : void 0;
    const dispatchRef = options.eventName === "workflow_dispatch" ? options.payload.ref : void 0;
    const ref = pullNumber !== void 0 ? `refs/pull/${pullNumber}/merge` : pushRef ?? dispatchRef ?? `refs/heads/${defaultBranch}`;
    const sha = options.eventName === "push" ? String(options.payload.after) : pullRequest?.head?.sha ?? repo.branch(defaultBranch) ?? "0000000000000000000000000000000000000000";
    const env = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: process.env.HOME ?? dir,
      LANG: "C.UTF-8",
      CI: "true",
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: paths.event,
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: repository.split("/")[0],
      GITHUB_REPOSITORY_ID: String(repo.model.id),
      GITHUB_API_URL: sandbox.url,
      GITHUB_GRAPHQL_URL: sandbox.graphqlUrl,
      GITHUB_SERVER_URL: sandbox.serverUrl,
      GITHUB_WORKSPACE: paths.workspace,
      GITHUB_RUN_ID: String(1e6 + sandbox.lastRequestSeq % 1e6),
      GITHUB_RUN_NUMBER: "1",
      GITHUB_RUN_ATTEMPT: "1",
      GITHUB_JOB: "sitrep",
      GITHUB_WORKFLOW: "sitrep",
      GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/sitrep.yml@refs/heads/${defaultBranch}`,
      GITHUB_ACTION: "sitrep",
      GITHUB_ACTOR: options.actor ?? sender ?? "alice",
      GITHUB_TRIGGERING_ACTOR: options.actor ?? sender ?? "alice",
      GITHUB_SHA: sha,
      GITHUB_REF: ref,
      GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, "").replace(/^refs\/pull\/(\d+)\/merge$/, "$1/merge"),
      GITHUB_REF_TYPE: ref.startsWith("refs/tags/") ? "tag" : "branch",
      GITHUB_BASE_REF: pullRequest?.base?.ref ?? "",
      GITHUB_HEAD_REF: pullRequest?.head?.ref ?? "",
      GITHUB_OUTPUT: paths.output,
      GITHUB_STEP_SUMMARY: paths.summary,
      GITHUB_ENV: paths.env,
      GITHUB_PATH: paths.path,
      GITHUB_STATE: paths.state,
      RUNNER_OS: "Linux",
      RUNNER_ARCH: "X64",
      RUNNER_NAME: "sandbox-runner",
      RUNNER_TEMP: paths.temp,
      RUNNER_TOOL_CACHE: paths.temp,
      ...options.debug ? { RUNNER_DEBUG: "1" } : {}
    };
    const inputs = {};
    for (const [name, spec] of Object.entries(actionYamlInputs())) {
      if (spec.default !== void 0 && !/\$\{\{/.test(spec.default)) inputs[name] = spec.default;
    }
    inputs.token = sandbox.botToken;
    for (const [name, value] of Object.entries(options.inputs ?? {})) {
      if (value === void 0) delete inputs[name];
      else inputs[name] = String(value);
    }
    for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
    for (const [name, value] of Object.entries(options.env ?? {})) {
      if (value === void 0) delete env[name];
      else env[name] = value;
    }
    const firstSeq = sandbox.lastRequestSeq;
    const result = await spawnNode(script, env, paths.workspace, options.timeoutMs ?? 6e4);
    const requests = sandbox.requestsSince(firstSeq);
    return {
      ...result,
      outputs: parseOutputFile(await readFile(paths.output, "utf8")),
      summary: await readFile(paths.summary, "utf8"),
      annotations: annotationsOf(result.stdout),
      requests,
      counters: countRequests(requests)
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
function testNode() {
  return process.env.SITREP_TEST_NODE || process.execPath;
}
function spawnNode(script, env, cwd, timeoutMs) {
  return new Promise((resolve3, reject) => {
    const child = spawn(testNode(), [script], { env, cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => stdout += chunk);
    child.stderr.setEncoding("utf8").on("data", (chunk) => stderr += chunk);
    const timer = setTimeout(() => {
      stderr += `
[runAction] killed after ${timeoutMs} ms`;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (error2) => {
      clearTimeout(timer);
      reject(error2);
    });
    child.on("close", (exitCode, signal) => {
      clearTimeout(timer);
      resolve3({ exitCode, signal, stdout, stderr });
    });
  });
}

// node_modules/smtp-server/dist/esm/smtp-server.js
import crypto4 from "node:crypto";
import { EventEmitter as EventEmitter2 } from "node:events";
import net5 from "node:net";
import tls2 from "node:tls";

// node_modules/nodemailer/dist/esm/shared/url.js
import net from "node:net";
import urllib from "node:url";

// node_modules/nodemailer/dist/esm/punycode/index.js
var maxInt = 2147483647;
var base = 36;
var tMin = 1;
var tMax = 26;
var skew = 38;
var damp = 700;
var initialBias = 72;
var initialN = 128;
var delimiter = "-";
var regexNonASCII = /[^\0-\x7F]/;
var regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
var errors = {
  overflow: "Overflow: input needs wider integers to process",
  "not-basic": "Illegal input >= 0x80 (not a basic code point)",
  "invalid-input": "Invalid input"
};
var baseMinusTMin = base - tMin;
var floor = Math.floor;
var stringFromCharCode = String.fromCharCode;
function error(type) {
  throw new RangeError(errors[type]);
}
function map(array, callback) {
  const result = [];
  let length = array.length;
  while (length--) {
    result[length] = callback(array[length]);
  }
  return result;
}
function mapDomain(domain, callback) {
  const parts = domain.split("@");
  let result = "";
  if (parts.length > 1) {
    result = parts[0] + "@";
    domain = parts[1];
  }
  domain = domain.replace(regexSeparators, ".");
  const labels = domain.split(".");
  const encoded = map(labels, callback).join(".");
  return result + encoded;
}
function ucs2decode(string) {
  const output = [];
  let counter = 0;
  const length = string.length;
  while (counter < length) {
    const value = string.charCodeAt(counter++);
    if (value >= 55296 && value <= 56319 && counter < length) {
      const extra = string.charCodeAt(counter++);
      if ((extra & 64512) == 56320) {
        output.push(((value & 1023) << 10) + (extra & 1023) + 65536);
      } else {
        output.push(value);
        counter--;
      }
    } else {
      output.push(value);
    }
  }
  return output;
}
var digitToBasic = function(digit, flag) {
  return digit + 22 + 75 * Number(digit < 26) - (Number(flag != 0) << 5);
};
var adapt = function(delta, numPoints, firstTime) {
  let k = 0;
  delta = firstTime ? floor(delta / damp) : delta >> 1;
  delta += floor(delta / numPoints);
  for (
    ;
    /* no initialization */
    delta > baseMinusTMin * tMax >> 1;
    k += base
  ) {
    delta = floor(delta / baseMinusTMin);
  }
  return floor(k + (baseMinusTMin + 1) * delta / (delta + skew));
};
var encode = function(input) {
  const output = [];
  const codePoints = ucs2decode(input);
  const inputLength = codePoints.length;
  let n = initialN;
  let delta = 0;
  let bias = initialBias;
  for (const currentValue of codePoints) {
    if (currentValue < 128) {
      output.push(stringFromCharCode(currentValue));
    }
  }
  const basicLength = output.length;
  let handledCPCount = basicLength;
  if (basicLength) {
    output.push(delimiter);
  }
  while (handledCPCount < inputLength) {
    let m = maxInt;
    for (const currentValue of codePoints) {
      if (currentValue >= n && currentValue < m) {
        m = currentValue;
      }
    }
    const handledCPCountPlusOne = handledCPCount + 1;
    if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) {
      error("overflow");
    }
    delta += (m - n) * handledCPCountPlusOne;
    n = m;
    for (const currentValue of codePoints) {
      if (currentValue < n && ++delta > maxInt) {
        error("overflow");
      }
      if (currentValue === n) {
        let q = delta;
        for (let k = base; ; k += base) {
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (q < t) {
            break;
          }
          const qMinusT = q - t;
          const baseMinusT = base - t;
          output.push(stringFromCharCode(digitToBasic(t + qMinusT % baseMinusT, 0)));
          q = floor(qMinusT / baseMinusT);
        }
        output.push(stringFromCharCode(digitToBasic(q, 0)));
        bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
        delta = 0;
        ++handledCPCount;
      }
    }
    ++delta;
    ++n;
  }
  return output.join("");
};
var toASCII = function(input) {
  return mapDomain(input, function(string) {
    return regexNonASCII.test(string) ? "xn--" + encode(string) : string;
  });
};

// node_modules/nodemailer/dist/esm/shared/url.js
var SLASHLESS_AUTHORITY = /^([a-zA-Z][a-zA-Z0-9+.-]*:)(?!\/\/)([\s\S]+)$/;
function stripSurroundingWhitespace(input) {
  let start = 0;
  let end = input.length;
  while (start < end && input.charCodeAt(start) <= 32) {
    start++;
  }
  while (end > start && input.charCodeAt(end - 1) <= 32) {
    end--;
  }
  return input.slice(start, end);
}
var LEGACY_TRIM = /^[\x00-\x20\u00a0\ufeff]+/;
var AUTHORITY = /^([a-zA-Z0-9+.-]+:)?[\\/]{2}([^\\/?#]*)/;
var FORBIDDEN_HOST_CHARS = /[\x00-\x20#/:<>?@[\\\]^|\x7f]/;
var CONTROL_CHARS = /[\x00-\x1f\x7f]/;
function invalidUrl(input) {
  const err = new TypeError("Invalid URL");
  err.code = "ERR_INVALID_URL";
  err.input = input;
  return err;
}
function legacyParse(input, parseQueryString, whatwgError, slashesDenoteHost) {
  const parsed = urllib.parse(input, parseQueryString, slashesDenoteHost);
  const authority = AUTHORITY.exec(input.replace(LEGACY_TRIM, ""));
  if (authority && (authority[1] || parsed.hostname !== null)) {
    const written = authority[2].slice(authority[2].lastIndexOf("@") + 1);
    if (!written || CONTROL_CHARS.test(written) || (parsed.host || "").toLowerCase() !== toASCII(written.toLowerCase())) {
      throw whatwgError;
    }
    if (written.charAt(0) === "[" && !net.isIPv6(written.slice(1, written.indexOf("]")))) {
      throw whatwgError;
    }
  } else if (parsed.hostname !== null) {
    throw whatwgError;
  }
  const legacyAuth = parsed.auth === null || parsed.auth === void 0 ? null : parsed.auth.split(":");
  const result = parsed;
  result.username = legacyAuth ? legacyAuth.shift() : null;
  result.password = legacyAuth && legacyAuth.length ? legacyAuth.join(":") : null;
  return result;
}
function safeDecode(str) {
  try {
    return decodeURIComponent(str);
  } catch (_err) {
    return str;
  }
}
function normalizeHostname(raw, href) {
  const hostname = raw || "";
  if (!hostname) {
    return "";
  }
  if (hostname.charAt(0) === "[" && hostname.charAt(hostname.length - 1) === "]") {
    return hostname.slice(1, -1);
  }
  const decoded = safeDecode(hostname);
  const mapped = FORBIDDEN_HOST_CHARS.test(decoded) ? "" : urllib.domainToASCII(decoded);
  if (!mapped) {
    throw invalidUrl(href);
  }
  return mapped;
}
var parse = (input, parseQueryString) => {
  input = stripSurroundingWhitespace(input || "");
  const slashless = SLASHLESS_AUTHORITY.exec(input);
  const normalized = slashless ? slashless[1] + "//" + slashless[2] : input;
  let u;
  try {
    u = new URL(normalized);
  } catch (err) {
    return legacyParse(normalized, parseQueryString, err);
  }
  const hostname = normalizeHostname(u.hostname, u.href);
  const port = u.port || null;
  const pathname = u.pathname || null;
  const search = u.search || null;
  let auth = null;
  let username = null;
  let password = null;
  if (u.username || u.password) {
    username = safeDecode(u.username);
    password = u.password ? safeDecode(u.password) : null;
    auth = username + (password !== null ? ":" + password : "");
  }
  let query;
  if (parseQueryString) {
    const parsed = /* @__PURE__ */ Object.create(null);
    u.searchParams.forEach((value, key) => {
      if (Object.prototype.hasOwnProperty.call(parsed, key)) {
        const existing = parsed[key];
        if (Array.isArray(existing)) {
          existing.push(value);
        } else {
          parsed[key] = [existing, value];
        }
      } else {
        parsed[key] = value;
      }
    });
    query = parsed;
  } else {
    query = search ? search.slice(1) : null;
  }
  return {
    protocol: u.protocol || null,
    host: u.host || null,
    hostname,
    port,
    pathname,
    search,
    path: (pathname || "") + (search || "") || null,
    href: u.href,
    auth,
    username,
    password,
    query
  };
};
var resolve = (from, to) => {
  try {
    return new URL(to, from).href;
  } catch (err) {
    legacyParse(from, false, err, true);
    legacyParse(to, false, err, true);
    return urllib.resolve(from, to);
  }
};

// node_modules/nodemailer/dist/esm/shared/index.js
import util from "node:util";

// node_modules/nodemailer/dist/esm/fetch/index.js
import http from "node:http";
import https from "node:https";
import zlib from "node:zlib";
import { PassThrough } from "node:stream";

// node_modules/nodemailer/dist/esm/fetch/cookies.js
import net2 from "node:net";
var SESSION_TIMEOUT = 1800;
var Cookies = class {
  constructor(options) {
    this.options = options || {};
    this.cookies = [];
  }
  /**
   * Stores a cookie string to the cookie storage
   *
   * @param cookieStr Value from the 'Set-Cookie:' header
   * @param url Current URL
   */
  set(cookieStr, url) {
    const urlparts = parse(url || "");
    const cookie = this.parse(cookieStr);
    let domain;
    if (cookie.domain) {
      domain = cookie.domain.replace(/^\./, "");
      if (
        // can't be valid if the requested domain is shorter than current hostname
        urlparts.hostname.length < domain.length || // a top level domain is not a valid scope, 'Domain=com' would otherwise be
        // sent to every .com host. A trailing dot does not make 'com.' any better
        domain.indexOf(".") < 0 || domain.endsWith(".") || // an IP address has no subdomains, so cookies set on it stay host-only
        net2.isIP(urlparts.hostname) || // prefix domains with dot to be sure that partial matches are not used
        !("." + urlparts.hostname).endsWith("." + domain)
      ) {
        cookie.domain = urlparts.hostname;
      }
    } else {
      cookie.domain = urlparts.hostname;
    }
    if (!cookie.path) {
      cookie.path = this.getPath(urlparts.pathname);
    }
    if (!cookie.expires) {
      cookie.expires = new Date(Date.now() + (Number(this.options.sessionTimeout || SESSION_TIMEOUT) || SESSION_TIMEOUT) * 1e3);
    }
    if (urlparts.protocol !== "https:" && (cookie.secure || this.cookies.some((stored) => stored.secure && this.compare(stored, cookie)))) {
      return false;
    }
    return this.add(cookie);
  }
  /**
   * Returns cookie string for the 'Cookie:' header.
   *
   * @param url URL to check for
   * @returns Cookie header or empty string if no matches were found
   */
  get(url) {
    return this.list(url).map((cookie) => cookie.name + "=" + cookie.value).join("; ");
  }
  /**
   * Lists all valied cookie objects for the specified URL
   *
   * @param url URL to check for
   * @returns An array of cookie objects
   */
  list(url) {
    const result = [];
    for (let i = this.cookies.length - 1; i >= 0; i--) {
      const cookie = this.cookies[i];
      if (this.isExpired(cookie)) {
        this.cookies.splice(i, 1);
        continue;
      }
      if (this.match(cookie, url)) {
        result.unshift(cookie);
      }
    }
    return result;
  }
  /**
   * Parses cookie string from the 'Set-Cookie:' header
   *
   * @param cookieStr String from the 'Set-Cookie:' header
   * @returns Cookie object
   */
  parse(cookieStr) {
    const cookie = {};
    let hasNameValue = false;
    let hasMaxAge = false;
    (cookieStr || "").toString().split(";").forEach((cookiePart) => {
      if (!cookiePart.trim()) {
        return;
      }
      const valueParts = cookiePart.split("=");
      const name = valueParts.shift().trim();
      let value = valueParts.join("=").trim();
      let domain;
      if (!hasNameValue) {
        hasNameValue = true;
        if (name) {
          cookie.name = name;
          cookie.value = value;
        }
        return;
      }
      switch (name.toLowerCase()) {
        case "expires": {
          const expires = new Date(value);
          if (expires.toString() !== "Invalid Date" && !hasMaxAge) {
            cookie.expires = expires;
          }
          break;
        }
        case "path":
          cookie.path = value;
          break;
        case "domain":
          domain = value.toLowerCase();
          if (domain.length && domain.charAt(0) !== ".") {
            domain = "." + domain;
          }
          cookie.domain = domain;
          break;
        case "max-age":
          cookie.expires = new Date(Date.now() + (Number(value) || 0) * 1e3);
          hasMaxAge = true;
          break;
        case "secure":
          cookie.secure = true;
          break;
        case "httponly":
          cookie.httponly = true;
          break;
      }
    });
    return cookie;
  }
  /**
   * Checks if a cookie object is valid for a specified URL
   *
   * @param cookie Cookie object
   * @param url URL to check for
   * @returns true if cookie is valid for specifiec URL
   */
  match(cookie, url) {
    const urlparts = parse(url || "");
    if (urlparts.hostname !== cookie.domain && (cookie.domain.charAt(0) !== "." || ("." + urlparts.hostname).substr(-cookie.domain.length) !== cookie.domain)) {
      return false;
    }
    const pathname = urlparts.pathname || "/";
    const cookiePath = cookie.path;
    const pathMatches = pathname === cookiePath || pathname.startsWith(cookiePath) && (cookiePath.endsWith("/") || pathname.charAt(cookiePath.length) === "/");
    if (!pathMatches) {
      return false;
    }
    if (cookie.secure && urlparts.protocol !== "https:") {
      return false;
    }
    return true;
  }
  /**
   * Adds (or updates/removes if needed) a cookie object to the cookie storage
   *
   * @param cookie Cookie value to be stored
   */
  add(cookie) {
    if (!cookie || !cookie.name) {
      return false;
    }
    for (let i = 0, len = this.cookies.length; i < len; i++) {
      if (this.compare(this.cookies[i], cookie)) {
        if (this.isExpired(cookie)) {
          this.cookies.splice(i, 1);
          return false;
        }
        this.cookies[i] = cookie;
        return true;
      }
    }
    if (!this.isExpired(cookie)) {
      this.cookies.push(cookie);
    }
    return true;
  }
  /**
   * Checks if two cookie objects are the same cookie. A cookie is identified by its
   * name, domain and path (RFC 6265 section 5.3), the Secure and HttpOnly flags are
   * attributes of the stored cookie that an update replaces
   *
   * @param a Cookie to check against
   * @param b Cookie to check against
   * @returns True, if the cookies are the same
   */
  compare(a, b) {
    return a.name === b.name && a.path === b.path && a.domain === b.domain;
  }
  /**
   * Checks if a cookie is expired
   *
   * @param cookie Cookie object to check against
   * @returns True, if the cookie is expired
   */
  isExpired(cookie) {
    return cookie.expires && cookie.expires < /* @__PURE__ */ new Date() || !cookie.value;
  }
  /**
   * Returns the default path for an URL path argument, the default-path of
   * RFC 6265 section 5.1.4. A cookie that carries no Path attribute is scoped
   * to the directory of the URL it was set from
   *
   * @param pathname
   * @returns Default path
   */
  getPath(pathname) {
    const pathParts = (pathname || "/").split("/");
    pathParts.pop();
    const path = pathParts.join("/").trim();
    if (path.charAt(0) !== "/") {
      return "/";
    }
    return path;
  }
};
var cookies_default = Cookies;

// node_modules/nodemailer/dist/esm/package-info.js
var version = "10.6.1";

// node_modules/nodemailer/dist/esm/fetch/index.js
import net3 from "node:net";

// node_modules/nodemailer/dist/esm/errors.js
var EFETCH = "EFETCH";
var ERR_ACCESS_DENIED = "ERR_ACCESS_DENIED";

// node_modules/nodemailer/dist/esm/shared/objects.js
var isProtoKey = (key) => key === "__proto__";

// node_modules/nodemailer/dist/esm/fetch/index.js
var MAX_REDIRECTS = 5;
var DEFAULT_TIMEOUT = 60 * 1e3;
var DEFAULT_MAX_TIME = 2 * 60 * 1e3;
var DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
var TLS_OPTION_KEYS = [
  "ALPNProtocols",
  "ca",
  "cert",
  "checkServerIdentity",
  "ciphers",
  "crl",
  "dhparam",
  "ecdhCurve",
  "honorCipherOrder",
  "key",
  "maxVersion",
  "minVersion",
  "passphrase",
  "pfx",
  "rejectUnauthorized",
  "secureContext",
  "secureOptions",
  "secureProtocol",
  "servername",
  "sessionIdContext",
  "sigalgs"
];
function setFetchCode(err) {
  if (err.code !== ERR_ACCESS_DENIED) {
    err.code = EFETCH;
  }
}
function parseFetchUrl(url) {
  let parsed;
  try {
    parsed = parse(url);
  } catch (_err) {
    return false;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return false;
  }
  return parsed;
}
function fetchPort(parsed) {
  return parsed.port ? Number(parsed.port) : parsed.protocol === "https:" ? 443 : 80;
}
function nmfetch(url, options) {
  options = options || {};
  options.fetchRes = options.fetchRes || new PassThrough();
  options.cookies = options.cookies || new cookies_default();
  options.redirects = options.redirects || 0;
  options.maxRedirects = isNaN(options.maxRedirects) ? MAX_REDIRECTS : options.maxRedirects;
  if (!options.deadline) {
    options.maxTime = typeof options.maxTime === "number" && options.maxTime >= 0 ? options.maxTime : DEFAULT_MAX_TIME;
    options.deadline = options.maxTime ? Date.now() + options.maxTime : 0;
  }
  const fetchRes = options.fetchRes;
  const parsed = parseFetchUrl(url);
  if (!parsed) {
    if (options.body && typeof options.body.destroy === "function") {
      options.body.on("error", () => false);
      options.body.destroy();
    }
    setImmediate(() => {
      const err = new Error("Unsupported protocol for URL " + url);
      err.code = EFETCH;
      err.sourceUrl = url;
      fetchRes.emit("error", err);
    });
    return fetchRes;
  }
  if (options.cookie) {
    [].concat(options.cookie || []).forEach((cookie) => {
      options.cookies.set(cookie, url);
    });
    options.cookie = false;
  }
  let method = (options.method || "").toString().trim().toUpperCase() || "GET";
  let finished = false;
  let cookies;
  let body;
  const handler = parsed.protocol === "https:" ? https : http;
  const headers = {
    "accept-encoding": "gzip,deflate",
    "user-agent": "nodemailer/" + version
  };
  Object.keys(options.headers || {}).forEach((key) => {
    if (isProtoKey(key.toLowerCase().trim())) {
      return;
    }
    headers[key.toLowerCase().trim()] = options.headers[key];
  });
  if (options.userAgent) {
    headers["user-agent"] = options.userAgent;
  }
  if (parsed.auth) {
    headers.Authorization = "Basic " + Buffer.from(parsed.auth).toString("base64");
  }
  if (cookies = options.cookies.get(url)) {
    headers.cookie = cookies;
  }
  if (options.body) {
    if (options.contentType !== false) {
      headers["Content-Type"] = options.contentType || "application/x-www-form-urlencoded";
    }
    if (typeof options.body.pipe === "function") {
      headers["Transfer-Encoding"] = "chunked";
      body = options.body;
      body.on("error", (err) => {
        if (finished) {
          return;
        }
        finished = true;
        setFetchCode(err);
        err.sourceUrl = url;
        fetchRes.emit("error", err);
      });
    } else {
      if (options.body instanceof Buffer) {
        body = options.body;
      } else if (typeof options.body === "object") {
        try {
          body = Buffer.from(Object.keys(options.body).map((key) => {
            const value = options.body[key].toString().trim();
            return encodeURIComponent(key) + "=" + encodeURIComponent(value);
          }).join("&"));
        } catch (E) {
          finished = true;
          E.code = EFETCH;
          E.sourceUrl = url;
          setImmediate(() => fetchRes.emit("error", E));
          return fetchRes;
        }
      } else {
        body = Buffer.from(options.body.toString().trim());
      }
      headers["Content-Type"] = options.contentType || "application/x-www-form-urlencoded";
      headers["Content-Length"] = body.length;
    }
    method = (options.method || "").toString().trim().toUpperCase() || "POST";
  }
  let req;
  const reqOptions = {
    method,
    host: parsed.hostname,
    path: parsed.path,
    port: fetchPort(parsed),
    headers,
    // Validate TLS certificates by default. Callers that genuinely need to
    // reach a self-signed/internal host opt out explicitly with
    // options.tls = { rejectUnauthorized: false }.
    rejectUnauthorized: true,
    agent: false
  };
  if (options.tls) {
    Object.keys(options.tls).forEach((key) => {
      if (TLS_OPTION_KEYS.includes(key)) {
        reqOptions[key] = options.tls[key];
      }
    });
  }
  if (parsed.protocol === "https:" && parsed.hostname && parsed.hostname !== reqOptions.host && !net3.isIP(parsed.hostname) && !reqOptions.servername) {
    reqOptions.servername = parsed.hostname;
  }
  try {
    req = handler.request(reqOptions);
  } catch (E) {
    finished = true;
    setImmediate(() => {
      setFetchCode(E);
      E.sourceUrl = url;
      fetchRes.emit("error", E);
    });
    return fetchRes;
  }
  let deadlineTimer;
  const clearDeadline = () => {
    if (deadlineTimer) {
      clearTimeout(deadlineTimer);
      deadlineTimer = void 0;
    }
  };
  const fail = (err, sourceUrl = url) => {
    if (finished) {
      return;
    }
    finished = true;
    clearDeadline();
    setFetchCode(err);
    err.sourceUrl = sourceUrl;
    fetchRes.emit("error", err);
    req.abort();
  };
  const timeout = typeof options.timeout === "number" && options.timeout >= 0 ? options.timeout : DEFAULT_TIMEOUT;
  if (timeout) {
    req.setTimeout(timeout, () => fail(new Error("Request Timeout")));
  }
  if (options.deadline) {
    deadlineTimer = setTimeout(() => fail(new Error("Request exceeded the allowed " + options.maxTime + " ms")), Math.max(options.deadline - Date.now(), 1));
    deadlineTimer.unref();
  }
  req.on("error", (err) => fail(err));
  fetchRes.once("close", () => {
    clearDeadline();
    if (finished || fetchRes.readableEnded) {
      return;
    }
    finished = true;
    req.destroy();
  });
  req.on("response", (res) => {
    let inflate;
    if (finished) {
      return;
    }
    switch (res.headers["content-encoding"]) {
      case "gzip":
      case "deflate":
        inflate = zlib.createUnzip();
        break;
    }
    if (res.headers["set-cookie"]) {
      [].concat(res.headers["set-cookie"] || []).forEach((cookie) => {
        options.cookies.set(cookie, url);
      });
    }
    if ([301, 302, 303, 307, 308].includes(res.statusCode) && res.headers.location) {
      options.redirects++;
      if (options.redirects > options.maxRedirects) {
        return fail(new Error("Maximum redirect count exceeded"));
      }
      options.method = "GET";
      options.body = false;
      let redirectUrl;
      try {
        redirectUrl = resolve(url, res.headers.location);
      } catch (_err) {
        redirectUrl = res.headers.location;
      }
      const redirectParsed = parseFetchUrl(redirectUrl);
      if (!redirectParsed) {
        return fail(new Error("Unsupported protocol for URL " + redirectUrl), redirectUrl);
      }
      const crossOrigin = redirectParsed.protocol !== parsed.protocol || redirectParsed.hostname !== parsed.hostname || fetchPort(redirectParsed) !== fetchPort(parsed);
      if (options.headers && crossOrigin) {
        const sensitive = ["authorization", "cookie", "proxy-authorization"];
        Object.keys(options.headers).forEach((key) => {
          if (sensitive.includes(key.toLowerCase().trim())) {
            delete options.headers[key];
          }
        });
      }
      finished = true;
      clearDeadline();
      res.resume();
      req.abort();
      return nmfetch(redirectUrl, options);
    }
    fetchRes.statusCode = res.statusCode;
    fetchRes.headers = res.headers;
    if (res.statusCode >= 300 && !options.allowErrorResponse) {
      return fail(new Error("Invalid status code " + res.statusCode));
    }
    res.on("error", (err) => fail(err));
    res.once("end", () => clearDeadline());
    const maxBytes = typeof options.maxBytes === "number" && options.maxBytes > 0 ? options.maxBytes : DEFAULT_MAX_BYTES;
    const source = inflate || res;
    let received = 0;
    source.on("data", (chunk) => {
      received += chunk.length;
      if (received <= maxBytes || finished) {
        return;
      }
      source.unpipe(fetchRes);
      fail(new Error("Response size exceeds the allowed " + maxBytes + " bytes"));
    });
    if (inflate) {
      res.pipe(inflate).pipe(fetchRes);
      inflate.on("error", (err) => fail(err));
    } else {
      res.pipe(fetchRes);
    }
  });
  setImmediate(() => {
    if (body) {
      try {
        if (typeof body.pipe === "function") {
          return body.pipe(req);
        }
        req.write(body);
      } catch (err) {
        return fail(err);
      }
    }
    req.end();
  });
  return fetchRes;
}
nmfetch.Cookies = cookies_default;
nmfetch.DEFAULT_TIMEOUT = DEFAULT_TIMEOUT;
nmfetch.DEFAULT_MAX_TIME = DEFAULT_MAX_TIME;

// node_modules/nodemailer/dist/esm/shared/index.js
var DNS_TTL = 5 * 60 * 1e3;
var CACHE_CLEANUP_INTERVAL = 30 * 1e3;
var _logFunc = (logger, level, defaults, data, message, ...args) => {
  const entry = Object.assign({}, defaults || {}, data || {});
  delete entry.level;
  let logLevel = level;
  if (typeof logger[logLevel] !== "function") {
    logLevel = ["info", "debug", "log", "trace", "warn", "error"].find((name) => typeof logger[name] === "function");
  }
  if (logLevel) {
    logger[logLevel](entry, message, ...args);
  }
};
var getLogger = (options, defaults) => {
  options = options || {};
  const response = {};
  const levels = ["trace", "debug", "info", "warn", "error", "fatal"];
  if (!options.logger) {
    levels.forEach((level) => {
      response[level] = () => false;
    });
    return response;
  }
  const logger = options.logger === true ? createDefaultLogger(levels) : options.logger;
  levels.forEach((level) => {
    response[level] = (...args) => {
      const data = typeof args[0] === "string" ? void 0 : args.shift();
      _logFunc(logger, level, defaults, data, ...args);
    };
  });
  return response;
};
function createDefaultLogger(levels) {
  const levelMaxLen = levels.reduce((max, level) => Math.max(max, level.length), 0);
  const levelNames = /* @__PURE__ */ new Map();
  levels.forEach((level) => {
    let levelName = level.toUpperCase();
    if (levelName.length < levelMaxLen) {
      levelName += " ".repeat(levelMaxLen - levelName.length);
    }
    levelNames.set(level, levelName);
  });
  const print = (level, entry, message, ...args) => {
    let prefix = "";
    if (entry) {
      if (entry.tnx === "server") {
        prefix = "S: ";
      } else if (entry.tnx === "client") {
        prefix = "C: ";
      }
      if (entry.sid) {
        prefix = "[" + entry.sid + "] " + prefix;
      }
      if (entry.cid) {
        prefix = "[#" + entry.cid + "] " + prefix;
      }
    }
    message = util.format(message, ...args);
    message.split(/\r?\n/).forEach((line) => {
      console.log("[%s] %s %s", (/* @__PURE__ */ new Date()).toISOString().substr(0, 19).replace(/T/, " "), levelNames.get(level), prefix + line);
    });
  };
  const logger = {};
  levels.forEach((level) => {
    logger[level] = print.bind(null, level);
  });
  return logger;
}

// node_modules/smtp-server/dist/esm/smtp-server.js
var import_punycode2 = __toESM(require_punycode(), 1);

// node_modules/smtp-server/dist/esm/smtp-connection.js
var import_punycode = __toESM(require_punycode(), 1);
import crypto2 from "node:crypto";
import dns from "node:dns";
import { EventEmitter } from "node:events";
import net4 from "node:net";
import os from "node:os";
import tls from "node:tls";

// node_modules/smtp-server/dist/esm/sasl.js
import crypto from "node:crypto";
import util2 from "node:util";
var CONTROL_CHARS2 = /[\x00-\x1F\x7F-\x9F]/;
var SASL = {
  SASL_PLAIN(args, callback) {
    if (args.length > 1) {
      this.send(501, "Error: syntax: AUTH PLAIN token");
      return callback();
    }
    if (!args.length) {
      this._nextHandler = SASL.PLAIN_token.bind(this, true);
      this.send(334);
      return callback();
    }
    SASL.PLAIN_token.call(this, false, args[0], callback);
  },
  SASL_LOGIN(args, callback) {
    if (args.length > 1) {
      this.send(501, "Error: syntax: AUTH LOGIN");
      return callback();
    }
    if (!args.length) {
      this._nextHandler = SASL.LOGIN_username.bind(this, true);
      this.send(334, "VXNlcm5hbWU6");
      return callback();
    }
    SASL.LOGIN_username.call(this, false, args[0], callback);
  },
  SASL_XOAUTH2(args, callback) {
    if (args.length > 1) {
      this.send(501, "Error: syntax: AUTH XOAUTH2 token");
      return callback();
    }
    if (!args.length) {
      this._nextHandler = SASL.XOAUTH2_token.bind(this, true);
      this.send(334);
      return callback();
    }
    SASL.XOAUTH2_token.call(this, false, args[0], callback);
  },
  "SASL_CRAM-MD5"(args, callback) {
    if (args.length) {
      this.send(501, "Error: syntax: AUTH CRAM-MD5");
      return callback();
    }
    let challenge = util2.format(
      "<%s.%s@%s>",
      crypto.randomBytes(16).toString("hex"),
      // random
      Math.floor(Date.now() / 1e3),
      // timestamp
      this.name
      // hostname
    );
    this._nextHandler = SASL["CRAM-MD5_token"].bind(this, true, challenge);
    this.send(334, Buffer.from(challenge).toString("base64"));
    return callback();
  },
  PLAIN_token(canAbort, rawToken, callback) {
    let token = (rawToken || "").toString().trim();
    if (canAbort && token === "*") {
      this.send(501, "Authentication aborted");
      return callback();
    }
    let data = Buffer.from(token, "base64").toString().split("\0");
    if (data.length !== 3) {
      this.send(501, "Error: invalid userdata");
      return callback();
    }
    let authzid = data[0] || "";
    let authcid = data[1] || "";
    let username = authcid || authzid;
    let password = data[2] || "";
    if (CONTROL_CHARS2.test(username) || CONTROL_CHARS2.test(authzid)) {
      this.send(501, "Error: invalid userdata");
      return callback();
    }
    this._server.onAuth({
      method: "PLAIN",
      username,
      authcid,
      authzid,
      password
    }, this.session, (err, response) => {
      if (err) {
        this._server.logger.info({
          err,
          tnx: "autherror",
          cid: this.id,
          method: "PLAIN",
          user: username
        }, "Authentication error for %s using %s. %s", username, "PLAIN", err.message);
        this.send(err.responseCode || 535, err.message);
        return callback();
      }
      response = response || {};
      if (!response.user) {
        this._server.logger.info({
          tnx: "authfail",
          cid: this.id,
          method: "PLAIN",
          user: username
        }, "Authentication failed for %s using %s", username, "PLAIN");
        this.send(response.responseCode || 535, response.message || "Error: Authentication credentials invalid");
        return callback();
      }
      this._server.logger.info({
        tnx: "auth",
        cid: this.id,
        method: "PLAIN",
        user: username
      }, "%s authenticated using %s", username, "PLAIN");
      this.session.user = response.user;
      this.session.transmissionType = this._transmissionType();
      this.send(235, "Authentication successful");
      callback();
    });
  },
  LOGIN_username(canAbort, rawUsername, callback) {
    let username = (rawUsername || "").toString().trim();
    if (canAbort && username === "*") {
      this.send(501, "Authentication aborted");
      return callback();
    }
    username = Buffer.from(username, "base64").toString();
    if (!username) {
      this.send(501, "Error: missing username");
      return callback();
    }
    if (CONTROL_CHARS2.test(username)) {
      this.send(501, "Error: invalid userdata");
      return callback();
    }
    this._nextHandler = SASL.LOGIN_password.bind(this, username);
    this.send(334, "UGFzc3dvcmQ6");
    return callback();
  },
  LOGIN_password(username, rawPassword, callback) {
    let password = (rawPassword || "").toString().trim();
    if (password === "*") {
      this.send(501, "Authentication aborted");
      return callback();
    }
    password = Buffer.from(password, "base64").toString();
    this._server.onAuth({
      method: "LOGIN",
      username,
      password
    }, this.session, (err, response) => {
      if (err) {
        this._server.logger.info({
          err,
          tnx: "autherror",
          cid: this.id,
          method: "LOGIN",
          user: username
        }, "Authentication error for %s using %s. %s", username, "LOGIN", err.message);
        this.send(err.responseCode || 535, err.message);
        return callback();
      }
      response = response || {};
      if (!response.user) {
        this._server.logger.info({
          tnx: "authfail",
          cid: this.id,
          method: "LOGIN",
          user: username
        }, "Authentication failed for %s using %s", username, "LOGIN");
        this.send(response.responseCode || 535, response.message || "Error: Authentication credentials invalid");
        return callback();
      }
      this._server.logger.info({
        tnx: "auth",
        cid: this.id,
        method: "LOGIN",
        user: username
      }, "%s authenticated using %s", username, "LOGIN");
      this.session.user = response.user;
      this.session.transmissionType = this._transmissionType();
      this.send(235, "Authentication successful");
      callback();
    });
  },
  XOAUTH2_token(canAbort, rawToken, callback) {
    let token = (rawToken || "").toString().trim();
    if (canAbort && token === "*") {
      this.send(501, "Authentication aborted");
      return callback();
    }
    let username;
    let accessToken;
    Buffer.from(token, "base64").toString().split("").forEach((field) => {
      let part = field.split("=");
      let key = part.shift().toLowerCase();
      let value = part.join("=").trim();
      if (key === "user") {
        username = value;
      } else if (key === "auth") {
        let words = value.split(/\s+/);
        if (words.shift().toLowerCase() === "bearer") {
          accessToken = words.join(" ");
        }
      }
    });
    if (!username || !accessToken || CONTROL_CHARS2.test(username)) {
      this.send(501, "Error: invalid userdata");
      return callback();
    }
    this._server.onAuth({
      method: "XOAUTH2",
      username,
      accessToken
    }, this.session, (err, response) => {
      if (err) {
        this._server.logger.info({
          err,
          tnx: "autherror",
          cid: this.id,
          method: "XOAUTH2",
          user: username
        }, "Authentication error for %s using %s. %s", username, "XOAUTH2", err.message);
        this.send(err.responseCode || 535, err.message);
        return callback();
      }
      response = response || {};
      if (!response.user) {
        this._server.logger.info({
          tnx: "authfail",
          cid: this.id,
          method: "XOAUTH2",
          user: username
        }, "Authentication failed for %s using %s", username, "XOAUTH2");
        this._nextHandler = SASL.XOAUTH2_error.bind(this);
        this.send(response.responseCode || 334, Buffer.from(JSON.stringify(response.data || {})).toString("base64"));
        return callback();
      }
      this._server.logger.info({
        tnx: "auth",
        cid: this.id,
        method: "XOAUTH2",
        user: username
      }, "%s authenticated using %s", username, "XOAUTH2");
      this.session.user = response.user;
      this.session.transmissionType = this._transmissionType();
      this.send(235, "Authentication successful");
      callback();
    });
  },
  XOAUTH2_error(_data, callback) {
    this.send(535, "Error: Username and Password not accepted");
    return callback();
  },
  "CRAM-MD5_token"(canAbort, challenge, rawToken, callback) {
    let token = (rawToken || "").toString().trim();
    if (canAbort && token === "*") {
      this.send(501, "Authentication aborted");
      return callback();
    }
    let tokenParts = Buffer.from(token, "base64").toString().split(" ");
    let username = tokenParts.shift();
    let challengeResponse = (tokenParts.shift() || "").toLowerCase();
    if (CONTROL_CHARS2.test(username)) {
      this.send(501, "Error: invalid userdata");
      return callback();
    }
    this._server.onAuth({
      method: "CRAM-MD5",
      username,
      challenge,
      challengeResponse,
      validatePassword(password) {
        let hmac = crypto.createHmac("md5", password);
        let expected = Buffer.from(hmac.update(challenge).digest("hex").toLowerCase());
        let received = Buffer.from(challengeResponse);
        return expected.length === received.length && crypto.timingSafeEqual(expected, received);
      }
    }, this.session, (err, response) => {
      if (err) {
        this._server.logger.info({
          err,
          tnx: "autherror",
          cid: this.id,
          method: "CRAM-MD5",
          user: username
        }, "Authentication error for %s using %s. %s", username, "CRAM-MD5", err.message);
        this.send(err.responseCode || 535, err.message);
        return callback();
      }
      response = response || {};
      if (!response.user) {
        this._server.logger.info({
          tnx: "authfail",
          cid: this.id,
          method: "CRAM-MD5",
          user: username
        }, "Authentication failed for %s using %s", username, "CRAM-MD5");
        this.send(response.responseCode || 535, response.message || "Error: Authentication credentials invalid");
        return callback();
      }
      this._server.logger.info({
        tnx: "auth",
        cid: this.id,
        method: "CRAM-MD5",
        user: username
      }, "%s authenticated using %s", username, "CRAM-MD5");
      this.session.user = response.user;
      this.session.transmissionType = this._transmissionType();
      this.send(235, "Authentication successful");
      callback();
    });
  },
  // this is not a real auth but a username validation initiated by SMTP proxy
  SASL_XCLIENT(args, callback) {
    const username = (args && args[0] || "").toString().trim();
    this._server.onAuth({
      method: "XCLIENT",
      username,
      password: null
    }, this.session, (err, response) => {
      if (err) {
        this._server.logger.info({
          err,
          tnx: "autherror",
          cid: this.id,
          method: "XCLIENT",
          user: username
        }, "Authentication error for %s using %s. %s", username, "XCLIENT", err.message);
        return callback(err);
      }
      if (!response) {
        this._server.logger.info({
          tnx: "authskip",
          cid: this.id,
          method: "XCLIENT",
          user: username
        }, "Authentication skipped for %s using %s", username, "XCLIENT");
        return callback();
      }
      if (!response.user) {
        this._server.logger.info({
          tnx: "authfail",
          cid: this.id,
          method: "XCLIENT",
          user: username
        }, "Authentication failed for %s using %s", username, "XCLIENT");
        return callback(new Error("Authentication credentials invalid"));
      }
      this._server.logger.info({
        tnx: "auth",
        cid: this.id,
        method: "XCLIENT",
        user: username
      }, "%s authenticated using %s", username, "XCLIENT");
      this.session.user = response.user;
      this.session.transmissionType = this._transmissionType();
      callback();
    });
  },
  // Not a mechanism, exposed so that the rest of the library shares one definition.
  // Mechanism lookups use the "SASL_" prefix, so this can not collide with one
  CONTROL_CHARS: CONTROL_CHARS2
};
var sasl_default = SASL;

// node_modules/smtp-server/dist/esm/ipv6-normalize.js
function normalizeIPv6(address) {
  let rest = address.toLowerCase();
  let zone = "";
  const zoneStart = rest.indexOf("%");
  if (zoneStart >= 0) {
    zone = rest.slice(zoneStart);
    rest = rest.slice(0, zoneStart);
  }
  let ipv4 = "";
  const lastColon = rest.lastIndexOf(":");
  if (rest.indexOf(".", lastColon) >= 0) {
    ipv4 = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon + 1);
    if (!rest.endsWith("::")) {
      rest = rest.slice(0, -1);
    }
  }
  const groups = expandGroups(rest, ipv4 ? 6 : 8);
  if (!groups) {
    return address.toLowerCase();
  }
  let result = compressGroups(groups);
  if (ipv4) {
    result += (result.endsWith(":") ? "" : ":") + ipv4;
  }
  return result + zone;
}
function expandGroups(hex, total) {
  const halves = hex.split("::");
  if (halves.length > 2) {
    return null;
  }
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = total - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) {
    return null;
  }
  const groups = [...head, ...new Array(missing).fill("0"), ...tail];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) {
    return null;
  }
  return groups.map((group) => parseInt(group, 16).toString(16));
}
function compressGroups(groups) {
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < groups.length; start++) {
    let end = start;
    while (end < groups.length && groups[end] === "0") {
      end++;
    }
    if (end - start > bestLength) {
      bestStart = start;
      bestLength = end - start;
    }
    start = Math.max(start, end);
  }
  if (bestStart < 0) {
    return groups.join(":");
  }
  return groups.slice(0, bestStart).join(":") + "::" + groups.slice(bestStart + bestLength).join(":");
}

// node_modules/smtp-server/dist/esm/smtp-stream.js
import { PassThrough as PassThrough2, Writable } from "node:stream";
var MAX_SYNC_COMMANDS = 100;
var END_SEQUENCE = Buffer.from("\r\n.\r\n");
var SMTPStream = class extends Writable {
  constructor(options) {
    super(options);
    this._dataMode = false;
    this._dataStream = null;
    this._maxBytes = Infinity;
    this.dataBytes = 0;
    this._atDataStart = false;
    this._continueCallback = false;
    this._remainder = "";
    this._lastBytes = false;
    this._maxCommandLength = options && options.maxCommandLength || 16 * 1024;
    this.isClosed = false;
    this.on("finish", () => this._flushData());
  }
  /**
   * Placeholder command handler. Override this with your own.
   */
  oncommand(_command, _callback) {
    throw new Error("Command handler is not set");
  }
  /**
   * Switch to data mode and return output stream. The dots in the stream are unescaped.
   *
   * @param [maxBytes] Message size limit, sets sizeExceeded on the stream once it is exceeded
   * @returns Data stream
   */
  startDataMode(maxBytes) {
    this._dataMode = true;
    this._maxBytes = maxBytes && Number(maxBytes) || Infinity;
    this.dataBytes = 0;
    this._atDataStart = true;
    let dataStream = new PassThrough2();
    dataStream.byteLength = 0;
    dataStream.sizeExceeded = false;
    this._dataStream = dataStream;
    return dataStream;
  }
  /**
   * Call this once data mode is over and you have finished processing the data stream
   */
  continue() {
    if (typeof this._continueCallback === "function") {
      this._continueCallback();
      this._continueCallback = false;
    } else {
      this._continueCallback = true;
    }
  }
  // PRIVATE METHODS
  /**
   * Counts emitted data bytes and keeps the byteLength/sizeExceeded
   * properties of the data stream up to date while the message is still
   * being received, so that applications can detect an oversized message
   * mid-transfer instead of only after the stream has ended
   */
  _countDataBytes(len) {
    if (len) {
      this._atDataStart = false;
    }
    this.dataBytes += len;
    if (this._dataStream) {
      this._dataStream.byteLength = this.dataBytes;
      if (this.dataBytes > this._maxBytes) {
        this._dataStream.sizeExceeded = true;
      }
    }
  }
  /**
   * Drops the buffered command input and returns the error for an over-length line.
   * Applies to partial and complete lines alike, so the limit does not depend on
   * how the input was chunked
   */
  _commandTooLong() {
    this._remainder = "";
    return new Error("Command line too long");
  }
  /**
   * Writable._write method.
   */
  _write(chunk, encoding, next) {
    if (!chunk || !chunk.length) {
      return next();
    }
    let data;
    let pos = 0;
    let newlineRegex;
    let called = false;
    let done = (err) => {
      if (called) {
        return;
      }
      called = true;
      next(err);
    };
    if (this.isClosed) {
      return done();
    }
    if (!this._dataMode) {
      newlineRegex = /\r?\n/g;
      data = this._remainder + chunk.toString("binary");
      let busy = false;
      let again = false;
      let processed = 0;
      let readLine = () => {
        if (busy) {
          again = true;
          return;
        }
        busy = true;
        try {
          while (true) {
            again = false;
            if (this.isClosed) {
              return done();
            }
            if (this._dataMode) {
              let buf = Buffer.from(data.slice(pos), "binary");
              this._remainder = "";
              return this._write(buf, "buffer", done);
            }
            let match = newlineRegex.exec(data);
            if (!match) {
              this._remainder = pos < data.length ? data.slice(pos) : "";
              if (this._remainder.length > this._maxCommandLength) {
                return done(this._commandTooLong());
              }
              return done();
            }
            let line = data.slice(pos, match.index);
            pos += line.length + match[0].length;
            if (line.length > this._maxCommandLength) {
              return done(this._commandTooLong());
            }
            this.oncommand(Buffer.from(line, "binary"), readLine);
            if (!again) {
              return;
            }
            if (++processed >= MAX_SYNC_COMMANDS) {
              processed = 0;
              setImmediate(readLine);
              return;
            }
          }
        } finally {
          busy = false;
        }
      };
      readLine();
    } else {
      this._feedDataStream(chunk, done);
    }
  }
  /**
   * Processes a chunk in data mode. Escape dots are removed and final dot ends the data mode.
   */
  _feedDataStream(chunk, done) {
    const dataStream = this._dataStream;
    let i;
    let len;
    let handled;
    let buf;
    if (this._lastBytes && this._lastBytes.length) {
      chunk = Buffer.concat([this._lastBytes, chunk], this._lastBytes.length + chunk.length);
      this._lastBytes = false;
    }
    len = chunk.length;
    if (this._atDataStart && len >= 3 && Buffer.compare(chunk.subarray(0, 3), Buffer.from(".\r\n")) === 0) {
      this._endDataMode(false, chunk.subarray(3), done);
      return;
    }
    if (this._atDataStart && len >= 2 && chunk[0] === 46 && chunk[1] === 46) {
      chunk = chunk.subarray(1);
      len--;
      this._atDataStart = false;
    }
    for (i = 2; i < len - 2; i++) {
      if (chunk[i] === 46 && chunk[i - 1] === 10) {
        if (Buffer.compare(chunk.subarray(i - 2, i + 3), END_SEQUENCE) === 0) {
          buf = chunk.subarray(0, i);
          this._countDataBytes(buf.length);
          this._endDataMode(buf, chunk.subarray(i + 3), done);
          return;
        }
        if (chunk[i + 1] === 46) {
          buf = chunk.subarray(0, i);
          this._lastBytes = false;
          this._countDataBytes(buf.length);
          if (dataStream.writable) {
            dataStream.write(buf);
          }
          let rest = chunk.subarray(i + 1);
          setImmediate(() => this._feedDataStream(rest, done));
          return;
        }
      }
    }
    if (chunk.length < 4) {
      this._lastBytes = chunk;
    } else {
      this._lastBytes = chunk.subarray(chunk.length - 4);
    }
    if (this._lastBytes.length < chunk.length) {
      buf = chunk.subarray(0, chunk.length - this._lastBytes.length);
      this._countDataBytes(buf.length);
      if (dataStream.writable) {
        handled = dataStream.write(buf);
        if (!handled && !dataStream.destroyed) {
          let onDrain = () => {
            dataStream.removeListener("drain", onDrain);
            dataStream.removeListener("close", onDrain);
            done();
          };
          dataStream.once("drain", onDrain);
          dataStream.once("close", onDrain);
        } else {
          return done();
        }
      } else {
        return done();
      }
    } else {
      return done();
    }
  }
  /**
   * Flushes remaining bytes
   */
  _flushData() {
    let line;
    if (this._remainder && !this.isClosed) {
      line = this._remainder;
      this._remainder = "";
      this.oncommand(Buffer.from(line, "binary"));
    }
  }
  /**
   * Ends data mode and returns to command mode. Stream is not resumed before #continue is called
   */
  _endDataMode(chunk, remainder, callback) {
    const dataStream = this._dataStream;
    let continueNow = false;
    if (this._continueCallback === true) {
      this._continueCallback = false;
      if (dataStream.destroyed || dataStream.readableEnded) {
        continueNow = true;
      } else {
        dataStream.once("end", () => this._write(remainder, "buffer", callback));
      }
    } else {
      this._continueCallback = () => this._write(remainder, "buffer", callback);
    }
    dataStream.byteLength = this.dataBytes;
    dataStream.sizeExceeded = this.dataBytes > this._maxBytes;
    if (chunk && chunk.length && dataStream.writable) {
      dataStream.end(chunk);
    } else {
      dataStream.end();
    }
    this._dataMode = false;
    this._remainder = "";
    this._dataStream = null;
    if (continueNow) {
      this._write(remainder, "buffer", callback);
    }
  }
};

// node_modules/smtp-server/dist/esm/smtp-connection.js
var SOCKET_TIMEOUT = 60 * 1e3;
var socketTimeout = (options) => options && options.socketTimeout || SOCKET_TIMEOUT;
var HALF_CLOSE_TIMEOUT = 5 * 1e3;
var MAX_HELO_HOSTNAME_LENGTH = 300;
var TLS_SOCKET_OPTIONS = ["requestCert", "rejectUnauthorized", "NPNProtocols", "session", "requestOCSP"];
function createTLSSocketOptions(server) {
  let socketOptions = {
    secureContext: server.secureContext.get("*"),
    isServer: true,
    server: server.server,
    SNICallback: (servername, cb) => server._resolveSNI(servername, cb)
  };
  TLS_SOCKET_OPTIONS.forEach((key) => {
    if (key in server.options) {
      socketOptions[key] = server.options[key];
    }
  });
  return socketOptions;
}
function normalizeTLSError(rawErr, tlsSocket, remoteAddress) {
  let err = rawErr;
  const meta = {};
  if (tlsSocket) {
    meta.tlsProtocol = tlsSocket.getProtocol();
  }
  meta.protocol = "smtp";
  meta.stage = "connect";
  if (remoteAddress !== void 0) {
    meta.remoteAddress = remoteAddress;
  }
  if (err) {
    err.meta = meta;
  }
  if (err && /SSL[23]*_GET_CLIENT_HELLO|ssl[23]*_read_bytes|ssl_bytes_to_cipher_list/i.test(err.message)) {
    let message = err.message;
    err.message = "Failed to establish TLS session";
    err.responseCode = 500;
    err.code = err.code || "TLSError";
    meta.message = message;
  }
  if (!err || !err.message) {
    err = new Error("Socket closed while initiating TLS");
    err.responseCode = 500;
    err.code = "SocketError";
    err.report = false;
    err.meta = meta;
  }
  return err;
}
var QUIET_SOCKET_ERRORS = /* @__PURE__ */ new Set(["ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"]);
var MAIL_VALUE_PARAMS = ["BODY", "SIZE", "RET", "ENVID"];
var RCPT_VALUE_PARAMS = ["NOTIFY", "ORCPT"];
var CONTROL_CHARS3 = sasl_default.CONTROL_CHARS;
var CONTROL_CHARS_GLOBAL = new RegExp(CONTROL_CHARS3.source, "g");
var ADDRESS_UNSAFE_CHARS = /[\x00-\x1F\x7F-\x9F\u200B\u2060\uFEFF]/;
var MAX_HOSTNAME_LENGTH = 253;
var MAX_LABEL_LENGTH = 63;
var HOSTNAME_LABEL = /^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?$/i;
function isValidHostname(hostname) {
  if (!hostname || typeof hostname !== "string" || hostname.length > MAX_HOSTNAME_LENGTH) {
    return false;
  }
  return hostname.replace(/\.$/, "").split(".").every((label) => label.length && label.length <= MAX_LABEL_LENGTH && HOSTNAME_LABEL.test(label));
}
function normalizeAddress(rawAddress) {
  let address = (rawAddress || "").toString().trim().replace(/^::ffff:/i, "");
  if (address && net4.isIPv6(address)) {
    address = normalizeIPv6(address);
  }
  return address.toLowerCase();
}
function isAddressAllowed(option, rawAddress) {
  if (!option) {
    return false;
  }
  if (!Array.isArray(option) || option.includes("*")) {
    return true;
  }
  let address = normalizeAddress(rawAddress);
  return option.some((entry) => normalizeAddress(entry) === address);
}
function isAcceptableHeloHostname(hostname) {
  return hostname.length <= MAX_HELO_HOSTNAME_LENGTH && !CONTROL_CHARS3.test(hostname);
}
function verifyPeerCertificate(tlsSocket, socketOptions) {
  if (!socketOptions.requestCert) {
    return null;
  }
  let handle = tlsSocket._handle;
  if (!handle || typeof handle.verifyError !== "function") {
    return null;
  }
  let verifyError = handle.verifyError();
  if (verifyError) {
    tlsSocket.authorizationError = verifyError.code;
    return socketOptions.rejectUnauthorized ? verifyError : null;
  }
  tlsSocket.authorized = true;
  return null;
}
function parseProxyParameters(parts, allowedKeys, unavailableValues) {
  let params = /* @__PURE__ */ new Map();
  for (let part of parts) {
    let values = part.split("=");
    let key = (values.shift() || "").toUpperCase();
    if (values.length !== 1 || !allowedKeys.includes(key)) {
      return { error: "Error: Bad command parameter syntax" };
    }
    let value = decodeXtext(values[0] || "");
    if (CONTROL_CHARS3.test(value)) {
      return { error: "Error: Bad command parameter syntax" };
    }
    if (unavailableValues.includes(value.toUpperCase())) {
      value = false;
    }
    if (key === "ADDR" && value) {
      value = value.replace(/^IPV6:/i, "");
      if (!net4.isIP(value)) {
        return { error: "Error: Bad command parameter syntax. Invalid address" };
      }
      if (net4.isIPv6(value)) {
        value = normalizeIPv6(value);
      }
    }
    if (key === "NAME" && value && !isValidHostname(value)) {
      return { error: "Error: Bad command parameter syntax. Invalid hostname" };
    }
    if (params.has(key)) {
      continue;
    }
    params.set(key, value);
  }
  return { params };
}
function decodeXtext(value) {
  return value.replace(/\+([0-9A-F]{2})/g, (_match, hex) => String.fromCharCode(parseInt(hex, 16)));
}
var ENHANCED_STATUS_CODES = {
  // Success codes (2xx)
  200: "2.0.0",
  // System status, or system help reply
  211: "2.0.0",
  // System status, or system help reply
  214: "2.0.0",
  // Help message
  220: "2.0.0",
  // Service ready
  221: "2.0.0",
  // Service closing transmission channel
  235: "2.7.0",
  // Authentication successful
  250: "2.0.0",
  // Requested mail action okay, completed
  251: "2.1.5",
  // User not local; will forward
  252: "2.1.5",
  // Cannot VRFY user, but will accept message
  334: "3.7.0",
  // Server challenge for authentication
  354: "2.0.0",
  // Start mail input; end with <CRLF>.<CRLF>
  // Temporary failure codes (4xx)
  420: "4.4.2",
  // Timeout or connection lost (non-standard, used by some servers)
  421: "4.4.2",
  // Service not available, closing transmission channel
  450: "4.2.1",
  // Requested mail action not taken: mailbox unavailable
  451: "4.3.0",
  // Requested action aborted: local error in processing
  452: "4.2.2",
  // Requested action not taken: insufficient system storage
  454: "4.7.0",
  // Temporary authentication failure
  // Permanent failure codes (5xx)
  500: "5.5.2",
  // Syntax error, command unrecognized
  501: "5.5.4",
  // Syntax error in parameters or arguments
  502: "5.5.1",
  // Command not implemented
  503: "5.5.1",
  // Bad sequence of commands
  504: "5.5.4",
  // Command parameter not implemented
  521: "5.3.2",
  // Machine does not accept mail
  523: "5.3.4",
  // Message size exceeds server limit (non-standard, used by some servers)
  530: "5.7.0",
  // Authentication required
  535: "5.7.8",
  // Authentication credentials invalid
  538: "5.7.0",
  // Must issue a STARTTLS command first (non-standard)
  550: "5.1.1",
  // Requested action not taken: mailbox unavailable
  551: "5.1.6",
  // User not local; please try forwarding
  552: "5.2.2",
  // Requested mail action aborted: exceeded storage allocation
  553: "5.1.3",
  // Requested action not taken: mailbox name not allowed
  554: "5.6.0",
  // Transaction failed
  555: "5.5.4",
  // MAIL FROM/RCPT TO parameters not recognized or not implemented
  556: "5.1.10",
  // RCPT TO syntax error (non-standard)
  557: "5.7.1",
  // Delivery not authorized (non-standard, used by some servers)
  558: "5.2.3"
  // Message too large for recipient (non-standard, used by some servers)
};
var SKIPPED_COMMANDS_FOR_ENHANCED_STATUS_CODES = /* @__PURE__ */ new Set(["HELO", "EHLO", "LHLO"]);
var CONTEXTUAL_STATUS_CODES = {
  // Mail transaction specific codes
  MAIL_FROM_OK: "2.1.0",
  // Originator address valid
  RCPT_TO_OK: "2.1.5",
  // Destination address valid
  DATA_OK: "2.6.0",
  // Message accepted for delivery
  // Authentication specific codes
  AUTH_SUCCESS: "2.7.0",
  // Authentication successful
  AUTH_REQUIRED: "5.7.0",
  // Authentication required
  AUTH_INVALID: "5.7.8",
  // Authentication credentials invalid
  // Policy specific codes
  POLICY_VIOLATION: "5.7.1",
  // Delivery not authorized
  NOT_AUTHORIZED: "5.7.0",
  // Command not allowed for this client
  SPAM_REJECTED: "5.7.1",
  // Message refused
  // Mailbox specific codes
  MAILBOX_FULL: "4.2.2",
  // Mailbox full
  TOO_MANY_RECIPIENTS: "4.5.3",
  // Too many recipients
  MAILBOX_NOT_FOUND: "5.1.1",
  // Mailbox does not exist
  MAILBOX_SYNTAX_ERROR: "5.1.3",
  // Invalid mailbox syntax
  SENDER_SYNTAX_ERROR: "5.1.7",
  // Invalid sender mailbox syntax
  // System specific codes
  SYSTEM_ERROR: "4.3.0",
  // System error
  SYSTEM_FULL: "4.3.1",
  // System storage exceeded
  MESSAGE_TOO_BIG: "5.3.4",
  // Message too big for system
  // Network specific codes
  NETWORK_ERROR: "4.4.0",
  // Network routing error
  CONNECTION_TIMEOUT: "4.4.2"
  // Connection timeout
};
var SMTPConnection = class extends EventEmitter {
  constructor(server, socket, options) {
    super();
    this._rcptIndex = /* @__PURE__ */ new Map();
    this._handlerPending = false;
    options = options || {};
    this.id = options.id || BigInt("0x" + crypto2.randomBytes(10).toString("hex")).toString(32).padStart(16, "0");
    this.ignore = options.ignore;
    this._server = server;
    this._socket = socket;
    if (typeof socket.setNoDelay === "function") {
      socket.setNoDelay(true);
    }
    this.session = {
      id: this.id
    };
    this._transactionCounter = 0;
    this._ready = false;
    this._upgrading = false;
    this._nextHandler = false;
    this._parser = this._createParser();
    this._dataStream = false;
    this.session.secure = this.secure = !!this._server.options.secure;
    this.needsUpgrade = !!this._server.options.needsUpgrade;
    this.tlsOptions = this.secure && !this.needsUpgrade && this._socket.getCipher ? this._socket.getCipher() : false;
    this.localAddress = normalizeAddress(options.localAddress || this._socket.localAddress);
    this.localPort = Number(options.localPort || this._socket.localPort) || 0;
    this.remoteAddress = normalizeAddress(options.remoteAddress || this._socket.remoteAddress);
    this.remotePort = Number(options.remotePort || this._socket.remotePort) || 0;
    this._originalRemoteAddress = this.remoteAddress;
    this._unauthenticatedCommands = 0;
    this._maxAllowedUnauthenticatedCommands = this._server.options.maxAllowedUnauthenticatedCommands || 10;
    this._unrecognizedCommands = 0;
    this.name = this._server.options.name || os.hostname();
    this.clientHostname = false;
    this.openingCommand = false;
    this.hostNameAppearsAs = false;
    this._xClient = /* @__PURE__ */ new Map();
    this._xForward = /* @__PURE__ */ new Map();
    this._canEmitConnection = true;
    this._closing = false;
    this._closed = false;
  }
  /**
   * Initiates the connection. Checks connection limits and reverse resolves client hostname. The client
   * is not allowed to send anything before init has finished otherwise 'You talk too soon' error is returned
   */
  init() {
    this._setListeners(() => {
      if (this._server.options.maxClients && this._server.connections.size > this._server.options.maxClients) {
        return this.send(421, this.name + " Too many connected clients, try again in a moment", false);
      }
      let readyTimer = setTimeout(() => this.connectionReady(), 100);
      readyTimer.unref();
    });
  }
  connectionReady(next) {
    let reverseCb = (err, hostnames) => {
      if (err) {
        this._server.logger.error({
          tnx: "connection",
          cid: this.id,
          host: this.remoteAddress,
          hostname: this.clientHostname,
          err
        }, "Reverse resolve for %s: %s", this.remoteAddress, err.message);
      }
      if (this._closing || this._closed) {
        return;
      }
      let resolvedHostname = hostnames && hostnames.shift() || "";
      if (resolvedHostname && !isValidHostname(resolvedHostname)) {
        this._server.logger.info({
          tnx: "connection",
          cid: this.id,
          host: this.remoteAddress,
          hostname: resolvedHostname
        }, "Discarded invalid reverse resolved hostname %s for %s", JSON.stringify(resolvedHostname), this.remoteAddress);
        resolvedHostname = "";
      }
      this._setClientHostname(resolvedHostname);
      this._resetSession();
      let onSecureIfNeeded = (next2) => {
        if (!this.session.secure) {
          return next2();
        }
        this.session.servername = this._socket.servername;
        this._server.onSecure(this._socket, this.session, (err2) => {
          if (err2) {
            return this._refuse(err2, false);
          }
          next2();
        });
      };
      this._server.onConnect(this.session, (err2) => {
        this._server.logger.info({
          tnx: "connection",
          cid: this.id,
          host: this.remoteAddress,
          hostname: this.clientHostname
        }, "Connection from %s", this.clientHostname);
        if (err2) {
          return this._refuse(err2, false);
        }
        onSecureIfNeeded(() => {
          this._ready = true;
          if (!this._server.options.useXClient && !this._server.options.useXForward) {
            this.emitConnection();
          }
          this._sendGreeting();
          if (typeof next === "function") {
            next();
          }
        });
      });
    };
    if (this._server.options.disableReverseLookup) {
      return reverseCb(null, false);
    }
    let greetingSent = false;
    let reverseTimer = setTimeout(() => {
      clearTimeout(reverseTimer);
      if (greetingSent) {
        return;
      }
      greetingSent = true;
      reverseCb(new Error("Timeout"));
    }, 1500);
    reverseTimer.unref();
    const handleResolverResult = (err, hostnames) => {
      clearTimeout(reverseTimer);
      if (greetingSent) {
        return;
      }
      greetingSent = true;
      reverseCb(err, hostnames);
    };
    try {
      if (this._server.options.resolver && typeof this._server.options.resolver.reverse === "function") {
        this._server.options.resolver.reverse(this.remoteAddress.toString(), handleResolverResult);
      } else {
        dns.reverse(this.remoteAddress.toString(), handleResolverResult);
      }
    } catch (E) {
      clearTimeout(reverseTimer);
      if (greetingSent) {
        return;
      }
      greetingSent = true;
      reverseCb(E);
    }
  }
  /**
   * Send data to socket
   *
   * @param code Response code
   * @param data If data is Array, send a multi-line response
   * @param context Optional context for enhanced status codes, false for none
   */
  send(code, data, context) {
    let payload;
    let enhancedCode = this._getEnhancedStatusCode(code, context);
    let sanitize = (line) => (line === void 0 || line === null ? "" : line.toString()).replace(CONTROL_CHARS_GLOBAL, " ");
    if (Array.isArray(data)) {
      payload = data.map((line, i, arr) => {
        let prefix = code + (i < arr.length - 1 ? "-" : " ");
        if (enhancedCode) {
          prefix += enhancedCode + " ";
        }
        return prefix + sanitize(line);
      }).join("\r\n");
    } else {
      let parts = [code];
      if (enhancedCode) {
        parts.push(enhancedCode);
      }
      if (data) {
        parts.push(sanitize(data));
      }
      payload = parts.join(" ");
    }
    if (code >= 400) {
      this.session.error = payload;
    }
    if (code === 334 && payload === "334") {
      payload += " ";
    }
    if (!this._upgrading && this._socket && !this._socket.destroyed && this._socket.readyState === "open") {
      this._socket.write(payload + "\r\n");
      this._server.logger.debug({
        tnx: "send",
        cid: this.id,
        user: this.session.user && this.session.user.username || this.session.user
      }, "S:", payload);
    }
    if (code === 421) {
      this.close();
    }
  }
  /**
   * Refuses the session with the reply of an application handler error and closes the connection
   *
   * @param err Error from onConnect or onSecure, err.responseCode sets the reply code (554 by default)
   * @param [context] Context for enhanced status codes, false for none
   */
  _refuse(err, context) {
    this.send(err.responseCode || 554, err.message, context);
    this.close();
  }
  /**
   * Sends the 220 greeting. A greeting carries no enhanced status code (RFC 2034 section 3)
   */
  _sendGreeting() {
    let options = this._server.options;
    this.send(220, this.name + " " + (options.lmtp ? "LMTP" : "ESMTP") + (options.banner ? " " + options.banner : ""), false);
  }
  /**
   * Close socket
   */
  close() {
    if (!this._socket.destroyed && this._socket.writable) {
      this._socket.end();
    }
    this._server.connections.delete(this);
    if (this._closing) {
      return;
    }
    this._closing = true;
    if (this._parser) {
      this._socket.unpipe(this._parser);
      this._parser.isClosed = true;
    }
    if (!this._upgrading && !this._socket.destroyed) {
      this._socket.resume();
    }
    this._closeTimer = setTimeout(() => {
      if (!this._socket.destroyed) {
        this._socket.destroy();
      }
    }, Math.min(socketTimeout(this._server.options), HALF_CLOSE_TIMEOUT));
    this._closeTimer.unref();
  }
  // PRIVATE METHODS
  /**
   * Creates a command parser for the socket. The TLS session after STARTTLS gets a
   * new one as well, see upgrade()
   *
   * @returns Parser wired to this connection
   */
  _createParser() {
    let parser = new SMTPStream({
      maxCommandLength: this._server.options.maxCommandLength
    });
    parser.oncommand = (command, callback) => this._onCommand(command, callback);
    parser.on("error", (err) => {
      this.send(421, "Error: " + err.message);
    });
    return parser;
  }
  /**
   * Setup socket event handlers
   */
  _setListeners(callback) {
    this._socket.on("close", (hadError) => this._onCloseEvent(hadError));
    this._socket.on("error", (err) => this._onError(err));
    this._armTimeout();
    this._socket.pipe(this._parser);
    if (!this.needsUpgrade) {
      return callback();
    }
    this.upgrade(() => false, callback);
  }
  _onCloseEvent(hadError) {
    this._server.logger.info({
      tnx: "close",
      cid: this.id,
      host: this.remoteAddress,
      user: this.session.user && this.session.user.username || this.session.user,
      hadError
    }, '%s received "close" event from %s' + (hadError ? " after error" : ""), this.id, this.remoteAddress);
    this._onClose();
  }
  /**
   * Fired when the socket is closed
   * @event
   */
  _onClose() {
    clearTimeout(this._closeTimer);
    if (this._parser) {
      this._parser.isClosed = true;
      this._socket.unpipe(this._parser);
      this._parser = false;
    }
    if (this._dataStream) {
      let dataStream = this._dataStream;
      this._dataStream = null;
      if (!dataStream.writableEnded && !dataStream.destroyed) {
        let err = new Error("Connection closed before the message was received in full");
        err.code = "ECONNECTION";
        dataStream.destroy(dataStream.listenerCount("error") ? err : void 0);
      }
    }
    this._server.connections.delete(this);
    if (this._closed) {
      return;
    }
    this._closed = true;
    this._closing = false;
    this._server.logger.info({
      tnx: "close",
      cid: this.id,
      host: this.remoteAddress,
      user: this.session.user && this.session.user.username || this.session.user
    }, "Connection closed to %s", this.clientHostname || this.remoteAddress);
    setImmediate(() => this._server.onClose(this.session, () => false));
  }
  /**
   * Fired when an error occurs with the socket
   *
   * @event
   * @param err Error object
   */
  _onError(err) {
    err.remoteAddress = this.remoteAddress;
    this._server.logger.error({
      err,
      tnx: "error",
      user: this.session.user && this.session.user.username || this.session.user
    }, "%s %s %s", this.id, this.remoteAddress, err.message);
    if (err.code && QUIET_SOCKET_ERRORS.has(err.code) && (!this.session.envelope || !this.session.envelope.mailFrom)) {
      this.close();
      return;
    }
    this.emit("error", err);
  }
  /**
   * Fired when socket timeouts. Closes connection
   *
   * @event
   */
  _onTimeout() {
    if (this._closing) {
      this._socket.destroy();
      return;
    }
    if (this._handlerPending || this._dataStream && this._parser && !this._parser._dataMode) {
      this._armTimeout();
      return;
    }
    this.send(421, "Timeout - closing connection");
  }
  /**
   * Arms the idle timeout of the socket. The listener of socket.setTimeout() runs once,
   * so this is also how the timeout is kept armed after it fired
   *
   * @param [socket] Socket to arm, the current one of the connection by default
   */
  _armTimeout(socket = this._socket) {
    socket.setTimeout(socketTimeout(this._server.options), () => this._onTimeout());
  }
  /**
   * Resumes reading commands once the socket has flushed the replies written so far.
   * A client that pipelines commands without ever reading the replies would otherwise
   * make the server buffer the replies in memory without a limit
   *
   * @param next Callback that resumes the parser
   */
  _whenWritable(next) {
    let socket = this._socket;
    if (socket.writableNeedDrain && !socket.destroyed) {
      socket.once("drain", next);
      return;
    }
    next();
  }
  /**
   * Checks if a selected command is available and invokes it
   *
   * @param command Single line of data from the client
   * @param callback Callback to run once the command is processed
   */
  _onCommand(command, callback) {
    let commandName = (command || "").toString().split(" ").shift().toUpperCase();
    let logged = this._redactCredentials(commandName, (command || "").toString());
    this._server.logger.debug({
      tnx: "command",
      cid: this.id,
      command: logged.commandName,
      user: this.session.user && this.session.user.username || this.session.user
    }, "C:", logged.line);
    let handler;
    const next = callback || (() => false);
    const done = () => this._whenWritable(next);
    if (this._upgrading) {
      return done();
    }
    if (this._server._closeTimeout) {
      return this.send(421, "Server shutting down", commandName);
    }
    if (!this._ready) {
      return this.send(421, this.name + " You talk too soon", commandName);
    }
    if (/^(OPTIONS|GET|HEAD|POST|PUT|DELETE|TRACE|CONNECT) \/.* HTTP\/\d\.\d$/i.test(command.toString())) {
      return this.send(421, "HTTP requests not allowed", commandName);
    }
    if (this._nextHandler) {
      handler = this._nextHandler;
      this._nextHandler = false;
    } else {
      switch (commandName) {
        case "HELO":
        case "EHLO":
        case "LHLO":
          this.openingCommand = commandName;
          break;
      }
      if (this._server.options.lmtp) {
        switch (commandName) {
          case "HELO":
          case "EHLO":
            this.send(500, "Error: " + commandName + " not allowed in LMTP server", false);
            setImmediate(done);
            return;
          case "LHLO":
            commandName = "EHLO";
            break;
        }
      }
      if (this._isSupported(commandName)) {
        handler = this._getHandler(commandName);
      }
    }
    if (!handler) {
      this._unrecognizedCommands++;
      if (this._unrecognizedCommands >= 10) {
        return this.send(421, "Error: too many unrecognized commands", commandName);
      }
      this.send(500, "Error: command not recognized", commandName);
      setImmediate(done);
      return;
    }
    if (!this.session.user && this._isSupported("AUTH") && !this._server.options.authOptional && commandName !== "AUTH" && this._maxAllowedUnauthenticatedCommands !== false) {
      this._unauthenticatedCommands++;
      if (this._unauthenticatedCommands >= this._maxAllowedUnauthenticatedCommands) {
        return this.send(421, "Error: too many unauthenticated commands", commandName);
      }
    }
    if (!this.hostNameAppearsAs && commandName && ["MAIL", "RCPT", "DATA", "AUTH"].includes(commandName)) {
      this.send(503, "Error: send " + (this._server.options.lmtp ? "LHLO" : "HELO/EHLO") + " first");
      setImmediate(done);
      return;
    }
    if (!this.session.user && this._isSupported("AUTH") && ["MAIL", "RCPT", "DATA"].includes(commandName) && !this._server.options.authOptional) {
      this.send(530, typeof this._server.options.authRequiredMessage === "string" ? this._server.options.authRequiredMessage : "Error: authentication Required");
      setImmediate(done);
      return;
    }
    let handlerDone = false;
    let handlerCallback = () => {
      handlerDone = true;
      this._handlerPending = false;
      return done();
    };
    this._handlerPending = true;
    try {
      handler.call(this, command, handlerCallback);
    } catch (E) {
      let err = E;
      this._server.logger.error({
        err,
        tnx: "command",
        cid: this.id,
        command: commandName
      }, "%s Failed to process %s command: %s", this.id, commandName, err.message);
      if (!handlerDone) {
        this.send(451, "Error: internal server error");
        handlerCallback();
      }
    }
  }
  /**
   * Hides credentials from the command log. The argument of AUTH (a base64 PLAIN
   * blob, a LOGIN initial response, an XOAUTH2 token) and every continuation line
   * of an authentication exchange carry them, so those are logged the way the
   * Nodemailer client logs what it sends
   *
   * @param commandName Upper-cased command name
   * @param line Command line as received
   * @returns {commandName, line} safe to log
   */
  _redactCredentials(commandName, line) {
    if (this._nextHandler) {
      return { commandName: "AUTH", line: "/* secured */" };
    }
    if (commandName === "AUTH") {
      let parts = line.trim().split(/\s+/);
      if (parts.length > 2) {
        line = parts.slice(0, 2).join(" ") + " /* secured */";
      }
    }
    return { commandName, line };
  }
  /**
   * Rejects the command with a 501 if a parameter is given more than once or a
   * listed parameter is present without a value
   *
   * @param parsed Result of _parseAddressCommand
   * @param keys Parameter names that require a value
   * @param callback Command callback, called when the command is rejected
   * @returns true if the command was rejected
   */
  _rejectInvalidParams(parsed, keys, callback) {
    let args = parsed.args;
    let error2;
    if (parsed.duplicate) {
      error2 = "Error: duplicate " + parsed.duplicate + " parameter";
    } else {
      let valueless = args && keys.find((key) => args[key] !== void 0 && (typeof args[key] !== "string" || !args[key]));
      if (valueless) {
        error2 = "Error: " + valueless + " parameter requires a value";
      }
    }
    if (!error2) {
      return false;
    }
    this.send(501, error2);
    callback();
    return true;
  }
  /**
   * Checks if a received message has to be refused for its size, which is the case only
   * when the rejectOversized option is set and the message went over the size limit
   *
   * @param dataBytes Number of message bytes received
   * @returns true if the message has to be answered with 552
   */
  _isOversized(dataBytes) {
    let size = Number(this._server.options.size) || 0;
    return !!this._server.options.rejectOversized && size > 0 && dataBytes > size;
  }
  /**
   * Checks that a command is available and is not listed in the disabled commands array.
   * A session.disabledCommands array set by the application (eg. in onConnect) replaces
   * the server wide disabledCommands option for that session
   *
   * @param command Command name
   * @returns Returns true if the command can be used
   */
  _isSupported(command) {
    command = (command || "").toString().trim().toUpperCase();
    return !this._isDisabled(command) && typeof this._getHandler(command) === "function";
  }
  /**
   * Checks if a command is disabled for this session
   *
   * @param command Upper case command name
   * @returns true if the command is listed in the session or the server disabled commands
   */
  _isDisabled(command) {
    let sessionDisabled = this.session.disabledCommands;
    if (Array.isArray(sessionDisabled)) {
      return sessionDisabled.some((entry) => (entry || "").toString().trim().toUpperCase() === command);
    }
    return this._server.options.disabledCommands.includes(command);
  }
  /**
   * Looks up the handler method of a command
   *
   * @param command Upper case command name
   * @returns The handler, if there is one
   */
  _getHandler(command) {
    return this["handler_" + command];
  }
  /**
   * Determines if enhanced status codes should be used
   * @returns {Boolean} True if enhanced status codes should be included in responses
   */
  _useEnhancedStatusCodes() {
    return !this._server.options.hideENHANCEDSTATUSCODES;
  }
  /**
   * Gets the appropriate enhanced status code for a given SMTP response code and context
   * @param code SMTP response code
   * @param context Optional context for more specific status codes
   * @returns Enhanced status code or empty string if not applicable
   */
  _getEnhancedStatusCode(code, context) {
    if (context === false || !this._useEnhancedStatusCodes()) {
      return "";
    }
    if (code >= 300 && code < 400) {
      return "";
    }
    if (context && SKIPPED_COMMANDS_FOR_ENHANCED_STATUS_CODES.has(context)) {
      return "";
    }
    if (context && CONTEXTUAL_STATUS_CODES[context]) {
      return CONTEXTUAL_STATUS_CODES[context];
    }
    if (ENHANCED_STATUS_CODES[code]) {
      return ENHANCED_STATUS_CODES[code];
    }
    if (code >= 200 && code < 300) {
      return "2.0.0";
    }
    if (code >= 400 && code < 500) {
      return "4.0.0";
    }
    if (code >= 500) {
      return "5.0.0";
    }
    return "";
  }
  /**
   * Parses commands like MAIL FROM and RCPT TO. Returns an object with the address and optional arguments.
   *
   * @param rawName Address type, eg 'mail from' or 'rcpt to'
   * @param rawCommand Data payload to parse
   * @returns Parsed address in the form of {address:, args: {}} or false if parsing failed
   */
  _parseAddressCommand(rawName, rawCommand) {
    let command = (rawCommand || "").toString();
    let name = (rawName || "").toString().trim().toUpperCase();
    let parts = command.split(":");
    command = parts.shift().trim().toUpperCase();
    parts = parts.join(":").trim().split(/\s+/);
    let address = parts.shift();
    let args = false;
    let duplicate = false;
    let invalid = false;
    if (name !== command) {
      return false;
    }
    if (!/^<[^<>]*>$/.test(address)) {
      invalid = true;
    } else {
      address = address.slice(1, -1).replace(/^@[^\s,:@]+(?:,@[^\s,:@]+)*:/, "");
    }
    parts.forEach((param) => {
      let part = param.split("=");
      let key = part.shift().toUpperCase();
      let value = part.join("=") || true;
      if (!key || key.trim() === "") {
        return;
      }
      if (typeof value === "string") {
        value = decodeXtext(value);
        if (CONTROL_CHARS3.test(value)) {
          invalid = true;
          return;
        }
      }
      if (!args) {
        args = {};
      }
      if (key in args) {
        duplicate = key;
      }
      args[key] = value;
    });
    if (address && ADDRESS_UNSAFE_CHARS.test(address)) {
      invalid = true;
    } else if (name === "RCPT TO" && address.toLowerCase() === "postmaster") {
    } else if (address) {
      let addressParts = address.split("@");
      if (addressParts.length !== 2 || !addressParts[0] || !addressParts[1]) {
        invalid = true;
      } else {
        let localPart = addressParts[0];
        let domain = addressParts[1];
        if (this._server.options.lenientAddressParsing) {
          try {
            address = [localPart, "@", import_punycode.default.toUnicode(domain)].join("");
          } catch (E) {
            this._server.logger.error({
              tnx: "punycode",
              cid: this.id,
              user: this.session.user && this.session.user.username || this.session.user
            }, 'Failed to process punycode domain "%s". error=%s', domain, E.message);
            address = [localPart, "@", domain].join("");
          }
        } else if (localPart.length + 1 + domain.length > 253) {
          invalid = true;
        } else {
          if (localPart.startsWith(".") || localPart.endsWith(".") || localPart.includes("..")) {
            invalid = true;
          }
          let isIPLiteral = !invalid && domain.startsWith("[") && domain.endsWith("]");
          if (isIPLiteral) {
            let ipContent = domain.slice(1, -1);
            let isValidIP = false;
            if (ipContent.toUpperCase().startsWith("IPV6:")) {
              let ipv6Addr = ipContent.slice(5);
              if (net4.isIPv6(ipv6Addr)) {
                isValidIP = true;
                try {
                  ipv6Addr = normalizeIPv6(ipv6Addr);
                  domain = "[IPv6:" + ipv6Addr + "]";
                } catch {
                }
              }
            } else if (net4.isIPv4(ipContent)) {
              isValidIP = true;
            }
            if (!isValidIP) {
              invalid = true;
            }
            if (!invalid) {
              address = [localPart, "@", domain].join("");
            }
          } else {
            if (!invalid && (domain.startsWith(".") || domain.endsWith(".") || domain.includes("..") || domain.includes(".-") || domain.includes("-.") || !/^[a-zA-Z0-9\u0080-\uFFFF.-]+$/.test(domain))) {
              invalid = true;
            }
            if (!invalid) {
              try {
                address = [localPart, "@", import_punycode.default.toUnicode(domain)].join("");
              } catch (E) {
                this._server.logger.error({
                  tnx: "punycode",
                  cid: this.id,
                  user: this.session.user && this.session.user.username || this.session.user
                }, 'Failed to process punycode domain "%s". error=%s', domain, E.message);
                invalid = true;
              }
            }
          }
        }
      }
    }
    if (invalid) {
      return false;
    }
    let parsed = { address, args };
    if (duplicate) {
      parsed.duplicate = duplicate;
    }
    return parsed;
  }
  /**
   * Resets or sets up a new session. We reuse existing session object to keep
   * application specific data.
   */
  _resetSession() {
    let session = this.session;
    session.localAddress = this.localAddress;
    session.localPort = this.localPort;
    session.remoteAddress = this.remoteAddress;
    session.remotePort = this.remotePort;
    session.clientHostname = this.clientHostname;
    session.openingCommand = this.openingCommand;
    session.hostNameAppearsAs = this.hostNameAppearsAs;
    session.xClient = this._xClient;
    session.xForward = this._xForward;
    session.transmissionType = this._transmissionType();
    session.tlsOptions = this.tlsOptions;
    session.envelope = {
      mailFrom: false,
      rcptTo: [],
      /** @property {boolean} requireTLS - RFC 8689: Indicates client requires TLS for entire delivery chain */
      requireTLS: false,
      /** @property {string} bodyType - RFC 6152: Message body encoding type (7bit or 8bitmime) */
      bodyType: "7bit",
      /** @property {boolean} smtpUtf8 - RFC 6531: Indicates UTF-8 support is requested */
      smtpUtf8: false
    };
    if (!this._server.options.hideDSN) {
      session.envelope.dsn = {
        ret: null,
        // RET parameter from MAIL FROM (FULL or HDRS)
        envid: null
        // ENVID parameter from MAIL FROM
      };
    }
    session.transaction = this._transactionCounter + 1;
    this._rcptIndex = /* @__PURE__ */ new Map();
  }
  /**
   * Stores the hostname of the client. The value always comes from an untrusted
   * source (a PTR record, an XCLIENT/XFORWARD parameter), so normalization lives
   * here rather than at each of the call sites. An empty value falls back to the
   * remote IP address in the [addr] literal form used by Received headers.
   *
   * NB! this normalizes but does not validate - callers that can validate do so
   * before calling, as the accepted shapes differ per source.
   *
   * @param hostname Hostname to store
   */
  _setClientHostname(hostname) {
    hostname = (hostname || "").toString().toLowerCase().replace(/\.$/, "");
    this.clientHostname = hostname || "[" + this.remoteAddress + "]";
  }
  /**
   * Returns current transmission type
   *
   * @return Transmission type
   */
  _transmissionType() {
    let type = this._server.options.lmtp ? "LMTP" : "SMTP";
    if (this.openingCommand === "EHLO") {
      type = "E" + type;
    }
    if (this.secure) {
      type += "S";
    }
    if (this.session.user) {
      type += "A";
    }
    return type;
  }
  emitConnection() {
    if (!this._canEmitConnection) {
      return;
    }
    this._canEmitConnection = false;
    let info = {
      id: this.id,
      localAddress: this.localAddress,
      localPort: this.localPort,
      remoteAddress: this.remoteAddress,
      remotePort: this.remotePort,
      hostNameAppearsAs: this.hostNameAppearsAs,
      clientHostname: this.clientHostname
    };
    this.emit("connect", info);
  }
  // COMMAND HANDLERS
  /**
   * Processes EHLO. Requires valid hostname as the single argument.
   */
  handler_EHLO(command, callback) {
    let parts = command.toString().trim().split(/\s+/);
    let hostname = parts[1] || "";
    if (parts.length !== 2) {
      this.send(501, "Error: syntax: " + (this._server.options.lmtp ? "LHLO" : "EHLO") + " hostname", false);
      return callback();
    }
    if (!isAcceptableHeloHostname(hostname)) {
      this.send(501, "Error: Bad hostname syntax", false);
      return callback();
    }
    this.hostNameAppearsAs = hostname.toLowerCase();
    let features = ["PIPELINING", "8BITMIME", "SMTPUTF8", "ENHANCEDSTATUSCODES", "DSN"].filter((feature) => !this._server.options["hide" + feature]);
    if (this._server.options.authMethods.length && this._isSupported("AUTH") && !this.session.user) {
      features.push(["AUTH"].concat(this._server.options.authMethods).join(" "));
    }
    if (!this.secure && this._isSupported("STARTTLS") && !this._server.options.hideSTARTTLS) {
      features.push("STARTTLS");
    }
    if (this.secure && !this._server.options.hideREQUIRETLS) {
      features.push("REQUIRETLS");
    }
    if (this._server.options.size) {
      features.push("SIZE" + (this._server.options.hideSize ? "" : " " + this._server.options.size));
    }
    if (this._proxyCommandAllowed("XCLIENT", "useXClient")) {
      features.push("XCLIENT NAME ADDR PORT PROTO HELO LOGIN");
    }
    if (this._proxyCommandAllowed("XFORWARD", "useXForward")) {
      features.push("XFORWARD NAME ADDR PORT PROTO HELO IDENT SOURCE");
    }
    this._resetSession();
    let heloResponse = this._server.options.heloResponse || "%s Nice to meet you, %s";
    let replacements = [this.name, this.clientHostname];
    let replacementIndex = 0;
    let formattedResponse = heloResponse.replace(/%s/g, () => replacements[replacementIndex++] || "");
    this.send(250, [formattedResponse].concat(features || []), false);
    callback();
  }
  /**
   * Checks if a proxy command (XCLIENT or XFORWARD) is available. XCLIENT ADDR hands
   * the session over to the actual client, which must not be able to override its
   * own connection details after that, so both commands go away with it
   *
   * @param command Command name
   * @param option Server option that enables the command: true for every
   *     peer, or a list of the peer addresses allowed to use it
   * @returns true if the client may use the command
   */
  _proxyCommandAllowed(command, option) {
    return !this._xClient.has("ADDR") && isAddressAllowed(this._server.options[option], this._originalRemoteAddress) && this._isSupported(command);
  }
  /**
   * Processes HELO. Requires valid hostname as the single argument.
   */
  handler_HELO(command, callback) {
    let parts = command.toString().trim().split(/\s+/);
    let hostname = parts[1] || "";
    if (parts.length !== 2) {
      this.send(501, "Error: Syntax: HELO hostname", false);
      return callback();
    }
    if (!isAcceptableHeloHostname(hostname)) {
      this.send(501, "Error: Bad hostname syntax", false);
      return callback();
    }
    this.hostNameAppearsAs = hostname.toLowerCase();
    this._resetSession();
    let heloResponse = this._server.options.heloResponse || "%s Nice to meet you, %s";
    let replacements = [this.name, this.clientHostname];
    let replacementIndex = 0;
    let formattedResponse = heloResponse.replace(/%s/g, () => replacements[replacementIndex++] || "");
    this.send(250, formattedResponse, false);
    callback();
  }
  /**
   * Processes QUIT. Closes the connection
   */
  handler_QUIT(command, callback) {
    this.send(221, "Bye");
    this.close();
    callback();
  }
  /**
   * Processes NOOP. Does nothing but keeps the connection alive
   */
  handler_NOOP(command, callback) {
    this.send(250, "OK");
    callback();
  }
  /**
   * Processes RSET. Resets user and session info
   */
  handler_RSET(command, callback) {
    this._resetSession();
    this.send(250, "Flushed");
    callback();
  }
  /**
   * Processes HELP. Responds with url to RFC
   */
  handler_HELP(command, callback) {
    this.send(214, "See https://tools.ietf.org/html/rfc5321 for details");
    callback();
  }
  /**
   * Processes VRFY. Does not verify anything
   */
  handler_VRFY(command, callback) {
    if (!command.toString().trim().split(/\s+/)[1]) {
      this.send(501, "Error: Syntax: VRFY address");
      return callback();
    }
    this.send(252, "Try to send something. No promises though");
    callback();
  }
  /**
   * Overrides connection info
   * http://www.postfix.org/XCLIENT_README.html
   */
  handler_XCLIENT(command, callback) {
    if (!this._proxyCommandAllowed("XCLIENT", "useXClient")) {
      this.send(550, "Error: Not allowed", "NOT_AUTHORIZED");
      return callback();
    }
    if (this.session.envelope.mailFrom) {
      this.send(503, "Error: Mail transaction in progress");
      return callback();
    }
    let allowedKeys = ["NAME", "ADDR", "PORT", "PROTO", "HELO", "LOGIN"];
    let parts = command.toString().trim().split(/\s+/);
    parts.shift();
    if (!parts.length) {
      this.send(501, "Error: Bad command parameter syntax");
      return callback();
    }
    let loginValue = false;
    let { params, error: error2 } = parseProxyParameters(parts, allowedKeys, ["[UNAVAILABLE]", "[TEMPUNAVAIL]"]);
    if (!params) {
      this.send(501, error2);
      return callback();
    }
    for (let [key, rawValue] of params) {
      let value = rawValue;
      switch (key) {
        // handled outside the switch
        case "LOGIN":
          loginValue = rawValue;
          break;
        case "ADDR":
          if (value) {
            this._server.logger.info({
              tnx: "xclient",
              cid: this.id,
              xclientKey: "ADDR",
              xclient: value,
              user: this.session.user && this.session.user.username || this.session.user
            }, "XCLIENT from %s through %s", value, this.remoteAddress);
            if (!this._xClient.has("ADDR:DEFAULT")) {
              this._xClient.set("ADDR:DEFAULT", this.remoteAddress);
            }
            this.remoteAddress = value;
            this.hostNameAppearsAs = false;
            this.session.user = false;
          }
          break;
        case "NAME":
          value = value || "";
          this._server.logger.info({
            tnx: "xclient",
            cid: this.id,
            xclientKey: "NAME",
            xclient: value,
            user: this.session.user && this.session.user.username || this.session.user
          }, 'XCLIENT hostname resolved as "%s"', value);
          if (!this._xClient.has("NAME:DEFAULT")) {
            this._xClient.set("NAME:DEFAULT", this.clientHostname || "");
          }
          this._setClientHostname(value);
          break;
        case "PORT":
          value = Number(value) || "";
          this._server.logger.info({
            tnx: "xclient",
            cid: this.id,
            xclientKey: "PORT",
            xclient: value,
            user: this.session.user && this.session.user.username || this.session.user
          }, 'XCLIENT remote port resolved as "%s"', value);
          if (!this._xClient.has("PORT:DEFAULT")) {
            this._xClient.set("PORT:DEFAULT", this.remotePort || "");
          }
          this.remotePort = value;
          break;
        default:
      }
      this._xClient.set(key, value);
    }
    let checkLogin = (done) => {
      if (typeof loginValue !== "string") {
        return done();
      }
      if (!loginValue) {
        this._server.logger.info({
          tnx: "deauth",
          cid: this.id,
          user: this.session.user && this.session.user.username || this.session.user
        }, "User deauthenticated using %s", "XCLIENT");
        this.session.user = false;
        return done();
      }
      sasl_default.SASL_XCLIENT.call(this, [loginValue], (err) => {
        if (err) {
          this.send(550, err.message);
          this.close();
          return callback();
        }
        return done();
      });
    };
    if (this.remoteAddress && !this.clientHostname) {
      this._setClientHostname("");
    }
    if (params.has("ADDR")) {
      this.emitConnection();
    }
    checkLogin(() => {
      this._resetSession();
      this._sendGreeting();
      callback();
    });
  }
  /**
   * Processes XFORWARD data
   * http://www.postfix.org/XFORWARD_README.html
   */
  handler_XFORWARD(command, callback) {
    if (!this._proxyCommandAllowed("XFORWARD", "useXForward")) {
      this.send(550, "Error: Not allowed", "NOT_AUTHORIZED");
      return callback();
    }
    if (this.session.envelope.mailFrom) {
      this.send(503, "Error: Mail transaction in progress");
      return callback();
    }
    let allowedKeys = ["NAME", "ADDR", "PORT", "PROTO", "HELO", "IDENT", "SOURCE"];
    let parts = command.toString().trim().split(/\s+/);
    let hasAddr = false;
    parts.shift();
    if (!parts.length) {
      this.send(501, "Error: Bad command parameter syntax");
      return callback();
    }
    let { params, error: error2 } = parseProxyParameters(parts, allowedKeys, ["[UNAVAILABLE]"]);
    if (!params) {
      this.send(501, error2);
      return callback();
    }
    for (let [key, rawValue] of params) {
      let value = rawValue;
      switch (key) {
        case "ADDR":
          if (value) {
            this._server.logger.info({
              tnx: "xforward",
              cid: this.id,
              xforwardKey: "ADDR",
              xforward: value,
              user: this.session.user && this.session.user.username || this.session.user
            }, "XFORWARD from %s through %s", value, this.remoteAddress);
            if (!this._xForward.has("ADDR:DEFAULT")) {
              this._xForward.set("ADDR:DEFAULT", this.remoteAddress);
            }
            hasAddr = true;
            this.remoteAddress = value;
          }
          break;
        case "NAME":
          value = value || "";
          this._server.logger.info({
            tnx: "xforward",
            cid: this.id,
            xforwardKey: "NAME",
            xforward: value,
            user: this.session.user && this.session.user.username || this.session.user
          }, 'XFORWARD hostname resolved as "%s"', value);
          this._setClientHostname(value);
          break;
        case "PORT":
          value = Number(value) || 0;
          this._server.logger.info({
            tnx: "xforward",
            cid: this.id,
            xforwardKey: "PORT",
            xforward: value,
            user: this.session.user && this.session.user.username || this.session.user
          }, 'XFORWARD port resolved as "%s"', value);
          this.remotePort = value;
          break;
        case "HELO":
          value = (value || "").toString().toLowerCase();
          this._server.logger.info({
            tnx: "xforward",
            cid: this.id,
            xforwardKey: "HELO",
            xforward: value,
            user: this.session.user && this.session.user.username || this.session.user
          }, 'XFORWARD HELO name resolved as "%s"', value);
          this.hostNameAppearsAs = value;
          break;
        default:
      }
      this._xForward.set(key, value);
    }
    this._resetSession();
    if (hasAddr) {
      this._canEmitConnection = true;
      this.emitConnection();
    }
    this.send(250, "OK");
    callback();
  }
  /**
   * Upgrades connection to TLS if possible
   */
  handler_STARTTLS(command, callback) {
    if (command.toString().trim().split(/\s+/).length > 1) {
      this.send(501, "Error: syntax: STARTTLS");
      return callback();
    }
    if (this.secure) {
      this.send(503, "Error: TLS already active");
      return callback();
    }
    this.send(220, "Ready to start TLS");
    this.upgrade(callback);
  }
  /**
   * Check if selected authentication is available and delegate auth data to SASL
   */
  handler_AUTH(command, callback) {
    let args = command.toString().trim().split(/\s+/);
    let method;
    let handler;
    args.shift();
    method = (args.shift() || "").toString().toUpperCase();
    let mechanism = sasl_default["SASL_" + method];
    handler = typeof mechanism === "function" ? mechanism.bind(this) : void 0;
    if (!this.secure && this._isSupported("STARTTLS") && !this._server.options.hideSTARTTLS && !this._server.options.allowInsecureAuth) {
      this.send(538, "Error: Must issue a STARTTLS command first");
      return callback();
    }
    if (this.session.user) {
      this.send(503, "Error: No identity changes permitted");
      return callback();
    }
    if (!this._server.options.authMethods.includes(method) || typeof handler !== "function") {
      this.send(504, "Error: Unrecognized authentication type");
      return callback();
    }
    handler(args, callback);
  }
  /**
   * Validates MAIL FROM parameters
   * @param parsed - Parsed address command with args
   * @returns Returns error object {code, message, enhancedCode} if validation fails, null if successful
   */
  _validateMailParams(parsed) {
    const args = parsed.args || {};
    if (args.SIZE) {
      if (!/^\d{1,20}$/.test(args.SIZE)) {
        return {
          code: 501,
          message: "Error: Bad message size syntax",
          enhancedCode: null
        };
      }
      if (!this._server.options.hideSize && this._server.options.size && Number(args.SIZE) > this._server.options.size) {
        return {
          code: 552,
          message: "Error: message exceeds fixed maximum message size " + this._server.options.size,
          enhancedCode: "MESSAGE_TOO_BIG"
        };
      }
    }
    if (args.BODY) {
      const bodyType = args.BODY.toLowerCase();
      if (bodyType !== "7bit" && bodyType !== "8bitmime") {
        return {
          code: 501,
          message: "Invalid BODY parameter value. Must be 7BIT or 8BITMIME",
          enhancedCode: null
        };
      }
    }
    if (args.SMTPUTF8 !== void 0) {
      if (args.SMTPUTF8 !== true) {
        return {
          code: 501,
          message: "Invalid SMTPUTF8 parameter. This flag does not accept a value",
          enhancedCode: null
        };
      }
    }
    if (args.REQUIRETLS !== void 0) {
      if (!this.secure) {
        return {
          code: 530,
          message: "REQUIRETLS not permitted on non-TLS connections",
          enhancedCode: null
        };
      }
      if (args.REQUIRETLS !== true) {
        return {
          code: 501,
          message: "Invalid REQUIRETLS parameter. This flag does not accept a value",
          enhancedCode: null
        };
      }
    }
    if (!this._server.options.hideDSN) {
      if (args.RET) {
        const ret = args.RET.toUpperCase();
        if (ret !== "FULL" && ret !== "HDRS") {
          return {
            code: 501,
            message: "Invalid RET parameter value. Must be FULL or HDRS",
            enhancedCode: null
          };
        }
      }
    }
    return null;
  }
  /**
   * Applies validated MAIL FROM parameters to session envelope
   * @param parsed - Parsed address command with args
   */
  _applyMailParams(parsed) {
    const args = parsed.args || {};
    const envelope2 = this.session.envelope;
    if (args.BODY) {
      envelope2.bodyType = args.BODY.toLowerCase();
    }
    if (args.SMTPUTF8 === true) {
      envelope2.smtpUtf8 = true;
    }
    if (args.REQUIRETLS === true) {
      envelope2.requireTLS = true;
    }
    if (!this._server.options.hideDSN) {
      if (args.RET) {
        envelope2.dsn.ret = args.RET.toUpperCase();
      }
      if (args.ENVID) {
        envelope2.dsn.envid = args.ENVID;
      }
    }
  }
  /**
   * Processes MAIL FROM command, parses address and extra arguments
   */
  handler_MAIL(command, callback) {
    let parsed = this._parseAddressCommand("mail from", command);
    this.emitConnection();
    if (!parsed) {
      this.send(501, "Error: Bad sender address syntax", "SENDER_SYNTAX_ERROR");
      return callback();
    }
    if (this._rejectInvalidParams(parsed, MAIL_VALUE_PARAMS, callback)) {
      return;
    }
    if (this.session.envelope.mailFrom) {
      this.send(503, "Error: nested MAIL command");
      return callback();
    }
    const validationError = this._validateMailParams(parsed);
    if (validationError) {
      this.send(validationError.code, validationError.message, validationError.enhancedCode || void 0);
      return callback();
    }
    this._applyMailParams(parsed);
    this._server.onMailFrom(parsed, this.session, (err) => {
      if (err) {
        this.send(err.responseCode || 550, err.message);
        return callback();
      }
      this.session.envelope.mailFrom = parsed;
      this.send(250, "Accepted", "MAIL_FROM_OK");
      callback();
    });
  }
  /**
   * Processes RCPT TO command, parses address and extra arguments
   */
  handler_RCPT(command, callback) {
    let parsed = this._parseAddressCommand("rcpt to", command);
    if (!parsed || !parsed.address) {
      this.send(501, "Error: Bad recipient address syntax", "MAILBOX_SYNTAX_ERROR");
      return callback();
    }
    if (this._rejectInvalidParams(parsed, RCPT_VALUE_PARAMS, callback)) {
      return;
    }
    if (!this.session.envelope.mailFrom) {
      this.send(503, "Error: need MAIL command");
      return callback();
    }
    const args = parsed.args || {};
    if (!this._server.options.hideDSN) {
      if (args.NOTIFY) {
        const notify = args.NOTIFY.toUpperCase();
        const validNotifyValues = ["NEVER", "SUCCESS", "FAILURE", "DELAY"];
        const notifyValues = notify.split(",");
        for (let value of notifyValues) {
          if (!validNotifyValues.includes(value)) {
            this.send(501, "Error: NOTIFY parameter must be NEVER, SUCCESS, FAILURE, or DELAY");
            return callback();
          }
        }
        if (notifyValues.includes("NEVER") && notifyValues.length > 1) {
          this.send(501, "Error: NOTIFY=NEVER cannot be combined with other values");
          return callback();
        }
        parsed.dsn = parsed.dsn || {};
        parsed.dsn.notify = notifyValues;
      }
      if (args.ORCPT && !/^[a-z0-9!#$%&'*+/=?^_`{|}~-]+;./i.test(args.ORCPT)) {
        this.send(501, "Error: Bad ORCPT parameter syntax");
        return callback();
      }
      if (args.ORCPT) {
        parsed.dsn = parsed.dsn || {};
        parsed.dsn.orcpt = args.ORCPT;
      }
    }
    let addressKey = parsed.address.toLowerCase();
    let maxRecipients = Number(this._server.options.maxRecipients) || 0;
    if (maxRecipients && this.session.envelope.rcptTo.length >= maxRecipients && !this._rcptIndex.has(addressKey)) {
      this.send(452, "Error: too many recipients", "TOO_MANY_RECIPIENTS");
      return callback();
    }
    this._server.onRcptTo(parsed, this.session, (err) => {
      if (err) {
        this.send(err.responseCode || 550, err.message);
        return callback();
      }
      let rcptTo = this.session.envelope.rcptTo;
      let index = this._rcptIndex.get(addressKey);
      if (index !== void 0 && !(rcptTo[index] && rcptTo[index].address.toLowerCase() === addressKey)) {
        index = rcptTo.findIndex((rcpt) => rcpt.address.toLowerCase() === addressKey);
      }
      if (index !== void 0 && index >= 0) {
        rcptTo[index] = parsed;
      } else {
        rcptTo.push(parsed);
        this._rcptIndex.set(addressKey, rcptTo.length - 1);
      }
      this.send(250, "Accepted", "RCPT_TO_OK");
      callback();
    });
  }
  /**
   * Processes DATA by forwarding incoming stream to the onData handler
   */
  handler_DATA(command, callback) {
    if (!this.session.envelope.rcptTo.length) {
      this.send(503, "Error: need RCPT command");
      return callback();
    }
    if (!this._parser) {
      return callback();
    }
    const parser = this._parser;
    this._dataStream = parser.startDataMode(this._server.options.size);
    let close = (err, message) => {
      let i, len;
      this._server.logger.debug({
        tnx: "data",
        cid: this.id,
        bytes: parser.dataBytes,
        user: this.session.user && this.session.user.username || this.session.user
      }, "C: <%s bytes of DATA>", parser.dataBytes);
      if (this._dataStream && this._dataStream.readable) {
        this._dataStream.removeAllListeners();
      }
      this._dataStream = false;
      if (this._isOversized(parser.dataBytes)) {
        this._server.logger.info({
          tnx: "data",
          cid: this.id,
          bytes: parser.dataBytes,
          size: this._server.options.size
        }, "Rejected message of %s bytes, the limit is %s bytes", parser.dataBytes, this._server.options.size);
        let replies = this._server.options.lmtp ? this.session.envelope.rcptTo.length : 1;
        for (i = 0; i < replies; i++) {
          this.send(552, "Error: message exceeds fixed maximum message size " + this._server.options.size, "MESSAGE_TOO_BIG");
        }
      } else if (err) {
        if (this._server.options.lmtp) {
          for (i = 0, len = this.session.envelope.rcptTo.length; i < len; i++) {
            this.send(err.responseCode || 450, err.message);
          }
        } else {
          this.send(err.responseCode || 450, err.message);
        }
      } else if (Array.isArray(message)) {
        message.forEach((response) => {
          if (/Error\]$/i.test(Object.prototype.toString.call(response))) {
            let error2 = response;
            this.send(error2.responseCode || 450, error2.message);
          } else {
            this.send(250, typeof response === "string" ? response : "OK: message accepted", "DATA_OK");
          }
        });
      } else if (this._server.options.lmtp) {
        for (i = 0, len = this.session.envelope.rcptTo.length; i < len; i++) {
          this.send(250, typeof message === "string" ? message : "OK: message accepted", "DATA_OK");
        }
      } else {
        this.send(250, typeof message === "string" ? message : "OK: message queued", "DATA_OK");
      }
      this._transactionCounter++;
      this._unrecognizedCommands = 0;
      this._resetSession();
      if (this._parser) {
        this._parser.continue();
      }
    };
    this._server.onData(this._dataStream, this.session, (err, message) => {
      if (this._dataStream && this._dataStream.readable) {
        let dataStream = this._dataStream;
        dataStream.on("end", () => close(err, message));
        if (dataStream.readableFlowing === null) {
          dataStream.resume();
        }
        return;
      }
      close(err, message);
    });
    this.send(354, "End data with <CR><LF>.<CR><LF>");
    callback();
  }
  // Dummy handlers for some old sendmail specific commands
  /**
   * Processes sendmail WIZ command, upgrades to "wizard mode"
   */
  handler_WIZ(command, callback) {
    let args = command.toString().trim().split(/\s+/);
    let password;
    args.shift();
    password = (args.shift() || "").toString();
    if (!password) {
      this.send(500, "You are no wizard!");
      return callback();
    }
    this.session.isWizard = true;
    this.send(200, "Please pass, oh mighty wizard");
    callback();
  }
  /**
   * Processes sendmail SHELL command, should return interactive shell but this is a dummy function
   * so no actual shell is provided to the client
   */
  handler_SHELL(command, callback) {
    this._server.logger.info({
      tnx: "shell",
      cid: this.id,
      user: this.session.user && this.session.user.username || this.session.user
    }, "Client tried to invoke SHELL");
    if (!this.session.isWizard) {
      this.send(500, "Mere mortals must not mutter that mantra");
      return callback();
    }
    this.send(500, "Error: Invoking shell is not allowed. This incident will be reported.");
    callback();
  }
  /**
   * Processes sendmail KILL command
   */
  handler_KILL(command, callback) {
    this._server.logger.info({
      tnx: "kill",
      cid: this.id,
      user: this.session.user && this.session.user.username || this.session.user
    }, "Client tried to invoke KILL");
    this.send(500, "Can not kill Mom");
    callback();
  }
  upgrade(callback, secureCallback) {
    this._socket.unpipe(this._parser);
    this._parser.isClosed = true;
    this._parser = this._createParser();
    this._upgrading = true;
    setImmediate(callback);
    let secureSocket;
    let onError = (rawErr) => {
      let err = normalizeTLSError(rawErr, secureSocket);
      if (secureSocket && !secureSocket.destroyed) {
        secureSocket.destroy();
      }
      if (this._socket !== secureSocket && !this._socket.destroyed) {
        this._socket.destroy();
      }
      this._onError(err);
    };
    let socketOptions = createTLSSocketOptions(this._server);
    this._socket.removeAllListeners();
    this._socket.on("error", (err) => this._onError(err));
    const tlsSocket = new tls.TLSSocket(this._socket, socketOptions);
    secureSocket = tlsSocket;
    tlsSocket.once("close", (hadError) => this._onCloseEvent(hadError));
    tlsSocket.once("error", (err) => onError(err));
    tlsSocket.once("_tlsError", (err) => onError(err));
    tlsSocket.once("clientError", (err) => onError(err));
    this._armTimeout(tlsSocket);
    tlsSocket.once("secure", () => {
      if (!this._parser) {
        return;
      }
      let verifyError = verifyPeerCertificate(tlsSocket, socketOptions);
      if (verifyError) {
        tlsSocket.destroy(verifyError);
        return;
      }
      this.session.secure = this.secure = true;
      this._socket = tlsSocket;
      this._upgrading = false;
      this.session.user = false;
      this.hostNameAppearsAs = false;
      this.openingCommand = false;
      this._resetSession();
      this.session.tlsOptions = this.tlsOptions = tlsSocket.getCipher();
      this.session.servername = tlsSocket.servername;
      let cipher = this.session.tlsOptions && this.session.tlsOptions.name;
      this._server.logger.info({
        tnx: "starttls",
        cid: this.id,
        user: this.session.user && this.session.user.username || this.session.user,
        cipher
      }, "Connection upgraded to TLS using", cipher || "N/A");
      this._server.onSecure(this._socket, this.session, (err) => {
        if (!this._parser) {
          return;
        }
        if (err) {
          return this._refuse(err);
        }
        this._socket.pipe(this._parser);
        if (typeof secureCallback === "function") {
          secureCallback();
        }
      });
    });
  }
};

// node_modules/smtp-server/dist/esm/tls-options.js
import crypto3 from "node:crypto";
var tlsDefaults = {
  // pregenerated default certificates for localhost
  // obviusly, do not use in production
  key: "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA6Z5Qqhw+oWfhtEiMHE32Ht94mwTBpAfjt3vPpX8M7DMCTwHs\n1xcXvQ4lQ3rwreDTOWdoJeEEy7gMxXqH0jw0WfBx+8IIJU69xstOyT7FRFDvA1yT\nRXY2yt9K5s6SKken/ebMfmZR+03ND4UFsDzkz0FfgcjrkXmrMF5Eh5UXX/+9YHeU\nxlp0gMAt+/SumSmgCaysxZLjLpd4uXz+X+JVxsk1ACg1NoEO7lWJC/3WBP7MIcu2\nwVsMd2XegLT0gWYfT1/jsIH64U/mS/SVXC9QhxMl9Yfko2kx1OiYhDxhHs75RJZh\nrNRxgfiwgSb50Gw4NAQaDIxr/DJPdLhgnpY6UQIDAQABAoIBAE+tfzWFjJbgJ0ql\ns6Ozs020Sh4U8TZQuonJ4HhBbNbiTtdDgNObPK1uNadeNtgW5fOeIRdKN6iDjVeN\nAuXhQrmqGDYVZ1HSGUfD74sTrZQvRlWPLWtzdhybK6Css41YAyPFo9k4bJ2ZW2b/\np4EEQ8WsNja9oBpttMU6YYUchGxo1gujN8hmfDdXUQx3k5Xwx4KA68dveJ8GasIt\nd+0Jd/FVwCyyx8HTiF1FF8QZYQeAXxbXJgLBuCsMQJghlcpBEzWkscBR3Ap1U0Zi\n4oat8wrPZGCblaA6rNkRUVbc/+Vw0stnuJ/BLHbPxyBs6w495yBSjBqUWZMvljNz\nm9/aK0ECgYEA9oVIVAd0enjSVIyAZNbw11ElidzdtBkeIJdsxqhmXzeIFZbB39Gd\nbjtAVclVbq5mLsI1j22ER2rHA4Ygkn6vlLghK3ZMPxZa57oJtmL3oP0RvOjE4zRV\ndzKexNGo9gU/x9SQbuyOmuauvAYhXZxeLpv+lEfsZTqqrvPUGeBiEQcCgYEA8poG\nWVnykWuTmCe0bMmvYDsWpAEiZnFLDaKcSbz3O7RMGbPy1cypmqSinIYUpURBT/WY\nwVPAGtjkuTXtd1Cy58m7PqziB7NNWMcsMGj+lWrTPZ6hCHIBcAImKEPpd+Y9vGJX\noatFJguqAGOz7rigBq6iPfeQOCWpmprNAuah++cCgYB1gcybOT59TnA7mwlsh8Qf\nbm+tSllnin2A3Y0dGJJLmsXEPKtHS7x2Gcot2h1d98V/TlWHe5WNEUmx1VJbYgXB\npw8wj2ACxl4ojNYqWPxegaLd4DpRbtW6Tqe9e47FTnU7hIggR6QmFAWAXI+09l8y\namssNShqjE9lu5YDi6BTKwKBgQCuIlKGViLfsKjrYSyHnajNWPxiUhIgGBf4PI0T\n/Jg1ea/aDykxv0rKHnw9/5vYGIsM2st/kR7l5mMecg/2Qa145HsLfMptHo1ZOPWF\n9gcuttPTegY6aqKPhGthIYX2MwSDMM+X0ri6m0q2JtqjclAjG7yG4CjbtGTt/UlE\nWMlSZwKBgQDslGeLUnkW0bsV5EG3AKRUyPKz/6DVNuxaIRRhOeWVKV101claqXAT\nwXOpdKrvkjZbT4AzcNrlGtRl3l7dEVXTu+dN7/ZieJRu7zaStlAQZkIyP9O3DdQ3\nrIcetQpfrJ1cAqz6Ng0pD0mh77vQ13WG1BBmDFa2A9BuzLoBituf4g==\n-----END RSA PRIVATE KEY-----",
  cert: "-----BEGIN CERTIFICATE-----\nMIICpDCCAYwCCQCuVLVKVTXnAjANBgkqhkiG9w0BAQsFADAUMRIwEAYDVQQDEwls\nb2NhbGhvc3QwHhcNMTUwMjEyMTEzMjU4WhcNMjUwMjA5MTEzMjU4WjAUMRIwEAYD\nVQQDEwlsb2NhbGhvc3QwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQDp\nnlCqHD6hZ+G0SIwcTfYe33ibBMGkB+O3e8+lfwzsMwJPAezXFxe9DiVDevCt4NM5\nZ2gl4QTLuAzFeofSPDRZ8HH7wgglTr3Gy07JPsVEUO8DXJNFdjbK30rmzpIqR6f9\n5sx+ZlH7Tc0PhQWwPOTPQV+ByOuReaswXkSHlRdf/71gd5TGWnSAwC379K6ZKaAJ\nrKzFkuMul3i5fP5f4lXGyTUAKDU2gQ7uVYkL/dYE/swhy7bBWwx3Zd6AtPSBZh9P\nX+OwgfrhT+ZL9JVcL1CHEyX1h+SjaTHU6JiEPGEezvlElmGs1HGB+LCBJvnQbDg0\nBBoMjGv8Mk90uGCeljpRAgMBAAEwDQYJKoZIhvcNAQELBQADggEBABXm8GPdY0sc\nmMUFlgDqFzcevjdGDce0QfboR+M7WDdm512Jz2SbRTgZD/4na42ThODOZz9z1AcM\nzLgx2ZNZzVhBz0odCU4JVhOCEks/OzSyKeGwjIb4JAY7dh+Kju1+6MNfQJ4r1Hza\nSVXH0+JlpJDaJ73NQ2JyfqELmJ1mTcptkA/N6rQWhlzycTBSlfogwf9xawgVPATP\n4AuwgjHl12JI2HVVs1gu65Y3slvaHRCr0B4+Kg1GYNLLcbFcK+NEHrHmPxy9TnTh\nZwp1dsNQU+Xkylz8IUANWSLHYZOMtN2e5SKIdwTtl5C8YxveuY8YKb1gDExnMraT\nVGXQDqPleug=\n-----END CERTIFICATE-----",
  honorCipherOrder: true,
  requestOCSP: false,
  sessionIdContext: crypto3.createHash("sha1").update(process.argv.join(" ")).digest("hex").slice(0, 32),
  minVersion: "TLSv1"
  // sadly there are very old SMTP clients out there
};
function getTLSOptions(opts) {
  return Object.assign({}, tlsDefaults, opts || {});
}

// node_modules/smtp-server/dist/esm/smtp-server.js
var CLOSE_TIMEOUT = 30 * 1e3;
var MAX_PROXY_HEADER_LENGTH = 1024;
var PROXY_REJECT_LINGER = 1e3;
var SMTPServer = class extends EventEmitter2 {
  constructor(options) {
    super();
    this.options = options || {};
    let hasOwnCertificate = !!(this.options.key || this.options.cert || this.options.pfx || this.options.SNICallback || this.options.sniOptions);
    this.options.disabledCommands = [].concat(this.options.disabledCommands || []).map((command) => (command || "").toString().toUpperCase().trim());
    this._warnAboutDefaultCertificate(hasOwnCertificate);
    this.updateSecureContext();
    this.options.authMethods = [].concat(this.options.authMethods || []).map((method) => (method || "").toString().toUpperCase().trim());
    if (!this.options.authMethods.length) {
      this.options.authMethods = ["LOGIN", "PLAIN"];
    }
    if (this.options.hideENHANCEDSTATUSCODES === void 0) {
      this.options.hideENHANCEDSTATUSCODES = true;
    }
    if (this.options.hideDSN === void 0) {
      this.options.hideDSN = true;
    }
    if (this.options.hideREQUIRETLS === void 0) {
      this.options.hideREQUIRETLS = true;
    }
    this.logger = getLogger(this.options, {
      component: this.options.component || "smtp-server"
    });
    ["onConnect", "onSecure", "onAuth", "onMailFrom", "onRcptTo", "onData", "onClose"].forEach((handler) => {
      if (typeof this.options[handler] === "function") {
        this[handler] = this.options[handler];
      }
    });
    this._closeTimeout = false;
    this.connections = /* @__PURE__ */ new Set();
    this._pendingSockets = /* @__PURE__ */ new Map();
    let implicitTLS = !!(this.options.secure && !this.options.needsUpgrade);
    this.server = net5.createServer(this.options, (socket) => {
      let handshake = implicitTLS && !this.options.secured;
      let release = this._acceptSocket(socket, handshake);
      if (!release) {
        return;
      }
      this._handleProxy(socket, (err, socketOptions) => {
        if (err || !handshake) {
          release();
          if (!err) {
            this.connect(socket, socketOptions);
          }
          return;
        }
        this._upgrade(socket, (err2, tlsSocket) => {
          release();
          if (err2) {
            socket.destroy();
            return this._onError(err2);
          }
          this.connect(tlsSocket, socketOptions);
        });
      });
    });
    this._setListeners();
  }
  /**
   * The built-in certificate is only meant for testing. Its private key is
   * published in the source tree, so anyone can intercept "encrypted" sessions
   * that rely on it. Make sure the operator knows.
   *
   * Runs once from the constructor. This has to write to stderr rather than to
   * this.logger, which does not exist yet and is a no-op unless logging was
   * explicitly enabled, so an explicit `logger: false` is honored as an opt-out
   *
   * @param hasOwnCertificate Whether the operator supplied a certificate
   */
  _warnAboutDefaultCertificate(hasOwnCertificate) {
    let terminatesTls = !this.options.secured && (this.options.secure || !(this.options.hideSTARTTLS || this.options.disabledCommands.includes("STARTTLS")));
    if (!terminatesTls || hasOwnCertificate || this.options.logger === false) {
      return;
    }
    console.error("WARNING: smtp-server is using the built-in default TLS certificate. The private key of this certificate is publicly known, so TLS sessions are NOT secure. Provide your own key/cert options in production.");
  }
  connect(socket, socketOptions) {
    let connection = new SMTPConnection(this, socket, socketOptions);
    this.connections.add(connection);
    connection.on("error", (err) => this._onError(err));
    connection.on("connect", (data) => this._onClientConnect(data));
    connection.init();
  }
  listen(...args) {
    return this.server.listen(...args);
  }
  /**
   * Closes the server
   *
   * @param callback Callback to run once the server is fully closed
   */
  close(callback) {
    let connections = this.connections.size;
    let timeout = this.options.closeTimeout || CLOSE_TIMEOUT;
    this.server.close(() => {
      clearTimeout(this._closeTimeout || void 0);
      if (typeof callback === "function") {
        return callback();
      }
    });
    this._pendingSockets.forEach((topSocket) => topSocket.destroy());
    if (connections) {
      this.logger.info({
        tnx: "close"
      }, "Server closing with %s pending connection%s, waiting %s seconds before terminating", connections, connections !== 1 ? "s" : "", timeout / 1e3);
    }
    this._closeTimeout = setTimeout(() => {
      connections = this.connections.size;
      if (connections) {
        this.logger.info({
          tnx: "close"
        }, "Closing %s pending connection%s to close the server", connections, connections !== 1 ? "s" : "");
        this.connections.forEach((connection) => {
          connection.send(421, "Server shutting down");
          connection.close();
        });
      }
      if (typeof callback === "function") {
        const realCallback = callback;
        callback = null;
        realCallback();
        return;
      }
    }, timeout);
    this._closeTimeout.unref();
  }
  /**
   * Authentication handler. Override this
   *
   * @param auth Authentication options
   * @param session Session of the connection
   * @param callback Callback to run once the user is authenticated
   */
  onAuth(auth, session, callback) {
    if (auth.method === "XOAUTH2") {
      return callback(null, {
        data: {
          status: "401",
          schemes: "bearer mac",
          scope: "https://mail.google.com/"
        }
      });
    }
    if (auth.method === "XCLIENT") {
      return callback(void 0);
    }
    return callback(null, {
      message: "Authentication not implemented"
    });
  }
  /** Connection handler. Override this */
  onConnect(session, callback) {
    setImmediate(callback);
  }
  /** MAIL FROM handler. Override this */
  onMailFrom(address, session, callback) {
    setImmediate(callback);
  }
  /** RCPT TO handler. Override this */
  onRcptTo(address, session, callback) {
    setImmediate(callback);
  }
  /** TLS handler, called once the TLS session is established. Override this */
  onSecure(socket, session, callback) {
    setImmediate(callback);
  }
  /** Message handler. Override this */
  onData(stream, session, callback) {
    let chunklen = 0;
    stream.on("data", (chunk) => {
      chunklen += chunk.length;
    });
    stream.on("end", () => {
      this.logger.info({
        tnx: "message",
        size: chunklen
      }, "<received %s bytes>", chunklen);
      callback();
    });
  }
  /** Called once a connection is closed. Override this */
  onClose(_session, _callback) {
  }
  /**
   * Rebuilds the TLS contexts, with the given options merged into the server options first
   *
   * @param [options] TLS options to apply
   */
  updateSecureContext(options) {
    Object.assign(this.options, options);
    let defaultTlsOptions = getTLSOptions(this.options);
    this.secureContext = /* @__PURE__ */ new Map();
    this.secureContext.set("*", tls2.createSecureContext(defaultTlsOptions));
    let ctxMap = this.options.sniOptions || {};
    if (ctxMap instanceof Map || typeof ctxMap.get === "function") {
      ctxMap.forEach((ctx, servername) => {
        this.secureContext.set(this._normalizeHostname(servername), tls2.createSecureContext(getTLSOptions(ctx)));
      });
    } else {
      let ctxObject = ctxMap;
      Object.keys(ctxObject).forEach((servername) => {
        this.secureContext.set(this._normalizeHostname(servername), tls2.createSecureContext(getTLSOptions(ctxObject[servername])));
      });
    }
    if (this.options.secure) {
      Object.keys(defaultTlsOptions || {}).forEach((key) => {
        if (!(key in this.options)) {
          this.options[key] = defaultTlsOptions[key];
        }
      });
    }
  }
  // PRIVATE METHODS
  /**
   * Setup server event handlers
   */
  _setListeners() {
    let server = this.server;
    server.once("listening", () => this._onListening());
    server.once("close", () => this._onClose(server));
    server.on("error", (err) => this._onError(err));
  }
  /**
   * Called when server started listening
   *
   * @event
   */
  _onListening() {
    let serverAddress = this.server.address();
    let address = serverAddress && typeof serverAddress === "object" ? serverAddress : { address: null, port: null, family: null };
    this.logger.info(
      //
      {
        tnx: "listen",
        host: address.address,
        port: address.port,
        secure: !!this.options.secure,
        protocol: this.options.lmtp ? "LMTP" : "SMTP"
      },
      "%s%s Server listening on %s:%s",
      this.options.secure ? "Secure " : "",
      this.options.lmtp ? "LMTP" : "SMTP",
      address.family === "IPv4" ? address.address : "[" + address.address + "]",
      address.port
    );
  }
  /**
   * Called when server is closed
   *
   * @event
   */
  _onClose(server) {
    this.logger.info({
      tnx: "closed"
    }, (this.options.lmtp ? "LMTP" : "SMTP") + " Server closed");
    if (server !== this.server) {
      return;
    }
    this.emit("close");
  }
  /**
   * Called when an error occurs with the server
   *
   * @event
   */
  _onError(err) {
    this.emit("error", err);
  }
  /**
   * Guards a freshly accepted socket until it is handed over to connect(). Until
   * then SMTPConnection's idle timeout and maxClients check do not cover it, so a
   * client that never sends the PROXY header or never completes the implicit TLS
   * handshake would otherwise hold the socket forever.
   *
   * @param socket Accepted socket
   * @param handshake true if an implicit TLS handshake precedes connect()
   * @returns Function that removes the guard, or false if the socket was refused
   */
  _acceptSocket(socket, handshake) {
    if (!handshake && !this._expectsProxyHeader(socket)) {
      return () => {
      };
    }
    if (this.options.maxClients && this._pendingSockets.size >= this.options.maxClients) {
      socket.on("error", () => false);
      socket.destroy();
      return false;
    }
    this._pendingSockets.set(socket, socket);
    let onTimeout = () => {
      this.logger.info({
        tnx: "connection",
        host: socket.remoteAddress
      }, "Closing connection from %s, it did not reach the SMTP session in time", socket.remoteAddress);
      socket.destroy();
    };
    let released = false;
    let release = () => {
      if (released) {
        return;
      }
      released = true;
      this._pendingSockets.delete(socket);
      socket.removeListener("close", release);
      socket.removeListener("timeout", onTimeout);
      socket.setTimeout(0);
    };
    socket.once("close", release);
    socket.setTimeout(socketTimeout(this.options), onTimeout);
    return release;
  }
  /**
   * Checks if a PROXY protocol header is expected from this socket before the SMTP
   * session starts: from every peer with useProxy: true, from the listed peers only
   * with an array (addresses are normalized, so an IPv4 peer of a dual-stack listener
   * matches its IPv4 entry)
   *
   * @param socket Accepted socket
   * @returns true if the header is expected
   */
  _expectsProxyHeader(socket) {
    return isAddressAllowed(this.options.useProxy, socket.remoteAddress);
  }
  _handleProxy(socket, callback) {
    let socketOptions = {
      id: BigInt("0x" + crypto4.randomBytes(10).toString("hex")).toString(32).padStart(16, "0")
    };
    if (!this._expectsProxyHeader(socket)) {
      socketOptions.ignore = this.options.ignoredHosts && this.options.ignoredHosts.includes(socket.remoteAddress);
      setImmediate(() => callback(null, socketOptions));
      return;
    }
    let chunks = [];
    let chunklen = 0;
    let finished = false;
    let onError;
    let onClose;
    let onEnd;
    let socketReader;
    let cleanup = () => {
      socket.removeListener("readable", socketReader);
      socket.removeListener("error", onError);
      socket.removeListener("close", onClose);
      socket.removeListener("end", onEnd);
    };
    let done = (err, opts) => {
      if (finished) {
        return;
      }
      finished = true;
      if (err) {
        socket.on("error", () => {
        });
        if (socket.writableEnded) {
          setTimeout(() => socket.destroy(), PROXY_REJECT_LINGER).unref();
        } else {
          socket.destroy();
        }
      }
      cleanup();
      callback(err, opts);
    };
    onError = (err) => {
      this.logger.info({
        tnx: "proxy",
        cid: socketOptions.id,
        err
      }, "[%s] PROXY socket error before header was received: %s", socketOptions.id, err.message);
      done(err);
    };
    onClose = () => {
      done(new Error("Socket closed before PROXY header was received"));
    };
    onEnd = () => {
      done(new Error("Socket ended before PROXY header was received"));
    };
    let rejectInvalid = (message) => {
      try {
        socket.end("* BAD Invalid PROXY header\r\n");
      } catch {
      }
      return done(new Error(message || "Invalid PROXY header"));
    };
    socketReader = () => {
      let chunk;
      while ((chunk = socket.read()) !== null) {
        for (let i = 0, len = chunk.length; i < len; i++) {
          let chr = chunk[i];
          if (chr === 10) {
            if (chunklen + i + 1 > MAX_PROXY_HEADER_LENGTH) {
              return rejectInvalid("PROXY header line too long");
            }
            chunks.push(chunk.subarray(0, i + 1));
            chunklen += i + 1;
            let remainder = chunk.subarray(i + 1);
            if (remainder.length) {
              socket.unshift(remainder);
            }
            let header = Buffer.concat(chunks, chunklen).toString().trim();
            let params = header.split(" ");
            let commandName = params.shift().toUpperCase();
            if (commandName !== "PROXY") {
              return rejectInvalid();
            }
            if (params[1]) {
              let proxiedAddress = params[1].trim().toLowerCase();
              if (!net5.isIP(proxiedAddress)) {
                return rejectInvalid("Invalid PROXY source address");
              }
              socketOptions.remoteAddress = proxiedAddress;
              socketOptions.ignore = this.options.ignoredHosts && this.options.ignoredHosts.includes(socketOptions.remoteAddress);
              try {
                if (!socketOptions.ignore) {
                  this.logger.info({
                    tnx: "proxy",
                    cid: socketOptions.id,
                    proxy: socketOptions.remoteAddress
                  }, "[%s] PROXY from %s through %s (%s)", socketOptions.id, socketOptions.remoteAddress, params[2].trim().toLowerCase(), JSON.stringify(params));
                }
              } catch {
                return rejectInvalid();
              }
              if (params[3]) {
                socketOptions.remotePort = Number(params[3].trim()) || socketOptions.remotePort;
              }
            }
            return done(null, socketOptions);
          }
        }
        chunks.push(chunk);
        chunklen += chunk.length;
        if (chunklen > MAX_PROXY_HEADER_LENGTH) {
          return rejectInvalid("PROXY header line too long");
        }
      }
    };
    socket.on("readable", socketReader);
    socket.on("error", onError);
    socket.on("close", onClose);
    socket.on("end", onEnd);
  }
  /**
   * Called when a new connection is established. This might not be the same time the socket is opened
   *
   * @event
   */
  _onClientConnect(data) {
    this.emit("connect", data);
  }
  /**
   * Normalize hostname
   *
   * @event
   */
  _normalizeHostname(hostname) {
    try {
      hostname = import_punycode2.default.toUnicode((hostname || "").toString().trim()).toLowerCase();
    } catch (E) {
      let err = E;
      this.logger.error({
        tnx: "punycode"
      }, 'Failed to process punycode domain "%s". error=%s', hostname, err.message);
    }
    return hostname;
  }
  /**
   * SNICallback for sockets upgraded by the server itself (implicit TLS and STARTTLS).
   * Normalizes the requested name and resolves it with options.SNICallback if the
   * operator supplied one, or from sniOptions otherwise. Falls back to the default
   * context if no specific one was found
   *
   * @param servername Server name requested by the client
   * @param cb Callback to run with the secure context
   */
  _resolveSNI(servername, cb) {
    servername = this._normalizeHostname(servername);
    if (typeof this.options.SNICallback !== "function") {
      return cb(null, this.secureContext.get(servername) || this.secureContext.get("*"));
    }
    this.options.SNICallback(servername, (err, context) => {
      if (err) {
        this.logger.error({
          tnx: "sni",
          servername,
          err
        }, "Failed to fetch SNI context for servername %s", servername);
      }
      return cb(null, context || this.secureContext.get("*"));
    });
  }
  _upgrade(socket, callback) {
    let socketOptions = createTLSSocketOptions(this);
    let returned = false;
    let tlsSocket;
    let onError = (rawErr) => {
      if (returned) {
        return;
      }
      returned = true;
      callback(normalizeTLSError(rawErr, tlsSocket, socket.remoteAddress));
    };
    socket.once("error", onError);
    socket.setTimeout(0);
    const secureSocket = new tls2.TLSSocket(socket, socketOptions);
    tlsSocket = secureSocket;
    if (this._pendingSockets.has(socket)) {
      this._pendingSockets.set(socket, secureSocket);
    }
    let onHandshakeTimeout = () => {
      let err = new Error("TLS handshake timeout");
      err.code = "ERR_TLS_HANDSHAKE_TIMEOUT";
      secureSocket.destroy(err);
    };
    secureSocket.setTimeout(socketTimeout(this.options), onHandshakeTimeout);
    let onClose = () => onError();
    secureSocket.once("close", onClose);
    secureSocket.once("error", onError);
    secureSocket.once("_tlsError", onError);
    secureSocket.once("clientError", onError);
    secureSocket.once("tlsClientError", onError);
    secureSocket.on("secure", () => {
      secureSocket.setTimeout(0, onHandshakeTimeout);
      socket.removeListener("error", onError);
      secureSocket.removeListener("close", onClose);
      secureSocket.removeListener("error", onError);
      secureSocket.removeListener("_tlsError", onError);
      secureSocket.removeListener("clientError", onError);
      secureSocket.removeListener("tlsClientError", onError);
      if (returned) {
        try {
          secureSocket.end();
        } catch {
        }
        return;
      }
      returned = true;
      let verifyError = verifyPeerCertificate(secureSocket, socketOptions);
      if (verifyError) {
        verifyError.meta = {
          tlsProtocol: secureSocket.getProtocol(),
          protocol: "smtp",
          stage: "connect",
          remoteAddress: socket.remoteAddress
        };
        secureSocket.destroy();
        return callback(verifyError);
      }
      return callback(null, secureSocket);
    });
  }
};

// src/cli/drill-email.ts
var RELAY_SECRET = "drill-relay-secret";
async function startMailboxes(sandbox) {
  const received = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    onData(stream, session, callback) {
      simple_parser_default(stream).then(
        (mail) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: mail.subject ?? "", text: mail.text ?? "" });
          callback();
        },
        (error2) => callback(error2)
      );
    }
  });
  await new Promise((resolve3) => smtp.listen(0, "127.0.0.1", resolve3));
  const smtpUrl = `smtp://127.0.0.1:${smtp.server.address().port}`;
  const relay = createRelayApp({ repo: sandbox.defaultRepo, secret: RELAY_SECRET, token: sandbox.token, apiUrl: sandbox.url, log: () => {
  } });
  return {
    env: { SITREP_SMTP_URL: smtpUrl },
    smtpUrl,
    received,
    async receive(email) {
      const headers = [
        { Name: "Message-ID", Value: email.messageId },
        ...email.inReplyTo ? [{ Name: "In-Reply-To", Value: email.inReplyTo }, { Name: "References", Value: email.inReplyTo }] : []
      ];
      const body = {
        From: email.from,
        FromFull: { Email: email.from, Name: "", MailboxHash: "" },
        To: "support@ops.example",
        ToFull: [{ Email: "support@ops.example", Name: "Support", MailboxHash: "" }],
        CcFull: [],
        Subject: email.subject,
        MessageID: "c1a0b2e4-0000-4000-8000-000000000001",
        TextBody: email.text,
        HtmlBody: "",
        Headers: headers
      };
      const response = await relay.fetch(
        new Request("http://relay.drill/email", {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Basic ${Buffer.from(`sitrep:${RELAY_SECRET}`).toString("base64")}` },
          body: JSON.stringify(body)
        })
      );
      return response.status;
    },
    close: () => new Promise((resolve3) => smtp.close(() => resolve3()))
  };
}

// src/cli/drill.ts
var DRILL_USAGE = `Usage: sitrep drill [--scenario <name>] [--out <dir>]

Rehearses a whole incident on a local GitHub sandbox: a repository set up by "sitrep init",
responders acting through the issue form and /inc commands, and sitrep's real action
(dist/index.js) run for every event as a GitHub runner runs it. Prints a transcript, writes the
resulting repository (incident file, postmortem, follow-up issues) to a folder, and exits 1 if
any step did not produce what it should.

Scenarios:
  p1-outage        a P1: roles, a missed update and its reminder, escalation, a regression out
                   of monitoring, resolve, the postmortem pull request, its merge, the follow-ups
  declined-triage  a customer report in triage that turns out not to be an incident
  customer-email   a customer's urgent email through the relay declares in triage; triage
                   makes it a P2 and investigates; the customer's reply is logged on it; public
                   updates are emailed to that customer only (a local SMTP server receives
                   them); the incident is resolved

Options:
  --scenario <name>   default: p1-outage
  --out <dir>         where to write the repository (default: .drill/<scenario>)
`;
var Drill = class {
  constructor(sandbox, script) {
    this.sandbox = sandbox;
    this.script = script;
  }
  sandbox;
  script;
  incident = 0;
  postmortemPr = 0;
  runs = [];
  /** The email side (customer-email): a relay in front of the sandbox and an SMTP server's mailboxes. */
  email;
  get repo() {
    return this.sandbox.repo();
  }
  record() {
    const text = this.repo.readFile(`incidents/INC-${this.incident}.md`);
    return text ? parseIncident(text).document?.record : void 0;
  }
  log() {
    const text = this.incident ? this.repo.readFile(`incidents/INC-${this.incident}.md`) : void 0;
    return text && parseIncident(text).document?.log || [];
  }
  botComments() {
    return this.repo.botComments(this.incident);
  }
  async run(event2, inputs = {}) {
    const run = await runAction({ sandbox: this.sandbox, ...event2, script: this.script, inputs, ...this.email ? { env: this.email.env } : {} });
    this.runs.push(run);
    if (run.exitCode !== 0) throw new Error(`the action failed (exit ${run.exitCode}):
${run.stderr || run.stdout}`);
    return run;
  }
  async comment(as, body) {
    const comment = this.repo.comment(this.incident, body, { as });
    return this.run(issueCommentEvent(this.sandbox, "created", { commentId: comment.id }));
  }
  async sweep() {
    return this.run(scheduleEvent(this.sandbox));
  }
};
var P1_FORM = [
  ["Severity", "P1 \u2014 Critical \u2014 a customer production system is impaired"],
  ["Summary", "Checkout API returns 502 for EU customers since about 09:50 UTC."],
  ["Impact", "All EU checkouts fail, about 30% of orders."],
  ["Affected services", "checkout-api"],
  ["Affected customers", "acme"],
  ["Impact started at", "2026-11-21 09:50 UTC"],
  ["How was it detected?", "alert"],
  ["Type", "incident"]
];
var TRIAGE_FORM = [
  ["Severity", "Not sure \u2014 triage"],
  ["Summary", "Globex says some invoices show the wrong currency."],
  ["Impact", "One customer, invoices only."],
  ["Affected services", "billing"],
  ["Affected customers", "globex"],
  ["Impact started at", "_No response_"],
  ["How was it detected?", "customer"],
  ["Type", "incident"]
];
function formBody(fields) {
  return fields.map(([label, value]) => `### ${label}

${value}`).join("\n\n");
}
var CONFIG_CHANGES = [
  ['coordinators: []          # e.g. ["@acme/incident-coordinators"]', 'coordinators: ["@acme/incident-coordinators"]'],
  ['customers: {}             # e.g. { acme: ["@acme/account-team", "oncall@acme.example"] }', 'customers: { acme: ["@acme/account-team"] }'],
  ["routes: {}                # e.g. { checkout-api: acme/checkout }", "routes: { checkout-api: acme/checkout }"]
];
function emailConfig(text) {
  const at = text.indexOf("\n# Customers by email");
  const yaml = text.slice(text.indexOf("# email:", at)).replace(/^# ?/gm, "");
  const base2 = text.slice(0, at).replace(/^notify: \[\]\n/m, "").replace(/^ {2}customers: \{ acme: \["@acme\/account-team"\] \}\n/m, "");
  const merged = yaml.replace("escalation:\n  customers:\n", "").replace(/^ {4}acme: .*\n?/m, "").concat('  - { name: globex-mail, type: email, url_env: SITREP_SMTP_URL, from: "Status <status@ops.example>", to: [ops@globex.example] }\n');
  const customers = '  customers:\n    acme: { contacts: ["@acme.example", "jane@acme.example"], notify: [acme-mail] }\n    globex: { contacts: ["@globex.example"], notify: [globex-mail] }\n';
  return `${base2.replace(/^escalation:\n/m, `escalation:
${customers}`)}
${merged}`;
}
function declare(title, form) {
  return async (drill) => {
    const issue = drill.repo.createIssue({ as: "bob", title, body: formBody(form), labels: ["incident"] });
    drill.incident = issue.number;
    return drill.run(issuesEvent(drill.sandbox, "opened", { number: issue.number }));
  };
}
function check(condition, problem) {
  return condition ? void 0 : problem;
}
function reminderKinds(drill) {
  return drill.botComments().flatMap((c) => {
    const kind = /<!-- sitrep:reminder kind=(\w+)/.exec(c.body)?.[1];
    return kind ? [kind] : [];
  });
}
function emailIn(from, subject, text, messageId, inReplyTo) {
  return async (drill) => {
    const email = drill.email;
    if (!email) throw new Error("this scenario has no relay");
    const status = await email.receive({ from, subject, text, messageId, ...inReplyTo ? { inReplyTo } : {} });
    if (status !== 202) throw new Error(`the relay answered ${status}, not 202`);
    const run = await drill.run(repositoryDispatchEvent(drill.sandbox));
    const id = /^INC-(\d+)$/.exec(run.outputs.incident ?? "");
    if (id) drill.incident = Number(id[1]);
    return run;
  };
}
function mailTo(drill, address) {
  return drill.email?.received.filter((m) => m.to.includes(address)) ?? [];
}
var SCENARIOS = {
  "p1-outage": [
    {
      at: 0,
      who: "bob",
      does: 'declares "Checkout API returns 502 for EU customers" with the issue form (P1)',
      act: declare("Checkout API returns 502 for EU customers", P1_FORM),
      expect: (d) => check(d.record()?.status === "investigating" && d.record()?.roles.operations === "bob", "no P1 incident in investigating with bob as operations")
    },
    {
      at: 4,
      who: "alice",
      does: "takes command: /inc role ic @alice, /inc role comms @carol",
      act: (d) => d.comment("alice", "Taking this.\n/inc role ic @alice\n/inc role comms @carol"),
      expect: (d) => check(d.record()?.roles.coordinator === "alice" && d.record()?.roles.communications === "carol" && Boolean(d.record()?.acknowledged_at), "roles not assigned")
    },
    {
      at: 10,
      who: "carol",
      does: "/inc update Investigating elevated 502s on checkout-api in eu-west. next: 20m",
      act: (d) => d.comment("carol", "/inc update Investigating elevated 502s on checkout-api in eu-west. next: 20m"),
      expect: (d) => check(d.record()?.next_update_due === "2026-11-21T10:30:00Z", "next update not due at 10:30")
    },
    {
      at: 12,
      who: "bob",
      does: "/inc note Deploy 1234 rolled out at 09:48",
      act: (d) => d.comment("bob", "/inc note Deploy 1234 rolled out at 09:48"),
      expect: () => void 0
    },
    {
      at: 40,
      who: "schedule",
      does: "the cadence sweep runs; the 10:30 update is 10 minutes late",
      act: (d) => d.sweep(),
      expect: (d) => check(reminderKinds(d).join() === "update", "no single update reminder posted")
    },
    {
      at: 50,
      who: "schedule",
      does: "the sweep runs again",
      act: (d) => d.sweep(),
      expect: (d) => check(reminderKinds(d).join() === "update", "the update reminder was posted twice")
    },
    {
      at: 95,
      who: "schedule",
      does: "the sweep runs; the update is now 65 minutes late",
      act: (d) => d.sweep(),
      expect: (d) => check(reminderKinds(d).join() === "update,escalation", "no escalation to the coordinators team")
    },
    {
      at: 97,
      who: "carol",
      does: "/inc update Rolled back deploy 1234; error rate is falling.",
      act: (d) => d.comment("carol", "/inc update Rolled back deploy 1234; error rate is falling."),
      expect: (d) => check(d.record()?.next_update_due === "2026-11-21T12:07:00Z", "the cadence did not restart at 11:37")
    },
    {
      at: 100,
      who: "bob",
      does: "/inc status monitoring error rate back to baseline",
      act: (d) => d.comment("bob", "/inc status monitoring error rate back to baseline"),
      expect: (d) => check(d.record()?.status === "monitoring" && d.record()?.mitigated_at === "2026-11-21T11:40:00Z", "not in monitoring")
    },
    {
      at: 130,
      who: "bob",
      does: "/inc status fixing errors are back in eu-west-2 (a regression)",
      act: (d) => d.comment("bob", "/inc status fixing errors are back in eu-west-2"),
      expect: (d) => check(d.record()?.status === "fixing" && d.record()?.mitigated_at === "2026-11-21T11:40:00Z", "regression not recorded")
    },
    {
      at: 135,
      who: "alice",
      does: "records two follow-ups with /inc followup",
      act: (d) => d.comment(
        "alice",
        "/inc followup Alert on 5xx ratio per region owner: @carol repo: acme/checkout due: 2026-12-05\n/inc followup Add a canary stage for config deploys owner: @bob"
      ),
      expect: () => void 0
    },
    {
      at: 150,
      who: "bob",
      does: "/inc status monitoring fix deployed to eu-west-2",
      act: (d) => d.comment("bob", "/inc status monitoring fix deployed to eu-west-2"),
      expect: (d) => check(d.record()?.status === "monitoring", "not back in monitoring")
    },
    {
      at: 210,
      who: "alice",
      does: "/inc resolve all green for an hour",
      act: (d) => d.comment("alice", "/inc resolve all green for an hour"),
      expect: (d) => {
        const pull = d.repo.pulls({ state: "open" }).find((p) => p.head === `sitrep/postmortem/INC-${d.incident}`);
        if (pull) d.postmortemPr = pull.number;
        return check(d.record()?.status === "resolved" && Boolean(pull) && d.record()?.postmortem === pull?.url, "no postmortem pull request recorded");
      }
    },
    {
      at: 300,
      who: "alice",
      does: "writes the root cause on the postmortem branch and merges the pull request",
      act: async (d) => {
        const branch = `sitrep/postmortem/INC-${d.incident}`;
        const path = `postmortems/INC-${d.incident}.md`;
        const text = d.repo.readFile(path, { ref: branch }) ?? "";
        const edited = text.replace(/(## Root cause\n\n)[\s\S]*?(\n## )/, "$1A config change in deploy 1234 removed the EU upstream pool.\n$2");
        d.repo.writeFile(path, edited, { as: "alice", branch, message: "Root cause" });
        d.repo.mergePull(d.postmortemPr, { as: "alice" });
        return d.run(pullRequestEvent(d.sandbox, "closed", { number: d.postmortemPr, sender: "alice" }));
      },
      expect: (d) => {
        const followups = d.sandbox.repo("acme/checkout").issues({ state: "all" }).length + d.repo.issues({ state: "all", labels: ["incident-followup"] }).length;
        return check(d.record()?.status === "closed" && followups === 2 && d.repo.issue(d.incident).state === "closed", "follow-ups not filed or incident not closed");
      }
    }
  ],
  "customer-email": [
    {
      at: 0,
      who: "jane",
      does: 'jane@acme.example emails support: "URGENT: checkout is down for all our stores" (through the relay)',
      act: emailIn("jane@acme.example", "URGENT: checkout is down for all our stores", "Since 09:50 no order goes through in any of our 40 stores.\nPlease call me.", "<urgent-1@mail.acme.example>"),
      expect: (d) => {
        const r = d.record();
        return check(r?.status === "triage" && r.source === "email" && r.customers.join() === "acme" && d.repo.issue(d.incident).author === d.sandbox.botLogin, "no triage incident from the email naming customer acme");
      }
    },
    {
      at: 6,
      who: "alice",
      does: "triages it live: /inc role ic @alice, /inc severity P2, /inc status investigating",
      act: (d) => d.comment("alice", "/inc role ic @alice\n/inc severity P2 one customer, checkout only\n/inc status investigating"),
      expect: (d) => check(d.record()?.severity === "P2" && d.record()?.status === "investigating", "not P2 and investigating")
    },
    {
      at: 9,
      who: "jane",
      does: 'replies to her own email: "Still down, now also the mobile app." (through the relay)',
      act: emailIn("jane@acme.example", "Re: URGENT: checkout is down for all our stores", "Still down, now also the mobile app.", "<urgent-2@mail.acme.example>", "<urgent-1@mail.acme.example>"),
      expect: (d) => check(d.log().at(-1)?.kind === "email" && d.repo.issues({ state: "all" }).filter((i) => i.author === d.sandbox.botLogin).length === 1, "the reply was not logged on the incident, or opened another")
    },
    {
      at: 15,
      who: "alice",
      does: "writes an internal update and a public one: /inc update \u2026, /inc public \u2026",
      act: (d) => d.comment("alice", "/inc update db-7 failover stuck; paging the DBA\n/inc public We found the cause of the checkout failures and are fixing it."),
      expect: (d) => {
        const acme = mailTo(d, "it@acme.example");
        const text = acme.map((m) => m.text).join("\n");
        if (acme.length !== 1 || !text.includes("We found the cause of the checkout failures")) return "acme did not get the public update by email";
        if (/db-7|DBA|alice/.test(text)) return "acme was told something internal";
        return check(mailTo(d, "ops@globex.example").length === 0, "globex was told of acme's incident");
      }
    },
    {
      at: 40,
      who: "alice",
      does: "/inc public Checkout works again; we are watching it., then /inc resolve",
      act: (d) => d.comment("alice", "/inc public Checkout works again; we are watching it.\n/inc resolve rolled back the failed migration"),
      expect: (d) => {
        const acme = mailTo(d, "it@acme.example");
        if (d.record()?.status !== "resolved") return "not resolved";
        if (acme.length !== 2 || !acme[1].text.includes("Checkout works again")) return "acme did not get the resolution by email";
        return check(!acme[1].text.includes("failed migration") && mailTo(d, "ops@globex.example").length === 0, "acme was told the internal resolve message, or globex heard of it");
      }
    }
  ],
  "declined-triage": [
    {
      at: 0,
      who: "bob",
      does: 'declares "Invoices show the wrong currency" with the issue form, unsure of the severity',
      act: declare("Invoices show the wrong currency", TRIAGE_FORM),
      expect: (d) => check(d.record()?.status === "triage", "not in triage")
    },
    {
      at: 20,
      who: "schedule",
      does: "the cadence sweep runs; triage owes an update every 15 minutes",
      act: (d) => d.sweep(),
      expect: (d) => check(reminderKinds(d).includes("update"), "no reminder for the late triage update")
    },
    {
      at: 25,
      who: "alice",
      does: "/inc decline Globex's own proxy rewrote the currency header",
      act: (d) => d.comment("alice", "/inc role ic @alice\n/inc decline Globex's own proxy rewrote the currency header"),
      expect: (d) => check(d.record()?.status === "declined" && d.repo.issue(d.incident).state === "closed", "not declined, or the issue is still open")
    }
  ]
};
function clock(minutes) {
  const at = new Date(Date.parse("2026-11-21T10:00:00Z") + minutes * 6e4);
  return at.toISOString().slice(11, 16);
}
function describeRun(drill, run, commentsBefore, logBefore, mailsBefore) {
  if (!run) return [];
  const lines = [];
  const outputs = run.outputs;
  for (const entry of drill.log().slice(logBefore)) lines.push(`logs: ${describeLogEntry(entry)}`.slice(0, 120));
  if (outputs.incident) lines.push(`${outputs.incident} is ${outputs.status || "?"}${outputs["postmortem-pr"] ? `; postmortem pull request ${outputs["postmortem-pr"]}` : ""}`);
  for (const comment of drill.botComments().slice(commentsBefore)) {
    const first = comment.body.split("\n").find((l) => l.trim() && !l.startsWith("<!--")) ?? "";
    lines.push(`comments: ${first.replace(/^#+\s*/, "").slice(0, 110)}`);
  }
  for (const mail of drill.email?.received.slice(mailsBefore) ?? []) lines.push(`emails ${mail.to.join(", ")}: ${mail.subject}`.slice(0, 120));
  const c = run.counters;
  lines.push(`(${c.total} API requests: ${c.graphqlQuery} GraphQL, ${c.restRead} REST reads, ${c.restWrite} writes)`);
  return lines;
}
async function drillCommand(argv) {
  const { values } = parseCommandArgs(
    { args: argv, options: { scenario: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } } },
    DRILL_USAGE
  );
  if (values.help) {
    process.stdout.write(DRILL_USAGE);
    return 0;
  }
  const name = values.scenario ?? "p1-outage";
  const steps = SCENARIOS[name];
  if (!steps) throw new UsageError(`no scenario "${name}"; use one of ${Object.keys(SCENARIOS).join(", ")}`, DRILL_USAGE);
  const script = join2(packageRoot(), "dist", "index.js");
  if (!existsSync2(script)) {
    process.stderr.write(`sitrep drill: ${script} does not exist; run "npm run build" first
`);
    return 2;
  }
  const out = resolve2(values.out ?? join2(".drill", name));
  const sandbox = await createSandbox();
  const started = Date.now();
  let failures = 0;
  let mailboxes;
  try {
    const repo = sandbox.repo();
    sandbox.addRepo("acme/checkout", { botAccess: "write" });
    const byEmail = name === "customer-email";
    const files = {};
    for (const file of initFiles("sitrep/sitrep@v1", { email: byEmail })) {
      let text = file.text;
      if (file.path === ".github/sitrep.yml") {
        for (const [from, to] of CONFIG_CHANGES) text = text.replace(from, to);
        if (byEmail) text = emailConfig(text);
      }
      files[file.path] = text;
    }
    repo.writeFiles(files, { as: "alice", message: `Adopt sitrep (sitrep init${byEmail ? " --email" : ""})` });
    const drill = new Drill(sandbox, script);
    if (byEmail) drill.email = mailboxes = await startMailboxes(sandbox);
    process.stdout.write(`sitrep drill: ${name}, on a local GitHub sandbox (${sandbox.url})
`);
    process.stdout.write(`repository acme/incidents set up by "sitrep init"; coordinators team @acme/incident-coordinators
`);
    if (drill.email) process.stdout.write(`the relay receives email at POST /email; an SMTP server on ${drill.email.smtpUrl} receives what sitrep sends
`);
    process.stdout.write("\n");
    for (const step of steps) {
      sandbox.clock.set(new Date(Date.parse("2026-11-21T10:00:00Z") + step.at * 6e4));
      process.stdout.write(`${clock(step.at)}  ${step.who.padEnd(8)} ${step.does}
`);
      const before = drill.incident ? drill.botComments().length : 0;
      const logBefore = drill.log().length;
      const mailsBefore = drill.email?.received.length ?? 0;
      let problem;
      let run;
      try {
        run = await step.act(drill);
        problem = step.expect(drill);
      } catch (error2) {
        problem = error2 instanceof Error ? error2.message : String(error2);
      }
      for (const line of describeRun(drill, run, before, logBefore, mailsBefore)) process.stdout.write(`       sitrep   ${line}
`);
      if (problem) {
        failures++;
        process.stdout.write(`       FAILED   ${problem}
`);
      }
    }
    writeRepository(drill, out);
    process.stdout.write(`
The resulting repository is in ${relative(process.cwd(), out) || out}
`);
    sandbox.assertNoViolations();
  } finally {
    await mailboxes?.close();
    await sandbox.close({ ignoreViolations: true });
  }
  const seconds = ((Date.now() - started) / 1e3).toFixed(1);
  process.stdout.write(failures ? `
${failures} step(s) did not do what they should (${seconds}s)
` : `
Every step did what it should (${seconds}s)
`);
  return failures ? 1 : 0;
}
function writeRepository(drill, out) {
  rmSync(out, { recursive: true, force: true });
  const write = (path, text) => {
    mkdirSync(dirname(join2(out, path)), { recursive: true });
    writeFileSync(join2(out, path), text);
  };
  for (const path of drill.repo.files()) write(path, drill.repo.readFile(path) ?? "");
  const issues = [...drill.repo.issues({ state: "all" }), ...drill.sandbox.repo("acme/checkout").issues({ state: "all" })];
  for (const issue of issues) {
    if (issue.isPullRequest) continue;
    const comments = issue.url.includes("/acme/checkout/") ? [] : drill.repo.comments(issue.number);
    const text = [
      `# ${issue.title}`,
      "",
      `${issue.url} \u2014 ${issue.state}; labels: ${issue.labels.join(", ") || "\u2014"}; assignees: ${issue.assignees.join(", ") || "\u2014"}`,
      "",
      issue.body ?? "",
      ...comments.map((c) => `
---
**@${c.author}** at ${c.createdAt}

${c.body}`)
    ].join("\n");
    write(`issues/${issue.url.split("/").slice(-4, -2).join("-")}-${issue.number}.md`, text);
  }
}
export {
  DRILL_USAGE,
  drillCommand
};
