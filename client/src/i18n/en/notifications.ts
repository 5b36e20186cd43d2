import type { Messages } from '../ja';

/** English messages: the inbox and notification settings. */
export const notifications: Pick<Messages, 'notifications' | 'notificationSettings'> = {
  notifications: {
    title: 'Notifications',
    badgeLabel: 'Notifications: {{count}} unread',
    lead: 'What happens that concerns you: requests submitted or endorsed, offers, marked interest, profile checks. Choose a heading to open its page; the entry is then marked read.',
    settingsLink: 'Notification settings',
    filterLabel: 'Notifications to show',
    showAll: 'All',
    showUnread: 'Unread only ({{count}})',
    allHeading: 'All notifications',
    unreadHeading: 'Unread notifications',
    loading: 'Loading notifications…',
    shown: 'Showing {{count}} of {{total}}',
    empty: 'No notifications yet.',
    emptyUnread: 'No unread notifications.',
    unread: 'Unread',
    markRead: 'Mark as read',
    markedRead: 'Marked as read.',
    markAllRead: 'Mark all as read',
    markedAllRead: 'All notifications are marked as read.',
  },
  notificationSettings: {
    title: 'Notification settings',
    lead: 'Every notification lands in your inbox whatever you choose. For each kind of event, choose how you are told by email. The daily digest gathers your unread notifications into one email each morning around {{hour}}:00 Japan time (at most one a day).',
    backToInbox: 'Back to notifications',
    loading: 'Loading notification settings…',
    noneForRole: 'Your role receives no kinds of notification.',
    recommended: ' (recommended)',
    save: 'Save settings',
    saving: 'Saving…',
    saved: 'Notification settings saved.',
    saveFailed: 'Could not save.',
  },
};
