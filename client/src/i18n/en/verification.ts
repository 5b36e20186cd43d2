import type { Messages } from '../ja';

/** English messages: verification. */
export const verification: Pick<Messages, 'verification'> = {
  verification: {
    importRoster: 'Import a supporter roster (Excel or CSV)',
    exportLabel: 'the verification queue',
    title: 'Profile verification',
    lead: 'Profiles of supporters working in {{scope}}. Choose “Verify” when the profile checks out, or “Send back” with a reason when it needs correcting.',
    allPrefectures: 'all prefectures',
    statusLabel: 'Verification status',
    statusAll: 'All',
    resultsHeading: 'Profiles to check',
    count: '{{scope}}: {{count, number}}',
    empty: 'No profiles match.',
    verify: 'Verify',
    reject: 'Send back',
    rejectSubmit: 'Send back with this reason',
    reasonLabel: 'Why “{{name}}” is sent back',
    reasonHint: 'Shown to the supporter. Say what should be corrected (at most 500 characters).',
    reasonShown: 'Reason',
    verifiedDone: 'Verified.',
    rejectedDone: 'Sent back.',
  },
};
