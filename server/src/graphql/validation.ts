import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEmail,
  IsUrl,
  Max,
  Min,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import {
  InputReason,
  KANA_PATTERN,
  LIMITS,
  MUNICIPALITY_CODE_PATTERN,
  PREFECTURE_CODE_PATTERN,
  charCount,
  isEnumValue,
  type ReasonParams,
  type ReasonParamsArgs,
} from '@tsunagu/shared';
import { isId } from '../common/ids';

/**
 * Input decorators that say why they refuse: each passes class-validator a `context` with the
 * reason code and its params, which the error formatter turns into `extensions.reason`/`params`.
 * Inputs use only these (a test checks every constraint of the schema's inputs carries a reason).
 */

interface ReasonContext {
  reason: InputReason;
  params?: ReasonParams;
}

/** class-validator options carrying the reason (and `each` for array elements). */
function because<R extends InputReason>(reason: R, ...params: ReasonParamsArgs<R>): ValidationOptions {
  const context: ReasonContext = { reason, ...(params[0] ? { params: params[0] as ReasonParams } : {}) };
  return { context, message: `${reason}${params[0] ? ` ${JSON.stringify(params[0])}` : ''}` };
}

/** The reason and params a failed constraint declared (INVALID_VALUE if it declared none). */
export function reasonOfConstraint(_constraint: string, context: unknown): { reason: InputReason; params: ReasonParams } {
  if (typeof context === 'object' && context !== null && 'reason' in context && isEnumValue(InputReason, context.reason)) {
    const params = 'params' in context && typeof context.params === 'object' && context.params !== null ? (context.params as ReasonParams) : {};
    return { reason: context.reason, params };
  }
  return { reason: InputReason.INVALID_VALUE, params: {} };
}

/** Applies several property decorators as one. */
function all(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

const NOT_BLANK = /\S/;

/** Text of at most `max` characters as people count them (charCount, as the client's counters do). */
export function MaxChars(max: number): PropertyDecorator {
  return ValidateBy(
    { name: 'maxChars', constraints: [max], validator: { validate: (value: unknown) => typeof value === 'string' && charCount(value) <= max } },
    because(InputReason.TOO_LONG, { max }),
  );
}

/** Text of at least `min` characters (charCount). */
export function MinChars(min: number): PropertyDecorator {
  return ValidateBy(
    { name: 'minChars', constraints: [min], validator: { validate: (value: unknown) => typeof value === 'string' && charCount(value) >= min } },
    because(InputReason.TOO_SHORT, { min }),
  );
}

/** A required text field of an input: not blank and at most `maxLength` characters. */
export function RequiredText(maxLength: number): PropertyDecorator {
  return all(Pattern(NOT_BLANK, InputReason.REQUIRED), MaxChars(maxLength));
}

/** A required reading (ふりがな) of at most `maxLength` characters, in kana only. */
export function KanaText(maxLength: number): PropertyDecorator {
  return all(RequiredText(maxLength), Pattern(KANA_PATTERN, InputReason.NOT_KANA));
}

/** An email address of at most LIMITS.emailMaxLength characters. */
export function EmailAddress(): PropertyDecorator {
  return all(IsEmail({}, because(InputReason.NOT_EMAIL)), MaxChars(LIMITS.emailMaxLength));
}

/** A new password: LIMITS.passwordMinLength–passwordMaxLength characters. */
export function NewPassword(): PropertyDecorator {
  return all(MinChars(LIMITS.passwordMinLength), MaxChars(LIMITS.passwordMaxLength));
}

/** A prefecture code "01"–"47" (whether it exists is checked against reference data by the service). */
export function PrefectureCode(options: { each?: boolean } = {}): PropertyDecorator {
  return Pattern(PREFECTURE_CODE_PATTERN, InputReason.NOT_PREFECTURE_CODE, options);
}

/** A six-digit local government code (existence is checked against reference data by the service). */
export function MunicipalityCode(options: { each?: boolean } = {}): PropertyDecorator {
  return Pattern(MUNICIPALITY_CODE_PATTERN, InputReason.NOT_MUNICIPALITY_CODE, options);
}

/** A record id (or, with `each`, a list of them), checked as common/ids.ts checks every id. */
export function RecordId(options: { each?: boolean } = {}): PropertyDecorator {
  return ValidateBy({ name: 'recordId', validator: { validate: (value: unknown) => isId(value) } }, { ...because(InputReason.INVALID_ID), ...options });
}

/** A whole number from `min` to `max`. */
export function IntRange(min: number, max: number): PropertyDecorator {
  return all(Min(min, because(InputReason.OUT_OF_RANGE, { min, max })), Max(max, because(InputReason.OUT_OF_RANGE, { min, max })));
}

/** A number not below `min` (no upper bound of its own). */
export function AtLeast(min: number): PropertyDecorator {
  return Min(min, because(InputReason.TOO_SMALL, { min }));
}

/** A list of at least `min` items. */
export function ChooseAtLeast(min: number): PropertyDecorator {
  return ArrayMinSize(min, because(InputReason.TOO_FEW, { min }));
}

/** A list of at most `max` items. */
export function AtMostItems(max: number): PropertyDecorator {
  return ArrayMaxSize(max, because(InputReason.TOO_MANY, { max }));
}

/** A list without repeats. */
export function NoDuplicates(): PropertyDecorator {
  return ArrayUnique(because(InputReason.DUPLICATE));
}

/** An http:// or https:// address. */
export function WebAddress(): PropertyDecorator {
  return IsUrl({ protocols: ['http', 'https'], require_protocol: true }, because(InputReason.NOT_URL));
}

/** Text that must match `pattern`, refused with `reason` otherwise (named after the reason, so two patterns on one field stay apart). */
export function Pattern(pattern: RegExp, reason: InputReason, options: { each?: boolean } = {}): PropertyDecorator {
  return ValidateBy(
    { name: `pattern${reason}`, validator: { validate: (value: unknown) => typeof value === 'string' && pattern.test(value) } },
    { context: { reason }, message: reason, ...options },
  );
}
