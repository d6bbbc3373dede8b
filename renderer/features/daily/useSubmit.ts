import { useState } from 'react';
import { isApiError } from '../../api/client';
import { errorMessage, fieldErrors } from '../../components/errors';

/** A dialog's save: busy while it runs, per-field messages, and one sentence for anything else. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const submit = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setErrors({});
    setError(null);
    try {
      await fn();
    } catch (e) {
      const f = fieldErrors(e);
      setErrors(f);
      if (!isApiError(e) || e.code !== 'validation' || !Object.keys(f).length) setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, errors, error, submit };
}
