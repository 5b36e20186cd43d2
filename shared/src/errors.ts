/**
 * The API's refusals as data: every error carries a stable `extensions.code` and, for every
 * refusal, a machine-readable `reason` (with `params` where a message needs numbers or names).
 * The server throws them; the client translates them (client/src/i18n/ja/errors.ts, en/errors.ts), never the
 * English `message`, which is for developers reading the raw API.
 */

/** Stable codes clients may branch on (`extensions.code`). */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The database cannot serve right now (down, restarting, busy, timed out): retry shortly. HTTP 503. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** The request itself cannot be read (malformed JSON, too large). HTTP 400/413. */
  BAD_REQUEST = 'BAD_REQUEST',
  /** Over the depth, alias or cost limit (`reason`; `params.limit`, `params.actual`), refused before running. HTTP 400. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** Production runs only the client's trusted documents: the request sent a query text instead of a hash. HTTP 400. */
  PERSISTED_QUERY_REQUIRED = 'PERSISTED_QUERY_REQUIRED',
  /** No trusted document has this hash. HTTP 400. */
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Why a value is refused (BAD_USER_INPUT, together with `field`). */
export enum InputReason {
  /** Empty or blank. */
  REQUIRED = 'REQUIRED',
  /** May stay empty in a draft, not when submitting. */
  REQUIRED_TO_SUBMIT = 'REQUIRED_TO_SUBMIT',
  /** More characters than `max` (counted as charCount does). */
  TOO_LONG = 'TOO_LONG',
  /** Fewer characters than `min`. */
  TOO_SHORT = 'TOO_SHORT',
  /** A number below `min`. */
  TOO_SMALL = 'TOO_SMALL',
  /** A number above `max`. */
  TOO_LARGE = 'TOO_LARGE',
  /** A number outside `min`–`max`. */
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  /** Not a whole number. */
  NOT_WHOLE_NUMBER = 'NOT_WHOLE_NUMBER',
  /** Fewer than `min` items chosen. */
  TOO_FEW = 'TOO_FEW',
  /** More than `max` items. */
  TOO_MANY = 'TOO_MANY',
  /** An item listed twice. */
  DUPLICATE = 'DUPLICATE',
  NOT_EMAIL = 'NOT_EMAIL',
  /** Not an http:// or https:// address. */
  NOT_URL = 'NOT_URL',
  /** Not digits, hyphens, spaces, parentheses and an optional leading +. */
  NOT_PHONE = 'NOT_PHONE',
  /** Not written in hiragana or katakana. */
  NOT_KANA = 'NOT_KANA',
  /** Not a month written as YYYY-MM. */
  NOT_YEAR_MONTH = 'NOT_YEAR_MONTH',
  /** Not "01"–"47". */
  NOT_PREFECTURE_CODE = 'NOT_PREFECTURE_CODE',
  /** Not six digits. */
  NOT_MUNICIPALITY_CODE = 'NOT_MUNICIPALITY_CODE',
  /** Well-formed, but no prefecture has `code`. */
  UNKNOWN_PREFECTURE = 'UNKNOWN_PREFECTURE',
  /** Well-formed, but no current municipality has `code`. */
  UNKNOWN_MUNICIPALITY = 'UNKNOWN_MUNICIPALITY',
  /** The municipality lies outside the prefecture `prefectureCode` given with it. */
  MUNICIPALITY_NOT_IN_PREFECTURE = 'MUNICIPALITY_NOT_IN_PREFECTURE',
  /** Municipality `code` lies in prefecture `prefectureCode`, which is already served as a whole. */
  MUNICIPALITY_IN_WHOLE_PREFECTURE = 'MUNICIPALITY_IN_WHOLE_PREFECTURE',
  /** A ward of a designated city where the city itself is meant. */
  WARD_NOT_ALLOWED = 'WARD_NOT_ALLOWED',
  /** Not an id of the kind the field takes. */
  INVALID_ID = 'INVALID_ID',
  /** Not a cursor this query returned. */
  INVALID_CURSOR = 'INVALID_CURSOR',
  /** A reset or invitation token that is unknown, expired or used (which one is not said). */
  INVALID_TOKEN = 'INVALID_TOKEN',
  /** A value of the wrong kind for the field (e.g. refused by GraphQL's own type checks). */
  INVALID_VALUE = 'INVALID_VALUE',
  /** Fixed once created (e.g. a request's municipality). */
  UNCHANGEABLE = 'UNCHANGEABLE',
  /** An end (`to`) that is not after its start. */
  END_BEFORE_START = 'END_BEFORE_START',
  /** The budget's upper end is below its lower end. */
  BUDGET_MAX_BELOW_MIN = 'BUDGET_MAX_BELOW_MIN',
  /** Engagements under way exceed `capacity`. */
  LOAD_OVER_CAPACITY = 'LOAD_OVER_CAPACITY',
  /** No prefecture or municipality, and not working remotely either. */
  SERVICE_AREA_EMPTY = 'SERVICE_AREA_EMPTY',
  /** Submitting needs the RMO's agreement to receive support. */
  RMO_AGREEMENT_REQUIRED = 'RMO_AGREEMENT_REQUIRED',
  /** An RMO's own request must concern its own RMO record. */
  OWN_RMO_REQUIRED = 'OWN_RMO_REQUIRED',
  /** No RMO has the id `id`. */
  UNKNOWN_RMO = 'UNKNOWN_RMO',
  /** The profile offers none of the support types the request wants. */
  NO_WANTED_SUPPORT_TYPE = 'NO_WANTED_SUPPORT_TYPE',
  /** An owner cannot remove themselves. */
  CANNOT_REMOVE_SELF = 'CANNOT_REMOVE_SELF',
  /** Text with a character no record may hold: a NUL, or half of a UTF-16 surrogate pair. */
  INVALID_TEXT = 'INVALID_TEXT',
  /** A persisted-query hash that is not the SHA-256 of the query sent with it (or no SHA-256 at all). */
  HASH_MISMATCH = 'HASH_MISMATCH',
}

