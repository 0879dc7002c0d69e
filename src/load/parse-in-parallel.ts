// Parsing is most of what reading a big road map costs (bench/README.md, "Figures behind the
// code"), and it is one file at a time. With a second core and enough bytes to pay for a
// worker's start-up, a worker thread takes files from the same queue as the main thread
// (parse-worker.ts). Results are the same as parsing here: the worker parses only clean files
// and hands every other file back, and a worker that fails leaves its files to this thread.
import { availableParallelism } from "node:os";
import { parseSourceFile } from "../parse/parse-sources.js";
import { type ParsedYaml, withTextFromBytes } from "../parse/parse-yaml.js";
import { NEXT_FILE, type ParseQueue, WORKER_STARTED, type WorkerBatch } from "./parse-queue.js";

export interface FileToParse {
  path: string;
  bytes: Uint8Array;
}

/**
 * The built worker, beside the bundle chunk this module is built into (scripts/build.mjs puts
 * it there, and test/e2e/parse-worker.test.ts checks it). Run from the sources (the unit
 * tests), there is no built worker: it fails to start and the main thread parses every file.
 */
const BUILT_WORKER = new URL("./parse-worker.js", import.meta.url);

/**
 * "auto": a worker beside the main thread when the files are big enough and a second core
 * exists. "on": every file goes to the worker first, whatever the size (tests compare it with
 * "off", which never starts one).
 */
export type ParseThreads = "auto" | "on" | "off";

export interface ParseOptions {
  threads?: ParseThreads;
  /** Another worker script than the built one (tests). */
  worker?: URL;
}

/**
 * Below this many bytes the main thread would parse nearly everything before a worker has
 * started (js-yaml's speed against a worker's start-up; bench/README.md, "Figures behind the
 * code"). Just above it, a worker that starts too late is stopped, not awaited.
 */
export const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;

export interface ParsedFiles {
  /** One per file, in order. */
  results: ParsedYaml[];
  /** How many the worker parsed (0 without one). */
  byWorker: number;
}

export async function parseFiles(
  files: readonly FileToParse[],
  options: ParseOptions = {},
): Promise<ParsedFiles> {
  const threads = options.threads ?? "auto";
  const total = files.reduce((sum, file) => sum + file.bytes.length, 0);
  const worthIt = total >= PARALLEL_MIN_BYTES && availableParallelism() > 1;
  if (threads === "off" || (threads === "auto" && !worthIt)) {
    return { results: files.map((file) => parseSourceFile(file)), byWorker: 0 };
  }
  return parseWithWorker(files, options.worker ?? BUILT_WORKER, threads === "auto");
}

async function parseWithWorker(
  files: readonly FileToParse[],
  url: URL,
  mainThreadTakesFiles: boolean,
): Promise<ParsedFiles> {
  const queue = shareFiles(files);
  const state = new Int32Array(queue.state);
  const results: (ParsedYaml | undefined)[] = new Array(files.length);
  // Loaded here only: a small road map never needs worker_threads.
  const { Worker } = await import("node:worker_threads");
  const worker = startWorker(Worker, url, queue);

  while (mainThreadTakesFiles) {
    const i = Atomics.add(state, NEXT_FILE, 1);
    if (i >= files.length) break;
    const file = files[i] as FileToParse;
    results[i] = parseSourceFile(file);
  }
  // Done before the worker even started: it can take nothing now, so do not wait for it.
  if (mainThreadTakesFiles && Atomics.load(state, WORKER_STARTED) === 0) {
    worker.stop();
    return { results: results as ParsedYaml[], byWorker: 0 };
  }

  let byWorker = 0;
  for (const batch of await worker.batches) {
    byWorker += batch.indices.length;
    const values = JSON.parse(batch.json) as unknown[];
    batch.indices.forEach((fileIndex, k) => {
      const clean = { ok: true, value: values[k], findings: [] };
      results[fileIndex] = withTextFromBytes(clean, (files[fileIndex] as FileToParse).bytes);
    });
  }
  // Files the worker handed back, and all it had taken if it failed.
  const all = results.map((result, i) => {
    if (result !== undefined) return result;
    return parseSourceFile(files[i] as FileToParse);
  });
  return { results: all, byWorker };
}

/** Folder sources read into shared memory already; other bytes (git blobs) are copied once. */
function shareFiles(files: readonly FileToParse[]): ParseQueue {
  const shared = files.map(({ bytes }) => {
    if (bytes.buffer instanceof SharedArrayBuffer) return bytes;
    const copy = new Uint8Array(new SharedArrayBuffer(bytes.length));
    copy.set(bytes);
    return copy;
  });
  return { files: shared, state: new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT) };
}

interface StartedWorker {
  /** All the worker's batches, or those it sent before it failed. */
  batches: Promise<WorkerBatch[]>;
  stop(): void;
}

function startWorker(
  Worker: typeof import("node:worker_threads").Worker,
  url: URL,
  queue: ParseQueue,
): StartedWorker {
  const batches: WorkerBatch[] = [];
  let worker: InstanceType<typeof Worker>;
  try {
    worker = new Worker(url, { workerData: queue, stdout: true, stderr: true });
  } catch {
    return { batches: Promise.resolve(batches), stop: () => {} };
  }
  return {
    batches: new Promise((resolve) => {
      worker.on("message", (batch: WorkerBatch) => {
        batches.push(batch);
        if (batch.last) resolve(batches);
      });
      worker.once("error", () => resolve(batches));
      worker.once("exit", () => resolve(batches));
    }),
    stop: () => void worker.terminate(),
  };
}
