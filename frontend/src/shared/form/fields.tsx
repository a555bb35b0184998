import type { ReactNode } from 'react';

function cx(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

/** Label, hint, error and control of one field, with the NL Design System form-field classes. */
export function Field({
  id,
  label,
  hint,
  error,
  required,
  optionalText,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  optionalText?: string;
  children: ReactNode;
}) {
  return (
    <div className={cx('utrecht-form-field', 'hub-field', error && 'utrecht-form-field--invalid')}>
      <div className="utrecht-form-field__label">
        <label htmlFor={id} className="utrecht-form-label">
          {label}
          {required ? <span aria-hidden="true"> *</span> : optionalText ? <span className="hub-optional"> {optionalText}</span> : null}
        </label>
      </div>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

/** The hint and error of a field or group, with the ids that aria-describedby points at. */
function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="utrecht-form-field-description">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="utrecht-form-field-error-message">
          {error}
        </p>
      )}
    </>
  );
}

/** Props that tie a control to its hint and error. */
export function controlProps(id: string, opts: { hint?: boolean; error?: string; required?: boolean }) {
  return {
    id,
    'aria-describedby': describedBy(opts.hint && `${id}-hint`, opts.error && `${id}-error`),
    'aria-invalid': opts.error ? (true as const) : undefined,
    'aria-required': opts.required ? (true as const) : undefined,
  };
}

/** A group of checkboxes or radio buttons in a fieldset with legend, hint and error. */
export function ChoiceGroup({
  id,
  legend,
  hint,
  error,
  required,
  children,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <fieldset
      className={cx('utrecht-form-fieldset', 'utrecht-form-fieldset--html-fieldset', 'hub-field', error && 'hub-fieldset--invalid')}
      aria-describedby={describedBy(hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined)}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="hub-choices">{children}</div>
    </fieldset>
  );
}

export function Choice({
  id,
  type,
  label,
  checked,
  onChange,
  name,
  invalid,
}: {
  id: string;
  type: 'checkbox' | 'radio';
  label: ReactNode;
  checked: boolean;
  onChange: () => void;
  name?: string;
  invalid?: boolean;
}) {
  return (
    <div className="hub-choice">
      <input
        id={id}
        type={type}
        name={name}
        className={
          type === 'checkbox'
            ? 'utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom'
            : 'utrecht-radio-button utrecht-radio-button--html-input'
        }
        checked={checked}
        onChange={onChange}
        aria-invalid={invalid ? true : undefined}
      />
      <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox hub-choice__label">
        {label}
      </label>
    </div>
  );
}

/** The API's field errors as one message per field (the first), with the field named by `fieldOf` (default: as sent). */
export function firstErrorPerField<K extends string>(errors: readonly { field: string; message: string }[],
  fieldOf: (field: string) => K = (field) => field as K): Partial<Record<K, string>> {
  const byField: Partial<Record<K, string>> = {};
  for (const e of errors) byField[fieldOf(e.field)] ??= e.message;
  return byField;
}
