import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// Types come from the schema the server emits; a misspelled field fails `tsc`.
// Trusted documents: every operation also lands in src/gql/persisted-documents.json (sha256 → text),
// committed with the rest of src/gql. The client sends only the hash; in production the server runs
// only documents from that file. __typename is added here, as Apollo's cache would, so the stored
// text is exactly what the cache needs and the hash stays valid.
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        useTypeImports: true,
        scalars: { DateTimeISO: 'string', JSON: 'unknown', JSONObject: 'Record<string, string | number | null>' },
        // Enums come from @tsunagu/shared, so generated types index the shared label tables directly.
        enumValues: {
          SupportType: '@tsunagu/shared#SupportType',
          SupporterKind: '@tsunagu/shared#SupporterKind',
          Availability: '@tsunagu/shared#Availability',
          Framework: '@tsunagu/shared#Framework',
          Step: '@tsunagu/shared#Step',
          VerificationStatus: '@tsunagu/shared#VerificationStatus',
          Region: '@tsunagu/shared#Region',
          MunicipalityKind: '@tsunagu/shared#MunicipalityKind',
          UserRole: '@tsunagu/shared#UserRole',
          OrganizationKind: '@tsunagu/shared#OrganizationKind',
          MembershipRole: '@tsunagu/shared#MembershipRole',
          SupportRequestStatus: '@tsunagu/shared#SupportRequestStatus',
          SupportRequestAction: '@tsunagu/shared#SupportRequestAction',
          SupportPhase: '@tsunagu/shared#SupportPhase',
          RequestFormat: '@tsunagu/shared#RequestFormat',
          FundingRoute: '@tsunagu/shared#FundingRoute',
          MatchFactor: '@tsunagu/shared#MatchFactor',
          MatchFlag: '@tsunagu/shared#MatchFlag',
          MatchExplanationCode: '@tsunagu/shared#MatchExplanationCode',
          RmoLegalForm: '@tsunagu/shared#RmoLegalForm',
          RmoActivity: '@tsunagu/shared#RmoActivity',
          RmoChallenge: '@tsunagu/shared#RmoChallenge',
          OptimizationState: '@tsunagu/shared#OptimizationState',
          LocalityTier: '@tsunagu/shared#LocalityTier',
          SupporterSort: '@tsunagu/shared#SupporterSort',
          NotificationKind: '@tsunagu/shared#NotificationKind',
          NotificationDelivery: '@tsunagu/shared#NotificationDelivery',
          SitePageSlug: '@tsunagu/shared#SitePageSlug',
          OfferKind: '@tsunagu/shared#OfferKind',
          OfferStatus: '@tsunagu/shared#OfferStatus',
          OfferAction: '@tsunagu/shared#OfferAction',
          OfferParty: '@tsunagu/shared#OfferParty',
          OfferResponse: '@tsunagu/shared#OfferResponse',
          DeclineReason: '@tsunagu/shared#DeclineReason',
          IntroductionStatus: '@tsunagu/shared#IntroductionStatus',
          IntroductionAction: '@tsunagu/shared#IntroductionAction',
          EngagementStatus: '@tsunagu/shared#EngagementStatus',
          EngagementAction: '@tsunagu/shared#EngagementAction',
          EngagementOrigin: '@tsunagu/shared#EngagementOrigin',
          EngagementEndReason: '@tsunagu/shared#EngagementEndReason',
          EngagementParty: '@tsunagu/shared#EngagementParty',
          ActivityKind: '@tsunagu/shared#ActivityKind',
          TraineeStatus: '@tsunagu/shared#TraineeStatus',
          ReviewPart: '@tsunagu/shared#ReviewPart',
          ReviewCriterion: '@tsunagu/shared#ReviewCriterion',
          CaseStatus: '@tsunagu/shared#CaseStatus',
          CaseAction: '@tsunagu/shared#CaseAction',
          PopulationBand: '@tsunagu/shared#PopulationBand',
          RmoAreaUnit: '@tsunagu/shared#RmoAreaUnit',
        },
      },
    },
  },
};

export default config;
