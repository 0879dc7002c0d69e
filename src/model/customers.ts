// Which customers asked for which epics (`requested_by` entries with source customer and a
// name). One home for how names are matched, used by lint customer-concentration and review.
import type { Located } from "./roadmap.js";
import type { Epic } from "./schemas.js";

export interface CustomerRequests {
  /** The name as first written (trimmed). */
  name: string;
  /** Each epic that names the customer, with the index of its first requested_by entry doing so. */
  requests: { epic: Located<Epic>; index: number }[];
}

/** Customers by name, ignoring case and spacing; an epic counts once per customer. Order: first seen. */
export function tallyCustomers(epics: readonly Located<Epic>[]): CustomerRequests[] {
  const customers = new Map<string, CustomerRequests>();
  for (const epic of epics) {
    const seen = new Set<string>();
    epic.data.requested_by?.forEach((request, index) => {
      if (request.source !== "customer" || request.name === undefined) return;
      const key = request.name.trim().replace(/\s+/g, " ").toLowerCase();
      if (key === "" || seen.has(key)) return;
      seen.add(key);
      const customer = customers.get(key) ?? { name: request.name.trim(), requests: [] };
      customer.requests.push({ epic, index });
      customers.set(key, customer);
    });
  }
  return [...customers.values()];
}
