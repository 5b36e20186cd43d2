import { graphql } from '../../../gql';

/** What an inbox entry shows: its words come from kind and params (shared renderNotification). */
export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    params
    link
    createdAt
    readAt
  }
`);

/** The header's badge: how many of the viewer's entries are unread. */
export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** The inbox, newest first; with `unreadOnly` only what is still unread. */
export const NotificationsQuery = graphql(`
  query Notifications($filter: NotificationFilter, $first: Int, $after: String) {
    notifications(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    unreadNotificationCount
  }
`);

/** Marks entries read (following an entry's link marks it). */
export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      id
      readAt
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

/** How the viewer hears of each kind their role receives. */
export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      delivery
      defaultDelivery
    }
  }
`);

export const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {
    updateNotificationPreferences(preferences: $preferences) {
      kind
      delivery
      defaultDelivery
    }
  }
`);
