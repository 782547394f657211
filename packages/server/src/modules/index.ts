import type { NonEmptyArray } from 'type-graphql';
import { AuditChildFields, AuditResolver } from './audit/audit.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { ChildrenResolver } from './children/children.resolver';

/** Every resolver class in the API. A module's resolvers are listed here once. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  AuthResolver,
  ChildrenResolver,
  AuditResolver,
  AuditChildFields,
];
