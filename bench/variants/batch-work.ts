// The work every batch variant does per record, kept observable so nothing is optimised away.

export interface Order {
  orderId: number;
  qty: number;
}

export interface LogLine {
  level: string;
  ms: number;
}

export const consumed = { total: 0 };

export function handleOrder(order: Order): void {
  consumed.total += order.qty;
}

export function handleLog(line: LogLine): void {
  if (line.level === 'error') consumed.total += line.ms;
}

/** The base64 `data` of a Kinesis record, parsed as JSON. */
export function parseKinesisData(data: string): LogLine {
  return JSON.parse(Buffer.from(data, 'base64').toString('utf8')) as LogLine;
}

/** The Lambda event shapes the batch variants read. */
export interface SqsEvent {
  Records: { messageId: string; body: string }[];
}

export interface KinesisEvent {
  Records: { kinesis: { data: string; sequenceNumber: string } }[];
}
