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
