// What the main thread and the parse worker share (parse-in-parallel.ts, parse-worker.ts).

export interface ParseQueue {
  /** Each file's bytes, in shared memory (posting them to the worker copies nothing). */
  files: Uint8Array[];
  /** One Int32: the next file to take. Both threads take with Atomics.add, so neither idles. */
  next: SharedArrayBuffer;
}

/** What the worker posts, about every megabyte of files it took. */
export interface WorkerBatch {
  /** Files the worker parsed, in the order of the values in `json`. */
  indices: number[];
  json: string;
  /** Files it took but left to the main thread. */
  returned: number[];
  /** The worker has nothing more to send. */
  last: boolean;
}
