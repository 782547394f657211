/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** SSDA903 category of need, N1 to N8. */
export type CategoryOfNeed =
  | 'N1'
  | 'N2'
  | 'N3'
  | 'N4'
  | 'N5'
  | 'N6'
  | 'N7'
  | 'N8';

export type Child = {
  advocacyOfferedOn?: Maybe<Scalars['LocalDate']['output']>;
  age: Scalars['Int']['output'];
  categoryOfNeed?: Maybe<CategoryOfNeed>;
  dateCeasedLookedAfter?: Maybe<Scalars['LocalDate']['output']>;
  dateLookedAfter?: Maybe<Scalars['LocalDate']['output']>;
  dateOfBirth: Scalars['LocalDate']['output'];
  disability?: Maybe<Scalars['String']['output']>;
  /** Preferred first name (or legal first name) and last name. */
  displayName: Scalars['String']['output'];
  ethnicity?: Maybe<Scalars['String']['output']>;
  firstLanguage?: Maybe<Scalars['String']['output']>;
  gender: Gender;
  healthNeeds?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  iro?: Maybe<PersonRef>;
  iroAllocatedOn?: Maybe<Scalars['LocalDate']['output']>;
  legalFirstName: Scalars['String']['output'];
  legalLastName: Scalars['String']['output'];
  /** The council's case reference. */
  localId: Scalars['String']['output'];
  /** The name the child wants to be called. */
  preferredName?: Maybe<Scalars['String']['output']>;
  religion?: Maybe<Scalars['String']['output']>;
  school?: Maybe<Scalars['String']['output']>;
  socialWorker?: Maybe<PersonRef>;
  team: TeamRef;
  /** Unaccompanied asylum-seeking child. */
  uasc: Scalars['Boolean']['output'];
  /** Unique pupil number. */
  upn?: Maybe<Scalars['String']['output']>;
  /** Changes on every update; send it back to update the record. */
  version: Scalars['Int']['output'];
  virtualSchool?: Maybe<Scalars['String']['output']>;
};

