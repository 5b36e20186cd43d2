import type { Messages } from '../ja';

/** English messages: rmos, rmoForm. */
export const rmos: Pick<Messages, 'rmos' | 'rmoForm'> = {
  rmos: {
    title: 'RMOs',
    lead: 'Records of the regional management organizations (RMOs) in your municipality. Support requests can name them.',
    leadRmo: 'Your RMO and the other RMOs of your municipality. Keep your own record current.',
    add: 'Record an RMO',
    edit: 'Edit',
    loading: 'Loading RMOs…',
    empty: 'No RMOs have been recorded yet.',
    listLabel: 'RMOs',
    foundedIn: 'founded {{year}}',
    optimization: 'Review state',
    backToList: 'Back to RMOs',
    arrival: {
      created: 'Recorded “{{name}}”.',
      updated: 'Saved “{{name}}”.',
    },
  },
  rmoForm: {
    newTitle: 'Record an RMO',
    editTitle: 'Edit “{{name}}”',
    lead: 'Basic facts for choosing whom a support request concerns and for talking with supporters. Enter what you know.',
    notEditable: "Only the municipality's staff and the RMO's own secretariat may edit this record.",
    basicsLegend: 'Basics',
    name: 'Name',
    nameHint: 'e.g. ○○ District Community Council',
    areaUnit: 'Area',
    areaUnitHint: 'e.g. elementary school district, former village',
    legalForm: 'Legal form',
    foundedYear: 'Year founded',
    foundedYearHint: 'Four digits (e.g. 2015)',
    activitiesLegend: 'Activities and challenges',
    activities: 'Main activities',
    activitiesNote: 'More about the activities',
    challenges: 'Challenges',
    challengesNote: 'More about the challenges',
    noteHint: 'Free text (at most {{max}} characters)',
    optimizationState: 'Review of activities and organization (flexible optimization)',
    optimizationStateHint: 'Whether the RMO has reviewed its activities or its organization',
  },
};
