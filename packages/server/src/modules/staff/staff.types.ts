import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { PROFESSIONAL_ROLES, type Role } from '@forever-planning/shared';
import { IdField } from '../../common/validation';
import { graphqlEnum } from '../../common/enums';
import { ExpectedVersionField } from '../case-records/case-record.inputs';
import { STAFF_REQUEST_STATUSES, type StaffRequestStatus } from './staff-account-request.entity';
import { RoleEnum } from '../auth/auth.types';
import { NotificationPreferenceEnum } from '../notifications/notification.type';
import type { NotificationPreference } from '../notifications/notification.vocabulary';

@ObjectType('StaffAccount', { description: "A professional's account, as the administrator manages it." })
export class StaffAccountType {
  @Field(() => ID) id!: string;
  @Field() username!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => String, { nullable: true, description: 'Work email: notifications go here.' }) email!: string | null;
  @Field(() => String, { nullable: true, description: 'Mobile number for urgent text messages.' }) mobile!: string | null;
  @Field(() => NotificationPreferenceEnum) notificationPreference!: NotificationPreference;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => String, { nullable: true }) teamName!: string | null;
  @Field() disabled!: boolean;
  @Field({ description: 'They have set up an authenticator app (an administrator can reset it if it is lost).' }) authenticatorEnrolled!: boolean;
  @Field(() => String, { nullable: true, description: 'Social Work England registration number (the SSDA903 return\'s SW_ID).' }) sweNumber!: string | null;
}

@InputType({ description: "A professional's Social Work England registration number, set by the administrator. Null clears it." })
export class SetSweNumberInput {
  @IdField()
  userId!: string;

  @Field(() => String, { nullable: true, description: 'SW and digits, as Social Work England issues them (spaces and case are ignored).' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  sweNumber?: string | null;
}

@InputType({ description: 'A new professional account, requested by the administrator and made when a head of service approves it. Young people get theirs from their worker’s invitation code.' })
export class CreateStaffAccountInput {
  @Field()
  @Matches(/^[a-z][a-z0-9.-]{2,39}$/, { message: 'username must be 3 to 40 lower-case letters, digits, dots or dashes, starting with a letter' })
  username!: string;

  @Field() @Length(1, 100) firstName!: string;
  @Field() @Length(1, 100) lastName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => RoleEnum)
  @IsIn(PROFESSIONAL_ROLES, { message: 'role must be a professional role' })
  role!: Role;

  @IdField({ nullable: true, description: 'Required for social workers and team managers.' })
  teamId?: string | null;

  @Field({ description: 'A first password the person changes; at least 12 characters. Never stored or logged in clear.' })
  @IsString()
  @MinLength(12, { message: 'initialPassword must be at least 12 characters' })
  @MaxLength(200)
  initialPassword!: string;
}

export const StaffRequestStatusEnum = graphqlEnum('StaffAccountRequestStatus', STAFF_REQUEST_STATUSES, 'PENDING: waiting for a head of service. APPROVED: the account exists. REFUSED: no account was made.');

@ObjectType('StaffAccountRequest', {
  description: "An administrator's request for a professional account: nobody can sign in with it until a head of service of the council approves it (two people).",
})
export class StaffAccountRequestType {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field() username!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => String, { nullable: true }) teamName!: string | null;
  @Field(() => StaffRequestStatusEnum) status!: StaffRequestStatus;
  @Field({ description: 'The administrator who asked.' }) requestedByName!: string;
  @Field() requestedAt!: Date;
  @Field(() => String, { nullable: true, description: 'The head of service who approved or refused it.' }) decidedByName!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) refusalReason!: string | null;
}

@InputType({ description: 'A head of service approves a waiting account request: the account is made and can sign in.' })
export class ApproveStaffAccountRequestInput {
  @IdField()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;
}

@InputType({ description: 'A head of service refuses a waiting account request, saying why: no account is made.' })
export class RefuseStaffAccountRequestInput {
  @IdField()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @Field()
  @Length(1, 1000)
  reason!: string;
}
