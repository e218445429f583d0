import type { FormInstance } from 'antd';
import { useState } from 'react';
import { showErrorOnForm } from './form-errors';

/**
 * Submitting a form over the contract: clears the banner, runs the call, and on failure puts the
 * errors on their fields (or in the banner) without clearing anything typed.
 */
export function useFormSubmit<V, R>(
  form: FormInstance,
  run: (values: V) => Promise<R>,
  onDone: (result: R) => void,
  fieldByCode: Readonly<Record<string, string>> = {},
) {
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async (values: V) => {
    setBanner(null);
    try {
      onDone(await run(values));
    } catch (e) {
      setBanner(showErrorOnForm(form, e, fieldByCode));
    }
  };
  return { banner, onFinish: (values: V) => void submit(values) };
}
