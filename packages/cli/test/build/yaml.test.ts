// biome-ignore-all lint/suspicious/noTemplateCurlyInString: shell and CloudFormation ${} placeholders are the expected output
import { describe, expect, it } from 'vitest';
import { toYaml } from '../../src/build/yaml.js';

describe('toYaml', () => {
  it('writes nested maps and lists in block style with every string double-quoted', () => {
    expect(
      toYaml({
        Transform: 'AWS::Serverless-2016-10-31',
        Version: '2.0',
        Count: 3,
        On: true,
        Nothing: null,
        List: ['a', { Ref: 'X', Deep: { K: 'v' } }, ['nested']],
        Empty: [],
        EmptyMap: {},
        'odd key': 'yes',
      }),
    ).toBe(
      [
        'Transform: "AWS::Serverless-2016-10-31"',
        'Version: "2.0"',
        'Count: 3',
        'On: true',
        'Nothing: null',
        'List:',
        '  - "a"',
        '  - Ref: "X"',
        '    Deep:',
        '      K: "v"',
        '  - - "nested"',
        'Empty: []',
        'EmptyMap: {}',
        '"odd key": "yes"',
        '',
      ].join('\n'),
    );
  });

  it('escapes quotes, newlines and ${} in strings as JSON does', () => {
    expect(toYaml({ Sub: 'https://${Api}.example.com/"x"\nnext' })).toBe(
      'Sub: "https://${Api}.example.com/\\"x\\"\\nnext"\n',
    );
  });
});
