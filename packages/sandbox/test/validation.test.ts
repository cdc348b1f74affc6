/**
 * The sandbox checks every request and response against GitHub's descriptions, so neither the
 * code under test nor the sandbox can drift: each direction of failure is caught and recorded.
 */
import { describe, expect, it } from 'vitest';
import { createSandbox, SandboxViolationError } from '../src/index.js';
import { openApiCatalog, toJsonSchema } from '../src/openapi.js';
import { api, graphql, useSandbox } from '../src/testing/index.js';

const ctx = useSandbox({ fresh: true });
const R = '/repos/acme/incidents';

interface SandboxErrorBody {
  message: string;
  sandbox: { violation: string; operationId: string; pointer: string };
}

describe('malformed requests', () => {
  it('catches labels sent as a string where GitHub requires an array', async () => {
    const response = await api<SandboxErrorBody>(ctx.sandbox, 'POST', `${R}/issues`, { body: { title: 'Checkout down', labels: 'incident' } });
    expect(response.status).toBe(422);
    expect(response.body.message).toBe(`Invalid request.\n\nFor 'properties/labels', "incident" is not an array.`);
    expect(response.body.sandbox).toMatchObject({ violation: 'request', operationId: 'issues/create', pointer: '/labels' });
    const [violation] = ctx.sandbox.violations.take();
    expect(violation).toMatchObject({ direction: 'request', protocol: 'rest', operation: 'issues/create', method: 'POST', path: `${R}/issues` });
    expect(violation?.message).toBe('REST request violation in issues/create at /labels: must be array (got "incident")');
    // Nothing was created.
    expect(ctx.sandbox.repo().issues()).toHaveLength(1);
  });

  it('catches a missing required body field', async () => {
    const response = await api<SandboxErrorBody>(ctx.sandbox, 'PUT', `${R}/contents/a.md`, { body: { content: '' } });
    expect(response.status).toBe(422);
    expect(response.body.message).toBe('Invalid request.\n\n"message" wasn\'t supplied.');
    expect(ctx.sandbox.violations.take()[0]?.problems).toEqual([{ pointer: '/message', message: 'is required' }]);
  });

  it('catches a path parameter of the wrong type, and bad JSON', async () => {
    expect((await api(ctx.sandbox, 'GET', `${R}/issues/first`)).status).toBe(404);
    expect(ctx.sandbox.violations.take()[0]?.problems[0]?.pointer).toBe('/path/issue_number');
    const broken = await api<{ message: string }>(ctx.sandbox, 'POST', `${R}/issues`, { body: '{"title": ' });
    expect(broken.status).toBe(400);
    expect(broken.body.message).toBe('Problems parsing JSON');
    expect(ctx.sandbox.violations.take()).toHaveLength(1);
  });

  it('records a route GitHub serves but the sandbox does not, instead of pretending it is unknown', async () => {
    const response = await api(ctx.sandbox, 'GET', `${R}/branches`);
    expect(response.status).toBe(404);
    expect(ctx.sandbox.violations.take()).toMatchObject([{ direction: 'unimplemented', operation: 'repos/list-branches' }]);
  });
});

describe('malformed responses', () => {
  it('replaces an answer that breaks the description with a 500 naming the operation and the field', async () => {
    // Corrupt stored state the way a sandbox bug would.
    const issue = ctx.sandbox.state.repo('acme/incidents').issues.get(1)!;
    (issue as { createdAt: unknown }).createdAt = 1700000000;
    const response = await api<SandboxErrorBody>(ctx.sandbox, 'GET', `${R}/issues/1`);
    expect(response.status).toBe(500);
    expect(response.body.message).toBe("Sandbox: the 200 response of issues/get does not match GitHub's OpenAPI description at /created_at: must be string");
    expect(response.body.sandbox).toMatchObject({ violation: 'response', operationId: 'issues/get', pointer: '/created_at' });
    expect(ctx.sandbox.violations.take()).toMatchObject([{ direction: 'response', operation: 'issues/get' }]);
  });

  it('catches a nested bad field in a list', async () => {
    ctx.sandbox.repo().comment(1, 'fine');
    const broken = ctx.sandbox.repo().comment(1, 'hello');
    (ctx.sandbox.state.repo('acme/incidents').comments.get(broken.id) as { body: unknown }).body = { text: 'hello' };
    const response = await api<SandboxErrorBody>(ctx.sandbox, 'GET', `${R}/issues/1/comments`);
    expect(response.status).toBe(500);
    expect(response.body.sandbox).toMatchObject({ operationId: 'issues/list-comments', pointer: '/1/body' });
    expect(ctx.sandbox.violations.take()).toHaveLength(1);
  });

  it('checks statuses: an undocumented success status is a problem', () => {
    const operation = openApiCatalog().operation('issues/create');
    expect(operation.checkResponse(200, {})).toEqual([{ pointer: '/', keyword: 'status', message: 'status 200 is not documented for issues/create' }]);
    expect(operation.checkResponse(502, { message: 'Server Error' })).toEqual([]);
    expect(openApiCatalog().operation('issues/delete-comment').checkResponse(204, { unexpected: true })[0]?.message).toBe('status 204 of issues/delete-comment has no body');
  });
});

