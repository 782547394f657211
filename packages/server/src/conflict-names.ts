import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { RequestContext } from './context';
import { personLoader } from './modules/children/children.loaders';

/**
 * A CONFLICT says who saved first, by name. Services throw it with the
 * record's `changedById` (common/errors.ts versionConflict) while they hold the
 * row; this turns the id into `changedBy`, the person's display name, looked up
 * within the asker's own council, before errors are formatted. Nobody's id
 * reaches the client; a change made by no one signed in gives `changedBy: null`,
 * and so does every CONFLICT a young person meets (their portal names no staff).
 */
export const conflictNamesPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        await Promise.all(errors.map((error) => nameTheChanger(error, contextValue)));
      },
    };
  },
};

async function nameTheChanger(error: GraphQLError, ctx: RequestContext): Promise<void> {
  const extensions = (error.originalError as GraphQLError | undefined)?.extensions ?? error.extensions;
  if (extensions?.code !== 'CONFLICT' || !('changedById' in extensions)) return;
  const id = extensions.changedById as string | null;
  // A young person's own portal names no staff: they are told only that their record changed.
  const person = id && ctx.actor?.role !== 'YOUNG_PERSON' ? await personLoader(ctx.loaders).load(id) : null;
  const named = extensions as Record<string, unknown>;
  delete named.changedById;
  named.changedBy = person?.displayName ?? null;
  if (error.extensions !== extensions) {
    const outer = error.extensions as Record<string, unknown>;
    delete outer.changedById;
    outer.changedBy = named.changedBy;
  }
}
