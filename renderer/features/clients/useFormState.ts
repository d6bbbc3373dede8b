import { useState } from 'react';
import { errorMessage, fieldErrors } from '../../components/errors';

/** Field messages and a form-wide message from a failed call; a changed field drops its message. */
export function useFormErrors() {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [form, setForm] = useState<string | null>(null);
  return {
    fields,
    form,
    set(local: Record<string, string>) {
      setFields(local);
      setForm(null);
      return Object.keys(local).length === 0;
    },
    fromError(e: unknown) {
      const f = fieldErrors(e);
      setFields(f);
      setForm(Object.keys(f).length ? null : errorMessage(e));
    },
    /** A field's name with its message: `<TextField {...errors.props('date')} … />`. */
    props(name: string) {
      return { name, error: !!fields[name], helperText: fields[name] };
    },
    clear(...keys: string[]) {
      if (keys.some((k) => k in fields)) setFields((f) => Object.fromEntries(Object.entries(f).filter(([k]) => !keys.includes(k))));
    },
    reset() {
      setFields({});
      setForm(null);
    },
  };
}
