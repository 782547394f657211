import { Field, Int, ObjectType } from 'type-graphql';
import type { Role } from '@forever-planning/shared';
import { RoleEnum } from '../auth/auth.types';

@ObjectType({ description: 'A group or app role sent by the provider, and the role and team it gives.' })
export class ProviderRoleMapping {
  @Field(() => Int, { description: 'When several match, the lowest position wins.' })
  position!: number;

  @Field({ description: 'The group object id or app role value, as the provider sends it in the ID token.' })
  claimValue!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => String, { nullable: true })
  teamName!: string | null;
}

@ObjectType({ description: "The council's own OpenID Connect provider for staff sign-in. The client secret is never shown." })
export class SingleSignOnSettings {
  @Field({ description: 'The sign-in button says "Sign in with" this.' })
  providerName!: string;

  @Field()
  issuer!: string;

  @Field()
  clientId!: string;

  @Field(() => [String], { description: 'Staff email addresses must be in one of these domains (none: any).' })
  allowedEmailDomains!: string[];

  @Field({ description: 'Staff may still sign in with a local password.' })
  localPasswordsAllowed!: boolean;

  @Field({ description: 'The ID token must show a second factor (amr "mfa", or one of the acr values).' })
  mfaRequired!: boolean;

  @Field(() => [String])
  mfaAcrValues!: string[];

  @Field(() => [ProviderRoleMapping])
  roleMappings!: ProviderRoleMapping[];
}
