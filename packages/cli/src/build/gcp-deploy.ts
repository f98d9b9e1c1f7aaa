import { toCloudSchedulerCron } from '@faasport/adapter-gcp';
import { toEnvName, toKebabName } from './names.js';
import type { PlannedFunction } from './plan.js';
import { shellQuote } from './shell.js';

/** The deploy commands of one function, and the variables they read. */
export interface GcpDeployCommands {
  /** `: "${VAR:=default}"` or `: "${VAR:?message}"` lines. */
  readonly variables: readonly string[];
  readonly commands: readonly string[];
}

const STORAGE_EVENT = 'google.cloud.storage.object.v1.';
const FIRESTORE_WRITTEN = 'google.cloud.firestore.document.v1.written';

/**
 * The `gcloud functions deploy` command of one definition (gen2, nodejs22, entry point = export
 * name) with its trigger: `--trigger-http`, `--trigger-topic` (queue, topic, schedule) or
 * `--trigger-event-filters` (Cloud Storage, Firestore, any Eventarc event); a schedule also gets
 * its Cloud Scheduler job publishing to the topic. Names the user must give are shell variables.
 * https://cloud.google.com/sdk/gcloud/reference/functions/deploy
 *
 * @example
 * gcpDeployCommands({ name: 'orders', definition: orders, config: {} }).commands[0]
 * // gcloud functions deploy orders --gen2 … --trigger-topic="$ORDERS_TOPIC"
 */
export function gcpDeployCommands(fn: PlannedFunction): GcpDeployCommands {
  const gcp = fn.config.gcp ?? {};
  const env = toEnvName(fn.name);
  const kebab = toKebabName(fn.name);
  const variables: string[] = [];
  const defaulted = (name: string, value: string) => {
    variables.push(`: "\${${name}:=${value.replaceAll('"', '\\"')}}"`);
    return `"$${name}"`;
  };
  const required = (name: string, what: string) => {
    variables.push(`: "\${${name}:?set ${name} to ${what}}"`);
    return `"$${name}"`;
  };
  const def = fn.definition;
  const trigger: string[] = [];
  const after: string[] = [];
  switch (def.kind) {
    case 'http':
      trigger.push('--trigger-http', ...(gcp.public ? ['--allow-unauthenticated'] : []));
      break;
    case 'queue':
    case 'topic':
      trigger.push(`--trigger-topic=${defaulted(`${env}_TOPIC`, gcp.topic ?? kebab)}`);
      break;
    case 'schedule': {
      const topic = defaulted(`${env}_TOPIC`, gcp.topic ?? `${kebab}-schedule`);
      trigger.push(`--trigger-topic=${topic}`);
      after.push(
        `gcloud scheduler jobs create pubsub ${kebab} --location="$REGION" --schedule=${shellQuote(toCloudSchedulerCron(def.schedule))} --time-zone=Etc/UTC --topic=${topic} --message-body='{}'`,
      );
      break;
    }
    case 'storage': {
      const bucket = gcp.bucket ? defaulted(`${env}_BUCKET`, gcp.bucket) : required(`${env}_BUCKET`, 'the bucket name');
      trigger.push(
        `--trigger-event-filters=type=${STORAGE_EVENT}${gcp.storageEvent ?? 'finalized'}`,
        `--trigger-event-filters=bucket=${bucket}`,
      );
      break;
    }
    case 'stream': {
      const doc = gcp.document
        ? defaulted(`${env}_DOCUMENT`, gcp.document)
        : required(`${env}_DOCUMENT`, "the Firestore document pattern, e.g. 'users/{userId}'");
      trigger.push(
        `--trigger-event-filters=type=${FIRESTORE_WRITTEN}`,
        "--trigger-event-filters='database=(default)'",
        `--trigger-event-filters-path-pattern=document=${doc}`,
      );
      break;
    }
    case 'event': {
      const filters = gcp.eventFilters ?? {};
      const type = filters.type
        ? defaulted(`${env}_EVENT_TYPE`, filters.type)
        : required(`${env}_EVENT_TYPE`, 'the CloudEvent type to receive');
      trigger.push(`--trigger-event-filters=type=${type}`);
      for (const [key, value] of Object.entries(filters)) {
        if (key !== 'type') trigger.push(`--trigger-event-filters=${shellQuote(`${key}=${value}`)}`);
      }
      break;
    }
  }
  // Event functions are not retried unless deployed with --retry: without it a failed message is
  // dropped, and faasport acknowledges a message only when its handler succeeded.
  // https://cloud.google.com/functions/docs/bestpractices/retries
  const retry = def.kind === 'http' ? '' : ' --retry';
  const timeout = def.options.timeoutSeconds;
  const deploy = [
    `gcloud functions deploy ${kebab} --gen2 --runtime=nodejs22 --region="$REGION" --source=.${retry} --entry-point=${fn.name}`,
    ...trigger,
    ...(timeout === undefined ? [] : [`--timeout=${Math.ceil(timeout)}s`]),
    ...(gcp.memory ? [`--memory=${shellQuote(gcp.memory)}`] : []),
  ].join(' \\\n  ');
  return { variables, commands: [deploy, ...after] };
}
