import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AFTER_EIGHTEEN, type AfterEighteen, type FamilyConsidered, type IntendedDuration, type TrustedAdultRole, type ChildMessageKind, type FamilyTimeKind, type LifeStoryKind, type MeetingType, type Mood, type PlacementType, type PlanOption, type ViewReader, type ViewStatus, type ViewTopic } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import { LocalDate } from '../../common/scalars';
import { MeetingTypeEnum } from '../meetings/meeting.type';
import { IntendedDurationEnum, PlacementTypeEnum } from '../placements/placement.type';
import { TrustedAdultRoleEnum } from '../network/network-member.type';
import { FamilyConsideredEnum, PlanOptionEnum } from '../plans/plan.enums';
import { FamilyTimeKindEnum } from '../siblings/sibling.types';
import { CHILD_ROLE_NAMES, FILE_PARTS, type ChildRoleName, type FilePart } from './child-words';
import { MoodEnum, ViewReaderEnum, ViewStatusEnum, ViewTopicEnum } from '../views/view.enums';
import { LifeStoryKindEnum } from '../life-story/life-story.enums';
import { ChildMessageKindEnum } from '../child-messages/child-message.type';

/**
 * What a young person sees: their own, smaller types in their own words.
 * Never a professional type with fields blanked: a column reaches a child only
 * by being added here on purpose.
 *
 * Words the server makes for the child are codes, dates and names: the
 * young-person portal says them in the child's language from its catalogues.
 * The older English sentences stay for other callers, deprecated so a portal
 * that reads one fails its no-fixed-words test.
 */

/** Why an English field is deprecated: the portal words the code in the child's language. */
const ENGLISH_ONLY = (instead: string) => `English only: read ${instead} and say it in the child's language.`;

export const ChildRoleNameEnum = graphqlEnum('ChildRoleName', CHILD_ROLE_NAMES, 'How a professional is named to a child: "your worker" when they are, otherwise what they do.');
export const FilePartEnum = graphqlEnum('FilePart', FILE_PARTS, 'A part of my file someone read, as I would name it.');
export const AfterEighteenEnum = graphqlEnum('AfterEighteen', AFTER_EIGHTEEN, 'Where a young person will live after 18.');
export const ADVOCATE_REQUEST_OUTCOMES = ['ASKED', 'ALREADY_ASKED', 'ALREADY_HAVE_ONE'] as const;
export type AdvocateRequestOutcome = (typeof ADVOCATE_REQUEST_OUTCOMES)[number];
export const AdvocateRequestOutcomeEnum = graphqlEnum('AdvocateRequestOutcome', ADVOCATE_REQUEST_OUTCOMES, 'What happened when I asked for an advocate.');

@ObjectType({ description: 'Someone who helps me: my worker, my IRO, my advocate.' })
export class MyPerson {
  @Field()
  firstName!: string;

  @Field({ description: 'Who they are to me, e.g. "my worker".', deprecationReason: ENGLISH_ONLY('the field that holds the person (myWorker, myIro, myAdvocate, personalAdviser)') })
  role!: string;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;
}

@ObjectType()
export class MyProfile {
  @Field({ description: 'The name I like to be called.' })
  firstName!: string;

  @Field(() => Int)
  age!: number;

  @Field({ description: 'Whether I may ask for an advocate myself: my age is within the ages the council offers one.' })
  mayAskForAdvocate!: boolean;

  @Field(() => Int, { description: 'The council offers an advocate from this age…' })
  advocacyFromAge!: number;

  @Field(() => Int, { description: '…until this age.' })
  advocacyUntilAge!: number;

  @Field(() => MyPerson, { nullable: true })
  myWorker!: MyPerson | null;

  @Field(() => MyPerson, { nullable: true })
  myIro!: MyPerson | null;

  @Field(() => MyPerson, { nullable: true })
  myAdvocate!: MyPerson | null;

  @Field(() => [MyTrustedAdult], { description: 'Adults I trust (a teacher, a key worker at school) that my worker has added to "People who help me".' })
  trustedAdults!: MyTrustedAdult[];
}

