// The comparison matrix as data: one area per table, providers as columns, footnotes numbered in
// order of citation. Both renderers (Markdown, HTML) draw exactly this, so they cannot disagree.
import { capabilities as aws } from '@faasport/adapter-aws/capabilities';
import { capabilities as azure } from '@faasport/adapter-azure/capabilities';
import { capabilities as gcp } from '@faasport/adapter-gcp/capabilities';
import type { DefinitionKind } from '@faasport/core';
import type { Capabilities, CloudProvider, EventKind, HttpFeature } from '@faasport/core/capabilities';
import { claimLine, factLine, type Line, limitLine, rangeLine, SETTLE_TEXT } from './cells.js';
import { type Footnote, Footnotes } from './footnotes.js';

/** A row: its label and the lines of each provider's cell. */
export interface Row {
  readonly label: string;
  readonly cells: Readonly<Record<CloudProvider, readonly Line[]>>;
}

/** One table. */
export interface Area {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly Row[];
}

/** A provider column. */
export interface Column {
  readonly provider: CloudProvider;
  readonly platform: string;
  readonly adapter: string;
  readonly plan: string;
}

/** The whole matrix. */
export interface Matrix {
  readonly columns: readonly Column[];
  readonly areas: readonly Area[];
  readonly footnotes: readonly Footnote[];
}

/**
 * The capabilities of every adapter, in column order.
 *
 * @example
 * providerCapabilities().map((c) => c.provider) // ['aws', 'gcp', 'azure']
 */
export function providerCapabilities(): readonly Capabilities[] {
  return [aws, gcp, azure];
}

export const KINDS: readonly DefinitionKind[] = ['http', 'queue', 'topic', 'storage', 'schedule', 'stream', 'event'];
const EVENT_KINDS = KINDS.filter((k): k is EventKind => k !== 'http');

const FEATURES: Readonly<Record<HttpFeature, string>> = {
  methods: 'Every method (HEAD, OPTIONS, PATCH…)',
  'raw-query': 'Query string exactly as sent (repeated keys, encoding)',
  'repeated-headers': 'Repeated headers, both ways',
  'non-ascii-headers': 'Non-ASCII header values',
  'cookies-in': 'Request cookies',
  'multiple-set-cookie': 'Several Set-Cookie headers',
  'binary-request': 'Binary request bodies',
  'binary-response': 'Binary response bodies',
  'compressed-bodies': 'Compressed (gzip) bodies',
  'fetch-apps': 'Fetch apps (Hono) as is',
  'error-masking': 'Errors: status kept, 500 reveals nothing',
};

type CellOf = (caps: Capabilities, notes: Footnotes) => Line[];

/**
 * A record keyed by provider from `[provider, value]` pairs.
 *
 * @example
 * byProvider([['aws', 1], ['gcp', 2], ['azure', 3]])
 */
export function byProvider<T>(pairs: Iterable<readonly [CloudProvider, T]>): Readonly<Record<CloudProvider, T>> {
  return Object.fromEntries(pairs) as unknown as Record<CloudProvider, T>;
}

function row(all: readonly Capabilities[], notes: Footnotes, label: string, cell: CellOf): Row {
  return { label, cells: byProvider(all.map((caps) => [caps.provider, cell(caps, notes)] as const)) };
}

function triggerRows(all: readonly Capabilities[], notes: Footnotes): Row[] {
  return KINDS.map((kind) =>
    row(all, notes, kind, (caps, n) => {
      const trigger = caps.triggers[kind];
      return [claimLine(trigger.support, n), ...trigger.sources.map((s) => claimLine(s.support, n, s.name))];
    }),
  );
}

function httpRows(all: readonly Capabilities[], notes: Footnotes): Row[] {
  return [
    ...(Object.keys(FEATURES) as HttpFeature[]).map((f) =>
      row(all, notes, FEATURES[f], (caps, n) => [claimLine(caps.http.features[f], n)]),
    ),
    row(all, notes, 'Response streaming', (caps, n) => [
      claimLine(caps.http.streaming.support, n),
      { text: `needs: ${caps.http.streaming.requires}`, notes: [] },
    ]),
    row(all, notes, 'Max request', (caps, n) => [limitLine(caps.http.maxRequest, n)]),
    row(all, notes, 'Max response', (caps, n) => [limitLine(caps.http.maxResponse, n)]),
  ];
}

function sourceName(caps: Capabilities, kind: EventKind, id: string): string {
  return caps.triggers[kind].sources.find((s) => s.id === id)?.name ?? id;
}

