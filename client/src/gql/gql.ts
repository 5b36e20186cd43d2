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
    "\n  query Prefectures {\n    prefectures {\n      code\n      name\n      nameEn\n      region\n    }\n  }\n": typeof types.PrefecturesDocument,
    "\n  query Municipalities($prefectureCode: String!) {\n    municipalities(prefectureCode: $prefectureCode) {\n      code\n      name\n      kind\n      prefectureCode\n      parentCode\n    }\n  }\n": typeof types.MunicipalitiesDocument,
    "\n  fragment SupporterCardFields on SupporterProfile {\n    id\n    name\n    kind\n    summary\n    supportTypes\n    availability\n    availabilityConfirmedAt\n    verificationStatus\n    serviceArea {\n      remoteAvailable\n      prefectures {\n        code\n        name\n        nameEn\n      }\n      municipalities {\n        code\n        name\n        prefectureCode\n      }\n    }\n  }\n": typeof types.SupporterCardFieldsFragmentDoc,
    "\n  query SearchSupporters($filter: SupporterFilter, $first: Int, $after: String) {\n    supporters(filter: $filter, first: $first, after: $after) {\n      totalCount\n      facets {\n        supportTypes {\n          value\n          count\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...SupporterCardFields\n        }\n      }\n    }\n  }\n": typeof types.SearchSupportersDocument,
    "\n  query SupporterDetail($id: ID!) {\n    supporter(id: $id) {\n      ...SupporterCardFields\n      kana\n      description\n      remoteAvailable\n      frameworks\n      feeNotes\n      capacity\n      currentLoad\n      steps\n      yearsActive\n      website\n      updatedAt\n      contact {\n        email\n        phone\n      }\n    }\n  }\n": typeof types.SupporterDetailDocument,
};
const documents: Documents = {
    "\n  query Prefectures {\n    prefectures {\n      code\n      name\n      nameEn\n      region\n    }\n  }\n": types.PrefecturesDocument,
    "\n  query Municipalities($prefectureCode: String!) {\n    municipalities(prefectureCode: $prefectureCode) {\n      code\n      name\n      kind\n      prefectureCode\n      parentCode\n    }\n  }\n": types.MunicipalitiesDocument,
    "\n  fragment SupporterCardFields on SupporterProfile {\n    id\n    name\n    kind\n    summary\n    supportTypes\n    availability\n    availabilityConfirmedAt\n    verificationStatus\n    serviceArea {\n      remoteAvailable\n      prefectures {\n        code\n        name\n        nameEn\n      }\n      municipalities {\n        code\n        name\n        prefectureCode\n      }\n    }\n  }\n": types.SupporterCardFieldsFragmentDoc,
    "\n  query SearchSupporters($filter: SupporterFilter, $first: Int, $after: String) {\n    supporters(filter: $filter, first: $first, after: $after) {\n      totalCount\n      facets {\n        supportTypes {\n          value\n          count\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...SupporterCardFields\n        }\n      }\n    }\n  }\n": types.SearchSupportersDocument,
    "\n  query SupporterDetail($id: ID!) {\n    supporter(id: $id) {\n      ...SupporterCardFields\n      kana\n      description\n      remoteAvailable\n      frameworks\n      feeNotes\n      capacity\n      currentLoad\n      steps\n      yearsActive\n      website\n      updatedAt\n      contact {\n        email\n        phone\n      }\n    }\n  }\n": types.SupporterDetailDocument,
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
export function graphql(source: "\n  query Prefectures {\n    prefectures {\n      code\n      name\n      nameEn\n      region\n    }\n  }\n"): (typeof documents)["\n  query Prefectures {\n    prefectures {\n      code\n      name\n      nameEn\n      region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Municipalities($prefectureCode: String!) {\n    municipalities(prefectureCode: $prefectureCode) {\n      code\n      name\n      kind\n      prefectureCode\n      parentCode\n    }\n  }\n"): (typeof documents)["\n  query Municipalities($prefectureCode: String!) {\n    municipalities(prefectureCode: $prefectureCode) {\n      code\n      name\n      kind\n      prefectureCode\n      parentCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupporterCardFields on SupporterProfile {\n    id\n    name\n    kind\n    summary\n    supportTypes\n    availability\n    availabilityConfirmedAt\n    verificationStatus\n    serviceArea {\n      remoteAvailable\n      prefectures {\n        code\n        name\n        nameEn\n      }\n      municipalities {\n        code\n        name\n        prefectureCode\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SupporterCardFields on SupporterProfile {\n    id\n    name\n    kind\n    summary\n    supportTypes\n    availability\n    availabilityConfirmedAt\n    verificationStatus\n    serviceArea {\n      remoteAvailable\n      prefectures {\n        code\n        name\n        nameEn\n      }\n      municipalities {\n        code\n        name\n        prefectureCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSupporters($filter: SupporterFilter, $first: Int, $after: String) {\n    supporters(filter: $filter, first: $first, after: $after) {\n      totalCount\n      facets {\n        supportTypes {\n          value\n          count\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...SupporterCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchSupporters($filter: SupporterFilter, $first: Int, $after: String) {\n    supporters(filter: $filter, first: $first, after: $after) {\n      totalCount\n      facets {\n        supportTypes {\n          value\n          count\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...SupporterCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupporterDetail($id: ID!) {\n    supporter(id: $id) {\n      ...SupporterCardFields\n      kana\n      description\n      remoteAvailable\n      frameworks\n      feeNotes\n      capacity\n      currentLoad\n      steps\n      yearsActive\n      website\n      updatedAt\n      contact {\n        email\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupporterDetail($id: ID!) {\n    supporter(id: $id) {\n      ...SupporterCardFields\n      kana\n      description\n      remoteAvailable\n      frameworks\n      feeNotes\n      capacity\n      currentLoad\n      steps\n      yearsActive\n      website\n      updatedAt\n      contact {\n        email\n        phone\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;