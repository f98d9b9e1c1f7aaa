/**
 * A CloudEvents 1.0 event (https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/spec.md),
 * the common shape every normalized event converts to.
 */
export interface CloudEvent<T = unknown> {
  readonly specversion: '1.0';
  readonly id: string;
  readonly source: string;
  readonly type: string;
  readonly time?: string;
  readonly subject?: string;
  readonly datacontenttype?: string;
  readonly dataschema?: string;
  readonly data?: T;
  /** Extension attributes (lower-case alphanumeric names). */
  readonly [extension: string]: unknown;
}

/** What every normalized event has: the provider's own object and a CloudEvent view. */
export interface Normalized<Raw = unknown> {
  /** The provider's own event object, untouched. */
  readonly raw: Raw;
  toCloudEvent(): CloudEvent;
}

const REQUIRED = ['id', 'source', 'type'] as const;

/**
 * Whether a value has the required CloudEvents 1.0 context attributes.
 *
 * @example
 * if (isCloudEvent(body)) handle(body)
 */
export function isCloudEvent(value: unknown): value is CloudEvent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.specversion === '1.0' && REQUIRED.every((k) => typeof v[k] === 'string' && v[k] !== '');
}
