// What `roadmap review` reports (docs/review.md): these types are the JSON shape, key for key and in
// the order `--json` prints them. Every format (text, Markdown, HTML) renders this one value.

export const committedResults = [
  "delivered",
  "dropped",
  "carried-over",
  "slipped",
  "missed",
  "open",
] as const;
/** What became of an epic committed at the baseline, first match wins (docs/review.md). */
export type CommittedResult = (typeof committedResults)[number];
export type EpicResult = CommittedResult | "added";

/** How an epic added during the period stood at the baseline. */
export type AddedWas = "new" | "rescheduled" | "unscheduled";

export interface ReviewPeriod {
  /** `2026-Q2`, or the milestone's id. */
  label: string;
  start: string;
  end: string;
  /** Today is on or before the period's last day: the end state is today's. */
  running: boolean;
}

/** A state of the road map: the commit it is read from, and that commit's date (UTC). */
export interface StateRef {
  hash: string;
  date: string;
}

export interface BaselineRef extends StateRef {
  /** The baseline is later than the end of the period's first day (a road map younger than the period). */
  after_start: boolean;
}

export interface ReviewSummary {
  committed: number;
  delivered: number;
  dropped: number;
  carried_over: number;
  slipped: number;
  missed: number;
  open: number;
  added: number;
  /** delivered / committed; null when nothing was committed. */
  say_do: number | null;
  points: { committed: number; delivered: number; say_do: number | null };
}

export interface ReviewEpic {
  id: string;
  title: string;
  result: EpicResult;
  /** The due date at the baseline (null: absent or unscheduled there). */
  due_before: string | null;
  /** The due date in the end state (null: gone or unscheduled). */
  due_after: string | null;
  /** For `slipped` with a new due date: days from the old due date to the new one. */
  slip_days?: number;
  /** For `added`. */
  was?: AddedWas;
  /** For `carried-over`: the epic that continues it. */
  continued_by?: string;
}

export interface StaleEpic {
  id: string;
  title: string;
  status: "planned" | "in-progress";
  /** The date of its last semantic change. */
  last_changed: string;
  /** Days from that change to the review date. */
  days: number;
}

export interface ReviewOutcome {
  id: string;
  title: string;
  metric: string | null;
  target: number | string | null;
  /** Set once the outcome is measured. */
  actual: number | string | null;
}

export interface ReviewHealth {
  id: string;
  title: string;
  health: "at-risk" | "off-track";
  /** The date its health was last changed. */
  since: string;
}

export interface TopCustomer {
  name: string;
  /** How many of the period's epics name the customer. */
  epics: number;
  /** That count over all the period's epics. */
  share: number;
}

export interface ReviewInputs {
  /** Per request source, how many of the period's epics name it at least once. */
  by_source: Record<string, number>;
  top_customer: TopCustomer | null;
}

export interface ReviewReport {
  period: ReviewPeriod;
  baseline: BaselineRef;
  end: StateRef;
  summary: ReviewSummary;
  epics: ReviewEpic[];
  stale: StaleEpic[];
  outcomes: ReviewOutcome[];
  health: ReviewHealth[];
  inputs: ReviewInputs;
  /** Only when true: a shallow clone, so some history behind these figures is missing. */
  partial?: true;
}

export interface TrendEntry {
  period: ReviewPeriod;
  summary: ReviewSummary;
}

export interface TrendReport {
  trend: TrendEntry[];
  /** Only when true: a shallow clone, so some history behind these figures is missing. */
  partial?: true;
}
