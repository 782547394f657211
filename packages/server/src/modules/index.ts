import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver } from './auth/auth.resolver';
import { ChildrenResolver } from './children/children.resolver';
import { ChildViewFields, MyViewsResolver, ViewsResolver } from './views/views.resolver';
import { ChildLifeStoryFields, LifeStoryResolver, MyLifeStoryResolver } from './life-story/life-story.resolver';
import { ChildMessageFields, ChildMessagesResolver } from './child-messages/child-messages.resolver';
import { YoungPersonResolver } from './young-person/young-person.resolver';
import { AdvocateViewResolver } from './advocacy/advocate-view.resolver';

/** Every resolver class in the API. A module's resolvers are listed here once. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  AuthResolver,
  ChildrenResolver,
  ViewsResolver,
  MyViewsResolver,
  ChildViewFields,
  LifeStoryResolver,
  MyLifeStoryResolver,
  ChildLifeStoryFields,
  ChildMessagesResolver,
  ChildMessageFields,
  YoungPersonResolver,
  AdvocateViewResolver,
];
