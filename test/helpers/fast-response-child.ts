// Run in a fresh Node process by test/fast-response.test.ts: one HTTP invocation through the named
// adapter's real transport (`lambdaTransport`, the Functions Framework on 127.0.0.1, `@azure/functions`'
// own HttpRequest), then prints what `globalThis.Response` was before, inside the handler and after.
import { http } from '@faasport/core';

const adapter = process.argv[2];
const Native = globalThis.Response;
let inside: { native: boolean; instanceOf: boolean; name: string } | undefined;
const def = http(() => {
  const res = new Response('hi', { headers: { 'x-kind': 'plain' } });
  inside = { native: globalThis.Response === Native, instanceOf: res instanceof Native, name: Response.name };
  return res;
});

async function transport() {
  if (adapter === 'aws')
    return (await import('@faasport/adapter-aws/testing')).lambdaTransport(def, { shape: 'apigw-v2' });
  if (adapter === 'gcp') return (await import('@faasport/adapter-gcp/testing')).cloudFunctionTransport(def);
  if (adapter === 'azure') return (await import('@faasport/adapter-azure/testing')).azureTransport(def);
  throw new Error(`unknown adapter ${adapter}`);
}

const t = await transport();
try {
  const res = await t.fetch(new Request('https://fn.example/hello'));
  const answer = { status: res.status, body: await res.text(), header: res.headers.get('x-kind') };
  const after = { native: globalThis.Response === Native };
  process.stdout.write(JSON.stringify({ inside, after, answer }));
} finally {
  await t.close();
}
