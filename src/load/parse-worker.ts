// A second thread for big road maps (parse-in-parallel.ts). It takes files from the shared
// queue and parses those that are plain, valid YAML with the loader's own fast path; anything
// else (bad bytes, syntax errors, aliases, values JSON cannot carry) goes back to the main
// thread, which reads it the usual way and reports it. Results travel as JSON strings: V8
// copies a flat string and parses JSON several times faster than a structured clone. They go
// in batches, so the last one is small and the main thread does not wait for one big stringify.
import { parentPort, workerData } from "node:worker_threads";
import { parseCleanYaml } from "../parse/parse-clean-yaml.js";
import { NEXT_FILE, type ParseQueue, WORKER_STARTED, type WorkerBatch } from "./parse-queue.js";

const BATCH_BYTES = 1024 * 1024;

const queue = workerData as ParseQueue;
const state = new Int32Array(queue.state);
const count = queue.files.length;

let indices: number[] = [];
let values: unknown[] = [];
let batchBytes = 0;
const send = (last: boolean): void => {
  const batch: WorkerBatch = { indices, json: JSON.stringify(values), last };
  parentPort?.postMessage(batch);
  indices = [];
  values = [];
  batchBytes = 0;
};

Atomics.store(state, WORKER_STARTED, 1);
for (let i = Atomics.add(state, NEXT_FILE, 1); i < count; i = Atomics.add(state, NEXT_FILE, 1)) {
  const bytes = queue.files[i] as Uint8Array;
  // A file it cannot parse cleanly is simply not in any batch: the main thread reads it then.
  const parse = parseCleanYaml(bytes);
  if (parse !== undefined) {
    indices.push(i);
    values.push(parse.value);
  }
  batchBytes += bytes.length;
  if (batchBytes >= BATCH_BYTES) send(false);
}
send(true);