export type ChildConnection = {
  edges: Array<ChildEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChildEdge = {
  cursor: Scalars['String']['output'];
  node: Child;
};

export type ChildrenFilter = {
  /** Part of a first, preferred or last name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The current plan's primary option. */
  planOption?: InputMaybe<PlanOption>;
  /** The current plan's status. */
  planStatus?: InputMaybe<PlanStatus>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateChildInput = {
  categoryOfNeed?: InputMaybe<CategoryOfNeed>;
  dateLookedAfter?: InputMaybe<Scalars['LocalDate']['input']>;
  dateOfBirth?: InputMaybe<Scalars['LocalDate']['input']>;
  disability?: InputMaybe<Scalars['String']['input']>;
  ethnicity?: InputMaybe<Scalars['String']['input']>;
  firstLanguage?: InputMaybe<Scalars['String']['input']>;
  gender?: InputMaybe<Gender>;
  healthNeeds?: InputMaybe<Scalars['String']['input']>;
  legalFirstName?: InputMaybe<Scalars['String']['input']>;
  legalLastName?: InputMaybe<Scalars['String']['input']>;
  localId: Scalars['String']['input'];
  preferredName?: InputMaybe<Scalars['String']['input']>;
  religion?: InputMaybe<Scalars['String']['input']>;
  school?: InputMaybe<Scalars['String']['input']>;
  uasc?: InputMaybe<Scalars['Boolean']['input']>;
  upn?: InputMaybe<Scalars['String']['input']>;
  virtualSchool?: InputMaybe<Scalars['String']['input']>;
};

export type CreateYoungPersonInvitationInput = {
  childId: Scalars['ID']['input'];
  /** The username the young person will sign in with. */
  username: Scalars['String']['input'];
};

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'NOT_KNOWN'
  | 'OTHER';

/** The signed-in person. */
export type Me = {
  councilName: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  role: Role;
  /** When the session ends unless it is used again (idle or absolute timeout). */
  sessionExpiresAt: Scalars['DateTimeISO']['output'];
  teamName?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  createChild: Child;
  /** Makes a single-use code, valid 7 days, for a child in the caller's caseload. */
  createYoungPersonInvitation: YoungPersonInvitation;
  /** A young person chooses their password with their invitation code, and is signed in. */
  redeemInvitation: Me;
  signIn: Me;
  signOut: Scalars['Boolean']['output'];
  updateChild: Child;
};


export type MutationCreateChildArgs = {
  input: CreateChildInput;
};


export type MutationCreateYoungPersonInvitationArgs = {
  input: CreateYoungPersonInvitationInput;
};


export type MutationRedeemInvitationArgs = {
  input: RedeemInvitationInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationUpdateChildArgs = {
  input: UpdateChildInput;
};

export type PageInfo = {
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A person named on a record: a worker, IRO, advocate or manager. */
export type PersonRef = {
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** A permanence option. */
export type PlanOption =
  | 'ADOPTION'
  | 'CHILD_ARRANGEMENTS_ORDER'
  | 'EARLY_PERMANENCE'
  | 'KINSHIP_CARE'
  | 'LONG_TERM_FOSTERING'
  | 'REMAIN_WITH_PARENTS'
  | 'RESIDENTIAL_CARE'
  | 'REUNIFICATION'
  | 'SHARED_CARE'
  | 'SPECIAL_GUARDIANSHIP'
  | 'STAYING_PUT'
  | 'SUPPORTED_LODGINGS';

export type PlanStatus =
  | 'ACHIEVED'
  | 'APPROVED'
  | 'DRAFT'
  | 'ENDED'
  | 'ENDORSED'
  | 'PROPOSED'
  | 'RECOMMENDED_BY_PANEL';

export type Query = {
  /** One child's record. NOT_FOUND when it does not exist or is outside your reach. */
  child: Child;
  /** The children you reach: your caseload, your team, the children you review, or your council. */
  children: ChildConnection;
  /** The signed-in person, or null when not signed in. */
  me?: Maybe<Me>;
};


export type QueryChildArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChildrenFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RedeemInvitationInput = {
  code: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** The role a person is acting in. */
export type Role =
  | 'ADMINISTRATOR'
  | 'ADVOCATE'
  | 'HEAD_OF_SERVICE'
  | 'IRO'
  | 'SOCIAL_WORKER'
  | 'TEAM_MANAGER'
  | 'YOUNG_PERSON';

export type SignInInput = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type TeamRef = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type UpdateChildInput = {
  categoryOfNeed?: InputMaybe<CategoryOfNeed>;
  dateLookedAfter?: InputMaybe<Scalars['LocalDate']['input']>;
  dateOfBirth?: InputMaybe<Scalars['LocalDate']['input']>;
  disability?: InputMaybe<Scalars['String']['input']>;
  ethnicity?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was based on. */
  expectedVersion: Scalars['Int']['input'];
  firstLanguage?: InputMaybe<Scalars['String']['input']>;
  gender?: InputMaybe<Gender>;
  healthNeeds?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  legalFirstName?: InputMaybe<Scalars['String']['input']>;
  legalLastName?: InputMaybe<Scalars['String']['input']>;
  preferredName?: InputMaybe<Scalars['String']['input']>;
  religion?: InputMaybe<Scalars['String']['input']>;
  school?: InputMaybe<Scalars['String']['input']>;
  uasc?: InputMaybe<Scalars['Boolean']['input']>;
  upn?: InputMaybe<Scalars['String']['input']>;
  virtualSchool?: InputMaybe<Scalars['String']['input']>;
};

/** A single-use code a young person uses to choose their own password. */
export type YoungPersonInvitation = {
  /** Shown once: give it to the young person. Only its hash is kept. */
  code: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  username: Scalars['String']['output'];
};

export type SignedInPersonFragment = { id: string, displayName: string, firstName: string, role: Role, councilName: string, teamName?: string | null, sessionExpiresAt: string };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me?: { id: string, displayName: string, firstName: string, role: Role, councilName: string, teamName?: string | null, sessionExpiresAt: string } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { id: string, displayName: string, firstName: string, role: Role, councilName: string, teamName?: string | null, sessionExpiresAt: string } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type CaseloadQueryVariables = Exact<{
  filter?: InputMaybe<ChildrenFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CaseloadQuery = { children: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, displayName: string, age: number, team: { id: string, name: string }, socialWorker?: { id: string, displayName: string } | null, iro?: { id: string, displayName: string } | null } }> } };

export type ChildRecordFragment = { id: string, version: number, localId: string, displayName: string, legalFirstName: string, legalLastName: string, preferredName?: string | null, dateOfBirth: string, age: number, gender: Gender, ethnicity?: string | null, religion?: string | null, firstLanguage?: string | null, disability?: string | null, healthNeeds?: string | null, school?: string | null, virtualSchool?: string | null, upn?: string | null, uasc: boolean, categoryOfNeed?: CategoryOfNeed | null, dateLookedAfter?: string | null, dateCeasedLookedAfter?: string | null, advocacyOfferedOn?: string | null, iroAllocatedOn?: string | null, team: { id: string, name: string }, socialWorker?: { id: string, displayName: string } | null, iro?: { id: string, displayName: string } | null };

export type ChildAllocationFragment = { team: { id: string, name: string }, socialWorker?: { id: string, displayName: string } | null, iro?: { id: string, displayName: string } | null };

export type ChildQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChildQuery = { child: { id: string, version: number, localId: string, displayName: string, legalFirstName: string, legalLastName: string, preferredName?: string | null, dateOfBirth: string, age: number, gender: Gender, ethnicity?: string | null, religion?: string | null, firstLanguage?: string | null, disability?: string | null, healthNeeds?: string | null, school?: string | null, virtualSchool?: string | null, upn?: string | null, uasc: boolean, categoryOfNeed?: CategoryOfNeed | null, dateLookedAfter?: string | null, dateCeasedLookedAfter?: string | null, advocacyOfferedOn?: string | null, iroAllocatedOn?: string | null, team: { id: string, name: string }, socialWorker?: { id: string, displayName: string } | null, iro?: { id: string, displayName: string } | null } };

export type CreateYoungPersonInvitationMutationVariables = Exact<{
  input: CreateYoungPersonInvitationInput;
}>;


export type CreateYoungPersonInvitationMutation = { createYoungPersonInvitation: { code: string, username: string, expiresAt: string } };

export type UpdateChildMutationVariables = Exact<{
  input: UpdateChildInput;
}>;


export type UpdateChildMutation = { updateChild: { id: string, version: number, localId: string, displayName: string, legalFirstName: string, legalLastName: string, preferredName?: string | null, dateOfBirth: string, age: number, gender: Gender, ethnicity?: string | null, religion?: string | null, firstLanguage?: string | null, disability?: string | null, healthNeeds?: string | null, school?: string | null, virtualSchool?: string | null, upn?: string | null, uasc: boolean, categoryOfNeed?: CategoryOfNeed | null, dateLookedAfter?: string | null, dateCeasedLookedAfter?: string | null, advocacyOfferedOn?: string | null, iroAllocatedOn?: string | null, team: { id: string, name: string }, socialWorker?: { id: string, displayName: string } | null, iro?: { id: string, displayName: string } | null } };

export const SignedInPersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedInPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"councilName"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"sessionExpiresAt"}}]}}]} as unknown as DocumentNode<SignedInPersonFragment, unknown>;
export const ChildAllocationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildAllocation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Child"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ChildAllocationFragment, unknown>;
export const ChildRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Child"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"localId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"religion"}},{"kind":"Field","name":{"kind":"Name","value":"firstLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"disability"}},{"kind":"Field","name":{"kind":"Name","value":"healthNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"virtualSchool"}},{"kind":"Field","name":{"kind":"Name","value":"upn"}},{"kind":"Field","name":{"kind":"Name","value":"uasc"}},{"kind":"Field","name":{"kind":"Name","value":"categoryOfNeed"}},{"kind":"Field","name":{"kind":"Name","value":"dateLookedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"dateCeasedLookedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"advocacyOfferedOn"}},{"kind":"Field","name":{"kind":"Name","value":"iroAllocatedOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildAllocation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildAllocation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Child"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ChildRecordFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedInPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedInPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"councilName"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"sessionExpiresAt"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedInPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedInPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"councilName"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"sessionExpiresAt"}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const CaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Caseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildrenFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildAllocation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildAllocation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Child"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const ChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Child"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildAllocation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Child"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Child"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"localId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"religion"}},{"kind":"Field","name":{"kind":"Name","value":"firstLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"disability"}},{"kind":"Field","name":{"kind":"Name","value":"healthNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"virtualSchool"}},{"kind":"Field","name":{"kind":"Name","value":"upn"}},{"kind":"Field","name":{"kind":"Name","value":"uasc"}},{"kind":"Field","name":{"kind":"Name","value":"categoryOfNeed"}},{"kind":"Field","name":{"kind":"Name","value":"dateLookedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"dateCeasedLookedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"advocacyOfferedOn"}},{"kind":"Field","name":{"kind":"Name","value":"iroAllocatedOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildAllocation"}}]}}]} as unknown as DocumentNode<ChildQuery, ChildQueryVariables>;
export const CreateYoungPersonInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateYoungPersonInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateYoungPersonInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createYoungPersonInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CreateYoungPersonInvitationMutation, CreateYoungPersonInvitationMutationVariables>;
export const UpdateChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateChildInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildAllocation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Child"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Child"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"localId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"religion"}},{"kind":"Field","name":{"kind":"Name","value":"firstLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"disability"}},{"kind":"Field","name":{"kind":"Name","value":"healthNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"virtualSchool"}},{"kind":"Field","name":{"kind":"Name","value":"upn"}},{"kind":"Field","name":{"kind":"Name","value":"uasc"}},{"kind":"Field","name":{"kind":"Name","value":"categoryOfNeed"}},{"kind":"Field","name":{"kind":"Name","value":"dateLookedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"dateCeasedLookedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"advocacyOfferedOn"}},{"kind":"Field","name":{"kind":"Name","value":"iroAllocatedOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildAllocation"}}]}}]} as unknown as DocumentNode<UpdateChildMutation, UpdateChildMutationVariables>;