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
    "fragment SignedInPerson on Me {\n  id\n  displayName\n  firstName\n  role\n  councilName\n  teamName\n  sessionExpiresAt\n}\n\nquery Me {\n  me {\n    ...SignedInPerson\n  }\n}": typeof types.SignedInPersonFragmentDoc,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SignedInPerson\n  }\n}": typeof types.SignInDocument,
    "mutation SignOut {\n  signOut\n}": typeof types.SignOutDocument,
    "query Caseload($filter: ChildrenFilter, $first: Int, $after: String) {\n  children(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        displayName\n        age\n        ...ChildAllocation\n      }\n    }\n  }\n}": typeof types.CaseloadDocument,
    "fragment ChildRecord on Child {\n  id\n  version\n  localId\n  displayName\n  legalFirstName\n  legalLastName\n  preferredName\n  dateOfBirth\n  age\n  gender\n  ethnicity\n  religion\n  firstLanguage\n  disability\n  healthNeeds\n  school\n  virtualSchool\n  upn\n  uasc\n  categoryOfNeed\n  dateLookedAfter\n  dateCeasedLookedAfter\n  advocacyOfferedOn\n  iroAllocatedOn\n  ...ChildAllocation\n}\n\nfragment ChildAllocation on Child {\n  team {\n    id\n    name\n  }\n  socialWorker {\n    id\n    displayName\n  }\n  iro {\n    id\n    displayName\n  }\n}\n\nquery Child($id: ID!) {\n  child(id: $id) {\n    ...ChildRecord\n  }\n}": typeof types.ChildRecordFragmentDoc,
    "mutation CreateYoungPersonInvitation($input: CreateYoungPersonInvitationInput!) {\n  createYoungPersonInvitation(input: $input) {\n    code\n    username\n    expiresAt\n  }\n}": typeof types.CreateYoungPersonInvitationDocument,
    "mutation UpdateChild($input: UpdateChildInput!) {\n  updateChild(input: $input) {\n    ...ChildRecord\n  }\n}": typeof types.UpdateChildDocument,
};
const documents: Documents = {
    "fragment SignedInPerson on Me {\n  id\n  displayName\n  firstName\n  role\n  councilName\n  teamName\n  sessionExpiresAt\n}\n\nquery Me {\n  me {\n    ...SignedInPerson\n  }\n}": types.SignedInPersonFragmentDoc,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SignedInPerson\n  }\n}": types.SignInDocument,
    "mutation SignOut {\n  signOut\n}": types.SignOutDocument,
    "query Caseload($filter: ChildrenFilter, $first: Int, $after: String) {\n  children(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        displayName\n        age\n        ...ChildAllocation\n      }\n    }\n  }\n}": types.CaseloadDocument,
    "fragment ChildRecord on Child {\n  id\n  version\n  localId\n  displayName\n  legalFirstName\n  legalLastName\n  preferredName\n  dateOfBirth\n  age\n  gender\n  ethnicity\n  religion\n  firstLanguage\n  disability\n  healthNeeds\n  school\n  virtualSchool\n  upn\n  uasc\n  categoryOfNeed\n  dateLookedAfter\n  dateCeasedLookedAfter\n  advocacyOfferedOn\n  iroAllocatedOn\n  ...ChildAllocation\n}\n\nfragment ChildAllocation on Child {\n  team {\n    id\n    name\n  }\n  socialWorker {\n    id\n    displayName\n  }\n  iro {\n    id\n    displayName\n  }\n}\n\nquery Child($id: ID!) {\n  child(id: $id) {\n    ...ChildRecord\n  }\n}": types.ChildRecordFragmentDoc,
    "mutation CreateYoungPersonInvitation($input: CreateYoungPersonInvitationInput!) {\n  createYoungPersonInvitation(input: $input) {\n    code\n    username\n    expiresAt\n  }\n}": types.CreateYoungPersonInvitationDocument,
    "mutation UpdateChild($input: UpdateChildInput!) {\n  updateChild(input: $input) {\n    ...ChildRecord\n  }\n}": types.UpdateChildDocument,
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
export function graphql(source: "fragment SignedInPerson on Me {\n  id\n  displayName\n  firstName\n  role\n  councilName\n  teamName\n  sessionExpiresAt\n}\n\nquery Me {\n  me {\n    ...SignedInPerson\n  }\n}"): (typeof documents)["fragment SignedInPerson on Me {\n  id\n  displayName\n  firstName\n  role\n  councilName\n  teamName\n  sessionExpiresAt\n}\n\nquery Me {\n  me {\n    ...SignedInPerson\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SignedInPerson\n  }\n}"): (typeof documents)["mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SignedInPerson\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOut {\n  signOut\n}"): (typeof documents)["mutation SignOut {\n  signOut\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Caseload($filter: ChildrenFilter, $first: Int, $after: String) {\n  children(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        displayName\n        age\n        ...ChildAllocation\n      }\n    }\n  }\n}"): (typeof documents)["query Caseload($filter: ChildrenFilter, $first: Int, $after: String) {\n  children(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        displayName\n        age\n        ...ChildAllocation\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ChildRecord on Child {\n  id\n  version\n  localId\n  displayName\n  legalFirstName\n  legalLastName\n  preferredName\n  dateOfBirth\n  age\n  gender\n  ethnicity\n  religion\n  firstLanguage\n  disability\n  healthNeeds\n  school\n  virtualSchool\n  upn\n  uasc\n  categoryOfNeed\n  dateLookedAfter\n  dateCeasedLookedAfter\n  advocacyOfferedOn\n  iroAllocatedOn\n  ...ChildAllocation\n}\n\nfragment ChildAllocation on Child {\n  team {\n    id\n    name\n  }\n  socialWorker {\n    id\n    displayName\n  }\n  iro {\n    id\n    displayName\n  }\n}\n\nquery Child($id: ID!) {\n  child(id: $id) {\n    ...ChildRecord\n  }\n}"): (typeof documents)["fragment ChildRecord on Child {\n  id\n  version\n  localId\n  displayName\n  legalFirstName\n  legalLastName\n  preferredName\n  dateOfBirth\n  age\n  gender\n  ethnicity\n  religion\n  firstLanguage\n  disability\n  healthNeeds\n  school\n  virtualSchool\n  upn\n  uasc\n  categoryOfNeed\n  dateLookedAfter\n  dateCeasedLookedAfter\n  advocacyOfferedOn\n  iroAllocatedOn\n  ...ChildAllocation\n}\n\nfragment ChildAllocation on Child {\n  team {\n    id\n    name\n  }\n  socialWorker {\n    id\n    displayName\n  }\n  iro {\n    id\n    displayName\n  }\n}\n\nquery Child($id: ID!) {\n  child(id: $id) {\n    ...ChildRecord\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateYoungPersonInvitation($input: CreateYoungPersonInvitationInput!) {\n  createYoungPersonInvitation(input: $input) {\n    code\n    username\n    expiresAt\n  }\n}"): (typeof documents)["mutation CreateYoungPersonInvitation($input: CreateYoungPersonInvitationInput!) {\n  createYoungPersonInvitation(input: $input) {\n    code\n    username\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateChild($input: UpdateChildInput!) {\n  updateChild(input: $input) {\n    ...ChildRecord\n  }\n}"): (typeof documents)["mutation UpdateChild($input: UpdateChildInput!) {\n  updateChild(input: $input) {\n    ...ChildRecord\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;