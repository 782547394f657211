import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ChildMessageKind, LifeStoryKind, Mood, ViewReader, ViewStatus, ViewTopic } from '@forever-planning/shared';
import { LocalDate } from '../../common/scalars';
import { MoodEnum, ViewReaderEnum, ViewStatusEnum, ViewTopicEnum } from '../views/view.enums';
import { LifeStoryKindEnum } from '../life-story/life-story.enums';
import { ChildMessageKindEnum } from '../child-messages/child-message.type';

/**
 * What a young person sees: their own, smaller types in their own words.
 * Never a professional type with fields blanked: a column reaches a child only
 * by being added here on purpose.
 */

@ObjectType({ description: 'Someone who helps me: my worker, my IRO, my advocate.' })
export class MyPerson {
  @Field()
  firstName!: string;

  @Field({ description: 'Who they are to me, e.g. "my worker".' })
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
  @Field(() => String, { nullable: true, description: 'Where I live now, e.g. "with foster carers".' })
  whereILive!: string | null;

  @Field(() => String, { nullable: true, description: "My carer's first name." })
  carerFirstName!: string | null;

  @Field(() => String, { nullable: true })
  whatIsBeingDecided!: string | null;

  @Field(() => String, { nullable: true, description: 'The main plan.' })
  mainPlan!: string | null;

  @Field(() => [String], { description: 'The back-up plans, in gentle words.' })
  backUpPlans!: string[];

  @Field(() => [MyOutcome])
  outcomes!: MyOutcome[];
}

@ObjectType()
export class MyMeeting {
  /** So a view can say it is for this meeting (saveViewDraft's meetingId). */
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDate)
  date!: string;

  @Field({ description: 'What the meeting is, e.g. "my meeting".' })
  what!: string;
}

@ObjectType()
export class MyReply {
  @Field()
  words!: string;

  @Field({ description: 'The language the words are in (portal language code, e.g. "ps"; "en" for English).' })
  language!: string;

  @Field({ description: 'Who replied, first name.' })
  fromFirstName!: string;

  @Field({ description: 'Who they are to me, e.g. "my worker".' })
  fromRole!: string;

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

  @Field({ description: 'The topic in my words.' })
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
  @Field({ description: 'e.g. "seeing each other" or "letters, calls or messages".' })
  how!: string;

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

  @Field({ description: 'e.g. "your worker".' })
  role!: string;

  @Field(() => [String], { description: 'e.g. "your plan", "your life story".' })
  what!: string[];

  @Field(() => LocalDate)
  when!: string;

  @Field({ description: 'e.g. "Sam, your worker, looked at your plan on 3 May".' })
  sentence!: string;
}

@ObjectType()
export class MyAdvocateRequest {
  @Field()
  message!: string;
}

@ObjectType()
export class MyMessageSent {
  @Field(() => Date)
  sentAt!: Date;

  @Field({ description: 'What happens next, in my words.' })
  whatHappensNext!: string;
}

@ObjectType()
export class MyUnsafeReport {
  @Field(() => Date)
  sentAt!: Date;

  @Field({ description: 'Always shown: 999 and Childline 0800 1111.' })
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

  @Field(() => String, { nullable: true, description: 'When my pathway plan was last looked at, as words ("3 May").' })
  planLookedAtOn!: string | null;

  @Field(() => String, { nullable: true, description: 'My plan, in my words.' })
  planInMyWords!: string | null;

  @Field({ description: 'Where I will live after 18, in plain words.' })
  after18!: string;

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
