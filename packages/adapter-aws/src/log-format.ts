import type { LineFormat, LogLevel } from '@faasport/core/adapter';

const LEVEL: Readonly<Record<LogLevel, string>> = { debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR' };

/**
 * Lambda's JSON log format: `timestamp`, `level` (upper case), `requestId`, `message`, as CloudWatch indexes it.
 * https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-advanced.html
 *
 * @example
 * createLogger({ format: lambdaLogFormat, invocationId: context.awsRequestId })
 */
export const lambdaLogFormat: LineFormat = (level, message, time, options) => ({
  timestamp: time,
  level: LEVEL[level],
  requestId: options.invocationId,
  message,
});
