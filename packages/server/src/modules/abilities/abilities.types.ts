import { Field, ObjectType } from 'type-graphql';

@ObjectType('ChildAbilities', { description: "What you may do with this child's record: the checks the API makes, so a screen offers only what the API will allow." })
export class ChildAbilitiesType {
  @Field({ description: "Change the child's details and case records (placements, legal status, family, network, matching, health outcomes, missing periods)." })
  canEdit!: boolean;

  @Field({ description: 'Allocate the social worker and IRO (the team manager of the child’s team).' })
  canAllocate!: boolean;

  @Field({ description: 'Invite the child to their own account (old enough under the council’s policy).' })
  canInviteYoungPerson!: boolean;

  @Field({ description: 'Start a plan, or a new version of it (no draft open).' })
  canStartPlan!: boolean;

  @Field()
  canEditLifeStory!: boolean;

  @Field({ description: 'Restore a withdrawn life story item.' })
  canRestoreLifeStory!: boolean;

  @Field({ description: 'Schedule and record meetings (reviews by the child’s IRO, other meetings by the worker or team manager).' })
  canScheduleMeetings!: boolean;

  @Field({ description: 'Sign off a recorded review.' })
  canSignOffReviews!: boolean;

  @Field({ description: 'Raise a drift escalation (dispute resolution).' })
  canRaiseEscalation!: boolean;

  @Field({ description: 'Record the end of a dispute stage, or resolve it.' })
  canRecordEscalationStage!: boolean;

  @Field({ description: "Read the audit trail of the child's record." })
  canReadAudit!: boolean;

  @Field({ description: 'Make a subject access export.' })
  canExportSubjectAccess!: boolean;

  @Field({ description: 'Sign off permanence forms (the team manager).' })
  canSignOffPermanenceForms!: boolean;
}

@ObjectType('MeetingAbilities', { description: 'What you may do with this meeting now (the API still checks every request).' })
export class MeetingAbilitiesType {
  @Field({ description: 'Record the meeting, or change its record (not once a review record is signed off).' }) canRecord!: boolean;
  @Field({ description: 'Sign off the record of a held review (the child’s IRO).' }) canSignOff!: boolean;
  @Field({ description: 'Share a signed-off review record with the child.' }) canShareWithChild!: boolean;
}

@ObjectType('PlanAbilities', { description: 'What you may do with this version of the plan now: role, status and the head of service rule, as the API checks them.' })
export class PlanAbilitiesType {
  @Field() canStartNewVersion!: boolean;
  @Field() canEdit!: boolean;
  @Field() canUpdateProgress!: boolean;
  @Field() canSubmit!: boolean;
  @Field() canApprove!: boolean;
  @Field() canReturn!: boolean;
  @Field() canApproveAsHeadOfService!: boolean;
  @Field() canRecordPanelRecommendation!: boolean;
  @Field() canRecordPanelDecision!: boolean;
  @Field() canEndorse!: boolean;
  @Field() canMarkAchieved!: boolean;
  @Field() canEnd!: boolean;
  @Field() canShareWithChild!: boolean;
}

/**
 * The screens a person may open, each read from the access rule of the API
 * operation the screen is built on (SCREEN_OPERATIONS), so a menu item shows
 * exactly when the API would answer.
 */
@ObjectType('ScreenAbilities', { description: 'Which menus and pages you may use: each is true exactly when the API operation the page is built on would answer you.' })
export class ScreenAbilitiesType {
  @Field({ description: 'Your children (caseload, team, reviews or council), their records, live updates.' }) children!: boolean;
  @Field() needsAttention!: boolean;
  @Field() driftList!: boolean;
  @Field() viewsInbox!: boolean;
  @Field({ description: "An advocate's children and referrals waiting." }) advocacy!: boolean;
  @Field() tracker!: boolean;
  @Field() reports!: boolean;
  @Field() ssda903!: boolean;
  @Field() retentionReview!: boolean;
  @Field() notifications!: boolean;
  @Field() staffContacts!: boolean;
  @Field({ description: 'Staff sign-in: identity provider and second factor.' }) signInSettings!: boolean;
  @Field() localPolicy!: boolean;
  @Field({ description: 'Import an SSDA903 return.' }) imports!: boolean;
  @Field({ description: "The council's audit trail." }) auditSearch!: boolean;
  @Field({ description: "The languages of the young people's portal." }) youngPersonLanguages!: boolean;
  @Field({ description: 'Your own account: authenticator app and recovery codes.' }) ownAccount!: boolean;
  @Field({ description: 'Ask for staff accounts.' }) staffAccounts!: boolean;
  @Field({ description: 'Decide staff account requests.' }) accountRequests!: boolean;
  @Field({ description: "The young person's own portal." }) ownRecord!: boolean;
  @Field({ description: 'You reach children in more than one team, so lists can be filtered by team.' }) filterByTeam!: boolean;
}
