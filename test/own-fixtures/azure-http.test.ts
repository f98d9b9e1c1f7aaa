// Every Azure HTTP payload of the project's own fixtures (test/fixtures/azure/http, written from the Azure docs)
// through the same per-file check as the shared corpus (test/corpus/azure-http.ts).
import { describe, expect, it } from 'vitest';
import { checkHttpFile } from '../corpus/azure-http.js';
import { listOwnFixtures, ownFixtureName } from '../helpers/fixtures.js';

const files = listOwnFixtures('azure', 'http');

describe('azure http (own fixtures)', () => {
  it('has a browser request and an App Service authenticated one', () => {
    expect(files.map(ownFixtureName)).toEqual(['azure/http/app-service-auth.json', 'azure/http/browser-get.json']);
  });

  it.each(files.map((f) => [ownFixtureName(f), f]))('%s reaches the handler intact', (name, file) =>
    checkHttpFile(name, file),
  );
});
