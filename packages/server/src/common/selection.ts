import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function fieldsOf(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, out: Set<string>): void {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'Field') out.add(selection.name.value);
    else if (selection.kind === 'InlineFragment') fieldsOf(selection.selectionSet, info, out);
    else if (selection.kind === 'FragmentSpread') fieldsOf(info.fragments[selection.name.value]?.selectionSet, info, out);
  }
}

function childSet(set: SelectionSetNode | undefined, name: string): SelectionSetNode | undefined {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'Field' && selection.name.value === name) return selection.selectionSet;
  }
  return undefined;
}

/**
 * The parts of a record a query asked for (its top-level fields), for the
 * audit trail. `path` walks into a connection: ['edges', 'node'].
 */
export function requestedParts(info: GraphQLResolveInfo, path: string[] = []): string[] {
  let set: SelectionSetNode | undefined = (info.fieldNodes[0] as FieldNode).selectionSet;
  for (const name of path) set = childSet(set, name);
  const out = new Set<string>();
  fieldsOf(set, info, out);
  out.delete('__typename');
  return [...out].sort();
}
