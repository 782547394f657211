import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver } from './auth/auth.resolver';
import { ChildrenResolver } from './children/children.resolver';
import { MeetingChildFields, MeetingsResolver } from './meetings/meetings.resolver';
import { PlanChildFields, PlansResolver } from './plans/plans.resolver';

/** Every resolver class in the API. A module's resolvers are listed here once. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [AuthResolver, ChildrenResolver, PlansResolver, PlanChildFields, MeetingsResolver, MeetingChildFields];
