import { FaasportError } from '@faasport/core';

/**
 * A command was called wrongly (unknown command, missing argument, bad flag value).
 *
 * @example
 * throw new UsageError('faasport build needs --target aws|gcp|azure')
 */
export class UsageError extends FaasportError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('USAGE', message, options);
  }
}
