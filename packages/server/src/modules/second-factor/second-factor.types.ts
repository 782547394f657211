import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { Me } from '../auth/auth.types';

@ObjectType({ description: 'A new authenticator secret to add to an app: as a QR code, and as text to type in.' })
export class TotpEnrolment {
  @Field({ description: 'The key in base32, for typing into the app by hand.' })
  secret!: string;

  @Field({ description: 'The otpauth:// address the QR code holds.' })
  otpauthUri!: string;

  @Field({ description: 'The QR code as a PNG data: URL.' })
  qrCodeDataUrl!: string;
}

@ObjectType({ description: 'The authenticator is set up and the person signed in; the recovery codes are shown this once.' })
export class TotpEnrolled {
  @Field(() => Me)
  me!: Me;

  @Field(() => [String], { description: 'Single-use codes for when the phone is lost. Only their hashes are kept.' })
  recoveryCodes!: string[];
}

@InputType()
export class ChallengeInput {
  @Field({ description: 'The challenge from the signIn error (extensions.challenge).' })
  @IsString()
  @Length(20, 100)
  challenge!: string;
}

@InputType()
export class ConfirmTotpEnrolmentInput extends ChallengeInput {
  @Field({ description: 'The 6-digit code the app shows now.' })
  @IsString()
  @Length(1, 20)
  code!: string;
}

@InputType()
export class SecondFactorInput extends ChallengeInput {
  @Field(() => String, { nullable: true, description: 'The 6-digit code the authenticator app shows now.' })
  @IsOptional()
  @IsString()
  @Length(1, 20)
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'One of the recovery codes, instead of a code from the app.' })
  @IsOptional()
  @IsString()
  @Matches(/^[\w\s-]{1,30}$/, { message: 'recoveryCode must be letters, digits and dashes' })
  recoveryCode?: string | null;
}

@ObjectType({ description: 'How staff of your council sign in when they use a local password.' })
export class StaffSignInPolicy {
  @Field({ description: 'Staff with a local password must also give a code from an authenticator app.' })
  staffTotpRequired!: boolean;

  @Field(() => Int, { description: 'Staff of the council who have set up an authenticator app.' })
  staffEnrolled!: number;
}
