// `roadmap ideas` (docs/edit.md): the intake ranked. Pure: the road map and today in, rows out.
// RICE score = reach x impact x confidence / effort; demand = requests and distinct customers;
// age from `submitted`; a promoted idea carries its epic's status and roll-up progress.
import { daysBetween } from "../model/dates.js";
import type { Located, Roadmap } from "../model/roadmap.js";
import type { Idea, IdeaStatus, Score } from "../model/schemas.js";
import { epicProgress } from "../rollup/rollup.js";
import type { IdeaSort } from "./idea-sorts.js";

export interface RankedIdea {
  id: string;
  title: string;
  status: IdeaStatus;
  /** RICE; null without a score. */
  score: number | null;
  demand: { requests: number; customers: number };
  /** Days from `submitted` to today; null without a date. */
  age_days: number | null;
  /** For a promoted idea whose epic exists. */
  epic?: { id: string; status: string; progress: number };
}

export interface RankOptions {
  /** YYYY-MM-DD. */
  today: string;
  sort: IdeaSort;
  /** Only these statuses (all when absent). */
  statuses?: readonly IdeaStatus[];
}

export function rankIdeas(roadmap: Roadmap, options: RankOptions): RankedIdea[] {
  const wanted = options.statuses === undefined ? undefined : new Set(options.statuses);
  const rows = roadmap.ideas
    .filter((idea) => wanted === undefined || wanted.has(idea.data.status))
    .map((idea) => describeIdea(idea, roadmap, options.today));
  return rows.sort(comparators[options.sort]);
}

/** RICE, with float noise dropped (0.7 x 3 is 2.0999999999999996). */
export function riceScore(score: Score): number {
  return Number(((score.reach * score.impact * score.confidence) / score.effort).toPrecision(12));
}

function describeIdea(idea: Located<Idea>, roadmap: Roadmap, today: string): RankedIdea {
  const { data } = idea;
  const epic = data.promoted_to === undefined ? undefined : roadmap.epicById.get(data.promoted_to);
  return {
    id: idea.id,
    title: data.title,
    status: data.status,
    score: data.score === undefined ? null : riceScore(data.score),
    demand: countDemand(data),
    age_days: data.submitted === undefined ? null : daysBetween(data.submitted, today),
    ...(epic === undefined
      ? {}
      : { epic: { id: epic.id, status: epic.data.status, progress: epicProgress(epic.data).progress } }),
  };
}

/**
 * Every request counts; customers are the distinct names of `customer` requests, compared as
 * customer-concentration does (case and spacing ignored). A customer request without a name
 * is a request but names nobody.
 */
function countDemand(idea: Idea): RankedIdea["demand"] {
  const requests = idea.requested_by ?? [];
  const customers = new Set(
    requests
      .filter((request) => request.source === "customer" && request.name !== undefined)
      .map((request) => (request.name as string).trim().replace(/\s+/g, " ").toLowerCase())
      .filter((name) => name !== ""),
  );
  return { requests: requests.length, customers: customers.size };
}

type Compare = (a: RankedIdea, b: RankedIdea) => number;

/** Highest first, nulls last. */
const descending =
  (value: (row: RankedIdea) => number | null): Compare =>
  (a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return y - x;
  };

const byScore = descending((row) => row.score);
const byRequests = descending((row) => row.demand.requests);
const byCustomers = descending((row) => row.demand.customers);
const byAge = descending((row) => row.age_days);
const byId: Compare = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Each order breaks its ties by the others, then by id, so the list is stable. */
const comparators: Record<IdeaSort, Compare> = {
  score: (a, b) => byScore(a, b) || byRequests(a, b) || byCustomers(a, b) || byId(a, b),
  demand: (a, b) => byRequests(a, b) || byCustomers(a, b) || byScore(a, b) || byId(a, b),
  age: (a, b) => byAge(a, b) || byScore(a, b) || byId(a, b),
};
