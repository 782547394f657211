import { Authorized, Extensions, type AuthChecker } from 'type-graphql';
import type { Role } from '@forever-planning/shared';
import { ROLES } from '@forever-planning/shared';
import type { RequestContext } from '../context';
import { forbidden, unauthenticated } from './errors';

/**
 * Every Query and Mutation field declares who may call it with exactly one of
 * these. The declaration is kept in the field's schema extensions, where a
 * test finds any field without one and prints the committed access snapshot.
 */
export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: Role[] };

export const ACCESS_EXTENSION = 'access';

type FieldDecorator = MethodDecorator & PropertyDecorator;

function compose(...decorators: Array<MethodDecorator & PropertyDecorator>): FieldDecorator {
  return ((target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    for (const d of decorators) (d as (t: object, k: string | symbol, d?: PropertyDescriptor) => void)(target, key, descriptor);
  }) as FieldDecorator;
}

/** Callable by the named roles only; anyone else signed in gets FORBIDDEN. */
export function AllowRoles(...roles: Role[]): FieldDecorator {
  const rule: AccessRule = { kind: 'roles', roles };
  return compose(Extensions({ [ACCESS_EXTENSION]: rule }) as FieldDecorator, Authorized(...roles) as FieldDecorator);
}

/** Callable by anyone signed in, whatever their role. */
export function AllowSignedIn(): FieldDecorator {
  return AllowRoles(...ROLES);
}

/** Deliberately callable without signing in (signing in itself). */
export function AllowPublic(): FieldDecorator {
  const rule: AccessRule = { kind: 'public' };
  return Extensions({ [ACCESS_EXTENSION]: rule }) as FieldDecorator;
}

/** The single role check: who is asking, and may their role call this field at all. */
export const authChecker: AuthChecker<RequestContext, Role> = async ({ context }, roles) => {
  // A remembered actor not yet checked (context.ts) is never refused on its word: check the session first.
  if (context.uncheckedSession && (!context.actor || !roles.includes(context.actor.role))) await context.checkSession();
  if (!context.actor) throw unauthenticated();
  if (!roles.includes(context.actor.role)) throw forbidden();
  return true;
};
