import type { DefinitionKind } from '@faasport/core';

/** A provider-native payload, recognised: which platform sends it, what it is, which kinds take it. */
export interface NativeEvent {
  readonly provider: 'aws' | 'gcp' | 'azure';
  /** A short name of the shape, e.g. `sqs`, `cloudevent-binary`, `queueTrigger`. */
  readonly shape: string;
  /** For messages: what it is, e.g. `an SQS batch`. */
  readonly description: string;
  /** Definition kinds this provider's adapter delivers it to. */
  readonly kinds: readonly DefinitionKind[];
  /** GCP: the CloudEvent type it is (or becomes in the Functions Framework). */
  readonly type?: string;
  /** The JSON as posted. */
  readonly payload: unknown;
}

/**
 * The text for a definition that cannot take a native event, naming both sides.
 *
 * @example
 * refusalText('orders', 'queue', native) // "orders is a 'queue' definition; a Kinesis batch (aws) goes to stream definitions"
 */
export function refusalText(name: string, kind: DefinitionKind, native: NativeEvent): string {
  return (
    `${name} is a '${kind}' definition; ${native.description} (${native.provider}) goes to ` +
    `${native.kinds.map((k) => `'${k}'`).join(' or ')} definitions`
  );
}
