/** Validation limits shared by server inputs and client forms. */
export const LIMITS = {
  searchTextMaxLength: 200,
  pageSizeDefault: 20,
  pageSizeMax: 100,
  nameMaxLength: 120,
  kanaMaxLength: 200,
  summaryMaxLength: 300,
  descriptionMaxLength: 5000,
  feeNotesMaxLength: 1000,
  passwordMinLength: 10,
  passwordMaxLength: 200,
  emailMaxLength: 254,
  displayNameMaxLength: 100,
  organizationNameMaxLength: 200,
} as const;

/** Codes: prefecture "01"–"47", municipality 6 digits with check digit. */
export const PREFECTURE_CODE_PATTERN = /^(0[1-9]|[1-3][0-9]|4[0-7])$/;
export const MUNICIPALITY_CODE_PATTERN = /^\d{6}$/;

/** Profile limits beyond LIMITS, read by the server's validators and the client's editor. */
export const PROFILE_LIMITS = {
  capacityMax: 1000,
  yearsActiveMax: 200,
  websiteMaxLength: 500,
  prefecturesMax: 47,
  municipalitiesMax: 300,
  verificationReasonMaxLength: 500,
} as const;

/** A phone number: digits, hyphens, spaces, parentheses and an optional leading +. */
export const PHONE_PATTERN = /^\+?[0-9()\- ]{6,30}$/;
