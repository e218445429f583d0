import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/**
 * Shows a failed call on the form: per-field issues go to their fields, codes that concern one
 * field go there too; anything else is returned for a banner. Typed values are never cleared.
 */
export function showErrorOnForm(form: FormInstance, e: unknown, fieldByCode: Readonly<Record<string, string>> = {}): string | null {
  if (!(e instanceof ApiError)) return '操作失败，请重试。';
  if (e.issues.length > 0) {
    const fields = e.issues.filter((i) => i.path !== '').map((i) => ({ name: i.path.split('.'), errors: [i.message] }));
    if (fields.length > 0) {
      form.setFields(fields);
      return null;
    }
  }
  const field = fieldByCode[e.code] ?? (e.code.startsWith('ID_NUMBER_') ? fieldByCode['ID_NUMBER'] : undefined);
  if (field) {
    form.setFields([{ name: field, errors: [e.message] }]);
    return null;
  }
  return e.message;
}
