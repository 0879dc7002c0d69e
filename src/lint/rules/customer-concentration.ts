// customer-concentration: a road map captured by one large customer stops serving the
// market; flag when one customer asked for too large a share of the scheduled work.
import * as z from "zod/mini";
import { tallyCustomers } from "../../model/customers.js";
import { formatShare } from "../../model/percent.js";
import { listIds, listPlannedEpics } from "../plan.js";
import { defineRule, type RuleFinding } from "../rule.js";

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
          `(${formatShare(share)}, more than ${formatShare(options.max_share)}): ` +
          listIds(customer.requests.map((request) => request.epic.id)),
      });
    }
    return findings;
  },
});
