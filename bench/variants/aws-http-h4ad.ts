import type { IncomingMessage, ServerResponse } from 'node:http';
import { ServerlessAdapter } from '@h4ad/serverless-adapter';
import { AlbAdapter, ApiGatewayV1Adapter, ApiGatewayV2Adapter } from '@h4ad/serverless-adapter/adapters/aws';
import { DefaultHandler } from '@h4ad/serverless-adapter/handlers/default';
import { PromiseResolver } from '@h4ad/serverless-adapter/resolvers/promise';
import { lambdaContext } from '../events.js';
import { nodeHandler } from './apps.js';

type NodeApp = (req: IncomingMessage, res: ServerResponse) => void;

// serverless-adapter takes a "framework" that hands the Node request to the app; ours is a plain handler.
const plainNode = { sendRequest: (app: NodeApp, req: IncomingMessage, res: ServerResponse) => app(req, res) };

export function create(event: never) {
  const handler = ServerlessAdapter.new(nodeHandler as NodeApp)
    .setFramework(plainNode)
    .setHandler(new DefaultHandler())
    .setResolver(new PromiseResolver())
    .addAdapter(new ApiGatewayV2Adapter())
    .addAdapter(new ApiGatewayV1Adapter())
    .addAdapter(new AlbAdapter())
    .build() as unknown as (e: unknown, c: unknown) => Promise<unknown>;
  const ctx = lambdaContext();
  return () => handler(event, ctx);
}
