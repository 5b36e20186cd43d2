import { graphql } from '../../../gql';

/** Mail deliveries of some statuses, newest first, and the count in each status (operators only). */
export const MailDeliveriesQuery = graphql(`
  query MailDeliveries($statuses: [MailDeliveryStatus!], $first: Int) {
    mailDeliveries(statuses: $statuses, first: $first) {
      id
      kind
      recipient
      subject
      status
      attempts
      lastError
      createdAt
      lastAttemptAt
      sentAt
    }
    mailDeliveryCounts {
      pending
      sent
      failed
    }
  }
`);

/** Sends a failed mail again (operators only). */
export const RetryMailDeliveryMutation = graphql(`
  mutation RetryMailDelivery($id: ID!) {
    retryMailDelivery(id: $id) {
      id
      status
      attempts
      lastError
    }
  }
`);