@ObjectType({ description: 'An adult I trust, as my worker shared them with me: first name and who they are, no contact details.' })
export class MyTrustedAdult {
  @Field()
  firstName!: string;

  @Field(() => TrustedAdultRoleEnum, { nullable: true, description: 'A teacher, a key worker at school, or someone else.' })
  role!: TrustedAdultRole | null;
}

@ObjectType({ description: 'A move I have been told about: when, who to, and meeting them first.' })
export class MyMove {
  @Field(() => LocalDate, { description: 'The day I am going to move.' })
  plannedFor!: string;

  @Field(() => String, { nullable: true, description: 'The first name of who I will live with.' })
  newCarerFirstName!: string | null;

  @Field({ description: 'I already know who I will live with.' })
  newCarerAlreadyKnown!: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'The day I met them, if I have.' })
  metNewCarerOn!: string | null;
}

@ObjectType({ description: 'How long the plan is for me to live here.' })
export class MyHowLong {
  @Field(() => IntendedDurationEnum)
  duration!: IntendedDuration;

  @Field(() => LocalDate, { nullable: true, description: 'For a set time: until this day.' })
  until!: string | null;

  @Field(() => String, { nullable: true, description: 'What my worker wrote for me about it.' })
  inMyWords!: string | null;
}

@ObjectType({ description: 'Whether my family was thought about first to look after me.' })
export class MyFamilyFirst {
  @Field(() => FamilyConsideredEnum)
  answer!: FamilyConsidered;

  @Field(() => String, { nullable: true, description: 'What my worker wrote for me about it.' })
  inMyWords!: string | null;
}

@ObjectType()
export class MyOutcome {
  @Field()
  whatWeWant!: string;

  @Field(() => LocalDate, { nullable: true, description: 'When it should happen by; none once that day has passed (a child reads a date gone by as a promise broken).' })
  byWhen!: string | null;
}

@ObjectType({ description: 'My Forever Plan, once my worker has shared it with me.' })
export class MyPlan {
  @Field(() => String, { nullable: true, description: 'Where I live now, e.g. "with foster carers".', deprecationReason: ENGLISH_ONLY('placementType') })
  whereILive!: string | null;

  @Field(() => PlacementTypeEnum, { nullable: true, description: 'The kind of place I live in now.' })
  placementType!: PlacementType | null;

  @Field(() => String, { nullable: true, description: "My carer's first name." })
  carerFirstName!: string | null;

  @Field(() => String, { nullable: true, description: 'My plan in my words, as my worker wrote it for me.' })
  whatIsBeingDecided!: string | null;

  @Field({ description: 'The language whatIsBeingDecided is written in (portal language code, e.g. "ps"; "en" for English), so my pages mark it for a screen reader and "read it to me".' })
  whatIsBeingDecidedLanguage!: string;

  @Field(() => String, { nullable: true, description: 'The main plan.', deprecationReason: ENGLISH_ONLY('mainPlanOption') })
  mainPlan!: string | null;

  @Field(() => PlanOptionEnum, { nullable: true, description: 'The main plan, as an option.' })
  mainPlanOption!: PlanOption | null;

  @Field(() => [String], { description: 'The back-up plans, in gentle words.', deprecationReason: ENGLISH_ONLY('backUpPlanOptions') })
  backUpPlans!: string[];

  @Field(() => [PlanOptionEnum], { description: 'The back-up plans, as options.' })
  backUpPlanOptions!: PlanOption[];

  @Field(() => [MyOutcome])
  outcomes!: MyOutcome[];

  @Field(() => MyMove, { nullable: true, description: 'A move from where I live now, once my worker has told me about it (never before).' })
  moving!: MyMove | null;

  @Field(() => MyHowLong, { nullable: true, description: 'How long the plan is for me to live where I live now.' })
  howLong!: MyHowLong | null;

  @Field(() => MyFamilyFirst, { nullable: true, description: 'Whether my family was thought about first.' })
  familyFirst!: MyFamilyFirst | null;
}

@ObjectType()
export class MyMeeting {
  /** So a view can say it is for this meeting (saveViewDraft's meetingId). */
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDate)
  date!: string;

  @Field({ description: 'What the meeting is, e.g. "my meeting".', deprecationReason: ENGLISH_ONLY('type') })
  what!: string;

  @Field(() => MeetingTypeEnum)
  type!: MeetingType;
}

