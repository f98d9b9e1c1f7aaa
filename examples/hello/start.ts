// `npm start`: the same requests answered by the same function through each cloud's adapter,
// locally, with the platforms' own request/response shapes (API Gateway event, the real
// Functions Framework server on 127.0.0.1, @azure/functions' HttpRequest/InvocationContext).
import { lambdaTransport } from '@faasport/adapter-aws/testing';
import { azureTransport } from '@faasport/adapter-azure/testing';
import { cloudFunctionTransport } from '@faasport/adapter-gcp/testing';
import type { Transport } from '@faasport/core/adapter';
import { hello } from './src/app.js';

const requests = [
  () => new Request('https://hello.example.com/hello?name=Ada&lang=en&lang=fr'),
  () =>
    new Request('https://hello.example.com/hello', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Grace' }),
    }),
];

async function main(): Promise<void> {
  const transports: Transport[] = [
    lambdaTransport(hello, { shape: 'apigw-v2' }),
    await cloudFunctionTransport(hello),
    azureTransport(hello),
  ];
  try {
    for (const make of requests) {
      const sample = make();
      console.log(`\n${sample.method} ${sample.url}`);
      const rows: string[][] = [['adapter', 'status', 'content-type', 'body']];
      for (const t of transports) {
        const res = await t.fetch(make());
        rows.push([t.name, String(res.status), res.headers.get('content-type') ?? '', await res.text()]);
      }
      printTable(rows);
    }
  } finally {
    await Promise.all(transports.map((t) => t.close()));
  }
}

function printTable(rows: string[][]): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  for (const [n, row] of rows.entries()) {
    console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

await main();
