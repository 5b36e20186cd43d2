import { IsEmail, Matches, MaxLength } from 'class-validator';
import { LIMITS, MUNICIPALITY_CODE_PATTERN, PREFECTURE_CODE_PATTERN } from '@tsunagu/shared';

const NOT_BLANK = /\S/;

/** A required text field of an input: not blank and at most `maxLength` characters, with reasons a form can show. */
export function RequiredText(maxLength: number): PropertyDecorator {
  return (target, propertyKey) => {
    Matches(NOT_BLANK, { message: 'must not be blank' })(target, propertyKey);
    MaxLength(maxLength, { message: `must be at most ${maxLength} characters` })(target, propertyKey);
  };
}

/** An email address of at most LIMITS.emailMaxLength characters. */
export function EmailAddress(): PropertyDecorator {
  return (target, propertyKey) => {
    IsEmail({}, { message: 'must be an email address' })(target, propertyKey);
    MaxLength(LIMITS.emailMaxLength, { message: `must be at most ${LIMITS.emailMaxLength} characters` })(target, propertyKey);
  };
}

/** A prefecture code "01"–"47" (whether it exists is checked against reference data by the service). */
export function PrefectureCode(): PropertyDecorator {
  return Matches(PREFECTURE_CODE_PATTERN, { message: 'must be a two-digit prefecture code from "01" to "47"' });
}

/** A six-digit local government code (existence is checked against reference data by the service). */
export function MunicipalityCode(): PropertyDecorator {
  return Matches(MUNICIPALITY_CODE_PATTERN, { message: 'must be a six-digit local government code' });
}
