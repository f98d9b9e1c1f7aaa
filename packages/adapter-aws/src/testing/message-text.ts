import { MalformedInputError } from '@faasport/core';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a message body for a service that carries text only (SQS, SNS): a string as is, bytes
 * as UTF-8; bytes that are not UTF-8 are refused (base64-encode binary payloads yourself, as on AWS).
 *
 * @example
 * messageText({ id: '1', body: new Uint8Array([104, 105]) }, 'SQS') // 'hi'
 */
export function messageText(
  message: { readonly id: string; readonly body: string | Uint8Array },
  service: string,
): string {
  if (typeof message.body === 'string') return message.body;
  try {
    return strictUtf8.decode(message.body);
  } catch (cause) {
    throw new MalformedInputError(
      `${service} carries text only: message ${message.id}'s body is not UTF-8; base64-encode it`,
      { cause },
    );
  }
}
