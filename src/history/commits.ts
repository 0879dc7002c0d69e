// Commits as history reports them: what `log` prints and what `review` reads between states.
// Built by the history readers (history/read/), rendered by views and weighed by review.
import type { Change } from "./change.js";

export interface LogCommit {
  hash: string;
  date: string;
  author: string;
  subject: string;
  changes: Change[];
  /** Files this commit left unreadable: their items keep their last readable state. */
  unreadable?: { file: string; message: string }[];
  /**
   * Files this commit changed whose state before it is not known (unreadable at the oldest
   * commit of a shallow clone): their items' changes are left out rather than guessed.
   */
  unknown_before?: { file: string; message: string }[];
  /** The oldest commit of a shallow clone: what it changed is unknown. */
  boundary?: true;
}

export interface LogResult {
  commits: LogCommit[];
  /** The walk reached the edge of a shallow clone: older history is not here. */
  partial: boolean;
}

/** One item's log: also the epics it `continues`, nearest first, whose changes it lists too. */
export interface ItemLog extends LogResult {
  continues: string[];
}

/** A walked commit as review reads it: committer date (not author date) and what changed. */
export interface DatedCommit {
  hash: string;
  /** Committer date in UTC, YYYY-MM-DD. */
  date: string;
  changes: readonly Change[];
  /** Files the commit touched whose content could not be read (`log` lists these too). */
  notes: readonly { file: string }[];
}