/** The parameters a reason's message needs; reasons not listed take none. */
export interface InputReasonParams {
  TOO_LONG: { max: number };
  TOO_SHORT: { min: number };
  TOO_SMALL: { min: number };
  TOO_LARGE: { max: number };
  OUT_OF_RANGE: { min: number; max: number };
  TOO_FEW: { min: number };
  TOO_MANY: { max: number };
  UNKNOWN_PREFECTURE: { code: string };
  UNKNOWN_MUNICIPALITY: { code: string };
  MUNICIPALITY_NOT_IN_PREFECTURE: { prefectureCode: string };
  MUNICIPALITY_IN_WHOLE_PREFECTURE: { code: string; prefectureCode: string };
  LOAD_OVER_CAPACITY: { capacity: number };
  UNKNOWN_RMO: { id: string };
}

/** The `params` argument a reason takes: one object when it has parameters, nothing otherwise. */
export type ReasonParamsArgs<R extends InputReason> = R extends keyof InputReasonParams ? [params: InputReasonParams[R]] : [];

/** Why a signed-in caller may not do this (FORBIDDEN). */
export enum ForbiddenReason {
  /** The caller's role may not call this at all. */
  ROLE_NOT_ALLOWED = 'ROLE_NOT_ALLOWED',
  /** Only for the caller's own municipality. */
  NOT_OWN_MUNICIPALITY = 'NOT_OWN_MUNICIPALITY',
  /** Only within the caller's own prefecture. */
  NOT_OWN_PREFECTURE = 'NOT_OWN_PREFECTURE',
  /** The caller may not read this record. */
  NOT_VISIBLE = 'NOT_VISIBLE',
  /** Only the organization that wrote the request. */
  NOT_AUTHOR = 'NOT_AUTHOR',
  /** Only the staff of the request's municipality. */
  NOT_REQUEST_MUNICIPALITY = 'NOT_REQUEST_MUNICIPALITY',
  /** Only the request's author or its municipality. */
  NOT_REQUEST_MANAGER = 'NOT_REQUEST_MANAGER',
  /** Only members of the organization that owns the profile. */
  NOT_PROFILE_OWNER = 'NOT_PROFILE_OWNER',
  /** Only the owner of the organization. */
  NOT_ORGANIZATION_OWNER = 'NOT_ORGANIZATION_OWNER',
  /** Only within the caller's own organization. */
  NOT_OWN_ORGANIZATION = 'NOT_OWN_ORGANIZATION',
  /** The chain of trust does not let the caller invite this kind of account. */
  OUTSIDE_CHAIN_OF_TRUST = 'OUTSIDE_CHAIN_OF_TRUST',
  /** RMO staff must record their RMO before writing a request. */
  RMO_RECORD_REQUIRED = 'RMO_RECORD_REQUIRED',
  /** Only the RMO's municipality staff or its own secretariat. */
  NOT_RMO_KEEPER = 'NOT_RMO_KEEPER',
  /** Only members of the supporter organization the offer was made to. */
  NOT_OFFERED_SUPPORTER = 'NOT_OFFERED_SUPPORTER',
  /** Only the request's municipality, or the prefecture that proposed the supporter. */
  NOT_OFFER_MANAGER = 'NOT_OFFER_MANAGER',
  /** Only the engagement's municipality or its lead supporter runs it (start, review, end early). */
  NOT_ENGAGEMENT_MANAGER = 'NOT_ENGAGEMENT_MANAGER',
  /** A checklist item or review part of another party. */
  NOT_YOUR_PART = 'NOT_YOUR_PART',
}

