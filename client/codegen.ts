import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the schema the server emits; a misspelled field fails `tsc`.
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        scalars: { DateTimeISO: 'string', JSON: 'unknown' },
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
          RmoLegalForm: '@tsunagu/shared#RmoLegalForm',
          RmoActivity: '@tsunagu/shared#RmoActivity',
          RmoChallenge: '@tsunagu/shared#RmoChallenge',
          OptimizationState: '@tsunagu/shared#OptimizationState',
          LocalityTier: '@tsunagu/shared#LocalityTier',
          SupporterSort: '@tsunagu/shared#SupporterSort',
        },
      },
    },
  },
};

export default config;
