import { graphql } from '../../../gql';

/** An uploaded roster: its headers, first rows and the suggested mapping. */
export const ImportBatchQuery = graphql(`
  query ImportBatch($id: ID!) {
    importBatch(id: $id) {
      id
      fileName
      format
      encoding
      sheetNames
      sheet
      headers
      sampleRows
      rowCount
      suggestedColumns
      committedAt
      createdCount
    }
  }
`);

/** Every row checked under a mapping; nothing is written. */
export const ImportPreviewQuery = graphql(`
  query ImportPreview($batchId: ID!, $columns: [ImportField]!) {
    importPreview(batchId: $batchId, columns: $columns) {
      totalCount
      validCount
      invalidCount
      duplicateCount
      rows {
        rowNumber
        status
        name
        problems {
          column
          field
          reason
          params
        }
        notices {
          column
          field
          reason
          text
          value
        }
        duplicateOfId
        duplicateOfName
      }
    }
  }
`);

export const CommitImportMutation = graphql(`
  mutation CommitImport($input: CommitImportInput!) {
    commitImport(input: $input) {
      created
      skippedInvalid
      skippedDuplicates
      invitationsSent
    }
  }
`);

export const SupporterClaimQuery = graphql(`
  query SupporterClaim($token: String!) {
    supporterClaim(token: $token) {
      profileName
      email
    }
  }
`);

export const ClaimSupporterProfileMutation = graphql(`
  mutation ClaimSupporterProfile($token: String!, $displayName: String, $password: String) {
    claimSupporterProfile(token: $token, displayName: $displayName, password: $password) {
      ...ViewerFields
    }
  }
`);
