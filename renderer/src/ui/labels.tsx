import { createContext, useContext } from 'react';
import type { LabelsDto } from '../../../electron/contract';

/** The desk's Chinese vocabulary, loaded once from `meta.labels` (the backend holds the one copy). */
export const LabelsContext = createContext<LabelsDto | null>(null);

export function useLabels(): LabelsDto {
  const labels = useContext(LabelsContext);
  if (!labels) throw new Error('LabelsContext missing');
  return labels;
}

/** A label, or the raw value when the vocabulary has no word for it. */
export const label = (map: Readonly<Record<string, string>>, key: string | null | undefined): string =>
  key == null ? '—' : (map[key] ?? key);
