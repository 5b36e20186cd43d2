/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorUserId\n          actorEmail\n          actorOrganizationId\n          actorOrganization {\n            id\n            kind\n            name\n          }\n          action\n          entityType\n          entityId\n          targetName\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditOrganizations {\n    organizations {\n      id\n      kind\n      name\n    }\n  }\n": typeof types.AuditOrganizationsDocument,
    "\n  fragment ViewerFields on Me {\n    role\n    isOwner\n    user {\n      id\n      email\n      displayName\n    }\n    organization {\n      id\n      kind\n      name\n      prefectureCode\n      municipalityCode\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation RegisterIntermediary($input: RegisterIntermediaryInput!) {\n    registerIntermediary(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.RegisterIntermediaryDocument,
    "\n  mutation AcceptInvitation($token: String!, $displayName: String!, $password: String!) {\n    acceptInvitation(token: $token, displayName: $displayName, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation CreateEngagementFromOffer($input: CreateEngagementFromOfferInput!) {\n    createEngagementFromOffer(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateEngagementFromOfferDocument,
    "\n  fragment EngagementSummaryFields on Engagement {\n    id\n    title\n    status\n    origin\n    currentStep\n    stale\n    lastActivityAt\n    rmoNames\n    municipality {\n      code\n      name\n    }\n    supporter {\n      id\n      name\n    }\n  }\n": typeof types.EngagementSummaryFieldsFragmentDoc,
    "\n  query Engagements($filter: EngagementFilter) {\n    engagements(filter: $filter, first: 100) {\n      edges {\n        node {\n          ...EngagementSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.EngagementsDocument,
    "\n  query EngagementOverview {\n    engagementOverview {\n      total\n      staleTotal\n      counts {\n        step\n        status\n        count\n        stale\n      }\n      stale {\n        ...EngagementSummaryFields\n      }\n    }\n  }\n": typeof types.EngagementOverviewDocument,
    "\n  query Engagement($id: ID!) {\n    engagement(id: $id) {\n      ...EngagementSummaryFields\n      requestId\n      requestAims\n      supportTypes\n      holdsPlace\n      endReason\n      endComment\n      startedAt\n      endedAt\n      party\n      allowedActions\n      mayAdvanceStep\n      myReviewPart\n      prefecture {\n        code\n        name\n      }\n      steps {\n        step\n        startedOn\n        endedOn\n      }\n      checklist {\n        code\n        step\n        party\n        done\n        mayTick\n      }\n      activities {\n        id\n        kind\n        heldOn\n        step\n        participants\n        notes\n        links\n        party\n        author\n      }\n      trainees {\n        supporter {\n          id\n          name\n        }\n        status\n        mayRespond\n      }\n      review {\n        part\n        changes\n        lessons\n        ratings {\n          criterion\n          score\n        }\n        author\n        submittedAt\n      }\n      caseStudy {\n        id\n        status\n        title\n      }\n    }\n  }\n": typeof types.EngagementDocument,
    "\n  mutation StartEngagement($id: ID!) {\n    startEngagement(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.StartEngagementDocument,
    "\n  mutation AdvanceEngagementStep($id: ID!) {\n    advanceEngagementStep(id: $id) {\n      id\n      currentStep\n    }\n  }\n": typeof types.AdvanceEngagementStepDocument,
    "\n  mutation BeginEngagementReview($id: ID!) {\n    beginEngagementReview(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.BeginEngagementReviewDocument,
    "\n  mutation EndEngagementEarly($input: EndEngagementInput!) {\n    endEngagementEarly(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.EndEngagementEarlyDocument,
    "\n  mutation SetEngagementCheck($engagementId: ID!, $itemCode: String!, $done: Boolean!) {\n    setEngagementCheck(engagementId: $engagementId, itemCode: $itemCode, done: $done) {\n      id\n      checklist {\n        code\n        done\n      }\n    }\n  }\n": typeof types.SetEngagementCheckDocument,
    "\n  mutation AddEngagementActivity($input: AddEngagementActivityInput!) {\n    addEngagementActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.AddEngagementActivityDocument,
    "\n  mutation AddEngagementTrainee($engagementId: ID!, $supporterId: ID!) {\n    addEngagementTrainee(engagementId: $engagementId, supporterId: $supporterId) {\n      id\n    }\n  }\n": typeof types.AddEngagementTraineeDocument,
    "\n  mutation RespondToTraineeInvitation($engagementId: ID!, $supporterId: ID!, $accept: Boolean!) {\n    respondToTraineeInvitation(engagementId: $engagementId, supporterId: $supporterId, accept: $accept) {\n      id\n    }\n  }\n": typeof types.RespondToTraineeInvitationDocument,
    "\n  mutation WriteEngagementReview($input: WriteEngagementReviewInput!) {\n    writeEngagementReview(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.WriteEngagementReviewDocument,
    "\n  query TraineeCandidates {\n    mySupporterProfiles {\n      id\n      name\n    }\n  }\n": typeof types.TraineeCandidatesDocument,
    "\n  fragment CaseSummaryFields on CaseStudy {\n    id\n    title\n    summary\n    status\n    fictional\n    supportTypes\n    steps\n    populationBand\n    rmoAreaUnit\n    publishedAt\n    prefecture {\n      code\n      name\n    }\n    municipality {\n      code\n      name\n    }\n  }\n": typeof types.CaseSummaryFieldsFragmentDoc,
    "\n  query CaseStudies($search: CaseSearchInput, $after: String) {\n    caseStudies(search: $search, first: 20, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...CaseSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CaseStudiesDocument,
    "\n  query CaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      ...CaseSummaryFields\n      process\n      outcomes\n      lessons\n      hideRmoName\n      hidePeople\n      rmoNames\n      draftedBy\n      allowedActions\n      mayEdit\n      engagementId\n      supporter {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CaseStudyDocument,
    "\n  mutation CreateCaseStudy($input: CreateCaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCaseStudyDocument,
    "\n  mutation MoveCaseStudy($id: ID!, $action: CaseAction!) {\n    moveCaseStudy(id: $id, action: $action) {\n      id\n      status\n      allowedActions\n    }\n  }\n": typeof types.MoveCaseStudyDocument,
    "\n  mutation RecordEngagement($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordEngagementDocument,
    "\n  mutation UpdateCaseStudy($id: ID!, $input: CaseStudyInput!) {\n    updateCaseStudy(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateCaseStudyDocument,
    "\n  query SupporterCases($id: ID!) {\n    supporter(id: $id) {\n      id\n      trackRecord {\n        ojt\n      }\n      caseStudies {\n        id\n        title\n        fictional\n      }\n    }\n  }\n": typeof types.SupporterCasesDocument,
    "\n  query ImportBatch($id: ID!) {\n    importBatch(id: $id) {\n      id\n      fileName\n      format\n      encoding\n      sheetNames\n      sheet\n      headers\n      sampleRows\n      rowCount\n      suggestedColumns\n      committedAt\n      createdCount\n    }\n  }\n": typeof types.ImportBatchDocument,
    "\n  query ImportPreview($batchId: ID!, $columns: [ImportField]!) {\n    importPreview(batchId: $batchId, columns: $columns) {\n      totalCount\n      validCount\n      invalidCount\n      duplicateCount\n      rows {\n        rowNumber\n        status\n        name\n        problems {\n          column\n          field\n          reason\n          params\n        }\n        notices {\n          column\n          field\n          reason\n          text\n          value\n        }\n        duplicateOfId\n        duplicateOfName\n      }\n    }\n  }\n": typeof types.ImportPreviewDocument,
    "\n  mutation CommitImport($input: CommitImportInput!) {\n    commitImport(input: $input) {\n      created\n      skippedInvalid\n      skippedDuplicates\n      invitationsSent\n    }\n  }\n": typeof types.CommitImportDocument,
    "\n  query SupporterClaim($token: String!) {\n    supporterClaim(token: $token) {\n      profileName\n      email\n    }\n  }\n": typeof types.SupporterClaimDocument,
    "\n  mutation ClaimSupporterProfile($token: String!, $displayName: String, $password: String) {\n    claimSupporterProfile(token: $token, displayName: $displayName, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.ClaimSupporterProfileDocument,
    "\n  query MailDeliveries($statuses: [MailDeliveryStatus!], $first: Int) {\n    mailDeliveries(statuses: $statuses, first: $first) {\n      id\n      kind\n      recipient\n      subject\n      status\n      attempts\n      lastError\n      createdAt\n      lastAttemptAt\n      sentAt\n    }\n    mailDeliveryCounts {\n      pending\n      sent\n      failed\n    }\n  }\n": typeof types.MailDeliveriesDocument,
    "\n  mutation RetryMailDelivery($id: ID!) {\n    retryMailDelivery(id: $id) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n": typeof types.RetryMailDeliveryDocument,
    "\n  fragment OwnProfileFields on SupporterProfile {\n    ...SupporterCardFields\n    kana\n    description\n    remoteAvailable\n    frameworks\n    feeNotes\n    capacity\n    currentLoad\n    steps\n    yearsActive\n    website\n    verificationReason\n    verifiedAt\n    archivedAt\n    reconfirmationDueAt\n    hiddenFromSearch\n    updatedAt\n    contact {\n      email\n      phone\n    }\n  }\n": typeof types.OwnProfileFieldsFragmentDoc,
    "\n  query MySupporterProfiles {\n    mySupporterProfiles {\n      ...OwnProfileFields\n    }\n  }\n": typeof types.MySupporterProfilesDocument,
    "\n  mutation CreateSupporterProfile($input: SupporterProfileInput!) {\n    createSupporterProfile(input: $input) {\n      ...OwnProfileFields\n    }\n  }\n": typeof types.CreateSupporterProfileDocument,
    "\n  mutation UpdateSupporterProfile($id: ID!, $input: SupporterProfileInput!) {\n    updateSupporterProfile(id: $id, input: $input) {\n      ...OwnProfileFields\n    }\n  }\n": typeof types.UpdateSupporterProfileDocument,
    "\n  mutation ArchiveSupporterProfile($id: ID!) {\n    archiveSupporterProfile(id: $id) {\n      ...OwnProfileFields\n    }\n  }\n": typeof types.ArchiveSupporterProfileDocument,
    "\n  mutation ReconfirmAvailability($id: ID!, $availability: Availability) {\n    reconfirmAvailability(id: $id, availability: $availability) {\n      ...OwnProfileFields\n    }\n  }\n": typeof types.ReconfirmAvailabilityDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    params\n    link\n    createdAt\n    readAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($filter: NotificationFilter, $first: Int, $after: String) {\n    notifications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n      defaultDelivery\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {\n    updateNotificationPreferences(preferences: $preferences) {\n      kind\n      delivery\n      defaultDelivery\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  fragment OfferSummaryFields on Offer {\n    id\n    kind\n    status\n    respondBy\n    offeredAt\n    daysLeft\n    overdue\n    party\n    offeredByName\n    unreadMessageCount\n    declineReason\n    allowedActions\n    supporter {\n      id\n      name\n      capacity\n      currentLoad\n    }\n    municipality {\n      code\n      name\n    }\n    prefecture {\n      code\n      name\n    }\n    request {\n      id\n      title\n      status\n    }\n  }\n": typeof types.OfferSummaryFieldsFragmentDoc,
    "\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      ...OfferSummaryFields\n      message\n      respondedAt\n      availabilityNote\n      declineComment\n      confirmedAt\n      engagementId\n      endedAt\n      introduction {\n        id\n        note\n        requestedAt\n      }\n      request {\n        id\n        title\n        status\n        background\n        supportTypes\n        step\n        phase\n        desiredStart\n        durationMonths\n        format\n        fundingRoute\n        budgetMinYen\n        budgetMaxYen\n        rmoNames\n      }\n      messages {\n        id\n        body\n        party\n        author\n        mine\n        createdAt\n      }\n    }\n  }\n": typeof types.OfferDocument,
    "\n  query Offers($filter: OfferFilter, $first: Int, $after: String) {\n    offers(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OfferSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.OffersDocument,
    "\n  query RequestOffers($requestId: ID!) {\n    supportRequest(id: $requestId) {\n      id\n      status\n      returnComment\n      returnedAt\n      offeredSupporterIds\n      chosenSupporter {\n        id\n        name\n      }\n      openIntroduction {\n        id\n        note\n        requestedAt\n        ageDays\n        overdue\n        proposalsLeft\n        allowedActions\n      }\n      interests {\n        message\n        markedAt\n        supporter {\n          id\n          name\n        }\n      }\n    }\n    offers(filter: { requestId: $requestId }, first: 50) {\n      edges {\n        node {\n          ...OfferSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.RequestOffersDocument,
    "\n  query IntroductionQueue($first: Int, $after: String) {\n    introductionRequests(filter: { statuses: [OPEN] }, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          note\n          requestedAt\n          ageDays\n          overdue\n          proposalsLeft\n          municipality {\n            code\n            name\n          }\n          request {\n            id\n            title\n            supportTypes\n          }\n          proposals {\n            id\n            status\n            supporter {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.IntroductionQueueDocument,
    "\n  mutation ApproachSupporter($input: ApproachSupporterInput!) {\n    approachSupporter(input: $input) {\n      ...OfferSummaryFields\n    }\n  }\n": typeof types.ApproachSupporterDocument,
    "\n  mutation RequestIntroduction($input: RequestIntroductionInput!) {\n    requestIntroduction(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestIntroductionDocument,
    "\n  mutation CancelIntroduction($id: ID!) {\n    cancelIntroduction(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelIntroductionDocument,
    "\n  mutation ProposeIntroduction($input: ProposeIntroductionInput!) {\n    proposeIntroduction(input: $input) {\n      ...OfferSummaryFields\n    }\n  }\n": typeof types.ProposeIntroductionDocument,
    "\n  mutation RespondToOffer($input: RespondToOfferInput!) {\n    respondToOffer(input: $input) {\n      ...OfferSummaryFields\n      availabilityNote\n      declineComment\n      respondedAt\n    }\n  }\n": typeof types.RespondToOfferDocument,
    "\n  mutation ConfirmOffer($id: ID!) {\n    confirmOffer(id: $id) {\n      ...OfferSummaryFields\n      confirmedAt\n    }\n  }\n": typeof types.ConfirmOfferDocument,
    "\n  mutation WithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) {\n      ...OfferSummaryFields\n      endedAt\n    }\n  }\n": typeof types.WithdrawOfferDocument,
    "\n  mutation PostOfferMessage($input: PostOfferMessageInput!) {\n    postOfferMessage(input: $input) {\n      id\n      body\n      party\n      author\n      mine\n      createdAt\n    }\n  }\n": typeof types.PostOfferMessageDocument,
    "\n  mutation MarkOfferThreadRead($id: ID!) {\n    markOfferThreadRead(id: $id) {\n      id\n      unreadMessageCount\n    }\n  }\n": typeof types.MarkOfferThreadReadDocument,
    "\n  mutation ReturnSupportRequest($input: ReturnSupportRequestInput!) {\n    returnSupportRequest(input: $input) {\n      id\n      status\n      returnComment\n      returnedAt\n      allowedActions\n    }\n  }\n": typeof types.ReturnSupportRequestDocument,
    "\n  query OrganizationMembers {\n    organizationMembers {\n      id\n      email\n      displayName\n      membershipRole\n      createdAt\n    }\n  }\n": typeof types.OrganizationMembersDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      id\n      kind\n      email\n      organizationName\n      expiresAt\n    }\n  }\n": typeof types.CreateInvitationDocument,
    "\n  query Prefectures {\n    prefectures {\n      code\n      name\n      nameEn\n      region\n    }\n  }\n": typeof types.PrefecturesDocument,
    "\n  query Municipalities($prefectureCode: String!) {\n    municipalities(prefectureCode: $prefectureCode) {\n      code\n      name\n      kind\n      prefectureCode\n      parentCode\n    }\n  }\n": typeof types.MunicipalitiesDocument,
    "\n  fragment RmoFields on Rmo {\n    id\n    municipalityCode\n    name\n    areaUnit\n    legalForm\n    foundedYear\n    activities\n    activitiesNote\n    challenges\n    challengesNote\n    wantedSupportTypes\n    optimizationState\n    updatedAt\n    viewerCanEdit\n    municipality {\n      code\n      name\n    }\n  }\n": typeof types.RmoFieldsFragmentDoc,
    "\n  query Rmos {\n    rmos {\n      ...RmoFields\n    }\n  }\n": typeof types.RmosDocument,
    "\n  query Rmo($id: ID!) {\n    rmo(id: $id) {\n      ...RmoFields\n    }\n  }\n": typeof types.RmoDocument,
    "\n  mutation CreateRmo($input: RmoInput!) {\n    createRmo(input: $input) {\n      ...RmoFields\n    }\n  }\n": typeof types.CreateRmoDocument,
    "\n  mutation UpdateRmo($id: ID!, $input: RmoInput!) {\n    updateRmo(id: $id, input: $input) {\n      ...RmoFields\n    }\n  }\n": typeof types.UpdateRmoDocument,
    "\n  query SitePage($slug: SitePageSlug!) {\n    sitePage(slug: $slug) {\n      slug\n      title\n      body\n      titleEn\n      bodyEn\n      updatedAt\n    }\n  }\n": typeof types.SitePageDocument,
    "\n  query SitePages {\n    sitePages {\n      slug\n      title\n      updatedAt\n    }\n  }\n": typeof types.SitePagesDocument,
    "\n  mutation UpdateSitePage($slug: SitePageSlug!, $input: SitePageInput!) {\n    updateSitePage(slug: $slug, input: $input) {\n      slug\n      title\n      body\n      titleEn\n      bodyEn\n      updatedAt\n    }\n  }\n": typeof types.UpdateSitePageDocument,
    "\n  fragment SufficiencyExplanationFields on SufficiencyExplanationType {\n    code\n    placeKind\n    placeSuffix\n    supportType\n    rmos\n    requests\n    unmet\n    supply\n    freePlaces\n    wantedTypes\n    otherShortTypes\n  }\n": typeof types.SufficiencyExplanationFieldsFragmentDoc,
    "\n  fragment SufficiencySummaryFields on Sufficiency {\n    areaCode\n    prefectureCode\n    municipalityCode\n    name\n    classification\n    demandTotal\n    supplyTotal\n    missingTypes\n    scarceTypes\n    explanation {\n      ...SufficiencyExplanationFields\n    }\n  }\n": typeof types.SufficiencySummaryFieldsFragmentDoc,
    "\n  fragment SufficiencyTypesFields on Sufficiency {\n    types {\n      supportType\n      wanted\n      classification\n      demand {\n        rmos\n        requests\n        unmet\n      }\n      supply {\n        serving\n        freePlaces\n        verified\n        municipality\n        prefectureWide\n        inPrefecture\n        neighbour\n        remoteOnly\n      }\n      explanation {\n        ...SufficiencyExplanationFields\n      }\n    }\n    trend {\n      month\n      classification\n      demand\n      supply\n    }\n  }\n": typeof types.SufficiencyTypesFieldsFragmentDoc,
    "\n  query SufficiencyMap {\n    sufficiencyMap {\n      prefectures {\n        ...SufficiencySummaryFields\n      }\n      trend {\n        month\n        classification\n        areas\n      }\n    }\n  }\n": typeof types.SufficiencyMapDocument,
    "\n  query PrefectureSufficiency($prefectureCode: String!) {\n    sufficiency(prefectureCode: $prefectureCode) {\n      ...SufficiencySummaryFields\n      ...SufficiencyTypesFields\n      municipalities {\n        ...SufficiencySummaryFields\n      }\n    }\n  }\n": typeof types.PrefectureSufficiencyDocument,
    "\n  query MunicipalitySufficiency($municipalityCode: String!) {\n    sufficiency(municipalityCode: $municipalityCode) {\n      ...SufficiencySummaryFields\n      ...SufficiencyTypesFields\n    }\n  }\n": typeof types.MunicipalitySufficiencyDocument,
    "\n  query MunicipalityRmos($municipalityCode: String!) {\n    rmos(municipalityCode: $municipalityCode) {\n      id\n      name\n      wantedSupportTypes\n    }\n  }\n": typeof types.MunicipalityRmosDocument,
    "\n  query MunicipalityOpenRequests($filter: SupportRequestFilter) {\n    supportRequests(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n          supportTypes\n          openIntroduction {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.MunicipalityOpenRequestsDocument,
    "\n  query MunicipalityWork($municipalityCode: String!) {\n    awaitingEndorsement: supportRequests(filter: { municipalityCode: $municipalityCode, statuses: [AWAITING_ENDORSEMENT] }, first: 20) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    acceptedOffers: offers(filter: { statuses: [ACCEPTED] }, first: 20) {\n      edges {\n        node {\n          id\n          supporter {\n            id\n            name\n          }\n          request {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.MunicipalityWorkDocument,
    "\n  query PrefectureWork($prefectureCode: String!) {\n    introductionRequests(filter: { statuses: [OPEN] }, first: 20) {\n      edges {\n        node {\n          id\n          overdue\n          municipality {\n            code\n            name\n          }\n          request {\n            id\n            title\n          }\n        }\n      }\n    }\n    unverified: supporters(filter: { prefectureCode: $prefectureCode, verificationStatus: [UNVERIFIED] }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.PrefectureWorkDocument,
    "\n  query IntermediaryWork {\n    waitingOffers: offers(filter: { statuses: [OFFERED] }, first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    publishedSupportRequests(first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.IntermediaryWorkDocument,
    "\n  fragment SupportRequestFields on SupportRequest {\n    id\n    status\n    municipalityCode\n    title\n    background\n    supportTypes\n    step\n    phase\n    desiredStart\n    durationMonths\n    format\n    fundingRoute\n    budgetMinYen\n    budgetMaxYen\n    rmoAgreementConfirmed\n    published\n    submittedAt\n    endorsedAt\n    openedAt\n    closedAt\n    withdrawnAt\n    createdAt\n    updatedAt\n    municipality {\n      code\n      name\n    }\n    prefecture {\n      code\n      name\n    }\n    authorOrganization {\n      id\n      name\n      kind\n    }\n    authorRmoId\n    rmos {\n      id\n      name\n    }\n    interestCount\n    allowedActions\n  }\n": typeof types.SupportRequestFieldsFragmentDoc,
    "\n  fragment SupportRequestSummaryFields on SupportRequest {\n    id\n    status\n    title\n    supportTypes\n    desiredStart\n    durationMonths\n    published\n    updatedAt\n    municipality {\n      code\n      name\n    }\n    rmos {\n      id\n      name\n    }\n    interestCount\n  }\n": typeof types.SupportRequestSummaryFieldsFragmentDoc,
    "\n  query SupportRequests($filter: SupportRequestFilter, $first: Int, $after: String) {\n    supportRequests(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SupportRequestSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.SupportRequestsDocument,
    "\n  query SupportRequest($id: ID!) {\n    supportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n": typeof types.SupportRequestDocument,
    "\n  query MatchesForRequest($requestId: ID!, $first: Int) {\n    matchesForRequest(requestId: $requestId, first: $first) {\n      score\n      flags\n      reasons {\n        factor\n        weight\n        points\n        explanation {\n          code\n          params\n        }\n      }\n      supporter {\n        id\n        name\n        kind\n        summary\n        acceptsOffers\n        feeNotes\n        capacity\n        currentLoad\n        availability\n        availabilityConfirmedAt\n      }\n    }\n  }\n": typeof types.MatchesForRequestDocument,
    "\n  mutation CreateSupportRequest($input: SupportRequestInput!) {\n    createSupportRequest(input: $input) {\n      ...SupportRequestFields\n    }\n  }\n": typeof types.CreateSupportRequestDocument,
    "\n  mutation UpdateSupportRequest($id: ID!, $input: SupportRequestInput!) {\n    updateSupportRequest(id: $id, input: $input) {\n      ...SupportRequestFields\n    }\n  }\n": typeof types.UpdateSupportRequestDocument,
    "\n  mutation SubmitSupportRequest($id: ID!) {\n    submitSupportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n": typeof types.SubmitSupportRequestDocument,
    "\n  mutation EndorseSupportRequest($id: ID!) {\n    endorseSupportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n": typeof types.EndorseSupportRequestDocument,
    "\n  mutation CloseSupportRequest($id: ID!) {\n    closeSupportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n": typeof types.CloseSupportRequestDocument,
    "\n  mutation WithdrawSupportRequest($id: ID!) {\n    withdrawSupportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n": typeof types.WithdrawSupportRequestDocument,
    "\n  fragment PublishedSupportRequestFields on PublishedSupportRequest {\n    id\n    supportTypes\n    step\n    phase\n    desiredStart\n    durationMonths\n    format\n    fundingRoute\n    openedAt\n    interestedSupporterIds\n    municipality {\n      code\n      name\n    }\n    prefecture {\n      code\n      name\n    }\n  }\n": typeof types.PublishedSupportRequestFieldsFragmentDoc,
    "\n  query PublishedSupportRequests($filter: PublishedSupportRequestFilter, $first: Int, $after: String) {\n    publishedSupportRequests(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PublishedSupportRequestFields\n        }\n      }\n    }\n  }\n": typeof types.PublishedSupportRequestsDocument,
    "\n  mutation MarkSupportRequestInterest($requestId: ID!, $supporterId: ID!, $message: String) {\n    markSupportRequestInterest(requestId: $requestId, supporterId: $supporterId, message: $message) {\n      id\n      interestedSupporterIds\n    }\n  }\n": typeof types.MarkSupportRequestInterestDocument,
    "\n  mutation WithdrawSupportRequestInterest($requestId: ID!, $supporterId: ID!) {\n    withdrawSupportRequestInterest(requestId: $requestId, supporterId: $supporterId) {\n      id\n      interestedSupporterIds\n    }\n  }\n": typeof types.WithdrawSupportRequestInterestDocument,
    "\n  fragment SupporterCardFields on SupporterProfile {\n    id\n    name\n    kind\n    summary\n    supportTypes\n    availability\n    availabilityConfirmedAt\n    isStale\n    verificationStatus\n    serviceArea {\n      remoteAvailable\n      prefectures {\n        code\n        name\n        nameEn\n      }\n      municipalities {\n        code\n        name\n        prefectureCode\n      }\n    }\n  }\n": typeof types.SupporterCardFieldsFragmentDoc,
    "\n  query SearchSupporters($filter: SupporterFilter, $sort: SupporterSort, $first: Int, $after: String) {\n    supporters(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      facets {\n        supportTypes {\n          value\n          count\n        }\n        localities {\n          tier\n          count\n        }\n        remoteOnly\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        locality\n        node {\n          id\n          ...SupporterCardFields\n        }\n      }\n    }\n  }\n": typeof types.SearchSupportersDocument,
    "\n  query SupporterDetail($id: ID!) {\n    supporter(id: $id) {\n      ...SupporterCardFields\n      kana\n      description\n      importedByName\n      remoteAvailable\n      frameworks\n      feeNotes\n      capacity\n      currentLoad\n      steps\n      yearsActive\n      website\n      updatedAt\n      contact {\n        email\n        phone\n      }\n      trackRecord {\n        prefecture {\n          code\n          name\n        }\n        municipality {\n          code\n          name\n        }\n        introductions\n        engagements\n        latestYear\n      }\n    }\n  }\n": typeof types.SupporterDetailDocument,
    "\n  fragment VerificationCandidateFields on SupporterProfile {\n    id\n    ...SupporterCardFields\n    verificationReason\n    verifiedAt\n    updatedAt\n  }\n": typeof types.VerificationCandidateFieldsFragmentDoc,
    "\n  query VerificationCandidates($filter: SupporterFilter, $first: Int, $after: String) {\n    supporters(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...VerificationCandidateFields\n        }\n      }\n    }\n  }\n": typeof types.VerificationCandidatesDocument,
    "\n  mutation VerifySupporterProfile($id: ID!, $decision: VerificationDecision!, $reason: String) {\n    verifySupporterProfile(id: $id, decision: $decision, reason: $reason) {\n      id\n      verificationStatus\n      verificationReason\n      verifiedAt\n    }\n  }\n": typeof types.VerifySupporterProfileDocument,
};
const documents: Documents = {
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorUserId\n          actorEmail\n          actorOrganizationId\n          actorOrganization {\n            id\n            kind\n            name\n          }\n          action\n          entityType\n          entityId\n          targetName\n          before\n          after\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditOrganizations {\n    organizations {\n      id\n      kind\n      name\n    }\n  }\n": types.AuditOrganizationsDocument,
    "\n  fragment ViewerFields on Me {\n    role\n    isOwner\n    user {\n      id\n      email\n      displayName\n    }\n    organization {\n      id\n      kind\n      name\n      prefectureCode\n      municipalityCode\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation RegisterIntermediary($input: RegisterIntermediaryInput!) {\n    registerIntermediary(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.RegisterIntermediaryDocument,
    "\n  mutation AcceptInvitation($token: String!, $displayName: String!, $password: String!) {\n    acceptInvitation(token: $token, displayName: $displayName, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation CreateEngagementFromOffer($input: CreateEngagementFromOfferInput!) {\n    createEngagementFromOffer(input: $input) {\n      id\n    }\n  }\n": types.CreateEngagementFromOfferDocument,
    "\n  fragment EngagementSummaryFields on Engagement {\n    id\n    title\n    status\n    origin\n    currentStep\n    stale\n    lastActivityAt\n    rmoNames\n    municipality {\n      code\n      name\n    }\n    supporter {\n      id\n      name\n    }\n  }\n": types.EngagementSummaryFieldsFragmentDoc,
    "\n  query Engagements($filter: EngagementFilter) {\n    engagements(filter: $filter, first: 100) {\n      edges {\n        node {\n          ...EngagementSummaryFields\n        }\n      }\n    }\n  }\n": types.EngagementsDocument,
    "\n  query EngagementOverview {\n    engagementOverview {\n      total\n      staleTotal\n      counts {\n        step\n        status\n        count\n        stale\n      }\n      stale {\n        ...EngagementSummaryFields\n      }\n    }\n  }\n": types.EngagementOverviewDocument,
    "\n  query Engagement($id: ID!) {\n    engagement(id: $id) {\n      ...EngagementSummaryFields\n      requestId\n      requestAims\n      supportTypes\n      holdsPlace\n      endReason\n      endComment\n      startedAt\n      endedAt\n      party\n      allowedActions\n      mayAdvanceStep\n      myReviewPart\n      prefecture {\n        code\n        name\n      }\n      steps {\n        step\n        startedOn\n        endedOn\n      }\n      checklist {\n        code\n        step\n        party\n        done\n        mayTick\n      }\n      activities {\n        id\n        kind\n        heldOn\n        step\n        participants\n        notes\n        links\n        party\n        author\n      }\n      trainees {\n        supporter {\n          id\n          name\n        }\n        status\n        mayRespond\n      }\n      review {\n        part\n        changes\n        lessons\n        ratings {\n          criterion\n          score\n        }\n        author\n        submittedAt\n      }\n      caseStudy {\n        id\n        status\n        title\n      }\n    }\n  }\n": types.EngagementDocument,
    "\n  mutation StartEngagement($id: ID!) {\n    startEngagement(id: $id) {\n      id\n      status\n    }\n  }\n": types.StartEngagementDocument,
    "\n  mutation AdvanceEngagementStep($id: ID!) {\n    advanceEngagementStep(id: $id) {\n      id\n      currentStep\n    }\n  }\n": types.AdvanceEngagementStepDocument,
    "\n  mutation BeginEngagementReview($id: ID!) {\n    beginEngagementReview(id: $id) {\n      id\n      status\n    }\n  }\n": types.BeginEngagementReviewDocument,
    "\n  mutation EndEngagementEarly($input: EndEngagementInput!) {\n    endEngagementEarly(input: $input) {\n      id\n      status\n    }\n  }\n": types.EndEngagementEarlyDocument,
    "\n  mutation SetEngagementCheck($engagementId: ID!, $itemCode: String!, $done: Boolean!) {\n    setEngagementCheck(engagementId: $engagementId, itemCode: $itemCode, done: $done) {\n      id\n      checklist {\n        code\n        done\n      }\n    }\n  }\n": types.SetEngagementCheckDocument,
    "\n  mutation AddEngagementActivity($input: AddEngagementActivityInput!) {\n    addEngagementActivity(input: $input) {\n      id\n    }\n  }\n": types.AddEngagementActivityDocument,
    "\n  mutation AddEngagementTrainee($engagementId: ID!, $supporterId: ID!) {\n    addEngagementTrainee(engagementId: $engagementId, supporterId: $supporterId) {\n      id\n    }\n  }\n": types.AddEngagementTraineeDocument,
    "\n  mutation RespondToTraineeInvitation($engagementId: ID!, $supporterId: ID!, $accept: Boolean!) {\n    respondToTraineeInvitation(engagementId: $engagementId, supporterId: $supporterId, accept: $accept) {\n      id\n    }\n  }\n": types.RespondToTraineeInvitationDocument,
    "\n  mutation WriteEngagementReview($input: WriteEngagementReviewInput!) {\n    writeEngagementReview(input: $input) {\n      id\n      status\n    }\n  }\n": types.WriteEngagementReviewDocument,
    "\n  query TraineeCandidates {\n    mySupporterProfiles {\n      id\n      name\n    }\n  }\n": types.TraineeCandidatesDocument,
    "\n  fragment CaseSummaryFields on CaseStudy {\n    id\n    title\n    summary\n    status\n    fictional\n    supportTypes\n    steps\n    populationBand\n    rmoAreaUnit\n    publishedAt\n    prefecture {\n      code\n      name\n    }\n    municipality {\n      code\n      name\n    }\n  }\n": types.CaseSummaryFieldsFragmentDoc,
    "\n  query CaseStudies($search: CaseSearchInput, $after: String) {\n    caseStudies(search: $search, first: 20, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...CaseSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CaseStudiesDocument,
    "\n  query CaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      ...CaseSummaryFields\n      process\n      outcomes\n      lessons\n      hideRmoName\n      hidePeople\n      rmoNames\n      draftedBy\n      allowedActions\n      mayEdit\n      engagementId\n      supporter {\n        id\n        name\n      }\n    }\n  }\n": types.CaseStudyDocument,
    "\n  mutation CreateCaseStudy($input: CreateCaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n    }\n  }\n": types.CreateCaseStudyDocument,
    "\n  mutation MoveCaseStudy($id: ID!, $action: CaseAction!) {\n    moveCaseStudy(id: $id, action: $action) {\n      id\n      status\n      allowedActions\n    }\n  }\n": types.MoveCaseStudyDocument,
    "\n  mutation RecordEngagement($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      id\n    }\n  }\n": types.RecordEngagementDocument,
    "\n  mutation UpdateCaseStudy($id: ID!, $input: CaseStudyInput!) {\n    updateCaseStudy(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateCaseStudyDocument,
    "\n  query SupporterCases($id: ID!) {\n    supporter(id: $id) {\n      id\n      trackRecord {\n        ojt\n      }\n      caseStudies {\n        id\n        title\n        fictional\n      }\n    }\n  }\n": types.SupporterCasesDocument,
    "\n  query ImportBatch($id: ID!) {\n    importBatch(id: $id) {\n      id\n      fileName\n      format\n      encoding\n      sheetNames\n      sheet\n      headers\n      sampleRows\n      rowCount\n      suggestedColumns\n      committedAt\n      createdCount\n    }\n  }\n": types.ImportBatchDocument,
    "\n  query ImportPreview($batchId: ID!, $columns: [ImportField]!) {\n    importPreview(batchId: $batchId, columns: $columns) {\n      totalCount\n      validCount\n      invalidCount\n      duplicateCount\n      rows {\n        rowNumber\n        status\n        name\n        problems {\n          column\n          field\n          reason\n          params\n        }\n        notices {\n          column\n          field\n          reason\n          text\n          value\n        }\n        duplicateOfId\n        duplicateOfName\n      }\n    }\n  }\n": types.ImportPreviewDocument,
    "\n  mutation CommitImport($input: CommitImportInput!) {\n    commitImport(input: $input) {\n      created\n      skippedInvalid\n      skippedDuplicates\n      invitationsSent\n    }\n  }\n": types.CommitImportDocument,
    "\n  query SupporterClaim($token: String!) {\n    supporterClaim(token: $token) {\n      profileName\n      email\n    }\n  }\n": types.SupporterClaimDocument,
    "\n  mutation ClaimSupporterProfile($token: String!, $displayName: String, $password: String) {\n    claimSupporterProfile(token: $token, displayName: $displayName, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.ClaimSupporterProfileDocument,
    "\n  query MailDeliveries($statuses: [MailDeliveryStatus!], $first: Int) {\n    mailDeliveries(statuses: $statuses, first: $first) {\n      id\n      kind\n      recipient\n      subject\n      status\n      attempts\n      lastError\n      createdAt\n      lastAttemptAt\n      sentAt\n    }\n    mailDeliveryCounts {\n      pending\n      sent\n      failed\n    }\n  }\n": types.MailDeliveriesDocument,
    "\n  mutation RetryMailDelivery($id: ID!) {\n    retryMailDelivery(id: $id) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n": types.RetryMailDeliveryDocument,
    "\n  fragment OwnProfileFields on SupporterProfile {\n    ...SupporterCardFields\n    kana\n    description\n    remoteAvailable\n    frameworks\n    feeNotes\n    capacity\n    currentLoad\n    steps\n    yearsActive\n    website\n    verificationReason\n    verifiedAt\n    archivedAt\n    reconfirmationDueAt\n    hiddenFromSearch\n    updatedAt\n    contact {\n      email\n      phone\n    }\n  }\n": types.OwnProfileFieldsFragmentDoc,
    "\n  query MySupporterProfiles {\n    mySupporterProfiles {\n      ...OwnProfileFields\n    }\n  }\n": types.MySupporterProfilesDocument,
    "\n  mutation CreateSupporterProfile($input: SupporterProfileInput!) {\n    createSupporterProfile(input: $input) {\n      ...OwnProfileFields\n    }\n  }\n": types.CreateSupporterProfileDocument,
    "\n  mutation UpdateSupporterProfile($id: ID!, $input: SupporterProfileInput!) {\n    updateSupporterProfile(id: $id, input: $input) {\n      ...OwnProfileFields\n    }\n  }\n": types.UpdateSupporterProfileDocument,
    "\n  mutation ArchiveSupporterProfile($id: ID!) {\n    archiveSupporterProfile(id: $id) {\n      ...OwnProfileFields\n    }\n  }\n": types.ArchiveSupporterProfileDocument,
    "\n  mutation ReconfirmAvailability($id: ID!, $availability: Availability) {\n    reconfirmAvailability(id: $id, availability: $availability) {\n      ...OwnProfileFields\n    }\n  }\n": types.ReconfirmAvailabilityDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    params\n    link\n    createdAt\n    readAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($filter: NotificationFilter, $first: Int, $after: String) {\n    notifications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n      defaultDelivery\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {\n    updateNotificationPreferences(preferences: $preferences) {\n      kind\n      delivery\n      defaultDelivery\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  fragment OfferSummaryFields on Offer {\n    id\n    kind\n    status\n    respondBy\n    offeredAt\n    daysLeft\n    overdue\n    party\n    offeredByName\n    unreadMessageCount\n    declineReason\n    allowedActions\n    supporter {\n      id\n      name\n      capacity\n      currentLoad\n    }\n    municipality {\n      code\n      name\n    }\n    prefecture {\n      code\n      name\n    }\n    request {\n      id\n      title\n      status\n    }\n  }\n": types.OfferSummaryFieldsFragmentDoc,
    "\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      ...OfferSummaryFields\n      message\n      respondedAt\n      availabilityNote\n      declineComment\n      confirmedAt\n      engagementId\n      endedAt\n      introduction {\n        id\n        note\n        requestedAt\n      }\n      request {\n        id\n        title\n        status\n        background\n        supportTypes\n        step\n        phase\n        desiredStart\n        durationMonths\n        format\n        fundingRoute\n        budgetMinYen\n        budgetMaxYen\n        rmoNames\n      }\n      messages {\n        id\n        body\n        party\n        author\n        mine\n        createdAt\n      }\n    }\n  }\n": types.OfferDocument,
    "\n  query Offers($filter: OfferFilter, $first: Int, $after: String) {\n    offers(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OfferSummaryFields\n        }\n      }\n    }\n  }\n": types.OffersDocument,
    "\n  query RequestOffers($requestId: ID!) {\n    supportRequest(id: $requestId) {\n      id\n      status\n      returnComment\n      returnedAt\n      offeredSupporterIds\n      chosenSupporter {\n        id\n        name\n      }\n      openIntroduction {\n        id\n        note\n        requestedAt\n        ageDays\n        overdue\n        proposalsLeft\n        allowedActions\n      }\n      interests {\n        message\n        markedAt\n        supporter {\n          id\n          name\n        }\n      }\n    }\n    offers(filter: { requestId: $requestId }, first: 50) {\n      edges {\n        node {\n          ...OfferSummaryFields\n        }\n      }\n    }\n  }\n": types.RequestOffersDocument,
    "\n  query IntroductionQueue($first: Int, $after: String) {\n    introductionRequests(filter: { statuses: [OPEN] }, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          note\n          requestedAt\n          ageDays\n          overdue\n          proposalsLeft\n          municipality {\n            code\n            name\n          }\n          request {\n            id\n            title\n            supportTypes\n          }\n          proposals {\n            id\n            status\n            supporter {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.IntroductionQueueDocument,
    "\n  mutation ApproachSupporter($input: ApproachSupporterInput!) {\n    approachSupporter(input: $input) {\n      ...OfferSummaryFields\n    }\n  }\n": types.ApproachSupporterDocument,
    "\n  mutation RequestIntroduction($input: RequestIntroductionInput!) {\n    requestIntroduction(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestIntroductionDocument,
    "\n  mutation CancelIntroduction($id: ID!) {\n    cancelIntroduction(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelIntroductionDocument,
    "\n  mutation ProposeIntroduction($input: ProposeIntroductionInput!) {\n    proposeIntroduction(input: $input) {\n      ...OfferSummaryFields\n    }\n  }\n": types.ProposeIntroductionDocument,
    "\n  mutation RespondToOffer($input: RespondToOfferInput!) {\n    respondToOffer(input: $input) {\n      ...OfferSummaryFields\n      availabilityNote\n      declineComment\n      respondedAt\n    }\n  }\n": types.RespondToOfferDocument,
    "\n  mutation ConfirmOffer($id: ID!) {\n    confirmOffer(id: $id) {\n      ...OfferSummaryFields\n      confirmedAt\n    }\n  }\n": types.ConfirmOfferDocument,
    "\n  mutation WithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) {\n      ...OfferSummaryFields\n      endedAt\n    }\n  }\n": types.WithdrawOfferDocument,
    "\n  mutation PostOfferMessage($input: PostOfferMessageInput!) {\n    postOfferMessage(input: $input) {\n      id\n      body\n      party\n      author\n      mine\n      createdAt\n    }\n  }\n": types.PostOfferMessageDocument,
    "\n  mutation MarkOfferThreadRead($id: ID!) {\n    markOfferThreadRead(id: $id) {\n      id\n      unreadMessageCount\n    }\n  }\n": types.MarkOfferThreadReadDocument,
    "\n  mutation ReturnSupportRequest($input: ReturnSupportRequestInput!) {\n    returnSupportRequest(input: $input) {\n      id\n      status\n      returnComment\n      returnedAt\n      allowedActions\n    }\n  }\n": types.ReturnSupportRequestDocument,
    "\n  query OrganizationMembers {\n    organizationMembers {\n      id\n      email\n      displayName\n      membershipRole\n      createdAt\n    }\n  }\n": types.OrganizationMembersDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      id\n      kind\n      email\n      organizationName\n      expiresAt\n    }\n  }\n": types.CreateInvitationDocument,
    "\n  query Prefectures {\n    prefectures {\n      code\n      name\n      nameEn\n      region\n    }\n  }\n": types.PrefecturesDocument,
    "\n  query Municipalities($prefectureCode: String!) {\n    municipalities(prefectureCode: $prefectureCode) {\n      code\n      name\n      kind\n      prefectureCode\n      parentCode\n    }\n  }\n": types.MunicipalitiesDocument,
    "\n  fragment RmoFields on Rmo {\n    id\n    municipalityCode\n    name\n    areaUnit\n    legalForm\n    foundedYear\n    activities\n    activitiesNote\n    challenges\n    challengesNote\n    wantedSupportTypes\n    optimizationState\n    updatedAt\n    viewerCanEdit\n    municipality {\n      code\n      name\n    }\n  }\n": types.RmoFieldsFragmentDoc,
    "\n  query Rmos {\n    rmos {\n      ...RmoFields\n    }\n  }\n": types.RmosDocument,
    "\n  query Rmo($id: ID!) {\n    rmo(id: $id) {\n      ...RmoFields\n    }\n  }\n": types.RmoDocument,
    "\n  mutation CreateRmo($input: RmoInput!) {\n    createRmo(input: $input) {\n      ...RmoFields\n    }\n  }\n": types.CreateRmoDocument,
    "\n  mutation UpdateRmo($id: ID!, $input: RmoInput!) {\n    updateRmo(id: $id, input: $input) {\n      ...RmoFields\n    }\n  }\n": types.UpdateRmoDocument,
    "\n  query SitePage($slug: SitePageSlug!) {\n    sitePage(slug: $slug) {\n      slug\n      title\n      body\n      titleEn\n      bodyEn\n      updatedAt\n    }\n  }\n": types.SitePageDocument,
    "\n  query SitePages {\n    sitePages {\n      slug\n      title\n      updatedAt\n    }\n  }\n": types.SitePagesDocument,
    "\n  mutation UpdateSitePage($slug: SitePageSlug!, $input: SitePageInput!) {\n    updateSitePage(slug: $slug, input: $input) {\n      slug\n      title\n      body\n      titleEn\n      bodyEn\n      updatedAt\n    }\n  }\n": types.UpdateSitePageDocument,
    "\n  fragment SufficiencyExplanationFields on SufficiencyExplanationType {\n    code\n    placeKind\n    placeSuffix\n    supportType\n    rmos\n    requests\n    unmet\n    supply\n    freePlaces\n    wantedTypes\n    otherShortTypes\n  }\n": types.SufficiencyExplanationFieldsFragmentDoc,
    "\n  fragment SufficiencySummaryFields on Sufficiency {\n    areaCode\n    prefectureCode\n    municipalityCode\n    name\n    classification\n    demandTotal\n    supplyTotal\n    missingTypes\n    scarceTypes\n    explanation {\n      ...SufficiencyExplanationFields\n    }\n  }\n": types.SufficiencySummaryFieldsFragmentDoc,
    "\n  fragment SufficiencyTypesFields on Sufficiency {\n    types {\n      supportType\n      wanted\n      classification\n      demand {\n        rmos\n        requests\n        unmet\n      }\n      supply {\n        serving\n        freePlaces\n        verified\n        municipality\n        prefectureWide\n        inPrefecture\n        neighbour\n        remoteOnly\n      }\n      explanation {\n        ...SufficiencyExplanationFields\n      }\n    }\n    trend {\n      month\n      classification\n      demand\n      supply\n    }\n  }\n": types.SufficiencyTypesFieldsFragmentDoc,
    "\n  query SufficiencyMap {\n    sufficiencyMap {\n      prefectures {\n        ...SufficiencySummaryFields\n      }\n      trend {\n        month\n        classification\n        areas\n      }\n    }\n  }\n": types.SufficiencyMapDocument,
    "\n  query PrefectureSufficiency($prefectureCode: String!) {\n    sufficiency(prefectureCode: $prefectureCode) {\n      ...SufficiencySummaryFields\n      ...SufficiencyTypesFields\n      municipalities {\n        ...SufficiencySummaryFields\n      }\n    }\n  }\n": types.PrefectureSufficiencyDocument,
    "\n  query MunicipalitySufficiency($municipalityCode: String!) {\n    sufficiency(municipalityCode: $municipalityCode) {\n      ...SufficiencySummaryFields\n      ...SufficiencyTypesFields\n    }\n  }\n": types.MunicipalitySufficiencyDocument,
    "\n  query MunicipalityRmos($municipalityCode: String!) {\n    rmos(municipalityCode: $municipalityCode) {\n      id\n      name\n      wantedSupportTypes\n    }\n  }\n": types.MunicipalityRmosDocument,
    "\n  query MunicipalityOpenRequests($filter: SupportRequestFilter) {\n    supportRequests(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n          supportTypes\n          openIntroduction {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.MunicipalityOpenRequestsDocument,
    "\n  query MunicipalityWork($municipalityCode: String!) {\n    awaitingEndorsement: supportRequests(filter: { municipalityCode: $municipalityCode, statuses: [AWAITING_ENDORSEMENT] }, first: 20) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    acceptedOffers: offers(filter: { statuses: [ACCEPTED] }, first: 20) {\n      edges {\n        node {\n          id\n          supporter {\n            id\n            name\n          }\n          request {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.MunicipalityWorkDocument,
    "\n  query PrefectureWork($prefectureCode: String!) {\n    introductionRequests(filter: { statuses: [OPEN] }, first: 20) {\n      edges {\n        node {\n          id\n          overdue\n          municipality {\n            code\n            name\n          }\n          request {\n            id\n            title\n          }\n        }\n      }\n    }\n    unverified: supporters(filter: { prefectureCode: $prefectureCode, verificationStatus: [UNVERIFIED] }, first: 1) {\n      totalCount\n    }\n  }\n": types.PrefectureWorkDocument,
    "\n  query IntermediaryWork {\n    waitingOffers: offers(filter: { statuses: [OFFERED] }, first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    publishedSupportRequests(first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.IntermediaryWorkDocument,
    "\n  fragment SupportRequestFields on SupportRequest {\n    id\n    status\n    municipalityCode\n    title\n    background\n    supportTypes\n    step\n    phase\n    desiredStart\n    durationMonths\n    format\n    fundingRoute\n    budgetMinYen\n    budgetMaxYen\n    rmoAgreementConfirmed\n    published\n    submittedAt\n    endorsedAt\n    openedAt\n    closedAt\n    withdrawnAt\n    createdAt\n    updatedAt\n    municipality {\n      code\n      name\n    }\n    prefecture {\n      code\n      name\n    }\n    authorOrganization {\n      id\n      name\n      kind\n    }\n    authorRmoId\n    rmos {\n      id\n      name\n    }\n    interestCount\n    allowedActions\n  }\n": types.SupportRequestFieldsFragmentDoc,
    "\n  fragment SupportRequestSummaryFields on SupportRequest {\n    id\n    status\n    title\n    supportTypes\n    desiredStart\n    durationMonths\n    published\n    updatedAt\n    municipality {\n      code\n      name\n    }\n    rmos {\n      id\n      name\n    }\n    interestCount\n  }\n": types.SupportRequestSummaryFieldsFragmentDoc,
    "\n  query SupportRequests($filter: SupportRequestFilter, $first: Int, $after: String) {\n    supportRequests(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SupportRequestSummaryFields\n        }\n      }\n    }\n  }\n": types.SupportRequestsDocument,
    "\n  query SupportRequest($id: ID!) {\n    supportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n": types.SupportRequestDocument,
    "\n  query MatchesForRequest($requestId: ID!, $first: Int) {\n    matchesForRequest(requestId: $requestId, first: $first) {\n      score\n      flags\n      reasons {\n        factor\n        weight\n        points\n        explanation {\n          code\n          params\n        }\n      }\n      supporter {\n        id\n        name\n        kind\n        summary\n        acceptsOffers\n        feeNotes\n        capacity\n        currentLoad\n        availability\n        availabilityConfirmedAt\n      }\n    }\n  }\n": types.MatchesForRequestDocument,
    "\n  mutation CreateSupportRequest($input: SupportRequestInput!) {\n    createSupportRequest(input: $input) {\n      ...SupportRequestFields\n    }\n  }\n": types.CreateSupportRequestDocument,
    "\n  mutation UpdateSupportRequest($id: ID!, $input: SupportRequestInput!) {\n    updateSupportRequest(id: $id, input: $input) {\n      ...SupportRequestFields\n    }\n  }\n": types.UpdateSupportRequestDocument,
    "\n  mutation SubmitSupportRequest($id: ID!) {\n    submitSupportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n": types.SubmitSupportRequestDocument,
    "\n  mutation EndorseSupportRequest($id: ID!) {\n    endorseSupportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n": types.EndorseSupportRequestDocument,
    "\n  mutation CloseSupportRequest($id: ID!) {\n    closeSupportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n": types.CloseSupportRequestDocument,
    "\n  mutation WithdrawSupportRequest($id: ID!) {\n    withdrawSupportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n": types.WithdrawSupportRequestDocument,
    "\n  fragment PublishedSupportRequestFields on PublishedSupportRequest {\n    id\n    supportTypes\n    step\n    phase\n    desiredStart\n    durationMonths\n    format\n    fundingRoute\n    openedAt\n    interestedSupporterIds\n    municipality {\n      code\n      name\n    }\n    prefecture {\n      code\n      name\n    }\n  }\n": types.PublishedSupportRequestFieldsFragmentDoc,
    "\n  query PublishedSupportRequests($filter: PublishedSupportRequestFilter, $first: Int, $after: String) {\n    publishedSupportRequests(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PublishedSupportRequestFields\n        }\n      }\n    }\n  }\n": types.PublishedSupportRequestsDocument,
    "\n  mutation MarkSupportRequestInterest($requestId: ID!, $supporterId: ID!, $message: String) {\n    markSupportRequestInterest(requestId: $requestId, supporterId: $supporterId, message: $message) {\n      id\n      interestedSupporterIds\n    }\n  }\n": types.MarkSupportRequestInterestDocument,
    "\n  mutation WithdrawSupportRequestInterest($requestId: ID!, $supporterId: ID!) {\n    withdrawSupportRequestInterest(requestId: $requestId, supporterId: $supporterId) {\n      id\n      interestedSupporterIds\n    }\n  }\n": types.WithdrawSupportRequestInterestDocument,
    "\n  fragment SupporterCardFields on SupporterProfile {\n    id\n    name\n    kind\n    summary\n    supportTypes\n    availability\n    availabilityConfirmedAt\n    isStale\n    verificationStatus\n    serviceArea {\n      remoteAvailable\n      prefectures {\n        code\n        name\n        nameEn\n      }\n      municipalities {\n        code\n        name\n        prefectureCode\n      }\n    }\n  }\n": types.SupporterCardFieldsFragmentDoc,
    "\n  query SearchSupporters($filter: SupporterFilter, $sort: SupporterSort, $first: Int, $after: String) {\n    supporters(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      facets {\n        supportTypes {\n          value\n          count\n        }\n        localities {\n          tier\n          count\n        }\n        remoteOnly\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        locality\n        node {\n          id\n          ...SupporterCardFields\n        }\n      }\n    }\n  }\n": types.SearchSupportersDocument,
    "\n  query SupporterDetail($id: ID!) {\n    supporter(id: $id) {\n      ...SupporterCardFields\n      kana\n      description\n      importedByName\n      remoteAvailable\n      frameworks\n      feeNotes\n      capacity\n      currentLoad\n      steps\n      yearsActive\n      website\n      updatedAt\n      contact {\n        email\n        phone\n      }\n      trackRecord {\n        prefecture {\n          code\n          name\n        }\n        municipality {\n          code\n          name\n        }\n        introductions\n        engagements\n        latestYear\n      }\n    }\n  }\n": types.SupporterDetailDocument,
    "\n  fragment VerificationCandidateFields on SupporterProfile {\n    id\n    ...SupporterCardFields\n    verificationReason\n    verifiedAt\n    updatedAt\n  }\n": types.VerificationCandidateFieldsFragmentDoc,
    "\n  query VerificationCandidates($filter: SupporterFilter, $first: Int, $after: String) {\n    supporters(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...VerificationCandidateFields\n        }\n      }\n    }\n  }\n": types.VerificationCandidatesDocument,
    "\n  mutation VerifySupporterProfile($id: ID!, $decision: VerificationDecision!, $reason: String) {\n    verifySupporterProfile(id: $id, decision: $decision, reason: $reason) {\n      id\n      verificationStatus\n      verificationReason\n      verifiedAt\n    }\n  }\n": types.VerifySupporterProfileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorUserId\n          actorEmail\n          actorOrganizationId\n          actorOrganization {\n            id\n            kind\n            name\n          }\n          action\n          entityType\n          entityId\n          targetName\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorUserId\n          actorEmail\n          actorOrganizationId\n          actorOrganization {\n            id\n            kind\n            name\n          }\n          action\n          entityType\n          entityId\n          targetName\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditOrganizations {\n    organizations {\n      id\n      kind\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuditOrganizations {\n    organizations {\n      id\n      kind\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Me {\n    role\n    isOwner\n    user {\n      id\n      email\n      displayName\n    }\n    organization {\n      id\n      kind\n      name\n      prefectureCode\n      municipalityCode\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Me {\n    role\n    isOwner\n    user {\n      id\n      email\n      displayName\n    }\n    organization {\n      id\n      kind\n      name\n      prefectureCode\n      municipalityCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterIntermediary($input: RegisterIntermediaryInput!) {\n    registerIntermediary(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterIntermediary($input: RegisterIntermediaryInput!) {\n    registerIntermediary(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $displayName: String!, $password: String!) {\n    acceptInvitation(token: $token, displayName: $displayName, password: $password) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $displayName: String!, $password: String!) {\n    acceptInvitation(token: $token, displayName: $displayName, password: $password) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEngagementFromOffer($input: CreateEngagementFromOfferInput!) {\n    createEngagementFromOffer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEngagementFromOffer($input: CreateEngagementFromOfferInput!) {\n    createEngagementFromOffer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EngagementSummaryFields on Engagement {\n    id\n    title\n    status\n    origin\n    currentStep\n    stale\n    lastActivityAt\n    rmoNames\n    municipality {\n      code\n      name\n    }\n    supporter {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EngagementSummaryFields on Engagement {\n    id\n    title\n    status\n    origin\n    currentStep\n    stale\n    lastActivityAt\n    rmoNames\n    municipality {\n      code\n      name\n    }\n    supporter {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Engagements($filter: EngagementFilter) {\n    engagements(filter: $filter, first: 100) {\n      edges {\n        node {\n          ...EngagementSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Engagements($filter: EngagementFilter) {\n    engagements(filter: $filter, first: 100) {\n      edges {\n        node {\n          ...EngagementSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngagementOverview {\n    engagementOverview {\n      total\n      staleTotal\n      counts {\n        step\n        status\n        count\n        stale\n      }\n      stale {\n        ...EngagementSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query EngagementOverview {\n    engagementOverview {\n      total\n      staleTotal\n      counts {\n        step\n        status\n        count\n        stale\n      }\n      stale {\n        ...EngagementSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Engagement($id: ID!) {\n    engagement(id: $id) {\n      ...EngagementSummaryFields\n      requestId\n      requestAims\n      supportTypes\n      holdsPlace\n      endReason\n      endComment\n      startedAt\n      endedAt\n      party\n      allowedActions\n      mayAdvanceStep\n      myReviewPart\n      prefecture {\n        code\n        name\n      }\n      steps {\n        step\n        startedOn\n        endedOn\n      }\n      checklist {\n        code\n        step\n        party\n        done\n        mayTick\n      }\n      activities {\n        id\n        kind\n        heldOn\n        step\n        participants\n        notes\n        links\n        party\n        author\n      }\n      trainees {\n        supporter {\n          id\n          name\n        }\n        status\n        mayRespond\n      }\n      review {\n        part\n        changes\n        lessons\n        ratings {\n          criterion\n          score\n        }\n        author\n        submittedAt\n      }\n      caseStudy {\n        id\n        status\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query Engagement($id: ID!) {\n    engagement(id: $id) {\n      ...EngagementSummaryFields\n      requestId\n      requestAims\n      supportTypes\n      holdsPlace\n      endReason\n      endComment\n      startedAt\n      endedAt\n      party\n      allowedActions\n      mayAdvanceStep\n      myReviewPart\n      prefecture {\n        code\n        name\n      }\n      steps {\n        step\n        startedOn\n        endedOn\n      }\n      checklist {\n        code\n        step\n        party\n        done\n        mayTick\n      }\n      activities {\n        id\n        kind\n        heldOn\n        step\n        participants\n        notes\n        links\n        party\n        author\n      }\n      trainees {\n        supporter {\n          id\n          name\n        }\n        status\n        mayRespond\n      }\n      review {\n        part\n        changes\n        lessons\n        ratings {\n          criterion\n          score\n        }\n        author\n        submittedAt\n      }\n      caseStudy {\n        id\n        status\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartEngagement($id: ID!) {\n    startEngagement(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartEngagement($id: ID!) {\n    startEngagement(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceEngagementStep($id: ID!) {\n    advanceEngagementStep(id: $id) {\n      id\n      currentStep\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceEngagementStep($id: ID!) {\n    advanceEngagementStep(id: $id) {\n      id\n      currentStep\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginEngagementReview($id: ID!) {\n    beginEngagementReview(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation BeginEngagementReview($id: ID!) {\n    beginEngagementReview(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndEngagementEarly($input: EndEngagementInput!) {\n    endEngagementEarly(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EndEngagementEarly($input: EndEngagementInput!) {\n    endEngagementEarly(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEngagementCheck($engagementId: ID!, $itemCode: String!, $done: Boolean!) {\n    setEngagementCheck(engagementId: $engagementId, itemCode: $itemCode, done: $done) {\n      id\n      checklist {\n        code\n        done\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetEngagementCheck($engagementId: ID!, $itemCode: String!, $done: Boolean!) {\n    setEngagementCheck(engagementId: $engagementId, itemCode: $itemCode, done: $done) {\n      id\n      checklist {\n        code\n        done\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEngagementActivity($input: AddEngagementActivityInput!) {\n    addEngagementActivity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddEngagementActivity($input: AddEngagementActivityInput!) {\n    addEngagementActivity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEngagementTrainee($engagementId: ID!, $supporterId: ID!) {\n    addEngagementTrainee(engagementId: $engagementId, supporterId: $supporterId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddEngagementTrainee($engagementId: ID!, $supporterId: ID!) {\n    addEngagementTrainee(engagementId: $engagementId, supporterId: $supporterId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToTraineeInvitation($engagementId: ID!, $supporterId: ID!, $accept: Boolean!) {\n    respondToTraineeInvitation(engagementId: $engagementId, supporterId: $supporterId, accept: $accept) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToTraineeInvitation($engagementId: ID!, $supporterId: ID!, $accept: Boolean!) {\n    respondToTraineeInvitation(engagementId: $engagementId, supporterId: $supporterId, accept: $accept) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteEngagementReview($input: WriteEngagementReviewInput!) {\n    writeEngagementReview(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WriteEngagementReview($input: WriteEngagementReviewInput!) {\n    writeEngagementReview(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TraineeCandidates {\n    mySupporterProfiles {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TraineeCandidates {\n    mySupporterProfiles {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseSummaryFields on CaseStudy {\n    id\n    title\n    summary\n    status\n    fictional\n    supportTypes\n    steps\n    populationBand\n    rmoAreaUnit\n    publishedAt\n    prefecture {\n      code\n      name\n    }\n    municipality {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CaseSummaryFields on CaseStudy {\n    id\n    title\n    summary\n    status\n    fictional\n    supportTypes\n    steps\n    populationBand\n    rmoAreaUnit\n    publishedAt\n    prefecture {\n      code\n      name\n    }\n    municipality {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseStudies($search: CaseSearchInput, $after: String) {\n    caseStudies(search: $search, first: 20, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...CaseSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseStudies($search: CaseSearchInput, $after: String) {\n    caseStudies(search: $search, first: 20, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...CaseSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      ...CaseSummaryFields\n      process\n      outcomes\n      lessons\n      hideRmoName\n      hidePeople\n      rmoNames\n      draftedBy\n      allowedActions\n      mayEdit\n      engagementId\n      supporter {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      ...CaseSummaryFields\n      process\n      outcomes\n      lessons\n      hideRmoName\n      hidePeople\n      rmoNames\n      draftedBy\n      allowedActions\n      mayEdit\n      engagementId\n      supporter {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCaseStudy($input: CreateCaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCaseStudy($input: CreateCaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveCaseStudy($id: ID!, $action: CaseAction!) {\n    moveCaseStudy(id: $id, action: $action) {\n      id\n      status\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation MoveCaseStudy($id: ID!, $action: CaseAction!) {\n    moveCaseStudy(id: $id, action: $action) {\n      id\n      status\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEngagement($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordEngagement($input: RecordEngagementInput!) {\n    recordEngagement(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCaseStudy($id: ID!, $input: CaseStudyInput!) {\n    updateCaseStudy(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCaseStudy($id: ID!, $input: CaseStudyInput!) {\n    updateCaseStudy(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupporterCases($id: ID!) {\n    supporter(id: $id) {\n      id\n      trackRecord {\n        ojt\n      }\n      caseStudies {\n        id\n        title\n        fictional\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupporterCases($id: ID!) {\n    supporter(id: $id) {\n      id\n      trackRecord {\n        ojt\n      }\n      caseStudies {\n        id\n        title\n        fictional\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportBatch($id: ID!) {\n    importBatch(id: $id) {\n      id\n      fileName\n      format\n      encoding\n      sheetNames\n      sheet\n      headers\n      sampleRows\n      rowCount\n      suggestedColumns\n      committedAt\n      createdCount\n    }\n  }\n"): (typeof documents)["\n  query ImportBatch($id: ID!) {\n    importBatch(id: $id) {\n      id\n      fileName\n      format\n      encoding\n      sheetNames\n      sheet\n      headers\n      sampleRows\n      rowCount\n      suggestedColumns\n      committedAt\n      createdCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPreview($batchId: ID!, $columns: [ImportField]!) {\n    importPreview(batchId: $batchId, columns: $columns) {\n      totalCount\n      validCount\n      invalidCount\n      duplicateCount\n      rows {\n        rowNumber\n        status\n        name\n        problems {\n          column\n          field\n          reason\n          params\n        }\n        notices {\n          column\n          field\n          reason\n          text\n          value\n        }\n        duplicateOfId\n        duplicateOfName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportPreview($batchId: ID!, $columns: [ImportField]!) {\n    importPreview(batchId: $batchId, columns: $columns) {\n      totalCount\n      validCount\n      invalidCount\n      duplicateCount\n      rows {\n        rowNumber\n        status\n        name\n        problems {\n          column\n          field\n          reason\n          params\n        }\n        notices {\n          column\n          field\n          reason\n          text\n          value\n        }\n        duplicateOfId\n        duplicateOfName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitImport($input: CommitImportInput!) {\n    commitImport(input: $input) {\n      created\n      skippedInvalid\n      skippedDuplicates\n      invitationsSent\n    }\n  }\n"): (typeof documents)["\n  mutation CommitImport($input: CommitImportInput!) {\n    commitImport(input: $input) {\n      created\n      skippedInvalid\n      skippedDuplicates\n      invitationsSent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupporterClaim($token: String!) {\n    supporterClaim(token: $token) {\n      profileName\n      email\n    }\n  }\n"): (typeof documents)["\n  query SupporterClaim($token: String!) {\n    supporterClaim(token: $token) {\n      profileName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimSupporterProfile($token: String!, $displayName: String, $password: String) {\n    claimSupporterProfile(token: $token, displayName: $displayName, password: $password) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimSupporterProfile($token: String!, $displayName: String, $password: String) {\n    claimSupporterProfile(token: $token, displayName: $displayName, password: $password) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailDeliveries($statuses: [MailDeliveryStatus!], $first: Int) {\n    mailDeliveries(statuses: $statuses, first: $first) {\n      id\n      kind\n      recipient\n      subject\n      status\n      attempts\n      lastError\n      createdAt\n      lastAttemptAt\n      sentAt\n    }\n    mailDeliveryCounts {\n      pending\n      sent\n      failed\n    }\n  }\n"): (typeof documents)["\n  query MailDeliveries($statuses: [MailDeliveryStatus!], $first: Int) {\n    mailDeliveries(statuses: $statuses, first: $first) {\n      id\n      kind\n      recipient\n      subject\n      status\n      attempts\n      lastError\n      createdAt\n      lastAttemptAt\n      sentAt\n    }\n    mailDeliveryCounts {\n      pending\n      sent\n      failed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryMailDelivery($id: ID!) {\n    retryMailDelivery(id: $id) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n"): (typeof documents)["\n  mutation RetryMailDelivery($id: ID!) {\n    retryMailDelivery(id: $id) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OwnProfileFields on SupporterProfile {\n    ...SupporterCardFields\n    kana\n    description\n    remoteAvailable\n    frameworks\n    feeNotes\n    capacity\n    currentLoad\n    steps\n    yearsActive\n    website\n    verificationReason\n    verifiedAt\n    archivedAt\n    reconfirmationDueAt\n    hiddenFromSearch\n    updatedAt\n    contact {\n      email\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment OwnProfileFields on SupporterProfile {\n    ...SupporterCardFields\n    kana\n    description\n    remoteAvailable\n    frameworks\n    feeNotes\n    capacity\n    currentLoad\n    steps\n    yearsActive\n    website\n    verificationReason\n    verifiedAt\n    archivedAt\n    reconfirmationDueAt\n    hiddenFromSearch\n    updatedAt\n    contact {\n      email\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySupporterProfiles {\n    mySupporterProfiles {\n      ...OwnProfileFields\n    }\n  }\n"): (typeof documents)["\n  query MySupporterProfiles {\n    mySupporterProfiles {\n      ...OwnProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSupporterProfile($input: SupporterProfileInput!) {\n    createSupporterProfile(input: $input) {\n      ...OwnProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSupporterProfile($input: SupporterProfileInput!) {\n    createSupporterProfile(input: $input) {\n      ...OwnProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupporterProfile($id: ID!, $input: SupporterProfileInput!) {\n    updateSupporterProfile(id: $id, input: $input) {\n      ...OwnProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSupporterProfile($id: ID!, $input: SupporterProfileInput!) {\n    updateSupporterProfile(id: $id, input: $input) {\n      ...OwnProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveSupporterProfile($id: ID!) {\n    archiveSupporterProfile(id: $id) {\n      ...OwnProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveSupporterProfile($id: ID!) {\n    archiveSupporterProfile(id: $id) {\n      ...OwnProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReconfirmAvailability($id: ID!, $availability: Availability) {\n    reconfirmAvailability(id: $id, availability: $availability) {\n      ...OwnProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReconfirmAvailability($id: ID!, $availability: Availability) {\n    reconfirmAvailability(id: $id, availability: $availability) {\n      ...OwnProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    params\n    link\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    params\n    link\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($filter: NotificationFilter, $first: Int, $after: String) {\n    notifications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query Notifications($filter: NotificationFilter, $first: Int, $after: String) {\n    notifications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n      defaultDelivery\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n      defaultDelivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {\n    updateNotificationPreferences(preferences: $preferences) {\n      kind\n      delivery\n      defaultDelivery\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {\n    updateNotificationPreferences(preferences: $preferences) {\n      kind\n      delivery\n      defaultDelivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferSummaryFields on Offer {\n    id\n    kind\n    status\n    respondBy\n    offeredAt\n    daysLeft\n    overdue\n    party\n    offeredByName\n    unreadMessageCount\n    declineReason\n    allowedActions\n    supporter {\n      id\n      name\n      capacity\n      currentLoad\n    }\n    municipality {\n      code\n      name\n    }\n    prefecture {\n      code\n      name\n    }\n    request {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment OfferSummaryFields on Offer {\n    id\n    kind\n    status\n    respondBy\n    offeredAt\n    daysLeft\n    overdue\n    party\n    offeredByName\n    unreadMessageCount\n    declineReason\n    allowedActions\n    supporter {\n      id\n      name\n      capacity\n      currentLoad\n    }\n    municipality {\n      code\n      name\n    }\n    prefecture {\n      code\n      name\n    }\n    request {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      ...OfferSummaryFields\n      message\n      respondedAt\n      availabilityNote\n      declineComment\n      confirmedAt\n      engagementId\n      endedAt\n      introduction {\n        id\n        note\n        requestedAt\n      }\n      request {\n        id\n        title\n        status\n        background\n        supportTypes\n        step\n        phase\n        desiredStart\n        durationMonths\n        format\n        fundingRoute\n        budgetMinYen\n        budgetMaxYen\n        rmoNames\n      }\n      messages {\n        id\n        body\n        party\n        author\n        mine\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      ...OfferSummaryFields\n      message\n      respondedAt\n      availabilityNote\n      declineComment\n      confirmedAt\n      engagementId\n      endedAt\n      introduction {\n        id\n        note\n        requestedAt\n      }\n      request {\n        id\n        title\n        status\n        background\n        supportTypes\n        step\n        phase\n        desiredStart\n        durationMonths\n        format\n        fundingRoute\n        budgetMinYen\n        budgetMaxYen\n        rmoNames\n      }\n      messages {\n        id\n        body\n        party\n        author\n        mine\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Offers($filter: OfferFilter, $first: Int, $after: String) {\n    offers(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OfferSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Offers($filter: OfferFilter, $first: Int, $after: String) {\n    offers(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OfferSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestOffers($requestId: ID!) {\n    supportRequest(id: $requestId) {\n      id\n      status\n      returnComment\n      returnedAt\n      offeredSupporterIds\n      chosenSupporter {\n        id\n        name\n      }\n      openIntroduction {\n        id\n        note\n        requestedAt\n        ageDays\n        overdue\n        proposalsLeft\n        allowedActions\n      }\n      interests {\n        message\n        markedAt\n        supporter {\n          id\n          name\n        }\n      }\n    }\n    offers(filter: { requestId: $requestId }, first: 50) {\n      edges {\n        node {\n          ...OfferSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestOffers($requestId: ID!) {\n    supportRequest(id: $requestId) {\n      id\n      status\n      returnComment\n      returnedAt\n      offeredSupporterIds\n      chosenSupporter {\n        id\n        name\n      }\n      openIntroduction {\n        id\n        note\n        requestedAt\n        ageDays\n        overdue\n        proposalsLeft\n        allowedActions\n      }\n      interests {\n        message\n        markedAt\n        supporter {\n          id\n          name\n        }\n      }\n    }\n    offers(filter: { requestId: $requestId }, first: 50) {\n      edges {\n        node {\n          ...OfferSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntroductionQueue($first: Int, $after: String) {\n    introductionRequests(filter: { statuses: [OPEN] }, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          note\n          requestedAt\n          ageDays\n          overdue\n          proposalsLeft\n          municipality {\n            code\n            name\n          }\n          request {\n            id\n            title\n            supportTypes\n          }\n          proposals {\n            id\n            status\n            supporter {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntroductionQueue($first: Int, $after: String) {\n    introductionRequests(filter: { statuses: [OPEN] }, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          note\n          requestedAt\n          ageDays\n          overdue\n          proposalsLeft\n          municipality {\n            code\n            name\n          }\n          request {\n            id\n            title\n            supportTypes\n          }\n          proposals {\n            id\n            status\n            supporter {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproachSupporter($input: ApproachSupporterInput!) {\n    approachSupporter(input: $input) {\n      ...OfferSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproachSupporter($input: ApproachSupporterInput!) {\n    approachSupporter(input: $input) {\n      ...OfferSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestIntroduction($input: RequestIntroductionInput!) {\n    requestIntroduction(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestIntroduction($input: RequestIntroductionInput!) {\n    requestIntroduction(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelIntroduction($id: ID!) {\n    cancelIntroduction(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelIntroduction($id: ID!) {\n    cancelIntroduction(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeIntroduction($input: ProposeIntroductionInput!) {\n    proposeIntroduction(input: $input) {\n      ...OfferSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeIntroduction($input: ProposeIntroductionInput!) {\n    proposeIntroduction(input: $input) {\n      ...OfferSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToOffer($input: RespondToOfferInput!) {\n    respondToOffer(input: $input) {\n      ...OfferSummaryFields\n      availabilityNote\n      declineComment\n      respondedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToOffer($input: RespondToOfferInput!) {\n    respondToOffer(input: $input) {\n      ...OfferSummaryFields\n      availabilityNote\n      declineComment\n      respondedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmOffer($id: ID!) {\n    confirmOffer(id: $id) {\n      ...OfferSummaryFields\n      confirmedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmOffer($id: ID!) {\n    confirmOffer(id: $id) {\n      ...OfferSummaryFields\n      confirmedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) {\n      ...OfferSummaryFields\n      endedAt\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) {\n      ...OfferSummaryFields\n      endedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostOfferMessage($input: PostOfferMessageInput!) {\n    postOfferMessage(input: $input) {\n      id\n      body\n      party\n      author\n      mine\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation PostOfferMessage($input: PostOfferMessageInput!) {\n    postOfferMessage(input: $input) {\n      id\n      body\n      party\n      author\n      mine\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkOfferThreadRead($id: ID!) {\n    markOfferThreadRead(id: $id) {\n      id\n      unreadMessageCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkOfferThreadRead($id: ID!) {\n    markOfferThreadRead(id: $id) {\n      id\n      unreadMessageCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnSupportRequest($input: ReturnSupportRequestInput!) {\n    returnSupportRequest(input: $input) {\n      id\n      status\n      returnComment\n      returnedAt\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnSupportRequest($input: ReturnSupportRequestInput!) {\n    returnSupportRequest(input: $input) {\n      id\n      status\n      returnComment\n      returnedAt\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationMembers {\n    organizationMembers {\n      id\n      email\n      displayName\n      membershipRole\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query OrganizationMembers {\n    organizationMembers {\n      id\n      email\n      displayName\n      membershipRole\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      id\n      kind\n      email\n      organizationName\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      id\n      kind\n      email\n      organizationName\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Prefectures {\n    prefectures {\n      code\n      name\n      nameEn\n      region\n    }\n  }\n"): (typeof documents)["\n  query Prefectures {\n    prefectures {\n      code\n      name\n      nameEn\n      region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Municipalities($prefectureCode: String!) {\n    municipalities(prefectureCode: $prefectureCode) {\n      code\n      name\n      kind\n      prefectureCode\n      parentCode\n    }\n  }\n"): (typeof documents)["\n  query Municipalities($prefectureCode: String!) {\n    municipalities(prefectureCode: $prefectureCode) {\n      code\n      name\n      kind\n      prefectureCode\n      parentCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RmoFields on Rmo {\n    id\n    municipalityCode\n    name\n    areaUnit\n    legalForm\n    foundedYear\n    activities\n    activitiesNote\n    challenges\n    challengesNote\n    wantedSupportTypes\n    optimizationState\n    updatedAt\n    viewerCanEdit\n    municipality {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment RmoFields on Rmo {\n    id\n    municipalityCode\n    name\n    areaUnit\n    legalForm\n    foundedYear\n    activities\n    activitiesNote\n    challenges\n    challengesNote\n    wantedSupportTypes\n    optimizationState\n    updatedAt\n    viewerCanEdit\n    municipality {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rmos {\n    rmos {\n      ...RmoFields\n    }\n  }\n"): (typeof documents)["\n  query Rmos {\n    rmos {\n      ...RmoFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rmo($id: ID!) {\n    rmo(id: $id) {\n      ...RmoFields\n    }\n  }\n"): (typeof documents)["\n  query Rmo($id: ID!) {\n    rmo(id: $id) {\n      ...RmoFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRmo($input: RmoInput!) {\n    createRmo(input: $input) {\n      ...RmoFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRmo($input: RmoInput!) {\n    createRmo(input: $input) {\n      ...RmoFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRmo($id: ID!, $input: RmoInput!) {\n    updateRmo(id: $id, input: $input) {\n      ...RmoFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRmo($id: ID!, $input: RmoInput!) {\n    updateRmo(id: $id, input: $input) {\n      ...RmoFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitePage($slug: SitePageSlug!) {\n    sitePage(slug: $slug) {\n      slug\n      title\n      body\n      titleEn\n      bodyEn\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query SitePage($slug: SitePageSlug!) {\n    sitePage(slug: $slug) {\n      slug\n      title\n      body\n      titleEn\n      bodyEn\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitePages {\n    sitePages {\n      slug\n      title\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query SitePages {\n    sitePages {\n      slug\n      title\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSitePage($slug: SitePageSlug!, $input: SitePageInput!) {\n    updateSitePage(slug: $slug, input: $input) {\n      slug\n      title\n      body\n      titleEn\n      bodyEn\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSitePage($slug: SitePageSlug!, $input: SitePageInput!) {\n    updateSitePage(slug: $slug, input: $input) {\n      slug\n      title\n      body\n      titleEn\n      bodyEn\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SufficiencyExplanationFields on SufficiencyExplanationType {\n    code\n    placeKind\n    placeSuffix\n    supportType\n    rmos\n    requests\n    unmet\n    supply\n    freePlaces\n    wantedTypes\n    otherShortTypes\n  }\n"): (typeof documents)["\n  fragment SufficiencyExplanationFields on SufficiencyExplanationType {\n    code\n    placeKind\n    placeSuffix\n    supportType\n    rmos\n    requests\n    unmet\n    supply\n    freePlaces\n    wantedTypes\n    otherShortTypes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SufficiencySummaryFields on Sufficiency {\n    areaCode\n    prefectureCode\n    municipalityCode\n    name\n    classification\n    demandTotal\n    supplyTotal\n    missingTypes\n    scarceTypes\n    explanation {\n      ...SufficiencyExplanationFields\n    }\n  }\n"): (typeof documents)["\n  fragment SufficiencySummaryFields on Sufficiency {\n    areaCode\n    prefectureCode\n    municipalityCode\n    name\n    classification\n    demandTotal\n    supplyTotal\n    missingTypes\n    scarceTypes\n    explanation {\n      ...SufficiencyExplanationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SufficiencyTypesFields on Sufficiency {\n    types {\n      supportType\n      wanted\n      classification\n      demand {\n        rmos\n        requests\n        unmet\n      }\n      supply {\n        serving\n        freePlaces\n        verified\n        municipality\n        prefectureWide\n        inPrefecture\n        neighbour\n        remoteOnly\n      }\n      explanation {\n        ...SufficiencyExplanationFields\n      }\n    }\n    trend {\n      month\n      classification\n      demand\n      supply\n    }\n  }\n"): (typeof documents)["\n  fragment SufficiencyTypesFields on Sufficiency {\n    types {\n      supportType\n      wanted\n      classification\n      demand {\n        rmos\n        requests\n        unmet\n      }\n      supply {\n        serving\n        freePlaces\n        verified\n        municipality\n        prefectureWide\n        inPrefecture\n        neighbour\n        remoteOnly\n      }\n      explanation {\n        ...SufficiencyExplanationFields\n      }\n    }\n    trend {\n      month\n      classification\n      demand\n      supply\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SufficiencyMap {\n    sufficiencyMap {\n      prefectures {\n        ...SufficiencySummaryFields\n      }\n      trend {\n        month\n        classification\n        areas\n      }\n    }\n  }\n"): (typeof documents)["\n  query SufficiencyMap {\n    sufficiencyMap {\n      prefectures {\n        ...SufficiencySummaryFields\n      }\n      trend {\n        month\n        classification\n        areas\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureSufficiency($prefectureCode: String!) {\n    sufficiency(prefectureCode: $prefectureCode) {\n      ...SufficiencySummaryFields\n      ...SufficiencyTypesFields\n      municipalities {\n        ...SufficiencySummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrefectureSufficiency($prefectureCode: String!) {\n    sufficiency(prefectureCode: $prefectureCode) {\n      ...SufficiencySummaryFields\n      ...SufficiencyTypesFields\n      municipalities {\n        ...SufficiencySummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalitySufficiency($municipalityCode: String!) {\n    sufficiency(municipalityCode: $municipalityCode) {\n      ...SufficiencySummaryFields\n      ...SufficiencyTypesFields\n    }\n  }\n"): (typeof documents)["\n  query MunicipalitySufficiency($municipalityCode: String!) {\n    sufficiency(municipalityCode: $municipalityCode) {\n      ...SufficiencySummaryFields\n      ...SufficiencyTypesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityRmos($municipalityCode: String!) {\n    rmos(municipalityCode: $municipalityCode) {\n      id\n      name\n      wantedSupportTypes\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityRmos($municipalityCode: String!) {\n    rmos(municipalityCode: $municipalityCode) {\n      id\n      name\n      wantedSupportTypes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityOpenRequests($filter: SupportRequestFilter) {\n    supportRequests(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n          supportTypes\n          openIntroduction {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityOpenRequests($filter: SupportRequestFilter) {\n    supportRequests(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n          supportTypes\n          openIntroduction {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityWork($municipalityCode: String!) {\n    awaitingEndorsement: supportRequests(filter: { municipalityCode: $municipalityCode, statuses: [AWAITING_ENDORSEMENT] }, first: 20) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    acceptedOffers: offers(filter: { statuses: [ACCEPTED] }, first: 20) {\n      edges {\n        node {\n          id\n          supporter {\n            id\n            name\n          }\n          request {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityWork($municipalityCode: String!) {\n    awaitingEndorsement: supportRequests(filter: { municipalityCode: $municipalityCode, statuses: [AWAITING_ENDORSEMENT] }, first: 20) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    acceptedOffers: offers(filter: { statuses: [ACCEPTED] }, first: 20) {\n      edges {\n        node {\n          id\n          supporter {\n            id\n            name\n          }\n          request {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrefectureWork($prefectureCode: String!) {\n    introductionRequests(filter: { statuses: [OPEN] }, first: 20) {\n      edges {\n        node {\n          id\n          overdue\n          municipality {\n            code\n            name\n          }\n          request {\n            id\n            title\n          }\n        }\n      }\n    }\n    unverified: supporters(filter: { prefectureCode: $prefectureCode, verificationStatus: [UNVERIFIED] }, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PrefectureWork($prefectureCode: String!) {\n    introductionRequests(filter: { statuses: [OPEN] }, first: 20) {\n      edges {\n        node {\n          id\n          overdue\n          municipality {\n            code\n            name\n          }\n          request {\n            id\n            title\n          }\n        }\n      }\n    }\n    unverified: supporters(filter: { prefectureCode: $prefectureCode, verificationStatus: [UNVERIFIED] }, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntermediaryWork {\n    waitingOffers: offers(filter: { statuses: [OFFERED] }, first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    publishedSupportRequests(first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntermediaryWork {\n    waitingOffers: offers(filter: { statuses: [OFFERED] }, first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    publishedSupportRequests(first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupportRequestFields on SupportRequest {\n    id\n    status\n    municipalityCode\n    title\n    background\n    supportTypes\n    step\n    phase\n    desiredStart\n    durationMonths\n    format\n    fundingRoute\n    budgetMinYen\n    budgetMaxYen\n    rmoAgreementConfirmed\n    published\n    submittedAt\n    endorsedAt\n    openedAt\n    closedAt\n    withdrawnAt\n    createdAt\n    updatedAt\n    municipality {\n      code\n      name\n    }\n    prefecture {\n      code\n      name\n    }\n    authorOrganization {\n      id\n      name\n      kind\n    }\n    authorRmoId\n    rmos {\n      id\n      name\n    }\n    interestCount\n    allowedActions\n  }\n"): (typeof documents)["\n  fragment SupportRequestFields on SupportRequest {\n    id\n    status\n    municipalityCode\n    title\n    background\n    supportTypes\n    step\n    phase\n    desiredStart\n    durationMonths\n    format\n    fundingRoute\n    budgetMinYen\n    budgetMaxYen\n    rmoAgreementConfirmed\n    published\n    submittedAt\n    endorsedAt\n    openedAt\n    closedAt\n    withdrawnAt\n    createdAt\n    updatedAt\n    municipality {\n      code\n      name\n    }\n    prefecture {\n      code\n      name\n    }\n    authorOrganization {\n      id\n      name\n      kind\n    }\n    authorRmoId\n    rmos {\n      id\n      name\n    }\n    interestCount\n    allowedActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupportRequestSummaryFields on SupportRequest {\n    id\n    status\n    title\n    supportTypes\n    desiredStart\n    durationMonths\n    published\n    updatedAt\n    municipality {\n      code\n      name\n    }\n    rmos {\n      id\n      name\n    }\n    interestCount\n  }\n"): (typeof documents)["\n  fragment SupportRequestSummaryFields on SupportRequest {\n    id\n    status\n    title\n    supportTypes\n    desiredStart\n    durationMonths\n    published\n    updatedAt\n    municipality {\n      code\n      name\n    }\n    rmos {\n      id\n      name\n    }\n    interestCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportRequests($filter: SupportRequestFilter, $first: Int, $after: String) {\n    supportRequests(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SupportRequestSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupportRequests($filter: SupportRequestFilter, $first: Int, $after: String) {\n    supportRequests(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SupportRequestSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportRequest($id: ID!) {\n    supportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n"): (typeof documents)["\n  query SupportRequest($id: ID!) {\n    supportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchesForRequest($requestId: ID!, $first: Int) {\n    matchesForRequest(requestId: $requestId, first: $first) {\n      score\n      flags\n      reasons {\n        factor\n        weight\n        points\n        explanation {\n          code\n          params\n        }\n      }\n      supporter {\n        id\n        name\n        kind\n        summary\n        acceptsOffers\n        feeNotes\n        capacity\n        currentLoad\n        availability\n        availabilityConfirmedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchesForRequest($requestId: ID!, $first: Int) {\n    matchesForRequest(requestId: $requestId, first: $first) {\n      score\n      flags\n      reasons {\n        factor\n        weight\n        points\n        explanation {\n          code\n          params\n        }\n      }\n      supporter {\n        id\n        name\n        kind\n        summary\n        acceptsOffers\n        feeNotes\n        capacity\n        currentLoad\n        availability\n        availabilityConfirmedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSupportRequest($input: SupportRequestInput!) {\n    createSupportRequest(input: $input) {\n      ...SupportRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSupportRequest($input: SupportRequestInput!) {\n    createSupportRequest(input: $input) {\n      ...SupportRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupportRequest($id: ID!, $input: SupportRequestInput!) {\n    updateSupportRequest(id: $id, input: $input) {\n      ...SupportRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSupportRequest($id: ID!, $input: SupportRequestInput!) {\n    updateSupportRequest(id: $id, input: $input) {\n      ...SupportRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSupportRequest($id: ID!) {\n    submitSupportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSupportRequest($id: ID!) {\n    submitSupportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndorseSupportRequest($id: ID!) {\n    endorseSupportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndorseSupportRequest($id: ID!) {\n    endorseSupportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSupportRequest($id: ID!) {\n    closeSupportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSupportRequest($id: ID!) {\n    closeSupportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSupportRequest($id: ID!) {\n    withdrawSupportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawSupportRequest($id: ID!) {\n    withdrawSupportRequest(id: $id) {\n      ...SupportRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublishedSupportRequestFields on PublishedSupportRequest {\n    id\n    supportTypes\n    step\n    phase\n    desiredStart\n    durationMonths\n    format\n    fundingRoute\n    openedAt\n    interestedSupporterIds\n    municipality {\n      code\n      name\n    }\n    prefecture {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PublishedSupportRequestFields on PublishedSupportRequest {\n    id\n    supportTypes\n    step\n    phase\n    desiredStart\n    durationMonths\n    format\n    fundingRoute\n    openedAt\n    interestedSupporterIds\n    municipality {\n      code\n      name\n    }\n    prefecture {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedSupportRequests($filter: PublishedSupportRequestFilter, $first: Int, $after: String) {\n    publishedSupportRequests(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PublishedSupportRequestFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishedSupportRequests($filter: PublishedSupportRequestFilter, $first: Int, $after: String) {\n    publishedSupportRequests(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PublishedSupportRequestFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkSupportRequestInterest($requestId: ID!, $supporterId: ID!, $message: String) {\n    markSupportRequestInterest(requestId: $requestId, supporterId: $supporterId, message: $message) {\n      id\n      interestedSupporterIds\n    }\n  }\n"): (typeof documents)["\n  mutation MarkSupportRequestInterest($requestId: ID!, $supporterId: ID!, $message: String) {\n    markSupportRequestInterest(requestId: $requestId, supporterId: $supporterId, message: $message) {\n      id\n      interestedSupporterIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSupportRequestInterest($requestId: ID!, $supporterId: ID!) {\n    withdrawSupportRequestInterest(requestId: $requestId, supporterId: $supporterId) {\n      id\n      interestedSupporterIds\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawSupportRequestInterest($requestId: ID!, $supporterId: ID!) {\n    withdrawSupportRequestInterest(requestId: $requestId, supporterId: $supporterId) {\n      id\n      interestedSupporterIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupporterCardFields on SupporterProfile {\n    id\n    name\n    kind\n    summary\n    supportTypes\n    availability\n    availabilityConfirmedAt\n    isStale\n    verificationStatus\n    serviceArea {\n      remoteAvailable\n      prefectures {\n        code\n        name\n        nameEn\n      }\n      municipalities {\n        code\n        name\n        prefectureCode\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SupporterCardFields on SupporterProfile {\n    id\n    name\n    kind\n    summary\n    supportTypes\n    availability\n    availabilityConfirmedAt\n    isStale\n    verificationStatus\n    serviceArea {\n      remoteAvailable\n      prefectures {\n        code\n        name\n        nameEn\n      }\n      municipalities {\n        code\n        name\n        prefectureCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSupporters($filter: SupporterFilter, $sort: SupporterSort, $first: Int, $after: String) {\n    supporters(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      facets {\n        supportTypes {\n          value\n          count\n        }\n        localities {\n          tier\n          count\n        }\n        remoteOnly\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        locality\n        node {\n          id\n          ...SupporterCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchSupporters($filter: SupporterFilter, $sort: SupporterSort, $first: Int, $after: String) {\n    supporters(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      facets {\n        supportTypes {\n          value\n          count\n        }\n        localities {\n          tier\n          count\n        }\n        remoteOnly\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        locality\n        node {\n          id\n          ...SupporterCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupporterDetail($id: ID!) {\n    supporter(id: $id) {\n      ...SupporterCardFields\n      kana\n      description\n      importedByName\n      remoteAvailable\n      frameworks\n      feeNotes\n      capacity\n      currentLoad\n      steps\n      yearsActive\n      website\n      updatedAt\n      contact {\n        email\n        phone\n      }\n      trackRecord {\n        prefecture {\n          code\n          name\n        }\n        municipality {\n          code\n          name\n        }\n        introductions\n        engagements\n        latestYear\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupporterDetail($id: ID!) {\n    supporter(id: $id) {\n      ...SupporterCardFields\n      kana\n      description\n      importedByName\n      remoteAvailable\n      frameworks\n      feeNotes\n      capacity\n      currentLoad\n      steps\n      yearsActive\n      website\n      updatedAt\n      contact {\n        email\n        phone\n      }\n      trackRecord {\n        prefecture {\n          code\n          name\n        }\n        municipality {\n          code\n          name\n        }\n        introductions\n        engagements\n        latestYear\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerificationCandidateFields on SupporterProfile {\n    id\n    ...SupporterCardFields\n    verificationReason\n    verifiedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment VerificationCandidateFields on SupporterProfile {\n    id\n    ...SupporterCardFields\n    verificationReason\n    verifiedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationCandidates($filter: SupporterFilter, $first: Int, $after: String) {\n    supporters(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...VerificationCandidateFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerificationCandidates($filter: SupporterFilter, $first: Int, $after: String) {\n    supporters(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...VerificationCandidateFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifySupporterProfile($id: ID!, $decision: VerificationDecision!, $reason: String) {\n    verifySupporterProfile(id: $id, decision: $decision, reason: $reason) {\n      id\n      verificationStatus\n      verificationReason\n      verifiedAt\n    }\n  }\n"): (typeof documents)["\n  mutation VerifySupporterProfile($id: ID!, $decision: VerificationDecision!, $reason: String) {\n    verifySupporterProfile(id: $id, decision: $decision, reason: $reason) {\n      id\n      verificationStatus\n      verificationReason\n      verifiedAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;