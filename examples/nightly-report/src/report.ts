import type { ReportWindow } from './report-window.js';
import type { Sale } from './sales.js';

/** A SKU's share of the day. */
export interface SkuTotal {
  readonly sku: string;
  readonly units: number;
  readonly revenueCents: number;
}

/** The report for one day. */
export interface DailyReport {
  readonly day: string;
  readonly from: Date;
  readonly to: Date;
  readonly orders: number;
  readonly units: number;
  readonly revenueCents: number;
  /** Rounded to a cent; 0 on a day without orders. */
  readonly averageOrderCents: number;
  /** The three SKUs with the most revenue (ties: by name). */
  readonly topSkus: readonly SkuTotal[];
}

/**
 * Builds the report of a window from its sales (sales outside the window are ignored).
 *
 * @example
 * buildReport(reportWindow(ev.scheduledTime), sales).revenueCents
 */
export function buildReport(window: ReportWindow, sales: readonly Sale[]): DailyReport {
  const start = window.from.getTime();
  const end = window.to.getTime();
  const orders = new Set<string>();
  const bySku = new Map<string, { units: number; revenueCents: number }>();
  let units = 0;
  let revenueCents = 0;
  for (const sale of sales) {
    const at = sale.at.getTime();
    if (at < start || at >= end) continue;
    orders.add(sale.orderId);
    units += sale.units;
    revenueCents += sale.amountCents;
    const sku = bySku.get(sale.sku) ?? { units: 0, revenueCents: 0 };
    sku.units += sale.units;
    sku.revenueCents += sale.amountCents;
    bySku.set(sale.sku, sku);
  }
  const topSkus = [...bySku]
    .map(([sku, t]) => ({ sku, ...t }))
    .sort((a, b) => b.revenueCents - a.revenueCents || a.sku.localeCompare(b.sku))
    .slice(0, 3);
  const averageOrderCents = orders.size === 0 ? 0 : Math.round(revenueCents / orders.size);
  return { ...window, orders: orders.size, units, revenueCents, averageOrderCents, topSkus };
}
