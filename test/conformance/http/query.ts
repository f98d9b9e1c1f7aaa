import { ALB_ONE_VALUE, echo, echoed, get, type HttpScenario } from './shared.js';

export const queries: HttpScenario[] = [
  {
    id: 'http.query.repeated-keys',
    description: 'repeated query keys all arrive, in order (hono #3482)',
    definition: echo,
    request: get('/q?tag=a&tag=b&tag=c&x=1'),
    expect: echoed({
      method: 'GET',
      search: '?tag=a&tag=b&tag=c&x=1',
      params: [
        ['tag', 'a'],
        ['tag', 'b'],
        ['tag', 'c'],
        ['x', '1'],
      ],
    }),
    limitations: {
      'aws:alb': {
        reason: ALB_ONE_VALUE,
        expect: echoed({ method: 'GET', search: '?tag=c&x=1' }),
      },
    },
  },
  {
    id: 'http.query.interleaved-keys',
    description: 'the raw query keeps the order of interleaved repeated keys',
    definition: echo,
    request: get('/q?a=1&b=2&a=3'),
    expect: echoed({ method: 'GET', search: '?a=1&b=2&a=3' }),
    limitations: {
      'aws:apigw-v1': {
        reason:
          'payload 1.0 has no raw query, only a map of key → values: repeated keys come back grouped. https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format',
        expect: echoed({ method: 'GET', search: '?a=1&a=3&b=2' }),
      },
      'aws:alb-multi': {
        reason:
          'ALB multi-value mode sends a map of key → values: repeated keys come back grouped. https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#multi-value-headers',
        expect: echoed({ method: 'GET', search: '?a=1&a=3&b=2' }),
      },
      'aws:alb': {
        reason: ALB_ONE_VALUE,
        expect: echoed({ method: 'GET', search: '?a=3&b=2' }),
      },
    },
  },
  {
    id: 'http.query.plus-and-encoded-plus',
    description: '`+` (a space) and `%2B` (a plus) stay distinct: no double decoding (serverless-express #219)',
    definition: echo,
    request: get('/q?space=a+b&plus=a%2Bb'),
    expect: echoed({
      method: 'GET',
      search: '?space=a+b&plus=a%2Bb',
      params: [
        ['space', 'a b'],
        ['plus', 'a+b'],
      ],
    }),
    limitations: {
      'aws:apigw-v1': {
        reason:
          'payload 1.0 carries the query decoded, so the raw spelling of a space (`+` or `%20`) is gone; the adapter re-encodes it as `%20` and the decoded values stay right. https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format',
        expect: echoed({
          method: 'GET',
          search: '?space=a%20b&plus=a%2Bb',
          params: [
            ['space', 'a b'],
            ['plus', 'a+b'],
          ],
        }),
      },
    },
  },
  {
    id: 'http.query.encoded-space',
    description: '`%20` stays encoded in the raw query',
    definition: echo,
    request: get('/q?s=a%20b'),
    expect: echoed({ method: 'GET', search: '?s=a%20b', params: [['s', 'a b']] }),
  },
  {
    id: 'http.query.encoded-slash',
    description: '`%2F` in a query value is not turned into `/`',
    definition: echo,
    request: get('/q?path=a%2Fb%2Fc'),
    expect: echoed({ method: 'GET', search: '?path=a%2Fb%2Fc', params: [['path', 'a/b/c']] }),
  },
  {
    id: 'http.query.unicode',
    description: 'UTF-8 query values arrive percent-encoded and decode back to the same text',
    definition: echo,
    request: get('/q?city=東京&e=%C3%A9'),
    expect: echoed({
      method: 'GET',
      search: '?city=%E6%9D%B1%E4%BA%AC&e=%C3%A9',
      params: [
        ['city', '東京'],
        ['e', 'é'],
      ],
    }),
  },
  {
    id: 'http.query.empty-values',
    description: 'a key with `=` and no value, and a key without `=`, are both kept',
    definition: echo,
    request: get('/q?a=&b&c=1'),
    expect: echoed({
      method: 'GET',
      params: [
        ['a', ''],
        ['b', ''],
        ['c', '1'],
      ],
    }),
  },
  {
    id: 'http.query.encoded-reserved',
    description: 'encoded `=`, `&` and `%` in values (ALB passes them still encoded) are not decoded into separators',
    definition: echo,
    request: get('/q?expr=a%3Db%26c%3Dd&pct=100%25'),
    expect: echoed({
      method: 'GET',
      search: '?expr=a%3Db%26c%3Dd&pct=100%25',
      params: [
        ['expr', 'a=b&c=d'],
        ['pct', '100%'],
      ],
    }),
  },
  {
    id: 'http.query.none',
    description: 'no query string gives an empty search, not a stray `?`',
    definition: echo,
    request: get('/q'),
    expect: echoed({ method: 'GET', path: '/q', search: '', params: [] }),
  },
];
