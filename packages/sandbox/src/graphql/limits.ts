/**
 * GitHub's connection rules, checked before execution as GitHub does: every connection that
 * selects `nodes` or `edges` needs `first` or `last`, at most 100.
 */
import {
  Kind,
  TypeInfo,
  getNamedType,
  isObjectType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** An error in GitHub's GraphQL error shape. */
export interface GitHubGraphqlError {
  type?: string;
  path?: Array<string | number>;
  locations?: Array<{ line: number; column: number }>;
  message: string;
  extensions?: Record<string, unknown>;
}

const MAX_PAGE = 100;

function selectsAny(selectionSet: SelectionSetNode | undefined, names: Set<string>, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): boolean {
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

function argumentValue(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.NULL) return null;
  return undefined;
}

/** Returns GitHub's pagination errors for a validated document, empty when it may run. */
export function paginationErrors(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): GitHubGraphqlError[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const errors: GitHubGraphqlError[] = [];
  const typeInfo = new TypeInfo(schema);
  const path: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: {
        enter(node) {
          path.push(node.operation);
        },
        leave() {
          path.pop();
        },
      },
      Field: {
        enter(node: FieldNode) {
          path.push(node.alias?.value ?? node.name.value);
          const type = typeInfo.getType();
          const named = type ? getNamedType(type) : undefined;
          if (!named || !isObjectType(named) || !named.name.endsWith('Connection')) return;
          const fields = named.getFields();
          if (!('nodes' in fields) && !('edges' in fields)) return;
          if (!selectsAny(node.selectionSet, new Set(['nodes', 'edges']), fragments)) return;
          const arg = (name: string) => argumentValue(node.arguments?.find((a) => a.name.value === name)?.value, variables);
          const first = arg('first');
          const last = arg('last');
          const location = node.loc ? [{ line: node.loc.startToken.line, column: node.loc.startToken.column }] : undefined;
          const where = { path: [...path], ...(location ? { locations: location } : {}) };
          if ((first === undefined || first === null) && (last === undefined || last === null)) {
            errors.push({
              type: 'MISSING_PAGINATION_BOUNDARIES',
              ...where,
              message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${node.name.value}\` connection.`,
            });
            return;
          }
          for (const [name, value] of [['first', first], ['last', last]] as const) {
            if (typeof value === 'number' && value > MAX_PAGE) {
              errors.push({
                type: 'EXCESSIVE_PAGINATION',
                ...where,
                message: `Requesting ${value} records on the \`${node.name.value}\` connection exceeds the \`${name}\` limit of ${MAX_PAGE} records.`,
              });
            }
          }
        },
        leave() {
          path.pop();
        },
      },
    }),
  );
  return errors;
}

/**
 * The number of nodes a query may return, as GitHub counts it for its resource limits: for every
 * connection, its `first`/`last` times those of the connections around it, summed.
 */
export function requestedNodes(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): number {
  const typeInfo = new TypeInfo(schema);
  const multipliers: number[] = [1];
  let total = 0;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node: FieldNode) {
          const type = typeInfo.getType();
          const named = type ? getNamedType(type) : undefined;
          const isConnection = named !== undefined && isObjectType(named) && named.name.endsWith('Connection');
          const arg = (name: string) => argumentValue(node.arguments?.find((a) => a.name.value === name)?.value, variables);
          const size = isConnection ? Number(arg('first') ?? arg('last') ?? 0) || 0 : 1;
          const scale = multipliers[multipliers.length - 1]! * size;
          if (isConnection) total += scale;
          multipliers.push(scale);
        },
        leave() {
          multipliers.pop();
        },
      },
    }),
  );
  return total;
}
