import type { CloudEvent, Normalized } from './cloud-event.js';
import { MalformedInputError } from './errors.js';
import { type Schema, validate } from './schema.js';

/** One queue or topic message, the same on every provider. */
export interface Message<T = unknown, Raw = unknown> extends Normalized<Raw> {
  readonly id: string;
  /** The payload bytes, exactly as delivered (base64 already decoded). */
  readonly body: Uint8Array;
  /** The payload as UTF-8 text. */
  text(): string;
  /** The payload parsed as JSON; throws `MalformedInputError` when it is not JSON. */
  json<U = T>(): U;
  /** Validated by the schema when one was given; otherwise parsed JSON, or the text when it is not JSON. */
  readonly data: T;
  /** String attributes: SQS message attributes, SNS message attributes, Pub/Sub attributes, Service Bus properties. */
  readonly attributes: Readonly<Record<string, string>>;
  /** How many times this message was delivered, this one included (1 on first delivery). */
  readonly deliveryCount: number;
  readonly publishedAt: Date;
  /** Where it came from: the queue ARN, topic ARN, Pub/Sub subscription or topic, Azure queue or topic name. */
  readonly source: string;
  /** FIFO message group, Pub/Sub ordering key or Service Bus session, when the platform has one. */
  readonly groupId?: string;
}

/** What an adapter knows about a message: its bytes, or its text where the platform delivers text. */
export interface MessageInit<Raw = unknown> {
  readonly id: string;
  /** The payload bytes; may be left out when `text` is given (then they are its UTF-8, encoded on first read). */
  readonly body?: Uint8Array;
  /** The body as text when the platform delivered text (SQS, SNS): `text()` and `body` then cost nothing until used. */
  readonly text?: string;
  readonly attributes: Record<string, string>;
  readonly deliveryCount: number;
  readonly publishedAt: Date;
  readonly source: string;
  readonly groupId?: string;
  /** The CloudEvents `type` of this message's origin, e.g. `google.cloud.pubsub.topic.v1.messagePublished`. */
  readonly type: string;
  readonly raw: Raw;
}

const decoder = new TextDecoder('utf-8', { fatal: false });
const NO_DATA = Symbol('no data');

class MessageImpl<T, Raw> implements Message<T, Raw> {
  readonly id: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly deliveryCount: number;
  readonly publishedAt: Date;
  readonly source: string;
  readonly groupId?: string;
  readonly raw: Raw;
  readonly #type: string;
  #text: string | undefined;
  #body: Uint8Array | undefined;
  #data: T | typeof NO_DATA = NO_DATA;

  constructor(init: MessageInit<Raw>) {
    this.id = init.id;
    this.#body = init.body;
    this.attributes = init.attributes;
    this.deliveryCount = init.deliveryCount;
    this.publishedAt = init.publishedAt;
    this.source = init.source;
    if (init.groupId !== undefined) this.groupId = init.groupId;
    this.raw = init.raw;
    this.#type = init.type;
    this.#text = init.text;
  }

  // Encoded on first read: most handlers only read text() or data, and bytes per message cost.
  get body(): Uint8Array {
    this.#body ??= Buffer.from(this.#text ?? '', 'utf8');
    return this.#body;
  }

  text(): string {
    this.#text ??= decoder.decode(this.body);
    return this.#text;
  }

  json<U = T>(): U {
    try {
      return JSON.parse(this.text()) as U;
    } catch (cause) {
      throw new MalformedInputError(`message ${this.id}: body is not valid JSON`, { cause });
    }
  }

  get data(): T {
    if (this.#data === NO_DATA) {
      try {
        this.#data = JSON.parse(this.text()) as T;
      } catch {
        this.#data = this.text() as T;
      }
    }
    return this.#data;
  }

  setData(value: T): void {
    this.#data = value;
  }

  toCloudEvent(): CloudEvent {
    return {
      specversion: '1.0',
      id: this.id,
      source: this.source,
      type: this.#type,
      time: this.publishedAt.toISOString(),
      datacontenttype: 'application/octet-stream',
      data_base64: Buffer.from(this.body).toString('base64'),
    };
  }
}

/**
 * Builds a `Message`; with a schema, parses the body as JSON and validates it first (a body that is
 * not JSON is a `MalformedInputError`, a mismatch a `ValidationError`: both fail the message).
 *
 * @example
 * const msg = await createMessage({ id, body, attributes: {}, deliveryCount: 1, publishedAt, source, type, raw }, Order)
 */
export async function createMessage<T, Raw>(init: MessageInit<Raw>, schema?: Schema<T>): Promise<Message<T, Raw>> {
  const msg = new MessageImpl<T, Raw>(init);
  if (schema) msg.setData(await validate(schema, msg.json(), `message ${init.id}`));
  return msg;
}
