import { describe, expect, it } from 'vitest';
import {
  firestoreAction,
  isBinaryCloudEventRequest,
  isCloudStorageCloudEvent,
  isGcpCloudEvent,
  isPubSubCloudEvent,
  isPubSubPushBody,
  isSchedulerCloudEvent,
  isSchedulerRequest,
  isStructuredCloudEventRequest,
} from '../src/detect.js';
import type { GcpCloudEvent } from '../src/types.js';
import { gcpFixture } from './helpers.js';

const ce = (type: string): GcpCloudEvent => ({ specversion: '1.0', id: '1', source: '//x.googleapis.com/y', type });

describe('isGcpCloudEvent', () => {
  it('accepts a CloudEvent 1.0 and rejects look-alikes', () => {
    expect(isGcpCloudEvent(gcpFixture('queue-pubsub/messagePublished-structured.json'))).toBe(true);
    expect(isGcpCloudEvent({ ...ce('t'), specversion: '0.3' })).toBe(false);
    expect(isGcpCloudEvent({ specversion: '1.0', id: '1', type: 't' })).toBe(false);
    expect(isGcpCloudEvent(gcpFixture('queue-pubsub/topic-publish-legacy-context.json'))).toBe(false);
    expect(isGcpCloudEvent('{"specversion":"1.0"}')).toBe(false);
    expect(isGcpCloudEvent(null)).toBe(false);
  });
});

describe('isPubSubCloudEvent', () => {
  it('takes messagePublished only', () => {
    expect(isPubSubCloudEvent(ce('google.cloud.pubsub.topic.v1.messagePublished'))).toBe(true);
    expect(isPubSubCloudEvent(ce('google.pubsub.topic.publish'))).toBe(false);
    expect(isPubSubCloudEvent(ce('google.cloud.pubsub.topic.v1.messagePublished.extra'))).toBe(false);
    expect(isPubSubCloudEvent(ce('google.cloud.storage.object.v1.finalized'))).toBe(false);
  });
});

describe('isCloudStorageCloudEvent', () => {
  it.each(['finalized', 'deleted', 'archived', 'metadataUpdated'])('takes object.v1.%s', (action) => {
    expect(isCloudStorageCloudEvent(ce(`google.cloud.storage.object.v1.${action}`))).toBe(true);
  });

  it('rejects gen 1 names, unknown actions and other services', () => {
    expect(isCloudStorageCloudEvent(ce('google.storage.object.finalize'))).toBe(false);
    expect(isCloudStorageCloudEvent(ce('google.cloud.storage.object.v1.created'))).toBe(false);
    expect(isCloudStorageCloudEvent(ce('google.cloud.storage.bucket.v1.finalized'))).toBe(false);
    expect(isCloudStorageCloudEvent(ce('google.cloud.audit.log.v1.written'))).toBe(false);
  });
});

describe('isSchedulerCloudEvent', () => {
  it('takes job.v1.executed only', () => {
    expect(isSchedulerCloudEvent(ce('google.cloud.scheduler.job.v1.executed'))).toBe(true);
    expect(isSchedulerCloudEvent(ce('google.cloud.scheduler.job.v1.created'))).toBe(false);
    expect(isSchedulerCloudEvent(ce('google.cloud.pubsub.topic.v1.messagePublished'))).toBe(false);
  });
});

describe('firestoreAction', () => {
  it.each(['created', 'updated', 'deleted', 'written'])('names document.v1.%s, also with auth context', (action) => {
    expect(firestoreAction(ce(`google.cloud.firestore.document.v1.${action}`))).toBe(action);
    expect(firestoreAction(ce(`google.cloud.firestore.document.v1.${action}.withAuthContext`))).toBe(action);
  });

  it('is undefined for Firebase Realtime Database, Datastore entities and unknown actions', () => {
    expect(firestoreAction(ce('google.firebase.database.ref.v1.written'))).toBeUndefined();
    expect(firestoreAction(ce('google.cloud.datastore.entity.v1.written'))).toBeUndefined();
    expect(firestoreAction(ce('google.cloud.firestore.document.v1.moved'))).toBeUndefined();
    expect(firestoreAction(ce('providers/cloud.firestore/eventTypes/document.write'))).toBeUndefined();
  });
});

describe('isPubSubPushBody', () => {
  it('takes the raw push bodies of the corpus', () => {
    expect(isPubSubPushBody(gcpFixture('queue-pubsub/push-all-values.json'))).toBe(true);
    expect(isPubSubPushBody(gcpFixture('queue-pubsub/push-emulator.json'))).toBe(true);
    expect(isPubSubPushBody({ message: { message_id: '1' }, subscription: 's' })).toBe(true);
  });

  it('rejects a CloudEvent carrying the same data, legacy events and bodies without ids', () => {
    expect(isPubSubPushBody(gcpFixture('queue-pubsub/messagePublished-structured.json'))).toBe(false);
    expect(isPubSubPushBody({ specversion: '1.0', message: { messageId: '1' }, subscription: 's' })).toBe(false);
    expect(isPubSubPushBody(gcpFixture('queue-pubsub/topic-publish-legacy-context.json'))).toBe(false);
    expect(isPubSubPushBody({ message: { data: 'aGk=' }, subscription: 's' })).toBe(false);
    expect(isPubSubPushBody({ message: { messageId: '1' } })).toBe(false);
    expect(isPubSubPushBody('message')).toBe(false);
  });
});

describe('isSchedulerRequest', () => {
  it('needs X-CloudScheduler-JobName', () => {
    expect(isSchedulerRequest({ 'x-cloudscheduler-jobname': 'nightly' })).toBe(true);
    expect(isSchedulerRequest({ 'x-cloudscheduler': 'true' })).toBe(false);
    expect(isSchedulerRequest({ 'user-agent': 'Google-Cloud-Scheduler' })).toBe(false);
  });
});

describe('isBinaryCloudEventRequest', () => {
  const all = { 'ce-type': 't', 'ce-specversion': '1.0', 'ce-source': 's', 'ce-id': '1' };

  it('needs all four required ce-* headers, like FF', () => {
    expect(isBinaryCloudEventRequest(all)).toBe(true);
    for (const missing of Object.keys(all)) {
      const headers: Record<string, string> = { ...all };
      delete headers[missing];
      expect(isBinaryCloudEventRequest(headers)).toBe(false);
    }
  });
});

describe('isStructuredCloudEventRequest', () => {
  it('needs application/cloudevents+json', () => {
    expect(isStructuredCloudEventRequest({ 'content-type': 'application/cloudevents+json; charset=utf-8' })).toBe(true);
    expect(isStructuredCloudEventRequest({ 'content-type': 'Application/CloudEvents+JSON' })).toBe(true);
    expect(isStructuredCloudEventRequest({ 'content-type': 'application/cloudevents-batch+json' })).toBe(false);
    expect(isStructuredCloudEventRequest({ 'content-type': 'application/json' })).toBe(false);
    expect(isStructuredCloudEventRequest({})).toBe(false);
  });
});

describe('hostile headers found by the fuzz suite (test/fuzz)', () => {
  it('isStructuredCloudEventRequest answers false for a content-type that is not a string', () => {
    expect(isStructuredCloudEventRequest({ 'content-type': [] as never })).toBe(false);
    expect(isStructuredCloudEventRequest({ 'content-type': ['application/cloudevents+json'] as never })).toBe(false);
  });
});
