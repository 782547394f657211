/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment YoungPersonMe on Me {\n  id\n  firstName\n  role\n  sessionExpiresAt\n}\n\nquery YoungPersonMe {\n  me {\n    ...YoungPersonMe\n  }\n}\n\nmutation YoungPersonSignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...YoungPersonMe\n  }\n}\n\nmutation YoungPersonSignOut {\n  signOut\n}\n\nmutation RedeemInvitation($input: RedeemInvitationInput!) {\n  redeemInvitation(input: $input) {\n    ...YoungPersonMe\n  }\n}": typeof types.YoungPersonMeFragmentDoc,
    "fragment MyDraftParts on YoungPersonDraft {\n  id\n  name\n  content\n  version\n}\n\nquery MyDraft($name: String!) {\n  myDraft(input: {name: $name}) {\n    ...MyDraftParts\n  }\n}\n\nmutation SaveMyDraft($input: SaveMyDraftInput!) {\n  saveMyDraft(input: $input) {\n    ...MyDraftParts\n  }\n}\n\nmutation DeleteMyDraft($name: String!) {\n  deleteMyDraft(input: {name: $name})\n}": typeof types.MyDraftPartsFragmentDoc,
    "query MyBrothersAndSisters {\n  myBrothersAndSisters {\n    firstName\n    livingTogether\n    keepingInTouch {\n      how\n      howOften\n    }\n  }\n}": typeof types.MyBrothersAndSistersDocument,
    "query WhoLookedAtMyFile {\n  whoLookedAtMyFile {\n    sentence\n    when\n  }\n}": typeof types.WhoLookedAtMyFileDocument,
    "query MyHelpers {\n  myProfile {\n    ...MyHelpers\n  }\n}\n\nmutation RequestAdvocate($reason: String) {\n  requestAdvocate(reason: $reason) {\n    message\n  }\n}\n\nmutation SendNotHappyMessage($input: NotHappyMessageInput!) {\n  sendNotHappyMessage(input: $input) {\n    sentAt\n    whatHappensNext\n  }\n}\n\nmutation ReportFeelingUnsafe($input: FeelingUnsafeInput) {\n  reportFeelingUnsafe(input: $input) {\n    helpText\n    emergencyNumber\n    childlineNumber\n  }\n}": typeof types.MyHelpersDocument,
    "query MyLifeStory {\n  myLifeStory {\n    count\n    items {\n      id\n      kind\n      title\n      words\n      occurredOn\n      addedByMe\n      media {\n        id\n        kind\n        contentType\n        thumbnailUrl\n        displayUrl\n        downloadUrl\n      }\n    }\n  }\n}\n\nmutation AddMyMemory($input: AddMyLifeStoryItemInput!) {\n  addMyLifeStoryItem(input: $input) {\n    id\n  }\n}": typeof types.MyLifeStoryDocument,
    "fragment MyPersonDetails on MyPerson {\n  firstName\n  role\n  phone\n  email\n}\n\nfragment MyHelpers on MyProfile {\n  firstName\n  age\n  myWorker {\n    ...MyPersonDetails\n  }\n  myIro {\n    ...MyPersonDetails\n  }\n  myAdvocate {\n    ...MyPersonDetails\n  }\n}\n\nquery MyForeverPlan {\n  myPlan {\n    whereILive\n    carerFirstName\n    mainPlan\n    whatIsBeingDecided\n    backUpPlans\n    outcomes {\n      whatWeWant\n      byWhen\n    }\n  }\n  myNextMeeting {\n    id\n    date\n    what\n  }\n  myProfile {\n    ...MyHelpers\n  }\n}": typeof types.MyPersonDetailsFragmentDoc,
    "fragment MyViewDetails on MyView {\n  id\n  version\n  status\n  topic\n  topicWords\n  words\n  mood\n  readers\n  meetingId\n  sentAt\n  followsViewId\n  writtenWithMyAdvocate\n  reply {\n    fromFirstName\n    fromRole\n    repliedAt\n    words\n  }\n}\n\nquery MyViews {\n  myViews {\n    ...MyViewDetails\n  }\n  myNextMeeting {\n    id\n    date\n    what\n  }\n}\n\nmutation SaveViewDraft($input: SaveViewDraftInput!) {\n  saveViewDraft(input: $input) {\n    ...MyViewDetails\n  }\n}\n\nmutation SendView($viewId: ID!, $expectedVersion: Int!) {\n  sendView(viewId: $viewId, expectedVersion: $expectedVersion) {\n    ...MyViewDetails\n  }\n}\n\nmutation AddToView($input: AddToViewInput!) {\n  addToView(input: $input) {\n    ...MyViewDetails\n  }\n}\n\nmutation DeleteViewDraft($viewId: ID!) {\n  deleteViewDraft(viewId: $viewId)\n}": typeof types.MyViewDetailsFragmentDoc,
};
const documents: Documents = {
    "fragment YoungPersonMe on Me {\n  id\n  firstName\n  role\n  sessionExpiresAt\n}\n\nquery YoungPersonMe {\n  me {\n    ...YoungPersonMe\n  }\n}\n\nmutation YoungPersonSignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...YoungPersonMe\n  }\n}\n\nmutation YoungPersonSignOut {\n  signOut\n}\n\nmutation RedeemInvitation($input: RedeemInvitationInput!) {\n  redeemInvitation(input: $input) {\n    ...YoungPersonMe\n  }\n}": types.YoungPersonMeFragmentDoc,
    "fragment MyDraftParts on YoungPersonDraft {\n  id\n  name\n  content\n  version\n}\n\nquery MyDraft($name: String!) {\n  myDraft(input: {name: $name}) {\n    ...MyDraftParts\n  }\n}\n\nmutation SaveMyDraft($input: SaveMyDraftInput!) {\n  saveMyDraft(input: $input) {\n    ...MyDraftParts\n  }\n}\n\nmutation DeleteMyDraft($name: String!) {\n  deleteMyDraft(input: {name: $name})\n}": types.MyDraftPartsFragmentDoc,
    "query MyBrothersAndSisters {\n  myBrothersAndSisters {\n    firstName\n    livingTogether\n    keepingInTouch {\n      how\n      howOften\n    }\n  }\n}": types.MyBrothersAndSistersDocument,
    "query WhoLookedAtMyFile {\n  whoLookedAtMyFile {\n    sentence\n    when\n  }\n}": types.WhoLookedAtMyFileDocument,
    "query MyHelpers {\n  myProfile {\n    ...MyHelpers\n  }\n}\n\nmutation RequestAdvocate($reason: String) {\n  requestAdvocate(reason: $reason) {\n    message\n  }\n}\n\nmutation SendNotHappyMessage($input: NotHappyMessageInput!) {\n  sendNotHappyMessage(input: $input) {\n    sentAt\n    whatHappensNext\n  }\n}\n\nmutation ReportFeelingUnsafe($input: FeelingUnsafeInput) {\n  reportFeelingUnsafe(input: $input) {\n    helpText\n    emergencyNumber\n    childlineNumber\n  }\n}": types.MyHelpersDocument,
    "query MyLifeStory {\n  myLifeStory {\n    count\n    items {\n      id\n      kind\n      title\n      words\n      occurredOn\n      addedByMe\n      media {\n        id\n        kind\n        contentType\n        thumbnailUrl\n        displayUrl\n        downloadUrl\n      }\n    }\n  }\n}\n\nmutation AddMyMemory($input: AddMyLifeStoryItemInput!) {\n  addMyLifeStoryItem(input: $input) {\n    id\n  }\n}": types.MyLifeStoryDocument,
    "fragment MyPersonDetails on MyPerson {\n  firstName\n  role\n  phone\n  email\n}\n\nfragment MyHelpers on MyProfile {\n  firstName\n  age\n  myWorker {\n    ...MyPersonDetails\n  }\n  myIro {\n    ...MyPersonDetails\n  }\n  myAdvocate {\n    ...MyPersonDetails\n  }\n}\n\nquery MyForeverPlan {\n  myPlan {\n    whereILive\n    carerFirstName\n    mainPlan\n    whatIsBeingDecided\n    backUpPlans\n    outcomes {\n      whatWeWant\n      byWhen\n    }\n  }\n  myNextMeeting {\n    id\n    date\n    what\n  }\n  myProfile {\n    ...MyHelpers\n  }\n}": types.MyPersonDetailsFragmentDoc,
    "fragment MyViewDetails on MyView {\n  id\n  version\n  status\n  topic\n  topicWords\n  words\n  mood\n  readers\n  meetingId\n  sentAt\n  followsViewId\n  writtenWithMyAdvocate\n  reply {\n    fromFirstName\n    fromRole\n    repliedAt\n    words\n  }\n}\n\nquery MyViews {\n  myViews {\n    ...MyViewDetails\n  }\n  myNextMeeting {\n    id\n    date\n    what\n  }\n}\n\nmutation SaveViewDraft($input: SaveViewDraftInput!) {\n  saveViewDraft(input: $input) {\n    ...MyViewDetails\n  }\n}\n\nmutation SendView($viewId: ID!, $expectedVersion: Int!) {\n  sendView(viewId: $viewId, expectedVersion: $expectedVersion) {\n    ...MyViewDetails\n  }\n}\n\nmutation AddToView($input: AddToViewInput!) {\n  addToView(input: $input) {\n    ...MyViewDetails\n  }\n}\n\nmutation DeleteViewDraft($viewId: ID!) {\n  deleteViewDraft(viewId: $viewId)\n}": types.MyViewDetailsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment YoungPersonMe on Me {\n  id\n  firstName\n  role\n  sessionExpiresAt\n}\n\nquery YoungPersonMe {\n  me {\n    ...YoungPersonMe\n  }\n}\n\nmutation YoungPersonSignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...YoungPersonMe\n  }\n}\n\nmutation YoungPersonSignOut {\n  signOut\n}\n\nmutation RedeemInvitation($input: RedeemInvitationInput!) {\n  redeemInvitation(input: $input) {\n    ...YoungPersonMe\n  }\n}"): (typeof documents)["fragment YoungPersonMe on Me {\n  id\n  firstName\n  role\n  sessionExpiresAt\n}\n\nquery YoungPersonMe {\n  me {\n    ...YoungPersonMe\n  }\n}\n\nmutation YoungPersonSignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...YoungPersonMe\n  }\n}\n\nmutation YoungPersonSignOut {\n  signOut\n}\n\nmutation RedeemInvitation($input: RedeemInvitationInput!) {\n  redeemInvitation(input: $input) {\n    ...YoungPersonMe\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MyDraftParts on YoungPersonDraft {\n  id\n  name\n  content\n  version\n}\n\nquery MyDraft($name: String!) {\n  myDraft(input: {name: $name}) {\n    ...MyDraftParts\n  }\n}\n\nmutation SaveMyDraft($input: SaveMyDraftInput!) {\n  saveMyDraft(input: $input) {\n    ...MyDraftParts\n  }\n}\n\nmutation DeleteMyDraft($name: String!) {\n  deleteMyDraft(input: {name: $name})\n}"): (typeof documents)["fragment MyDraftParts on YoungPersonDraft {\n  id\n  name\n  content\n  version\n}\n\nquery MyDraft($name: String!) {\n  myDraft(input: {name: $name}) {\n    ...MyDraftParts\n  }\n}\n\nmutation SaveMyDraft($input: SaveMyDraftInput!) {\n  saveMyDraft(input: $input) {\n    ...MyDraftParts\n  }\n}\n\nmutation DeleteMyDraft($name: String!) {\n  deleteMyDraft(input: {name: $name})\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyBrothersAndSisters {\n  myBrothersAndSisters {\n    firstName\n    livingTogether\n    keepingInTouch {\n      how\n      howOften\n    }\n  }\n}"): (typeof documents)["query MyBrothersAndSisters {\n  myBrothersAndSisters {\n    firstName\n    livingTogether\n    keepingInTouch {\n      how\n      howOften\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhoLookedAtMyFile {\n  whoLookedAtMyFile {\n    sentence\n    when\n  }\n}"): (typeof documents)["query WhoLookedAtMyFile {\n  whoLookedAtMyFile {\n    sentence\n    when\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyHelpers {\n  myProfile {\n    ...MyHelpers\n  }\n}\n\nmutation RequestAdvocate($reason: String) {\n  requestAdvocate(reason: $reason) {\n    message\n  }\n}\n\nmutation SendNotHappyMessage($input: NotHappyMessageInput!) {\n  sendNotHappyMessage(input: $input) {\n    sentAt\n    whatHappensNext\n  }\n}\n\nmutation ReportFeelingUnsafe($input: FeelingUnsafeInput) {\n  reportFeelingUnsafe(input: $input) {\n    helpText\n    emergencyNumber\n    childlineNumber\n  }\n}"): (typeof documents)["query MyHelpers {\n  myProfile {\n    ...MyHelpers\n  }\n}\n\nmutation RequestAdvocate($reason: String) {\n  requestAdvocate(reason: $reason) {\n    message\n  }\n}\n\nmutation SendNotHappyMessage($input: NotHappyMessageInput!) {\n  sendNotHappyMessage(input: $input) {\n    sentAt\n    whatHappensNext\n  }\n}\n\nmutation ReportFeelingUnsafe($input: FeelingUnsafeInput) {\n  reportFeelingUnsafe(input: $input) {\n    helpText\n    emergencyNumber\n    childlineNumber\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyLifeStory {\n  myLifeStory {\n    count\n    items {\n      id\n      kind\n      title\n      words\n      occurredOn\n      addedByMe\n      media {\n        id\n        kind\n        contentType\n        thumbnailUrl\n        displayUrl\n        downloadUrl\n      }\n    }\n  }\n}\n\nmutation AddMyMemory($input: AddMyLifeStoryItemInput!) {\n  addMyLifeStoryItem(input: $input) {\n    id\n  }\n}"): (typeof documents)["query MyLifeStory {\n  myLifeStory {\n    count\n    items {\n      id\n      kind\n      title\n      words\n      occurredOn\n      addedByMe\n      media {\n        id\n        kind\n        contentType\n        thumbnailUrl\n        displayUrl\n        downloadUrl\n      }\n    }\n  }\n}\n\nmutation AddMyMemory($input: AddMyLifeStoryItemInput!) {\n  addMyLifeStoryItem(input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MyPersonDetails on MyPerson {\n  firstName\n  role\n  phone\n  email\n}\n\nfragment MyHelpers on MyProfile {\n  firstName\n  age\n  myWorker {\n    ...MyPersonDetails\n  }\n  myIro {\n    ...MyPersonDetails\n  }\n  myAdvocate {\n    ...MyPersonDetails\n  }\n}\n\nquery MyForeverPlan {\n  myPlan {\n    whereILive\n    carerFirstName\n    mainPlan\n    whatIsBeingDecided\n    backUpPlans\n    outcomes {\n      whatWeWant\n      byWhen\n    }\n  }\n  myNextMeeting {\n    id\n    date\n    what\n  }\n  myProfile {\n    ...MyHelpers\n  }\n}"): (typeof documents)["fragment MyPersonDetails on MyPerson {\n  firstName\n  role\n  phone\n  email\n}\n\nfragment MyHelpers on MyProfile {\n  firstName\n  age\n  myWorker {\n    ...MyPersonDetails\n  }\n  myIro {\n    ...MyPersonDetails\n  }\n  myAdvocate {\n    ...MyPersonDetails\n  }\n}\n\nquery MyForeverPlan {\n  myPlan {\n    whereILive\n    carerFirstName\n    mainPlan\n    whatIsBeingDecided\n    backUpPlans\n    outcomes {\n      whatWeWant\n      byWhen\n    }\n  }\n  myNextMeeting {\n    id\n    date\n    what\n  }\n  myProfile {\n    ...MyHelpers\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MyViewDetails on MyView {\n  id\n  version\n  status\n  topic\n  topicWords\n  words\n  mood\n  readers\n  meetingId\n  sentAt\n  followsViewId\n  writtenWithMyAdvocate\n  reply {\n    fromFirstName\n    fromRole\n    repliedAt\n    words\n  }\n}\n\nquery MyViews {\n  myViews {\n    ...MyViewDetails\n  }\n  myNextMeeting {\n    id\n    date\n    what\n  }\n}\n\nmutation SaveViewDraft($input: SaveViewDraftInput!) {\n  saveViewDraft(input: $input) {\n    ...MyViewDetails\n  }\n}\n\nmutation SendView($viewId: ID!, $expectedVersion: Int!) {\n  sendView(viewId: $viewId, expectedVersion: $expectedVersion) {\n    ...MyViewDetails\n  }\n}\n\nmutation AddToView($input: AddToViewInput!) {\n  addToView(input: $input) {\n    ...MyViewDetails\n  }\n}\n\nmutation DeleteViewDraft($viewId: ID!) {\n  deleteViewDraft(viewId: $viewId)\n}"): (typeof documents)["fragment MyViewDetails on MyView {\n  id\n  version\n  status\n  topic\n  topicWords\n  words\n  mood\n  readers\n  meetingId\n  sentAt\n  followsViewId\n  writtenWithMyAdvocate\n  reply {\n    fromFirstName\n    fromRole\n    repliedAt\n    words\n  }\n}\n\nquery MyViews {\n  myViews {\n    ...MyViewDetails\n  }\n  myNextMeeting {\n    id\n    date\n    what\n  }\n}\n\nmutation SaveViewDraft($input: SaveViewDraftInput!) {\n  saveViewDraft(input: $input) {\n    ...MyViewDetails\n  }\n}\n\nmutation SendView($viewId: ID!, $expectedVersion: Int!) {\n  sendView(viewId: $viewId, expectedVersion: $expectedVersion) {\n    ...MyViewDetails\n  }\n}\n\nmutation AddToView($input: AddToViewInput!) {\n  addToView(input: $input) {\n    ...MyViewDetails\n  }\n}\n\nmutation DeleteViewDraft($viewId: ID!) {\n  deleteViewDraft(viewId: $viewId)\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;