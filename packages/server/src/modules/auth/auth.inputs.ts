import { Field, InputType } from 'type-graphql';
import { IdField } from '../../common/validation';
import { IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-policy';

@InputType()
export class SignInInput {
  @Field()
  @IsString()
  @Length(1, 100)
  username!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  password!: string;
}

@InputType()
export class CreateYoungPersonInvitationInput {
  @IdField()
  childId!: string;

  @Field({ description: 'The username the young person will sign in with.' })
  @Matches(/^[a-z][a-z0-9.-]{2,39}$/, { message: 'username must be 3 to 40 lower-case letters, digits, dots or dashes, starting with a letter' })
  username!: string;
}

@InputType()
export class RedeemInvitationInput {
  @Field()
  @IsString()
  @Length(6, 40)
  code!: string;

  @Field()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  currentPassword!: string;

  @Field({ description: 'At least 12 characters and not a common password (NCSC guidance).' })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `newPassword must be at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(MAX_PASSWORD_LENGTH)
  newPassword!: string;
}