/** Why the current state refuses the change (CONFLICT). */
export enum ConflictReason {
  /** The lifecycle does not allow `action` from `status`. */
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  /** The request is not open and published (any more). */
  NOT_PUBLISHED = 'NOT_PUBLISHED',
  /** The profile is archived. */
  ARCHIVED = 'ARCHIVED',
  /** The RMO's organization already has its record. */
  ALREADY_RECORDED = 'ALREADY_RECORDED',
  /** An account with this email address exists (`field` is "email"). */
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  /** The invited organization is registered already; only its owner adds members (`field` names it). */
  ORGANIZATION_EXISTS = 'ORGANIZATION_EXISTS',
  /** Only a FAILED mail whose (sealed) content is still held can be sent again. */
  NOT_RETRYABLE = 'NOT_RETRYABLE',
  /** The supporter has no free place (current load has reached capacity: `capacity`). */
  AT_CAPACITY = 'AT_CAPACITY',
  /** The offer's response deadline (`respondBy`) has passed. */
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  /** This supporter already has an offer for this request that is waiting or confirmed. */
  ALREADY_OFFERED = 'ALREADY_OFFERED',
  /** An introduction request takes at most `max` proposals. */
  TOO_MANY_PROPOSALS = 'TOO_MANY_PROPOSALS',
  /** The request already has its supporter (an offer was confirmed). */
  SUPPORTER_CHOSEN = 'SUPPORTER_CHOSEN',
  /** Offers and introductions are only for open requests. */
  REQUEST_NOT_OPEN = 'REQUEST_NOT_OPEN',
  /** The prefecture is already working on an introduction request for this request. */
  INTRODUCTION_PENDING = 'INTRODUCTION_PENDING',
  /** The profile has no account on the platform to answer an offer (imported data): contact the supporter directly. */
  SUPPORTER_NOT_REGISTERED = 'SUPPORTER_NOT_REGISTERED',
  /** It exists already: the offer's engagement, or the engagement's case. */
  ALREADY_EXISTS = 'ALREADY_EXISTS',
}

/** What was not found (NOT_FOUND). */
export enum NotFoundReason {
  SUPPORT_REQUEST_NOT_FOUND = 'SUPPORT_REQUEST_NOT_FOUND',
  SUPPORTER_PROFILE_NOT_FOUND = 'SUPPORTER_PROFILE_NOT_FOUND',
  RMO_NOT_FOUND = 'RMO_NOT_FOUND',
  MEMBER_NOT_FOUND = 'MEMBER_NOT_FOUND',
  MAIL_DELIVERY_NOT_FOUND = 'MAIL_DELIVERY_NOT_FOUND',
  /** No offer has the id, or the caller is not a party to it (the two are not told apart). */
  OFFER_NOT_FOUND = 'OFFER_NOT_FOUND',
  /** No introduction request has the id, or the caller is not a party to it. */
  INTRODUCTION_NOT_FOUND = 'INTRODUCTION_NOT_FOUND',
  /** No inbox entry of the caller's has the id (another user's entries are not found either). */
  NOTIFICATION_NOT_FOUND = 'NOTIFICATION_NOT_FOUND',
  /** No engagement has the id, or the caller is none of its parties. */
  ENGAGEMENT_NOT_FOUND = 'ENGAGEMENT_NOT_FOUND',
  /** No case has the id, or the caller may not read it (unpublished cases are for their parties). */
  CASE_NOT_FOUND = 'CASE_NOT_FOUND',
}