@ObjectType()
export class MyReply {
  @Field()
  words!: string;

  @Field({ description: 'The language the words are in (portal language code, e.g. "ps"; "en" for English).' })
  language!: string;

  @Field({ description: 'Who replied, first name.' })
  fromFirstName!: string;

  @Field({ description: 'Who they are to me, e.g. "my worker".', deprecationReason: ENGLISH_ONLY('fromRoleName') })
  fromRole!: string;

  @Field(() => ChildRoleNameEnum, { description: 'Who they are to me.' })
  fromRoleName!: ChildRoleName;

  @Field(() => Date)
  repliedAt!: Date;

  @Field(() => String, { nullable: true, description: '"You said, we did": the goal in my plan that changed, in the words of the plan.' })
  planGoal?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day of the meeting where it changed.' })
  meetingOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'That meeting was my review (otherwise another meeting about me).' })
  meetingIsReview?: boolean | null;
}

@ObjectType()
export class MyView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Send it back when changing or sending a draft.' })
  version!: number;

  @Field(() => ViewTopicEnum)
  topic!: ViewTopic;

  @Field({ description: 'The topic in my words.', deprecationReason: ENGLISH_ONLY('topic') })
  topicWords!: string;

  @Field()
  words!: string;

  @Field(() => MoodEnum, { nullable: true })
  mood!: Mood | null;

  @Field(() => [ViewReaderEnum])
  readers!: ViewReader[];

  @Field(() => ViewStatusEnum, { description: 'DRAFT until I send it; then it cannot change.' })
  status!: ViewStatus;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => ID, { nullable: true })
  meetingId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The view this adds to.' })
  followsViewId!: string | null;

  @Field({ description: 'I wrote it with my advocate.' })
  writtenWithMyAdvocate!: boolean;

  @Field(() => MyReply, { nullable: true })
  reply!: MyReply | null;
}

@ObjectType()
export class MyLifeStoryItem {
  @Field(() => ID)
  id!: string;

  @Field(() => LifeStoryKindEnum)
  kind!: LifeStoryKind;

  @Field()
  title!: string;

  @Field(() => LocalDate, { nullable: true })
  occurredOn!: string | null;

  @Field(() => String, { nullable: true })
  words!: string | null;

  @Field({ description: 'I added it myself.' })
  addedByMe!: boolean;

  mediaId!: string | null;
}

@ObjectType({ description: 'My life story book: only what is shared with me today.' })
export class MyLifeStory {
  @Field(() => Int)
  count!: number;

  @Field(() => [MyLifeStoryItem])
  items!: MyLifeStoryItem[];
}

@ObjectType()
export class MyKeepingInTouch {
  @Field({ description: 'e.g. "seeing each other" or "letters, calls or messages".', deprecationReason: ENGLISH_ONLY('kind') })
  how!: string;

  @Field(() => FamilyTimeKindEnum)
  kind!: FamilyTimeKind;

  @Field()
  howOften!: string;
}

@ObjectType()
export class MyBrotherOrSister {
  @Field()
  firstName!: string;

  @Field()
  livingTogether!: boolean;

  @Field(() => [MyKeepingInTouch])
  keepingInTouch!: MyKeepingInTouch[];
}

@ObjectType({ description: 'Someone who looked at my file, one line per person per day.' })
export class MyFileLook {
  @Field()
  who!: string;

  @Field({ description: 'e.g. "your worker".', deprecationReason: ENGLISH_ONLY('roleName') })
  role!: string;

  @Field(() => ChildRoleNameEnum, { description: 'Who they are to me.' })
  roleName!: ChildRoleName;

  @Field(() => [String], { description: 'e.g. "your plan", "your life story".', deprecationReason: ENGLISH_ONLY('parts') })
  what!: string[];

  @Field(() => [FilePartEnum], { description: 'The parts of my file they read.' })
  parts!: FilePart[];

  @Field(() => LocalDate)
  when!: string;

