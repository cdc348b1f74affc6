/** Repository labels. */
import { notFound } from '../errors.js';
import { bodyOf, paginate, repoFor, stringParam, type RestRoute } from '../rest/context.js';

interface LabelBody {
  name?: string;
  new_name?: string;
  color?: string;
  description?: string | null;
}

export const labelRoutes: RestRoute[] = [
  {
    operationId: 'issues/list-labels-for-repo',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      return paginate(request, repo.labels, (label) => request.views.label(repo, label));
    },
  },
  {
    operationId: 'issues/create-label',
    handler: (request) => {
      const repo = repoFor(request, 'write');
      const body = bodyOf<LabelBody & { name: string }>(request);
      const label = request.state.createLabel(repo, request.actor, { name: body.name, color: body.color, description: body.description });
      const json = request.views.label(repo, label);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    },
  },
  {
    operationId: 'issues/get-label',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const label = request.state.findLabel(repo, stringParam(request.params, 'name'));
      if (!label) throw notFound();
      return { status: 200, body: request.views.label(repo, label) };
    },
  },
  {
    operationId: 'issues/update-label',
    handler: (request) => {
      const repo = repoFor(request, 'write');
      const body = bodyOf<LabelBody>(request);
      const label = request.state.updateLabel(repo, request.actor, stringParam(request.params, 'name'), {
        new_name: body.new_name,
        color: body.color,
        description: body.description,
      });
      return { status: 200, body: request.views.label(repo, label) };
    },
  },
  {
    operationId: 'issues/delete-label',
    handler: (request) => {
      const repo = repoFor(request, 'write');
      request.state.deleteLabel(repo, request.actor, stringParam(request.params, 'name'));
      return { status: 204 };
    },
  },
];