describe('OpenAPI 3.0 to JSON Schema', () => {
  it('turns nullable into a null type, also for enums and composite schemas', () => {
    expect(toJsonSchema({ type: 'string', nullable: true })).toEqual({ type: ['string', 'null'] });
    expect(toJsonSchema({ type: 'string', enum: ['a'], nullable: true })).toEqual({ type: ['string', 'null'], enum: ['a', null] });
    expect(toJsonSchema({ allOf: [{ $ref: '#/components/schemas/x' }], nullable: true })).toEqual({
      anyOf: [{ allOf: [{ $ref: 'https://sitrep.invalid/github-openapi.json#/$defs/x' }] }, { type: 'null' }],
    });
    // A property called "nullable" is a property, not the keyword.
    expect(toJsonSchema({ type: 'object', properties: { nullable: { type: 'boolean' } } })).toEqual({ type: 'object', properties: { nullable: { type: 'boolean' } } });
  });
});

describe('GraphQL results checked by the type system', () => {
  it('records a null for a non-null field', async () => {
    (ctx.sandbox.state.repo('acme/incidents').issues.get(1) as { title: unknown }).title = null;
    const response = await graphql(ctx.sandbox, '{ repository(owner: "acme", name: "incidents") { issue(number: 1) { number title } } }');
    expect(response.body.errors?.[0]?.message).toBe('Cannot return null for non-nullable field Issue.title.');
    expect(ctx.sandbox.violations.take()).toMatchObject([{ direction: 'response', protocol: 'graphql', problems: [{ pointer: '/repository/issue/title' }] }]);
  });

  it('records a value of the wrong type for a custom scalar', async () => {
    (ctx.sandbox.state.repo('acme/incidents').issues.get(1) as { createdAt: unknown }).createdAt = 'yesterday';
    const response = await graphql(ctx.sandbox, '{ repository(owner: "acme", name: "incidents") { issue(number: 1) { createdAt } } }');
    expect(response.body.errors?.[0]?.message).toContain('DateTime cannot represent "yesterday"');
    expect(ctx.sandbox.violations.take()).toHaveLength(1);
  });

  it('records a field the schema has but the sandbox does not implement, never answering a silent null', async () => {
    const response = await graphql(ctx.sandbox, '{ repository(owner: "acme", name: "incidents") { issue(number: 1) { trackedIssuesCount } } }');
    expect(response.body.errors?.[0]?.message).toBe('the sandbox does not implement Issue.trackedIssuesCount');
    expect(ctx.sandbox.violations.take()).toMatchObject([{ direction: 'unimplemented', protocol: 'graphql' }]);
  });

  it('records variables of the wrong type as the caller\'s fault', async () => {
    const response = await graphql(ctx.sandbox, 'query($n: Int!) { repository(owner: "acme", name: "incidents") { issue(number: $n) { title } } }', { n: 'one' });
    expect(response.body.errors?.[0]?.message).toContain('Int cannot represent non-integer value: "one"');
    expect(ctx.sandbox.violations.take()).toMatchObject([{ direction: 'request', protocol: 'graphql' }]);
  });
});

describe('failing the test', () => {
  it('assertNoViolations and close throw a SandboxViolationError listing every violation', async () => {
    const sandbox = await createSandbox();
    await api(sandbox, 'POST', `${R}/issues`, { body: { title: 'x', labels: 'bug' } });
    expect(() => sandbox.assertNoViolations()).toThrow(SandboxViolationError);
    expect(() => sandbox.assertNoViolations()).toThrow(/1 violation\(s\):\n- REST request violation in issues\/create at \/labels/);
    await expect(sandbox.close()).rejects.toThrow(SandboxViolationError);
  });
});
