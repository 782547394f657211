import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { Me } from '../auth/auth.types';
import { IdField } from '../../common/validation';

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

@ObjectType({ description: "Your own authenticator app: whether it is set up and how many recovery codes you have left." })
export class MyAuthenticator {
  @Field() enrolled!: boolean;
  @Field(() => Date, { nullable: true }) enrolledAt!: Date | null;
  @Field(() => Int, { description: 'Unused recovery codes.' }) recoveryCodesLeft!: number;
  @Field({ description: 'Your council requires an authenticator code after the password.' }) requiredByCouncil!: boolean;
  @Field({ description: 'False for people who sign in only through the council’s provider (it checks their second step).' }) hasLocalPassword!: boolean;
}

@ObjectType({ description: 'A new authenticator secret for a signed-in staff member to add to their app, and the challenge to confirm it with.' })
export class MyTotpEnrolment extends TotpEnrolment {
  @Field({ description: 'Bring this back with the first code from the app.' })
  challenge!: string;
}

@ObjectType({ description: 'New recovery codes, shown this once; every earlier code has stopped working.' })
export class NewRecoveryCodes {
  @Field(() => [String]) recoveryCodes!: string[];
  @Field(() => MyAuthenticator) authenticator!: MyAuthenticator;
}

@InputType()
export class StartMyTotpEnrolmentInput {
  @Field({ description: 'Your current password: a session left open cannot be used to lock you out.' })
  @IsString()
  @Length(1, 200)
  currentPassword!: string;
}

@InputType()
export class ReplaceRecoveryCodesInput {
  @Field({ description: 'The 6-digit code your authenticator app shows now.' })
  @IsString()
  @Length(1, 20)
  code!: string;
}

@InputType({ description: "An administrator resets a staff member's lost authenticator app." })
export class ResetStaffAuthenticatorInput {
  @IdField()
  userId!: string;

  @Field({ description: 'Why, for the audit trail: for example "lost phone, identity checked in person".' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

@ObjectType({ description: 'A reset authenticator: the staff member sets up a new one at their next sign-in.' })
export class AuthenticatorReset {
  @Field({ description: 'An email is on its way to their work address; false when they have none (tell them another way).' })
  emailed!: boolean;
}
