import dayjs from 'dayjs';

/** 2026-11-23 14:05 in the desk's local time. */
export const formatInstant = (iso: string | null | undefined): string => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

/** 身份证号 masked in lists (371502********001X); shown in full only in the detail view. */
export const maskIdNumber = (id: string): string => (id.length === 18 ? `${id.slice(0, 6)}********${id.slice(14)}` : id);
