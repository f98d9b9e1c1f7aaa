/** A value the YAML writer can write: JSON data. */
export type YamlValue = string | number | boolean | null | readonly YamlValue[] | { readonly [key: string]: YamlValue };

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_:.-]*$/;

/**
 * Writes JSON data as block YAML. Every string is double-quoted (a JSON string is a valid YAML
 * double-quoted scalar), so no value is ever read back as a number, boolean or null by mistake.
 *
 * @example
 * toYaml({ Resources: { Fn: { Type: 'AWS::Serverless::Function' } } })
 */
export function toYaml(value: YamlValue): string {
  return `${lines(value, 0).join('\n')}\n`;
}

function lines(value: YamlValue, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${pad}[]`];
    return value.flatMap((item: YamlValue) => listItem(item, indent));
  }
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [`${pad}{}`];
    return entries.flatMap(([key, v]) => entry(key, v, indent));
  }
  return [`${pad}${scalar(value)}`];
}

function entry(key: string, value: YamlValue, indent: number): string[] {
  const head = `${' '.repeat(indent)}${PLAIN_KEY.test(key) ? key : JSON.stringify(key)}:`;
  if (isCollection(value)) return [head, ...lines(value, indent + 2)];
  return [`${head} ${scalarOrEmpty(value)}`];
}

function listItem(value: YamlValue, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (!isCollection(value)) return [`${pad}- ${scalarOrEmpty(value)}`];
  const [first = '', ...rest] = lines(value, indent + 2);
  return [`${pad}- ${first.trimStart()}`, ...rest];
}

function scalarOrEmpty(value: YamlValue): string {
  if (Array.isArray(value)) return '[]';
  if (isObject(value)) return '{}';
  return scalar(value);
}

function scalar(value: YamlValue): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function isObject(value: YamlValue): value is { readonly [key: string]: YamlValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCollection(value: YamlValue): boolean {
  return (Array.isArray(value) && value.length > 0) || (isObject(value) && Object.keys(value).length > 0);
}
