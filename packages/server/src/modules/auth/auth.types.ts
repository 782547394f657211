import { Field, ID, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../common/enums';
import { ROLES, type Role } from '@forever-planning/shared';

export const RoleEnum = graphqlEnum('Role', ROLES, 'The role a person is acting in.');

@ObjectType({ description: 'The signed-in person.' })
export class Me {
  @Field(() => ID)
  id!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field()
  councilName!: string;

  @Field(() => String, { nullable: true })
  teamName!: string | null;

  @Field({ description: 'When the session ends unless it is used again (idle or absolute timeout).' })
  sessionExpiresAt!: Date;
}

@ObjectType({ description: 'A single-use code a young person uses to choose their own password.' })
export class YoungPersonInvitation {
  @Field({ description: 'Shown once: give it to the young person. Only its hash is kept.' })
  code!: string;

  @Field()
  username!: string;

  @Field()
  expiresAt!: Date;
}
