import type { Messages } from '../ja';

/** English messages: published. */
export const published: Pick<Messages, 'published'> = {
  published: {
    title: 'Published requests',
    lead: 'Open support requests that municipalities and RMOs have published anonymously. Press “Interested” to mark interest: your profile then ranks higher in the requester’s candidate list.',
    matchingMine: 'Only requests that fit my profiles’ areas and support types',
    matchingMineHint: 'One of your profiles works in the request’s prefecture (or remotely) and offers a wanted support type.',
    results: 'Published requests',
    listLabel: 'Published requests',
    empty: 'No requests to show.',
    emptyHint: 'Turn off “Only requests that fit my profiles…” to see every published request.',
    cardTitle: 'Request from {{municipality}}, {{prefecture}}',
    openedOn: 'Published {{date}}',
    interestedLabel: 'Profiles that marked interest',
    interested: 'Interested',
    withdraw: 'Withdraw interest',
    chooseProfile: 'Profile to mark interest for',
    markInterest: 'Interested',
    markInterestAs: 'Interested (as {{name}})',
    withdrawLabel: 'Withdraw interest: {{name}}',
    noEligibleProfile: 'None of your profiles offers a support type this request wants, so you cannot mark interest.',
    marked: 'Marked interest as {{name}}.',
    withdrawn: 'Withdrew the interest of {{name}}.',
  },
};
