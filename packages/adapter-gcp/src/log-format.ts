import type { LineFormat, LogLevel } from '@faasport/core/adapter';

const SEVERITY: Readonly<Record<LogLevel, string>> = { debug: 'DEBUG', info: 'INFO', warn: 'WARNING', error: 'ERROR' };

/**
 * Cloud Logging's structured JSON: `severity`, `message`, the execution id as a label, and the trace linked through
 * `logging.googleapis.com/trace` when the project is known (`GOOGLE_CLOUD_PROJECT`).
 * https://cloud.google.com/logging/docs/structured-logging#special-payload-fields
 *
 * @example
 * createLogger({ format: cloudLoggingFormat, invocationId: req.executionId, trace })
 */
export const cloudLoggingFormat: LineFormat = (level, message, time, options) => {
  const record: Record<string, unknown> = {
    severity: SEVERITY[level],
    message,
    time,
    invocationId: options.invocationId,
    'logging.googleapis.com/labels': { execution_id: options.invocationId },
  };
  const trace = options.trace;
  const project = trace && process.env.GOOGLE_CLOUD_PROJECT;
  if (trace && project) {
    record['logging.googleapis.com/trace'] = `projects/${project}/traces/${trace.traceId}`;
    record['logging.googleapis.com/spanId'] = trace.spanId;
    record['logging.googleapis.com/trace_sampled'] = trace.sampled;
  }
  return record;
};
