import type { ChangeEvent, FocusEvent, ReactNode } from 'react';
import { cx } from './link';

interface FieldBase {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Render the label or legend as the page's h1 (one question per page). */
  isPageHeading?: boolean;
  onBlur?: () => void;
}

const describedBy = (id: string, hint: unknown, error: unknown, extra?: string) =>
  cx(extra, hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined) || undefined;

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <div id={`${id}-hint`} className="govuk-hint">
      {hint}
    </div>
  ) : null;
}

export function ErrorMessage({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  ) : null;
}

function Label({ id, label, isPageHeading }: Pick<FieldBase, 'id' | 'label' | 'isPageHeading'>) {
  const el = (
    <label className={cx('govuk-label', isPageHeading && 'govuk-label--l')} htmlFor={id}>
      {label}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{el}</h1> : el;
}

/** A question with one control: label, hint, error message and the control, GOV.UK's form group. */
function FormGroup({ id, label, hint, error, isPageHeading, children }: FieldBase & { children: ReactNode }) {
  return (
    <div className={cx('govuk-form-group', error && 'govuk-form-group--error')}>
      <Label id={id} label={label} isPageHeading={isPageHeading} />
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      {children}
    </div>
  );
}

/** A question whose controls share a fieldset and legend: dates, radios, checkboxes. */
function Fieldset({ id, label, hint, error, isPageHeading, children, role }: FieldBase & { children: ReactNode; role?: string }) {
  return (
    <div className={cx('govuk-form-group', error && 'govuk-form-group--error')}>
      <fieldset className="govuk-fieldset" role={role} aria-describedby={describedBy(id, hint, error)}>
        <legend className={cx('govuk-fieldset__legend', isPageHeading ? 'govuk-fieldset__legend--l' : 'govuk-fieldset__legend--s')}>
          {isPageHeading ? <h1 className="govuk-fieldset__heading">{label}</h1> : label}
        </legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage id={id} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

export interface TextInputProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'tel' | 'search';
  autoComplete?: string;
  spellCheck?: boolean;
  /** GOV.UK width class suffix: 'full', 'three-quarters', '20', '10'... */
  width?: string;
  inputMode?: 'text' | 'numeric';
  name?: string;
}

export function TextInput({ value, onChange, type = 'text', autoComplete, spellCheck, width, inputMode, name, ...field }: TextInputProps) {
  return (
    <FormGroup {...field}>
      <input
        className={cx('govuk-input', width && (/^\d+$/.test(width) ? `govuk-input--width-${width}` : `govuk-!-width-${width}`), field.error && 'govuk-input--error')}
        id={field.id}
        name={name ?? field.id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        inputMode={inputMode}
        aria-describedby={describedBy(field.id, field.hint, field.error)}
        aria-invalid={field.error ? true : undefined}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        onBlur={field.onBlur}
      />
    </FormGroup>
  );
}

export interface TextareaProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}

export function Textarea({ value, onChange, rows = 5, ...field }: TextareaProps) {
  return (
    <FormGroup {...field}>
      <textarea
        className={cx('govuk-textarea', field.error && 'govuk-textarea--error')}
        id={field.id}
        name={field.id}
        rows={rows}
        value={value}
        aria-describedby={describedBy(field.id, field.hint, field.error)}
        aria-invalid={field.error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={field.onBlur}
      />
    </FormGroup>
  );
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export interface SelectProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  options: Option[];
}

export function Select({ value, onChange, options, ...field }: SelectProps) {
  return (
    <FormGroup {...field}>
      <select
        className={cx('govuk-select', field.error && 'govuk-select--error')}
        id={field.id}
        name={field.id}
        value={value}
        aria-describedby={describedBy(field.id, field.hint, field.error)}
        onChange={(e) => onChange(e.target.value)}
        onBlur={field.onBlur}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}

/** The first control gets the question's id, so an error summary link lands on it (GOV.UK's convention). */
const itemId = (id: string, index: number) => (index === 0 ? id : `${id}-${index + 1}`);

function Choices({
  kind,
  options,
  isChecked,
  onToggle,
  small,
  inline,
  ...field
}: FieldBase & {
  kind: 'radios' | 'checkboxes';
  options: Option[];
  isChecked: (value: string) => boolean;
  onToggle: (value: string, checked: boolean) => void;
  small?: boolean;
  inline?: boolean;
}) {
  return (
    <Fieldset {...field}>
      <div className={cx(`govuk-${kind}`, small && `govuk-${kind}--small`, inline && `govuk-${kind}--inline`)} data-module={`govuk-${kind}`}>
        {options.map((o, i) => {
          const id = itemId(field.id, i);
          return (
            <div key={o.value} className={`govuk-${kind}__item`}>
              <input
                className={`govuk-${kind}__input`}
                id={id}
                name={field.id}
                type={kind === 'radios' ? 'radio' : 'checkbox'}
                value={o.value}
                checked={isChecked(o.value)}
                aria-describedby={o.hint ? `${id}-item-hint` : undefined}
                onChange={(e: ChangeEvent<HTMLInputElement>) => onToggle(o.value, e.target.checked)}
                onBlur={(e: FocusEvent<HTMLInputElement>) => {
                  if (!e.currentTarget.closest('fieldset')?.contains(e.relatedTarget as Node | null)) field.onBlur?.();
                }}
              />
              <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
                {o.label}
              </label>
              {o.hint && (
                <div id={`${id}-item-hint`} className={`govuk-hint govuk-${kind}__hint`}>
                  {o.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

export interface RadiosProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  small?: boolean;
  inline?: boolean;
}

export function Radios({ value, onChange, ...rest }: RadiosProps) {
  return <Choices kind="radios" isChecked={(v) => v === value} onToggle={(v) => onChange(v)} {...rest} />;
}

export interface CheckboxesProps extends FieldBase {
  value: string[];
  onChange: (value: string[]) => void;
  options: Option[];
  small?: boolean;
}

export function Checkboxes({ value, onChange, ...rest }: CheckboxesProps) {
  return (
    <Choices
      kind="checkboxes"
      isChecked={(v) => value.includes(v)}
      onToggle={(v, checked) => onChange(checked ? [...value, v] : value.filter((x) => x !== v))}
      {...rest}
    />
  );
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** "2014-03-02" to its three boxes; anything else to empty boxes. */
export function dateParts(iso: string | null | undefined): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] } : EMPTY_DATE;
}

/** The three boxes as "YYYY-MM-DD", or null when they are not a real date. */
export function isoDate(parts: DateParts): string | null {
  const [d, m, y] = [parts.day, parts.month, parts.year].map((s) => s.trim());
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export const isDateEmpty = (parts: DateParts) => !parts.day.trim() && !parts.month.trim() && !parts.year.trim();

export interface DateInputProps extends FieldBase {
  value: DateParts;
  onChange: (value: DateParts) => void;
}

export function DateInput({ value, onChange, ...field }: DateInputProps) {
  const boxes: { part: keyof DateParts; label: string; width: string }[] = [
    { part: 'day', label: 'Day', width: '2' },
    { part: 'month', label: 'Month', width: '2' },
    { part: 'year', label: 'Year', width: '4' },
  ];
  return (
    <Fieldset {...field} role="group">
      <div className="govuk-date-input" id={`${field.id}-date`}>
        {boxes.map(({ part, label, width }) => {
          const id = part === 'day' ? field.id : `${field.id}-${part}`;
          return (
            <div key={part} className="govuk-date-input__item">
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={id}>
                  {label}
                </label>
                <input
                  className={cx('govuk-input govuk-date-input__input', `govuk-input--width-${width}`, field.error && 'govuk-input--error')}
                  id={id}
                  name={`${field.id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  value={value[part]}
                  onChange={(e) => onChange({ ...value, [part]: e.target.value })}
                  onBlur={(e) => {
                    if (!e.currentTarget.closest('fieldset')?.contains(e.relatedTarget as Node | null)) field.onBlur?.();
                  }}
                />
              </div>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
