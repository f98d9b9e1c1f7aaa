import { type ContextHandle, createContext, createLogger } from '@faasport/core/adapter';

/** What the local provider knows of one invocation. */
export interface LocalInvocation<Raw> {
  readonly functionName: string;
  readonly invocationId: string;
  readonly coldStart: boolean;
  readonly raw: Raw;
  /** The definition's `timeoutSeconds`: gives `ctx.deadline` and an aborting `ctx.signal`. */
  readonly timeoutSeconds?: number;
}

/**
 * The context of a local invocation: provider `local`, JSON log lines on stdout with the invocation id.
 *
 * @example
 * const ctx = createLocalContext({ functionName: 'api', invocationId: id, coldStart: true, raw: request })
 */
export function createLocalContext<Raw>(init: LocalInvocation<Raw>): ContextHandle<Raw> {
  const { functionName, invocationId } = init;
  return createContext<Raw>({
    provider: 'local',
    functionName,
    invocationId,
    coldStart: init.coldStart,
    log: createLogger({ format: 'json', invocationId, functionName }),
    raw: init.raw,
    ...(init.timeoutSeconds === undefined ? {} : { deadline: Date.now() + init.timeoutSeconds * 1000 }),
  });
}
