import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod/mini';
import { serverErrors } from '../../app/apollo';

export interface FieldSpec<Values> {
  name: Path<Values>;
  label: string;
  type?: 'text' | 'email' | 'password' | 'number' | 'datetime-local' | 'textarea' | 'select' | 'checkbox';
  autoComplete?: string;
  placeholder?: string;
  hint?: ReactNode;
  options?: Array<{ value: string; label: string }>;
  autoFocus?: boolean;
}

export interface SchemaFormProps<Schema extends z.ZodMiniType<FieldValues, FieldValues>> {
  schema: Schema;
  fields: Array<FieldSpec<z.input<Schema>>>;
  defaultValues?: DefaultValues<z.input<Schema>>;
  submitLabel: string;
  /** Shown on the button while the request runs. */
  pendingLabel?: string;
  /** Throw the Apollo error as is: its `extensions.field` puts the message beside the right field. */
  onSubmit: (values: z.output<Schema>) => Promise<void>;
  footer?: ReactNode;
  /** Clear the fields after a successful submit (for forms that stay on the page). */
  resetOnSuccess?: boolean;
  success?: ReactNode;
  /** Renders below the fields from the current values, e.g. a preview of what they produce. */
  preview?: (values: z.input<Schema>) => ReactNode;
  /** Lays the fields out in a row (short forms inside lists). */
  compact?: boolean;
  /** Maps an API error's field (`options.headers.0.value`) to the form field that shows it. */
  fieldOf?: (apiField: string) => string;
}

/**
 * The one form builder of the panel: react-hook-form with a zod schema for what can
 * be checked in the browser, and the API's errors shown on the field they concern.
 */
export function SchemaForm<Schema extends z.ZodMiniType<FieldValues, FieldValues>>(props: SchemaFormProps<Schema>) {
  const { t } = useTranslation();
  type Values = z.input<Schema>;
  const form = useForm<Values, unknown, z.output<Schema>>({
    resolver: zodResolver(props.schema as never) as unknown as Resolver<Values, unknown, z.output<Schema>>,
    defaultValues: props.defaultValues,
    mode: 'onTouched',
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [succeeded, setSucceeded] = useState(false);
  const names = props.fields.map((f) => f.name as string);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSucceeded(false);
    try {
      await props.onSubmit(values);
      setSucceeded(true);
      if (props.resetOnSuccess) form.reset();
    } catch (error) {
      const unplaced: string[] = [];
      for (const problem of serverErrors(error)) {
        // `aliases.3` belongs to the `aliases` field when the form shows them together.
        const mapped = problem.field && props.fieldOf ? props.fieldOf(problem.field) : undefined;
        const field = [mapped, problem.field, problem.field?.split('.')[0]].find((f) => f && names.includes(f));
        if (field)
          form.setError(field as Path<Values>, { type: 'server', message: problem.message }, { shouldFocus: true });
        // The API already answered in the reader's language.
        else unplaced.push(problem.message);
      }
      setFormError(unplaced.length ? unplaced.join(' ') : null);
    }
  });

  return (
    <form className={props.compact ? 'form compact' : 'form'} onSubmit={submit} noValidate>
      {formError && (
        <div className="error-box" role="alert">
          {formError}
        </div>
      )}
      {succeeded && props.success && (
        <div className="success-box" role="status">
          {props.success}
        </div>
      )}
      {props.fields.map((field) => {
        const id = `field-${String(field.name)}`;
        const error = form.formState.errors[field.name as keyof typeof form.formState.errors];
        const message = typeof error?.message === 'string' ? error.message : undefined;
        const describedBy =
          [message ? `${id}-error` : '', field.hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
        const common = {
          id,
          'aria-invalid': message ? true : undefined,
          'aria-describedby': describedBy,
          autoComplete: field.autoComplete,
          placeholder: field.placeholder,
          autoFocus: field.autoFocus,
          ...form.register(field.name),
        };
        const notes = (
          <>
            {field.hint && (
              <p className="hint" id={`${id}-hint`}>
                {field.hint}
              </p>
            )}
            {message && (
              <p className="field-error" id={`${id}-error`}>
                {t(message)}
              </p>
            )}
          </>
        );
        if (field.type === 'checkbox') {
          return (
            <div className={`field checkbox-field${message ? ' has-error' : ''}`} key={String(field.name)}>
              <label className="checkbox" htmlFor={id}>
                <input type="checkbox" {...common} />
                {field.label}
              </label>
              {notes}
            </div>
          );
        }
        return (
          <div className={`field${message ? ' has-error' : ''}`} key={String(field.name)}>
            <label htmlFor={id}>{field.label}</label>
            {field.type === 'textarea' ? (
              <textarea rows={4} {...common} />
            ) : field.type === 'select' ? (
              <select {...common}>
                {field.options?.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input type={field.type ?? 'text'} {...common} />
            )}
            {notes}
          </div>
        );
      })}
      {props.preview?.(form.watch())}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? (props.pendingLabel ?? t('Please wait…')) : props.submitLabel}
        </button>
        {props.footer}
      </div>
    </form>
  );
}
