// The typed capability model every adapter exports as `capabilities`: what it maps, how each source
// settles a delivery, the platform's limits (each with the page it came from and the day it was
// checked) and what the context knows. `faasport matrix` renders it; test/capabilities.test.ts holds
// every supported or partial claim to the conformance scenarios it names.

import type { Provider } from './context.js';
import type { DefinitionKind } from './definition.js';

/** How far a capability goes. */
export type Level = 'supported' | 'partial' | 'unsupported';

/** A trigger kind with events (every definition kind but `http`). */
export type EventKind = Exclude<DefinitionKind, 'http'>;

/** A cloud provider an adapter targets. */
export type CloudProvider = Exclude<Provider, 'local'>;

interface ClaimBase {
  /** Conformance scenario ids (`test/conformance`) that demonstrate the claim. */
  readonly proof: readonly string[];
  /** HTTP transports (e.g. `aws:function-url-stream`) that must run the proof; default: every one of the provider. */
  readonly via?: readonly string[];
  /** Documentation pages behind the claim. */
  readonly docs?: readonly string[];
}

/** Works as the core contract says; `note` may add a condition. */
export interface SupportedClaim extends ClaimBase {
  readonly level: 'supported';
  readonly note?: string;
}

/** Works, with something missing: `note` says what. */
export interface PartialClaim extends ClaimBase {
  readonly level: 'partial';
  readonly note: string;
}

/** Not available: `reason` says why. */
export interface UnsupportedClaim {
  readonly level: 'unsupported';
  readonly reason: string;
  readonly docs?: readonly string[];
}

/** One capability claim. */
export type Claim = SupportedClaim | PartialClaim | UnsupportedClaim;

/** Units limits are given in. */
export type LimitUnit =
  | 's'
  | 'ms'
  | 'KB'
  | 'MB'
  | 'GB'
  | 'MiB'
  | 'GiB'
  | 'requests'
  | 'requests/month'
  | 'GB-s/month'
  | 'GiB-s/month'
  | 'vCPU-s/month';

/**
 * A documented platform figure. `'see source'`: the page names it but publishes the number elsewhere;
 * `'not documented'`: no official page gives one; `'n/a'`: the platform has no such thing.
 */
export interface Limit {
  readonly value: number | 'unbounded' | 'see source' | 'not documented' | 'n/a';
  readonly unit: LimitUnit;
  /** The official documentation page (https). */
  readonly url: string;
  /** The day the figure was checked against `url`, ISO `YYYY-MM-DD`. */
  readonly checked: string;
  /** What it applies to when several exist (`zipped`, `requests`). */
  readonly label?: string;
  readonly note?: string;
}

/** A documented platform behaviour that is not a number (a retry rule, a cold-start mitigation). */
export interface Fact {
  readonly text: string;
  readonly url: string;
  readonly checked: string;
}

/** A native event source (`sqs`, `pubsub`, `service-bus-many`) or HTTP front door (`apigw-v2`). */
export interface NativeSource {
  /** The name the adapter's `./testing` transport uses for it. */
  readonly id: string;
  /** The platform's own name for it. */
  readonly name: string;
  readonly support: Claim;
}

/** A trigger kind and the native sources it maps to. */
export interface TriggerSupport {
  readonly support: Claim;
  readonly sources: readonly NativeSource[];
}

/**
 * How a source settles a delivery with failures (the vocabulary of the conformance settle rules):
 * `per-message` one invocation per input; `partial-batch` a batch, only failures come back;
 * `fifo-partial` in order, a failure holds the rest of its group; `ordered-key` as fifo for inputs
 * with an ordering key; `resume-at-first` in order, resumes at the first failure; `whole-batch` any
 * failure redelivers the batch; `whole-batch-at-first` stops at the first failure, redelivers the batch.
 */
export type SettleRule =
  | 'per-message'
  | 'partial-batch'
  | 'fifo-partial'
  | 'ordered-key'
  | 'resume-at-first'
  | 'whole-batch'
  | 'whole-batch-at-first';

/** Delivery semantics of one native source. */
export interface DeliverySemantics {
  readonly kind: EventKind;
  /** A `NativeSource.id` of `triggers[kind]`. */
  readonly source: string;
  readonly settle: SettleRule;
  /** A failed input comes back without the ones that succeeded. */
  readonly failureIsolation: Claim;
  /** Inputs reach the handler in the order they were sent. */
  readonly ordering: Claim;
  readonly retry: Fact;
  readonly deadLetter: Fact;
}

/** HTTP features the adapters are held to, each proven by scenarios. */
export type HttpFeature =
  | 'methods'
  | 'raw-query'
  | 'repeated-headers'
  | 'non-ascii-headers'
  | 'cookies-in'
  | 'multiple-set-cookie'
  | 'binary-request'
  | 'binary-response'
  | 'compressed-bodies'
  | 'fetch-apps'
  | 'error-masking';

/** HTTP capabilities of an adapter on its platform. */
export interface HttpCapabilities {
  readonly features: Readonly<Record<HttpFeature, Claim>>;
  readonly streaming: { readonly support: Claim; readonly requires: string };
  readonly maxRequest: Limit;
  readonly maxResponse: Limit;
}

/** The platform's limits, for the hosting plan named in `plan`. */
export interface PlatformLimits {
  readonly plan: string;
  readonly timeout: { readonly http: Limit; readonly event: Limit };
  readonly memory: { readonly min: Limit; readonly max: Limit };
  readonly concurrencyPerInstance: Limit;
  readonly payload: { readonly sync: Limit; readonly async: Limit; readonly event: Limit };
  readonly packageSize: readonly Limit[];
  readonly billingGranularity: Limit;
  readonly freeTier: readonly Limit[];
  readonly coldStart: readonly Fact[];
}

/** What the handler's context knows on this platform and where it comes from. */
export interface ContextField {
  readonly support: Claim;
  readonly from: string;
}

/** Context support. */
export interface ContextCapabilities {
  readonly deadline: ContextField;
  readonly requestId: ContextField;
  readonly trace: ContextField;
  readonly raw: ContextField;
}

/** Everything an adapter declares about itself and its platform. */
export interface Capabilities {
  readonly provider: CloudProvider;
  /** The platform's name, e.g. `AWS Lambda`. */
  readonly platform: string;
  /** The adapter package. */
  readonly adapter: string;
  readonly triggers: Readonly<Record<DefinitionKind, TriggerSupport>>;
  readonly http: HttpCapabilities;
  readonly delivery: readonly DeliverySemantics[];
  readonly limits: PlatformLimits;
  readonly context: ContextCapabilities;
}

export type { ClaimEntry, ClaimScope } from './capabilities-walk.js';
export { claimsOf, factsOf, limitsOf, sourcedOn } from './capabilities-walk.js';
