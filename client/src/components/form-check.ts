import type { TFunction } from 'i18next';
import {
  InputReason,
  LIMITS,
  PHONE_PATTERN,
  charCount,
  isKana,
  looksLikeEmailAddress,
  looksLikeWebAddress,
  type ReasonParams,
  type ReasonParamsArgs,
} from '@tsunagu/shared';
import { describeInputReason } from './describe-error';
import type { FieldErrors } from './form-errors';
import { isWholeNumber, parseWholeNumber } from './whole-number';

/**
 * A form's own checks, collected so every problem shows at once (the first per field), worded
 * from the same reason codes the server uses. The server checks everything again.
 */
export class FormCheck {
  private readonly errors: Record<string, string> = {};

  constructor(private readonly t: TFunction) {}

  /** Records a problem for `field` unless it has one already. */
  refuse<R extends InputReason>(field: string, reason: R, ...params: ReasonParamsArgs<R>): this {
    this.errors[field] ??= describeInputReason(this.t, reason, (params[0] ?? {}) as ReasonParams, field);
    return this;
  }

  /** Text of at most `max` characters; `required` refuses blank text, `kana` anything but kana. */
  text(field: string, value: string, max: number, options: { required?: boolean; kana?: boolean } = {}): this {
    const trimmed = value.trim();
    if (!trimmed) return options.required ? this.refuse(field, InputReason.REQUIRED) : this;
    if (charCount(trimmed) > max) this.refuse(field, InputReason.TOO_LONG, { max });
    if (options.kana && !isKana(trimmed)) this.refuse(field, InputReason.NOT_KANA);
    return this;
  }

  /** A chosen value (select, radio): refused when empty. */
  chosen(field: string, value: string): this {
    return value ? this : this.refuse(field, InputReason.REQUIRED);
  }

  /** A whole number from `min` to `max` (blank allowed unless required); returns it, or null. */
  wholeNumber(field: string, value: string, { min, max, required = false }: { min: number; max: number; required?: boolean }): number | null {
    if (!value.trim()) {
      if (required) this.refuse(field, InputReason.REQUIRED);
      return null;
    }
    if (!isWholeNumber(value)) {
      this.refuse(field, InputReason.NOT_WHOLE_NUMBER);
      return null;
    }
    const number = parseWholeNumber(value);
    if (number < min || number > max) this.refuse(field, InputReason.OUT_OF_RANGE, { min, max });
    return number;
  }

  /** An email address (blank allowed unless required). */
  email(field: string, value: string, options: { required?: boolean } = {}): this {
    this.text(field, value, LIMITS.emailMaxLength, options);
    return value.trim() && !looksLikeEmailAddress(value) ? this.refuse(field, InputReason.NOT_EMAIL) : this;
  }

  /** A new password of LIMITS.passwordMinLength–passwordMaxLength characters. */
  newPassword(field: string, value: string): this {
    if (!value) return this.refuse(field, InputReason.REQUIRED);
    if (charCount(value) < LIMITS.passwordMinLength) return this.refuse(field, InputReason.TOO_SHORT, { min: LIMITS.passwordMinLength });
    return charCount(value) > LIMITS.passwordMaxLength ? this.refuse(field, InputReason.TOO_LONG, { max: LIMITS.passwordMaxLength }) : this;
  }

  /** An http:// or https:// address of at most `max` characters (blank allowed). */
  webAddress(field: string, value: string, max: number): this {
    this.text(field, value, max);
    return value.trim() && !looksLikeWebAddress(value) ? this.refuse(field, InputReason.NOT_URL) : this;
  }

  /** A phone number (blank allowed). */
  phone(field: string, value: string): this {
    return value.trim() && !PHONE_PATTERN.test(value.trim()) ? this.refuse(field, InputReason.NOT_PHONE) : this;
  }

  /** The messages by field path. */
  result(): FieldErrors {
    return this.errors;
  }
}
