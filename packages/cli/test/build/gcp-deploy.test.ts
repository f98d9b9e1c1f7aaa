// biome-ignore-all lint/suspicious/noTemplateCurlyInString: shell and CloudFormation ${} placeholders are the expected output
import { execFileSync } from 'node:child_process';
import { event, http, queue, schedule, storage, stream, topic } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { gcpDeployCommands } from '../../src/build/gcp-deploy.js';
import { planned } from './helpers.js';

const noop = async () => undefined;
const oneLine = (command: string) => command.replaceAll(' \\\n  ', ' ');
const DEPLOY = 'gcloud functions deploy';

describe('gcpDeployCommands', () => {
  it('http: gen2, nodejs22, entry point = export name, kebab-case function name, --trigger-http', () => {
    const { commands, variables } = gcpDeployCommands(
      planned(
        'helloWorld',
        http(() => new Response()),
      ),
    );
    expect(commands.map(oneLine)).toEqual([
      `${DEPLOY} hello-world --gen2 --runtime=nodejs22 --region="$REGION" --source=. --entry-point=helloWorld --trigger-http`,
    ]);
    expect(variables).toEqual([]);
  });

  it('http public: --allow-unauthenticated; timeoutSeconds: --timeout', () => {
    const def = http(() => new Response(), { timeoutSeconds: 300 });
    const [command] = gcpDeployCommands(planned('api', def, { gcp: { public: true, memory: '512Mi' } })).commands;
    expect(oneLine(command ?? '')).toMatch(/--trigger-http --allow-unauthenticated --timeout=300s --memory=512Mi$/);
  });

  it('queue and topic: --trigger-topic from a variable defaulting to the function name or the configured topic', () => {
    const q = gcpDeployCommands(planned('ordersQueue', queue(noop)));
    expect(q.variables).toEqual([': "${ORDERS_QUEUE_TOPIC:=orders-queue}"']);
    expect(oneLine(q.commands[0] ?? '')).toMatch(
      /--retry --entry-point=ordersQueue --trigger-topic="\$ORDERS_QUEUE_TOPIC"$/,
    );
    const t = gcpDeployCommands(planned('alerts', topic(noop), { gcp: { topic: 'readings' } }));
    expect(t.variables).toEqual([': "${ALERTS_TOPIC:=readings}"']);
  });

  it('schedule: a Pub/Sub-triggered function and a Cloud Scheduler job with the unix cron in UTC', () => {
    const { commands, variables } = gcpDeployCommands(planned('nightly', schedule('0 3 * * mon-fri', noop)));
    expect(variables).toEqual([': "${NIGHTLY_TOPIC:=nightly-schedule}"']);
    expect(oneLine(commands[0] ?? '')).toMatch(/--trigger-topic="\$NIGHTLY_TOPIC"$/);
    expect(commands[1]).toBe(
      `gcloud scheduler jobs create pubsub nightly --location="$REGION" --schedule='0 3 * * 1-5' --time-zone=Etc/UTC --topic="$NIGHTLY_TOPIC" --message-body='{}'`,
    );
  });

  it('storage: Eventarc filters on the object event type and a required bucket variable', () => {
    const { commands, variables } = gcpDeployCommands(planned('uploads', storage(noop)));
    expect(variables).toEqual([': "${UPLOADS_BUCKET:?set UPLOADS_BUCKET to the bucket name}"']);
    expect(oneLine(commands[0] ?? '')).toMatch(
      /--trigger-event-filters=type=google\.cloud\.storage\.object\.v1\.finalized --trigger-event-filters=bucket="\$UPLOADS_BUCKET"$/,
    );
    const deleted = gcpDeployCommands(
      planned('uploads', storage(noop), { gcp: { storageEvent: 'deleted', bucket: 'b' } }),
    );
    expect(oneLine(deleted.commands[0] ?? '')).toContain('type=google.cloud.storage.object.v1.deleted');
    expect(deleted.variables).toEqual([': "${UPLOADS_BUCKET:=b}"']);
  });

  it('stream: Firestore document writes on a path pattern', () => {
    const { commands } = gcpDeployCommands(planned('changes', stream(noop), { gcp: { document: 'users/{id}' } }));
    expect(oneLine(commands[0] ?? '')).toMatch(
      /--trigger-event-filters=type=google\.cloud\.firestore\.document\.v1\.written --trigger-event-filters='database=\(default\)' --trigger-event-filters-path-pattern=document="\$CHANGES_DOCUMENT"$/,
    );
  });

  it('event: the configured Eventarc filters, type first', () => {
    const filters = { type: 'google.cloud.audit.log.v1.written', serviceName: 'storage.googleapis.com' };
    const { commands } = gcpDeployCommands(planned('audit', event(noop), { gcp: { eventFilters: filters } }));
    expect(oneLine(commands[0] ?? '')).toMatch(
      /--trigger-event-filters=type="\$AUDIT_EVENT_TYPE" --trigger-event-filters=serviceName=storage\.googleapis\.com$/,
    );
  });

  it('a required variable left unset stops the script with its message', () => {
    const { variables } = gcpDeployCommands(planned('uploads', storage(noop)));
    let stderr = '';
    try {
      execFileSync('sh', ['-c', variables.join('\n')], { stdio: 'pipe', env: {} });
    } catch (error) {
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(stderr).toMatch(/UPLOADS_BUCKET.*set UPLOADS_BUCKET to the bucket name/);
  });

  it('a rate Cloud Scheduler cannot repeat is a DefinitionError naming it', () => {
    expect(() => gcpDeployCommands(planned('odd', schedule('rate(7 minutes)', noop)))).toThrow(
      /'rate\(7 minutes\)'.*cannot repeat every 7 minutes/,
    );
  });
});
