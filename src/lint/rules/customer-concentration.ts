// customer-concentration: a road map captured by one large customer stops serving the
// market; flag when one customer asked for too large a share of the scheduled work.
import * as z from "zod/mini";
import type { Located } from "../../model/roadmap.js";
import type { Epic } from "../../model/schemas.js";
import { listIds, listPlannedEpics } from "../plan.js";
import { defineRule, type RuleFinding } from "../rule.js";

interface CustomerShare {
  name: string;
  /** Epic and the index of its requested_by entry naming the customer. */
  requests: { epic: Located<Epic>; index: number }[];
}

export const customerConcentration = defineRule({
  id: "customer-concentration",
  description: "More than max_share of scheduled, not dropped epics requested by one customer.",
  defaultSeverity: "warn",
  options: z.strictObject({
    max_share: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.4),
  }),
  check(roadmap, { options }) {
    const scheduled = listPlannedEpics(roadmap).filter((epic) => epic.data.milestone !== undefined);
    const findings: RuleFinding[] = [];
    for (const customer of tallyCustomers(scheduled)) {
      const share = customer.requests.length / scheduled.length;
      if (share <= options.max_share) continue;
      const first = customer.requests[0]!;
      findings.push({
        file: first.epic.file,
        path: ["requested_by", first.index, "name"],
        at: "value",
        message:
          `customer "${customer.name}" requested ${customer.requests.length} of ${scheduled.length} scheduled epics ` +
          `(${percent(share)}, more than ${percent(options.max_share)}): ` +
          listIds(customer.requests.map((request) => request.epic.id)),
      });
    }
    return findings;
  },
});

/** Customers by name, ignoring case and spacing; an epic counts once per customer. */
function tallyCustomers(epics: readonly Located<Epic>[]): CustomerShare[] {
  const customers = new Map<string, CustomerShare>();
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

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