function deliveryRows(all: readonly Capabilities[], notes: Footnotes): Row[] {
  const aspects: [string, (caps: Capabilities, kind: EventKind, n: Footnotes) => Line[]][] = [
    [
      'invocation',
      (caps, kind) =>
        perSource(caps, kind).map((d) => ({ text: `${name(caps, d)}: ${SETTLE_TEXT[d.settle]}`, notes: [] })),
    ],
    [
      'failure isolation',
      (caps, kind, n) => perSource(caps, kind).map((d) => claimLine(d.failureIsolation, n, name(caps, d))),
    ],
    ['ordering', (caps, kind, n) => perSource(caps, kind).map((d) => claimLine(d.ordering, n, name(caps, d)))],
    ['retry', (caps, kind, n) => perSource(caps, kind).map((d) => factLine(d.retry, n, `${name(caps, d)}: `))],
    [
      'dead-letter',
      (caps, kind, n) => perSource(caps, kind).map((d) => factLine(d.deadLetter, n, `${name(caps, d)}: `)),
    ],
  ];
  return EVENT_KINDS.flatMap((kind) =>
    aspects.map(([aspect, cell]) => row(all, notes, `${kind}: ${aspect}`, (caps, n) => cell(caps, kind, n))),
  );
}

const perSource = (caps: Capabilities, kind: EventKind) => caps.delivery.filter((d) => d.kind === kind);
const name = (caps: Capabilities, d: { kind: EventKind; source: string }) => sourceName(caps, d.kind, d.source);

function limitRows(all: readonly Capabilities[], notes: Footnotes): Row[] {
  return [
    row(all, notes, 'Hosting plan described', (caps) => [{ text: caps.limits.plan, notes: [] }]),
    row(all, notes, 'Max timeout, HTTP', (caps, n) => [limitLine(caps.limits.timeout.http, n)]),
    row(all, notes, 'Max timeout, event-driven', (caps, n) => [limitLine(caps.limits.timeout.event, n)]),
    row(all, notes, 'Memory', (caps, n) => [rangeLine(caps.limits.memory.min, caps.limits.memory.max, n)]),
    row(all, notes, 'Concurrency per instance', (caps, n) => [limitLine(caps.limits.concurrencyPerInstance, n)]),
    row(all, notes, 'Payload, synchronous', (caps, n) => [limitLine(caps.limits.payload.sync, n)]),
    row(all, notes, 'Payload, asynchronous', (caps, n) => [limitLine(caps.limits.payload.async, n)]),
    row(all, notes, 'Payload, event', (caps, n) => [limitLine(caps.limits.payload.event, n)]),
    row(all, notes, 'Deployment package', (caps, n) => caps.limits.packageSize.map((l) => limitLine(l, n))),
    row(all, notes, 'Billing granularity', (caps, n) => [limitLine(caps.limits.billingGranularity, n)]),
    row(all, notes, 'Free tier', (caps, n) => caps.limits.freeTier.map((l) => limitLine(l, n))),
    row(all, notes, 'Cold-start mitigations', (caps, n) => caps.limits.coldStart.map((f) => factLine(f, n))),
  ];
}

function contextRows(all: readonly Capabilities[], notes: Footnotes): Row[] {
  const fields = [
    ['Deadline known (ctx.deadline, ctx.signal)', 'deadline'],
    ['Request id (ctx.invocationId)', 'requestId'],
    ['Trace (ctx.trace)', 'trace'],
    ['Raw platform input (ctx.raw)', 'raw'],
  ] as const;
  return fields.map(([label, field]) =>
    row(all, notes, label, (caps, n) => [claimLine(caps.context[field].support, n, caps.context[field].from)]),
  );
}

/**
 * Builds the matrix from the adapters' capabilities: triggers, HTTP, delivery, limits, context.
 *
 * @example
 * const matrix = buildMatrix(providerCapabilities())
 */
export function buildMatrix(all: readonly Capabilities[]): Matrix {
  const notes = new Footnotes();
  const areas: Area[] = [
    { id: 'triggers', title: 'Triggers and native sources', rows: triggerRows(all, notes) },
    { id: 'http', title: 'HTTP', rows: httpRows(all, notes) },
    { id: 'delivery', title: 'Delivery semantics', rows: deliveryRows(all, notes) },
    { id: 'limits', title: 'Platform limits', rows: limitRows(all, notes) },
    { id: 'context', title: 'Context', rows: contextRows(all, notes) },
  ];
  const columns = all.map((c) => ({
    provider: c.provider,
    platform: c.platform,
    adapter: c.adapter,
    plan: c.limits.plan,
  }));
  return { columns, areas, footnotes: notes.list() };
}
