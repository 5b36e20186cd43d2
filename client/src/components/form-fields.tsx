import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { charCount } from '@tsunagu/shared';

/** The ids a control is described by: its hint and its error, when present. */
function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length ? present.join(' ') : undefined;
}

/** 「必須」 after a label, so the requirement is read with it (not only a colour or an asterisk). */
export function RequiredMark() {
  const { t } = useTranslation();
  return <span className="required-mark">{t('form.required')}</span>;
}

/** The message under a field (or a fieldset's legend) whose value the server or the form refused. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
}

/**
 * The characters typed against the field's limit (counted as the server counts them). Text is
 * never cut at the limit: over it, the count says by how much and the form refuses to save.
 */
function CharacterCount({ id, value, max }: { id: string; value: string; max: number }) {
  const { t } = useTranslation();
  const count = charCount(value);
  const over = count - max;
  return (
    <p id={id} className={`field-count${over > 0 ? ' field-count--over' : ''}`}>
      {over > 0 ? t('form.charCountOver', { typed: count, max, over }) : t('form.charCount', { typed: count, max })}
    </p>
  );
}

/** A text input's counter appears once the text nears its limit; a text area's always. */
const NEAR_LIMIT = 0.8;

function counterOf(id: string, value: unknown, max: number | undefined, always: boolean) {
  if (max === undefined) return null;
  const text = typeof value === 'string' ? value : '';
  if (!always && charCount(text) < max * NEAR_LIMIT) return null;
  return { id: `${id}-count`, element: <CharacterCount id={`${id}-count`} value={text} max={max} /> };
}

type TextFieldProps = FieldFrameProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required' | 'className' | 'maxLength'> & {
    ref?: Ref<HTMLInputElement>;
    /** The limit in characters: shown as a count near it, never enforced by cutting the text. */
    maxChars?: number;
  };

function FieldHead({ id, label, hint, error, required }: FieldFrameProps) {
  return (
    <>
      <label htmlFor={id} className="field-label">
        {label}
        {required && <RequiredMark />}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </>
  );
}

/** A labelled text input with an optional hint, error and character count, wired with aria-describedby and aria-invalid. */
export function TextField({ id, label, hint, error, required, maxChars, ...inputProps }: TextFieldProps) {
  const counter = counterOf(id, inputProps.value, maxChars, false);
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <FieldHead id={id} label={label} hint={hint} error={error} required={required} />
      <input
        id={id}
        className="text-input"
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`, counter?.id)}
        {...inputProps}
      />
      {counter?.element}
    </div>
  );
}

type TextAreaFieldProps = FieldFrameProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required' | 'className' | 'maxLength'> & {
    ref?: Ref<HTMLTextAreaElement>;
    /** The limit in characters: always shown as a count under the text area. */
    maxChars?: number;
  };

export function TextAreaField({ id, label, hint, error, required, maxChars, ...textareaProps }: TextAreaFieldProps) {
  const counter = counterOf(id, textareaProps.value, maxChars, true);
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <FieldHead id={id} label={label} hint={hint} error={error} required={required} />
      <textarea
        id={id}
        className="text-input textarea"
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`, counter?.id)}
        {...textareaProps}
      />
      {counter?.element}
    </div>
  );
}

type SelectFieldProps = FieldFrameProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'required' | 'className'>;

export function SelectField({ id, label, hint, error, required, children, ...selectProps }: SelectFieldProps) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <FieldHead id={id} label={label} hint={hint} error={error} required={required} />
      <select
        id={id}
        className="select"
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
        {...selectProps}
      >
        {children}
      </select>
    </div>
  );
}

export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  /** A longer explanation read with the option. */
  description?: string;
  /** Shown but fixed (e.g. an RMO's own record, which its request always concerns). */
  disabled?: boolean;
}

interface ChoiceGroupProps<T extends string> {
  /** Given to the first control, so an error summary link can focus the group. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  required?: boolean;
  options: readonly ChoiceOption<T>[];
  /** Lay the options out in columns on wide screens. */
  compact?: boolean;
}

/** The fieldset, legend, hint and error shared by checkbox and radio groups. */
function ChoiceFieldset({ id, legend, hint, error, required, children }: Omit<ChoiceGroupProps<string>, 'options' | 'compact'> & { children: ReactNode }) {
  return (
    <fieldset
      className={`form-group${error ? ' field--error' : ''}`}
      aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
    >
      <legend className="field-label">
        {legend}
        {required && <RequiredMark />}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
      {children}
    </fieldset>
  );
}

interface ChoiceItemProps<T extends string> {
  type: 'checkbox' | 'radio';
  groupId: string;
  index: number;
  name: string;
  option: ChoiceOption<T>;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** One option; its description is read with it (aria-describedby) but kept out of its name. */
function ChoiceItem<T extends string>({ type, groupId, index, name, option, checked, onChange }: ChoiceItemProps<T>) {
  const descriptionId = `${groupId}-${option.value}-description`;
  return (
    <li>
      <label className="checkbox">
        <input
          type={type}
          // The first control carries the group's id, so an error summary link can focus the group.
          id={index === 0 ? groupId : `${groupId}-${option.value}`}
          name={name}
          value={option.value}
          checked={checked}
          disabled={option.disabled}
          aria-describedby={option.description ? descriptionId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>{option.label}</span>
      </label>
      {option.description && (
        <p id={descriptionId} className="checkbox__description">
          {option.description}
        </p>
      )}
    </li>
  );
}

interface CheckboxGroupProps<T extends string> extends ChoiceGroupProps<T> {
  name: string;
  selected: readonly T[];
  onChange: (selected: T[]) => void;
}

/** Checkboxes in a fieldset whose legend names them; the selection keeps the options' order. */
export function CheckboxGroup<T extends string>({ options, compact, name, selected, onChange, ...frame }: CheckboxGroupProps<T>) {
  const toggle = (value: T, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(options.map((option) => option.value).filter((option) => next.has(option)));
  };
  return (
    <ChoiceFieldset {...frame}>
      <ul className={`checkbox-list${compact ? ' checkbox-list--columns' : ''}`}>
        {options.map((option, index) => (
          <ChoiceItem
            key={option.value}
            type="checkbox"
            groupId={frame.id}
            index={index}
            name={name}
            option={option}
            checked={selected.includes(option.value)}
            onChange={(checked) => toggle(option.value, checked)}
          />
        ))}
      </ul>
    </ChoiceFieldset>
  );
}

interface RadioGroupProps<T extends string> extends ChoiceGroupProps<T> {
  name: string;
  value: T;
  onChange: (value: T) => void;
}

/** Radio buttons in a fieldset whose legend names them. */
export function RadioGroup<T extends string>({ options, compact, name, value, onChange, ...frame }: RadioGroupProps<T>) {
  return (
    <ChoiceFieldset {...frame}>
      <ul className={`checkbox-list${compact ? ' checkbox-list--inline' : ''}`}>
        {options.map((option, index) => (
          <ChoiceItem
            key={option.value}
            type="radio"
            groupId={frame.id}
            index={index}
            name={name}
            option={option}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
        ))}
      </ul>
    </ChoiceFieldset>
  );
}