  @Field({ description: 'e.g. "Sam, your worker, looked at your plan on 3 May".', deprecationReason: ENGLISH_ONLY('who, roleName, parts and when') })
  sentence!: string;
}

@ObjectType()
export class MyAdvocateRequest {
  @Field({ deprecationReason: ENGLISH_ONLY('outcome') })
  message!: string;

  @Field(() => AdvocateRequestOutcomeEnum)
  outcome!: AdvocateRequestOutcome;
}

@ObjectType()
export class MyMessageSent {
  @Field(() => Date)
  sentAt!: Date;

  @Field({ description: 'What happens next, in my words.', deprecationReason: ENGLISH_ONLY('the catalogue (the portal knows whom the child told)') })
  whatHappensNext!: string;
}

@ObjectType()
export class MyUnsafeReport {
  @Field(() => Date)
  sentAt!: Date;

  @Field({ description: 'Always shown: 999 and Childline 0800 1111.', deprecationReason: ENGLISH_ONLY('emergencyNumber and childlineNumber') })
  helpText!: string;

  @Field()
  emergencyNumber!: string;

  @Field()
  childlineNumber!: string;
}

/** A message I sent ("I'm not happy", "I feel unsafe"): whether someone has seen it, and their reply. */
@ObjectType()
export class MyMessage {
  @Field(() => ID)
  id!: string;

  @Field(() => ChildMessageKindEnum)
  kind!: ChildMessageKind;

  @Field(() => String, { nullable: true })
  words!: string | null;

  @Field(() => MoodEnum, { nullable: true })
  mood!: Mood | null;

  @Field(() => Date)
  sentAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When someone saw it.' })
  seenAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who saw it, first name only.' })
  seenByFirstName!: string | null;

  @Field(() => MyReply, { nullable: true })
  reply!: MyReply | null;
}

@ObjectType({ description: 'What happens when I am 18, in my words: my plan, my personal adviser, where I will live.' })
export class MyLeavingCare {
  @Field(() => Int)
  age!: number;

  @Field({ description: 'Whether I have a pathway plan yet.' })
  hasPathwayPlan!: boolean;

  @Field(() => String, { nullable: true, description: 'When my pathway plan was last looked at, as words ("3 May").', deprecationReason: ENGLISH_ONLY('planLookedAtDate') })
  planLookedAtOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When my pathway plan was last looked at.' })
  planLookedAtDate!: string | null;

  @Field(() => String, { nullable: true, description: 'My plan, in my words.' })
  planInMyWords!: string | null;

  @Field({ description: 'Where I will live after 18, in plain words.', deprecationReason: ENGLISH_ONLY('afterEighteen') })
  after18!: string;

  @Field(() => AfterEighteenEnum, { description: 'Where I will live after 18.' })
  afterEighteen!: AfterEighteen;

  @Field({ description: 'True when I can stay with my carers after 18 (Staying Put).' })
  stayingPut!: boolean;

  @Field(() => MyPerson, { nullable: true, description: 'My personal adviser.' })
  personalAdviser!: MyPerson | null;
}

@ObjectType({ description: 'A language the young-person portal can be read in.' })
export class PortalLanguageOption {
  @Field({ description: 'BCP 47 code, e.g. "ps".' })
  code!: string;

  @Field({ description: 'Its name in English.' })
  englishName!: string;

  @Field({ description: 'Its name in the language itself, as a child looks for it.' })
  ownName!: string;

  @Field({ description: '"ltr" or "rtl".' })
  dir!: string;
}

@ObjectType({ description: 'The language of my portal and the ones I may choose.' })
export class MyLanguage {
  @Field({ description: 'The language my pages are in: my choice, else my first language, else English; always one the council has on.' })
  language!: string;

  @Field(() => String, { nullable: true, description: 'What I chose myself, if I did.' })
  chosen!: string | null;

  @Field(() => [PortalLanguageOption], { description: 'The languages my council has switched on (English always).' })
  languages!: PortalLanguageOption[];
}

@ObjectType({ description: "A language of the young-person portal and whether this council has it on." })
export class YoungPersonLanguageSetting extends PortalLanguageOption {
  @Field()
  switchedOn!: boolean;
}