/** Why the caller is not (or no longer) signed in (UNAUTHENTICATED). */
export enum UnauthenticatedReason {
  SIGN_IN_REQUIRED = 'SIGN_IN_REQUIRED',
  /** Wrong email or password (which one is not said). */
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
}

/** Why the caller must wait (RATE_LIMITED, with `retryAfterSeconds`). */
export enum RateLimitReason {
  TOO_MANY_SIGN_IN_ATTEMPTS = 'TOO_MANY_SIGN_IN_ATTEMPTS',
  /** The organization sent its invitations for today (fewer until one of its profiles is verified). */
  TOO_MANY_INVITATIONS = 'TOO_MANY_INVITATIONS',
}

/** Why the service cannot answer now; the request was fine and may be retried (SERVICE_UNAVAILABLE). */
export enum ServiceUnavailableReason {
  /** PostgreSQL cannot be reached or is restarting. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** Every pooled connection stayed busy, or a lock stayed held, past its timeout. */
  DATABASE_BUSY = 'DATABASE_BUSY',
  /** A statement or an idle transaction ran past its timeout. */
  DATABASE_TIMEOUT = 'DATABASE_TIMEOUT',
}

/** Why the request body could not be read (BAD_REQUEST). */
export enum BadRequestReason {
  BODY_TOO_LARGE = 'BODY_TOO_LARGE',
  MALFORMED_JSON = 'MALFORMED_JSON',
  UNREADABLE_BODY = 'UNREADABLE_BODY',
}

/** Which limit an operation exceeded (QUERY_TOO_COMPLEX, with `params.limit` and `params.actual`). */
export enum QueryLimitReason {
  /** Fields nested deeper than the limit. */
  DEPTH = 'DEPTH',
  /** More aliased fields than the limit. */
  ALIASES = 'ALIASES',
  /** More estimated work (fields × page and list sizes) than the limit. */
  COST = 'COST',
}

/** The reason enum of each code that is a refusal. */
export interface ReasonOfCode {
  BAD_USER_INPUT: InputReason;
  UNAUTHENTICATED: UnauthenticatedReason;
  FORBIDDEN: ForbiddenReason;
  NOT_FOUND: NotFoundReason;
  CONFLICT: ConflictReason;
  RATE_LIMITED: RateLimitReason;
  SERVICE_UNAVAILABLE: ServiceUnavailableReason;
  BAD_REQUEST: BadRequestReason;
  QUERY_TOO_COMPLEX: QueryLimitReason;
}

/** Values a message may interpolate: short text, numbers and flags only. */
export type ReasonParamValue = string | number | boolean;
export type ReasonParams = Readonly<Record<string, ReasonParamValue>>;

/**
 * A refusal as data, for rules that live in `shared` (lifecycle guards): the server throws the
 * matching domain error, and a client could word it without asking the server.
 */
export type Refusal =
  | { code: ErrorCode.BAD_USER_INPUT; reason: InputReason; field: string; params?: ReasonParams }
  | { code: ErrorCode.FORBIDDEN; reason: ForbiddenReason; params?: ReasonParams }
  | { code: ErrorCode.CONFLICT; reason: ConflictReason; params?: ReasonParams };

/** A BAD_USER_INPUT refusal naming `field`. */
export function inputRefusal<R extends InputReason>(field: string, reason: R, ...params: ReasonParamsArgs<R>): Refusal {
  return { code: ErrorCode.BAD_USER_INPUT, field, reason, ...(params[0] ? { params: params[0] as ReasonParams } : {}) };
}

/** Compile-time completeness of a switch over an enum: reaching this is a type error. */
export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}

/** Whether `value` is one of the enum's values (for reasons read from an untyped response). */
export function isEnumValue<E extends Record<string, string>>(enumObject: E, value: unknown): value is E[keyof E] {
  return typeof value === 'string' && (Object.values(enumObject) as string[]).includes(value);
}
