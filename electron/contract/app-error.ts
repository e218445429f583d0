import type { DomainError } from '../domain/result';
import { isErrorCode, type ErrorCode } from './errors';

type Params = Record<string, string | number>;

/** An expected failure with a stable code; thrown inside services to abort a transaction, mapped to an envelope by rpc. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Params = {},
  ) {
    super(code);
    this.name = 'AppError';
  }

  static from(e: DomainError): AppError {
    return new AppError(isErrorCode(e.code) ? e.code : 'INTERNAL', { ...e.params });
  }
}
