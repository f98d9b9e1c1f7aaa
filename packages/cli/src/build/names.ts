const WORD_BOUNDARY = /([a-z0-9])([A-Z])/g;
const NON_ALNUM = /[^A-Za-z0-9]+/g;

/**
 * An export name as a kebab-case resource name (GCP functions, Cloud Scheduler jobs, default topics).
 *
 * @example
 * toKebabName('ordersQueue') // 'orders-queue'
 */
export function toKebabName(name: string): string {
  return name
    .replace(WORD_BOUNDARY, '$1-$2')
    .replace(NON_ALNUM, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

/**
 * An export name as an environment variable / app setting prefix.
 *
 * @example
 * toEnvName('ordersQueue') // 'ORDERS_QUEUE'
 */
export function toEnvName(name: string): string {
  return toKebabName(name).replaceAll('-', '_').toUpperCase();
}

/**
 * An export name as a CloudFormation logical id prefix (letters and digits only).
 *
 * @example
 * toLogicalName('orders_queue') // 'OrdersQueue'
 */
export function toLogicalName(name: string): string {
  return toKebabName(name)
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
