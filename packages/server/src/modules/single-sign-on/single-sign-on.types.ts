import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ROLES, type Role } from '@forever-planning/shared';
import { RoleEnum } from '../auth/auth.types';

@ObjectType({ description: 'A group or app role sent by the provider, and the role and team it gives.' })
export class ProviderRoleMapping {
  @Field(() => Int, { description: 'When several match, the lowest position wins.' })
  position!: number;

  @Field({ description: 'The group object id or app role value, as the provider sends it in the ID token.' })
  claimValue!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true })
  teamId!: string | null;

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

  @Field(() => Int, { nullable: true, description: 'An account the provider has not vouched for in this many days is disabled (null: never).' })
  disableAfterIdleDays!: number | null;

  @Field(() => Int, { description: 'Send it back when saving: a stale one is a CONFLICT.' })
  version!: number;
}

@InputType()
export class ProviderRoleMappingInput {
  @Field({ description: 'The group object id or app role value, exactly as the provider sends it.' })
  @IsString()
  @Length(1, 255)
  claimValue!: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Needed for social workers and team managers.' })
  @IsOptional()
  @IsString()
  teamId?: string | null;
}

@InputType({ description: "The council's OpenID Connect provider for staff sign-in. The order of roleMappings is the order they are tried in." })
export class SingleSignOnSettingsInput {
  @Field({ description: 'The sign-in button says "Sign in with" this.' })
  @IsString()
  @Length(1, 100)
  providerName!: string;

  @Field({ description: 'https:// (http:// only for a provider on this machine).' })
  @IsString()
  @Length(1, 500)
  issuer!: string;

  @Field()
  @IsString()
  @Length(1, 255)
  clientId!: string;

  @Field(() => String, { nullable: true, description: 'Write-only: leave empty to keep the current secret. Needed when setting up a provider.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  clientSecret?: string | null;

  @Field(() => [String])
  @ArrayMaxSize(50)
  @IsString({ each: true })
  allowedEmailDomains!: string[];

  @Field()
  @IsBoolean()
  localPasswordsAllowed!: boolean;

  @Field()
  @IsBoolean()
  mfaRequired!: boolean;

  @Field(() => [String])
  @ArrayMaxSize(20)
  @IsString({ each: true })
  mfaAcrValues!: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  disableAfterIdleDays?: number | null;

  @Field(() => [ProviderRoleMappingInput])
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  roleMappings!: ProviderRoleMappingInput[];

  @Field(() => Int, { nullable: true, description: 'The version you read; null when setting up a provider.' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;
}
