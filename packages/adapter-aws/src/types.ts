// Our own types of what Lambda hands over and expects back, so the published .d.ts needs no
// @types/aws-lambda. Fields are optional where real samples (console tests, SAM local) omit them.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
// https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html

/** Single-value header or query map; values may be missing in hand-written events. */
export type StringMap = Record<string, string | undefined>;

/** Multi-value header or query map. */
export type MultiValueMap = Record<string, string[] | undefined>;

/** `requestContext` of an API Gateway REST (payload 1.0) event; only the fields faasport reads are typed. */
export interface ApiGatewayV1RequestContext {
  readonly stage?: string;
  readonly requestId?: string;
  readonly domainName?: string;
  readonly path?: string;
  readonly httpMethod?: string;
  readonly [key: string]: unknown;
}

/** API Gateway REST API proxy event (payload format 1.0). */
export interface ApiGatewayV1Event {
  readonly version?: string;
  readonly resource?: string;
  /** Path without the stage. */
  readonly path: string;
  readonly httpMethod: string;
  readonly headers?: StringMap | null;
  readonly multiValueHeaders?: MultiValueMap | null;
  /** Already decoded; the last value of a repeated key. */
  readonly queryStringParameters?: StringMap | null;
  /** Already decoded; every value. */
  readonly multiValueQueryStringParameters?: MultiValueMap | null;
  readonly pathParameters?: StringMap | null;
  readonly stageVariables?: StringMap | null;
  readonly requestContext: ApiGatewayV1RequestContext;
  readonly body?: string | null;
  readonly isBase64Encoded?: boolean;
}

/** `requestContext` of a payload 2.0 event (HTTP API and Function URL). */
export interface ApiGatewayV2RequestContext {
  readonly http: {
    readonly method: string;
    readonly path?: string;
    readonly protocol?: string;
    readonly sourceIp?: string;
    readonly userAgent?: string;
  };
  readonly domainName?: string;
  readonly domainPrefix?: string;
  readonly requestId?: string;
  readonly stage?: string;
  readonly routeKey?: string;
  readonly time?: string;
  readonly timeEpoch?: number;
  readonly [key: string]: unknown;
}

/** API Gateway HTTP API event (payload format 2.0). */
export interface ApiGatewayV2Event {
  readonly version: '2.0';
  readonly routeKey?: string;
  readonly rawPath: string;
  /** The query string as the client sent it, without `?`. */
  readonly rawQueryString?: string;
  readonly cookies?: string[];
  /** Lower-case names; repeated headers comma-joined. */
  readonly headers?: StringMap;
  /** Decoded and comma-joined: do not rebuild URLs from it. */
  readonly queryStringParameters?: StringMap;
  readonly pathParameters?: StringMap | null;
  readonly stageVariables?: StringMap | null;
  readonly requestContext: ApiGatewayV2RequestContext;
  readonly body?: string | null;
  readonly isBase64Encoded?: boolean;
}

/** Lambda Function URL event: payload 2.0 on a `*.lambda-url.<region>.on.aws` domain. */
export type FunctionUrlEvent = ApiGatewayV2Event;

/** Application Load Balancer event, single-value (`headers`) or multi-value (`multiValueHeaders`) mode. */
export interface AlbEvent {
  readonly requestContext: { readonly elb: { readonly targetGroupArn: string } };
  readonly httpMethod: string;
  readonly path: string;
  /** Values still percent-encoded as the client sent them. */
  readonly queryStringParameters?: StringMap | null;
  readonly multiValueQueryStringParameters?: MultiValueMap | null;
  readonly headers?: StringMap | null;
  readonly multiValueHeaders?: MultiValueMap | null;
  readonly body?: string | null;
  readonly isBase64Encoded?: boolean;
}

/** ALB event in multi-value headers mode. */
export interface AlbMultiValueEvent extends AlbEvent {
  readonly multiValueHeaders: MultiValueMap;
}

/** CloudFront / Lambda@Edge event; recognised only to reject it clearly. */
export interface CloudFrontEvent {
  readonly Records: ReadonlyArray<{ readonly cf: Record<string, unknown> }>;
}

/** Any HTTP event shape `toLambda` accepts. */
export type LambdaHttpEvent = ApiGatewayV1Event | ApiGatewayV2Event | AlbEvent;

/** Result for API Gateway REST (payload 1.0). */
export interface ApiGatewayV1Result {
  statusCode: number;
  headers: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  body: string;
  isBase64Encoded: boolean;
}

/** Result for payload 2.0 (HTTP API, Function URL). */
export interface ApiGatewayV2Result {
  statusCode: number;
  headers: Record<string, string>;
  cookies?: string[];
  body: string;
  isBase64Encoded: boolean;
}

/** Result for an ALB target; carries `headers` or `multiValueHeaders`, mirroring the request. */
export interface AlbResult {
  statusCode: number;
  statusDescription: string;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  body: string;
  isBase64Encoded: boolean;
}

/** Any result `toLambda` resolves to for an HTTP event. */
export type LambdaHttpResult = ApiGatewayV1Result | ApiGatewayV2Result | AlbResult;

/** The Node.js Lambda context object (the fields faasport and most code use). */
export interface LambdaContext {
  readonly functionName: string;
  readonly functionVersion?: string;
  readonly invokedFunctionArn?: string;
  readonly memoryLimitInMB?: string;
  readonly awsRequestId: string;
  readonly logGroupName?: string;
  readonly logStreamName?: string;
  callbackWaitsForEmptyEventLoop?: boolean;
  getRemainingTimeInMillis(): number;
}

/** What `toLambda` returns: the function Lambda calls. */
export type LambdaHandler = (event: unknown, context: LambdaContext) => Promise<LambdaHttpResult>;

/** Metadata sent before a streamed body (`awslambda.HttpResponseStream.from`). */
export interface StreamingPrelude {
  statusCode: number;
  headers: Record<string, string>;
  cookies: string[];
}

/** The writable stream the Lambda runtime hands a streaming handler. */
export interface LambdaResponseStream {
  write(chunk: Uint8Array | string): boolean;
  end(chunk?: Uint8Array | string): unknown;
  once(event: 'drain' | 'error' | 'close', listener: (...args: unknown[]) => void): unknown;
  removeListener(event: 'drain' | 'error' | 'close', listener: (...args: unknown[]) => void): unknown;
  setContentType?(type: string): void;
}

/** A streaming handler before `streamifyResponse` wraps it. */
export type StreamingHandler = (event: unknown, stream: LambdaResponseStream, context: LambdaContext) => Promise<void>;

/** The `awslambda` global of the Lambda Node.js runtime (response streaming part). */
export interface AwsLambdaRuntimeGlobal {
  streamifyResponse(handler: StreamingHandler): StreamingHandler;
  readonly HttpResponseStream: {
    from(stream: LambdaResponseStream, prelude: StreamingPrelude): LambdaResponseStream;
  };
}
