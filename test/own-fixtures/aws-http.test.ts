// Every AWS HTTP payload of the project's own fixtures (test/fixtures/aws/http-*, written from the AWS docs) through the
// same per-file check as the shared corpus (test/corpus/aws-http.ts): toLambda(http(echo)).
import { describe, expect, it } from 'vitest';
import { awsHttpTests } from '../corpus/aws-http.js';
import { listOwnFixtures, ownFixtureName } from '../helpers/fixtures.js';

const files = listOwnFixtures('aws', 'http-');

describe('AWS HTTP (own fixtures) through toLambda(http(echo))', () => {
  it('has a fixture for every HTTP folder, the base64 trap among them', () => {
    const names = files.map(ownFixtureName);
    expect([...new Set(names.map((n) => n.split('/')[1]))].sort()).toEqual([
      'http-alb',
      'http-apigw-v1',
      'http-apigw-v2',
      'http-function-url',
      'http-lambda-edge',
    ]);
    expect(names).toContain('aws/http-alb/alb-invalid-base64.json');
  });

  awsHttpTests(files.map((f) => [ownFixtureName(f), f]));
});
