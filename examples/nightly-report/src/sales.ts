/** One sale, as the shop records it. */
export interface Sale {
  readonly orderId: string;
  readonly sku: string;
  readonly units: number;
  readonly amountCents: number;
  readonly at: Date;
}

/** Where sales are read from (a warehouse query, BigQuery, Cosmos DB… in production). */
export interface SalesSource {
  /** Sales with `from <= at < to`. */
  between(from: Date, to: Date): Promise<readonly Sale[]>;
}

/**
 * A `SalesSource` over a fixed list.
 *
 * @example
 * const source = memorySalesSource([{ orderId: 'o1', sku: 'MUG', units: 1, amountCents: 900, at: new Date() }])
 */
export function memorySalesSource(sales: readonly Sale[]): SalesSource {
  return {
    async between(from, to) {
      const start = from.getTime();
      const end = to.getTime();
      return sales.filter((s) => s.at.getTime() >= start && s.at.getTime() < end);
    },
  };
}
