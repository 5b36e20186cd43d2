import { graphql } from '../../../gql';

/** A page of the audit log, newest first (operators only). */
export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          occurredAt
          actorUserId
          actorEmail
          actorOrganizationId
          actorOrganization {
            id
            kind
            name
          }
          action
          entityType
          entityId
          targetName
          before
          after
        }
      }
    }
  }
`);

/** Every organization, for the audit log's organization filter (operators only). */
export const AuditOrganizationsQuery = graphql(`
  query AuditOrganizations {
    organizations {
      id
      kind
      name
    }
  }
`);
