import { useCallback, useMemo, useState, type FormEvent } from 'react';
import type { ErrorSummaryItem } from './error-summary';

export type Validator<V, K extends keyof V> = (value: V[K], values: V) => string | undefined;
export type Validators<V> = { [K in keyof V]?: Validator<V, K> };

export interface ServerError<V> {
  field?: keyof V;
  message: string;
}

export interface FormOptions<V> {
  initialValues: V;
  /** Values to start from instead, e.g. a restored draft: the form starts dirty. */
  startValues?: V;
  validators: Validators<V>;
  /** The control an error summary link moves to, when it is not the field's name. */
  fieldIds?: Partial<Record<keyof V, string>>;
}

/**
 * Form state with GOV.UK validation: a field's error shows once it has been
 * left (or the form submitted) and then updates as the user types; the error
 * summary lists every shown error, field errors first, then the server's.
 */
export function useForm<V extends object>({ initialValues, startValues, validators, fieldIds }: FormOptions<V>) {
  const [values, setValues] = useState<V>(startValues ?? initialValues);
  const [baseline, setBaseline] = useState<V>(initialValues);
  const [touched, setTouched] = useState<Partial<Record<keyof V, boolean>>>({});
  const [submitCount, setSubmitCount] = useState(0);
  const [serverErrors, setServerErrors] = useState<ServerError<V>[]>([]);

  const allErrors = useMemo(() => {
    const out: Partial<Record<keyof V, string>> = {};
    for (const key of Object.keys(validators) as (keyof V)[]) {
      const validate = validators[key] as Validator<V, typeof key> | undefined;
      const message = validate?.(values[key], values);
      if (message) out[key] = message;
    }
    return out;
  }, [validators, values]);

  const errors = useMemo(() => {
    const shown: Partial<Record<keyof V, string>> = {};
    for (const key of Object.keys(allErrors) as (keyof V)[]) {
      if (submitCount > 0 || touched[key]) shown[key] = allErrors[key];
    }
    for (const e of serverErrors) if (e.field && !shown[e.field]) shown[e.field] = e.message;
    return shown;
  }, [allErrors, submitCount, touched, serverErrors]);

  const idOf = useCallback((key: keyof V) => fieldIds?.[key] ?? String(key), [fieldIds]);

  const summary: ErrorSummaryItem[] = useMemo(
    () => [
      ...(Object.keys(errors) as (keyof V)[]).map((key) => ({ message: errors[key]!, fieldId: idOf(key) })),
      ...serverErrors.filter((e) => !e.field).map((e) => ({ message: e.message })),
    ],
    [errors, serverErrors, idOf],
  );

  const setValue = useCallback(<K extends keyof V>(key: K, value: V[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    setServerErrors((prev) => prev.filter((e) => e.field !== key));
  }, []);

  const touch = useCallback((key: keyof V) => setTouched((prev) => (prev[key] ? prev : { ...prev, [key]: true })), []);

  /** Every field's props for the ui components: value, change, blur, error. */
  const field = <K extends keyof V>(key: K) => ({
    id: idOf(key),
    value: values[key],
    onChange: (value: V[K]) => setValue(key, value),
    onBlur: () => touch(key),
    error: errors[key],
  });

  const handleSubmit = (onValid: (values: V) => void | Promise<void>) => (event?: FormEvent) => {
    event?.preventDefault();
    setSubmitCount((n) => n + 1);
    setServerErrors([]);
    if (Object.keys(allErrors).length > 0) return;
    return onValid(values);
  };

  const dirty = useMemo(() => JSON.stringify(values) !== JSON.stringify(baseline), [values, baseline]);

  /** New starting values (after loading or saving): the form is clean again. */
  const reset = useCallback((next: V, keepValues?: V) => {
    setBaseline(next);
    setValues(keepValues ?? next);
    setTouched({});
    setSubmitCount(0);
    setServerErrors([]);
  }, []);

  return { values, setValues, setValue, field, errors, summary, submitCount, handleSubmit, setServerErrors, dirty, reset };
}
