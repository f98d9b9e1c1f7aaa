import { FaasportError } from '@faasport/core';

/**
 * `faasport build` cannot produce the artifact: a definition the target cannot host, a schedule the
 * platform cannot express, a bundle that does not compile. The message names the function and why.
 *
 * @example
 * throw new BuildError("cannot build 'nightly' for azure: …")
 */
export class BuildError extends FaasportError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('BUILD_FAILED', message, options);
  }
}

/**
 * `faasport.config.json` is unreadable or says something the build cannot use; the message names the
 * file and the key.
 *
 * @example
 * throw new BuildConfigError('/app/faasport.config.json', 'functions.orders.aws.batchSize must be a number')
 */
export class BuildConfigError extends FaasportError {
  readonly file: string;
  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super('BUILD_CONFIG_INVALID', `${file}: ${message}`, options);
    this.file = file;
  }
}
