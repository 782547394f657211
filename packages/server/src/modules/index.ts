import type { NonEmptyArray } from 'type-graphql';
import { AlertsChildFields, DriftResolver } from './alerts/alerts.resolver';
import { CaseFactsChildFields, CaseFactsResolver } from './alerts/case-facts.resolver';
import { AuditChildFields, AuditResolver } from './audit/audit.resolver';
import { PolicyResolver } from './policy/policy.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { ChildrenResolver } from './children/children.resolver';

/** Every resolver class in the API. A module's resolvers are listed here once. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  AuthResolver,
  ChildrenResolver,
  AuditResolver,
  AuditChildFields,
  AlertsChildFields,
  DriftResolver,
  PolicyResolver,
  CaseFactsChildFields,
  CaseFactsResolver,
];
