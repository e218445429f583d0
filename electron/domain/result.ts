/** Errors are values: a stable code plus optional parameters for the message. */
export type DomainError<C extends string = string> = {
  readonly code: C;
  readonly params?: Readonly<Record<string, string | number>>;
};

export type Result<T, C extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: DomainError<C> };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const err = <C extends string>(
  code: C,
  params?: Record<string, string | number>,
): { ok: false; error: DomainError<C> } => ({ ok: false, error: params ? { code, params } : { code } });
