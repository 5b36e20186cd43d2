import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@tsunagu/shared';
import { TextField } from '../../../components/form-fields';

type FieldProps = Omit<ComponentProps<typeof TextField>, 'type' | 'label' | 'maxLength' | 'onChange'> & {
  label?: string;
  onValueChange: (value: string) => void;
};

/** An email address: the right keyboard, the server's length limit, and 「メールアドレス」 unless told otherwise. */
export function EmailField({ label, onValueChange, ...props }: FieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      label={label ?? t('auth.email')}
      type="email"
      inputMode="email"
      maxChars={LIMITS.emailMaxLength}
      spellCheck={false}
      onChange={(event) => onValueChange(event.target.value)}
      {...props}
    />
  );
}

/** A password field; `isNew` adds the length rule as a hint and lets password managers suggest one. */
export function PasswordField({ label, onValueChange, isNew = false, ...props }: FieldProps & { isNew?: boolean }) {
  const { t } = useTranslation();
  return (
    <TextField
      label={label ?? t('auth.password')}
      hint={isNew ? t('auth.passwordHint', { min: LIMITS.passwordMinLength }) : undefined}
      type="password"
      autoComplete={isNew ? 'new-password' : 'current-password'}
      maxChars={LIMITS.passwordMaxLength}
      onChange={(event) => onValueChange(event.target.value)}
      {...props}
    />
  );
}
