export {
  isAlbEvent,
  isAlbMultiValueEvent,
  isApiGatewayV1Event,
  isApiGatewayV2Event,
  isCloudFrontEvent,
  isFunctionUrlEvent,
} from './detect.js';
export { toLambda } from './handler.js';
export type { LambdaRaw } from './invocation.js';
export { fromAlb, fromApiGatewayV1, fromApiGatewayV2 } from './request.js';
export type { AlbResultOptions, ResultOptions } from './response.js';
export { toAlbResult, toApiGatewayV1Result, toApiGatewayV2Result } from './response.js';
export { toStreamingLambda } from './streaming.js';
export type {
  AlbEvent,
  AlbMultiValueEvent,
  AlbResult,
  ApiGatewayV1Event,
  ApiGatewayV1RequestContext,
  ApiGatewayV1Result,
  ApiGatewayV2Event,
  ApiGatewayV2RequestContext,
  ApiGatewayV2Result,
  AwsLambdaRuntimeGlobal,
  CloudFrontEvent,
  FunctionUrlEvent,
  LambdaContext,
  LambdaHandler,
  LambdaHttpEvent,
  LambdaHttpResult,
  LambdaResponseStream,
  MultiValueMap,
  StreamingHandler,
  StreamingPrelude,
  StringMap,
} from './types.js';
