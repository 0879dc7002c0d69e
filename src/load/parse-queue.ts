// What the main thread and the parse worker share (parse-in-parallel.ts, parse-worker.ts).

export interface ParseQueue {
  /** Each file's bytes, in shared memory (posting them to the worker copies nothing). */
  files: Uint8Array[];
  /** Int32s at the indices below. */
  state: SharedArrayBuffer;
}

/** The next file to take: both threads take with Atomics.add, so neither idles. */
export const NEXT_FILE = 0;
/** 1 once the worker runs; set before it takes its first file. */
export const WORKER_STARTED = 1;

/** What the worker posts, about every megabyte of files it took. */
export interface WorkerBatch {
  /** Files the worker parsed, in the order of the values in `json`. */
  indices: number[];
  json: string;
  /** The worker has nothing more to send. */
  last: boolean;
}
