import { describe, expect, test } from "vitest";
import { CatFileOutputReader } from "./cat-file-output.js";

const A = "a".repeat(40);
const B = "b".repeat(40);
const C = "c".repeat(40);
const D = "d".repeat(40);

/** `git cat-file --batch` output for these objects (undefined: missing). */
function batchOutput(objects: [string, string | undefined][]): Buffer {
  return Buffer.concat(
    objects.map(([id, text]) =>
      text === undefined
        ? Buffer.from(`${id} missing\n`)
        : Buffer.concat([
            Buffer.from(`${id} blob ${Buffer.byteLength(text)}\n`),
            Buffer.from(text),
            Buffer.from("\n"),
          ]),
    ),
  );
}

function readInChunks(output: Buffer, size: number, maxBytes?: number) {
  const blobs: [string, string][] = [];
  const tooLarge: [string, number][] = [];
  const reader = new CatFileOutputReader({
    onBlob: (id, bytes) => blobs.push([id, Buffer.from(bytes).toString("utf8")]),
    onTooLarge: (id, bytes) => tooLarge.push([id, bytes]),
    ...(maxBytes === undefined ? {} : { maxBytes }),
  });
  for (let at = 0; at < output.length; at += size) reader.push(output.subarray(at, at + size));
  return { blobs, tooLarge, complete: reader.complete };
}

describe("CatFileOutputReader", () => {
  const objects: [string, string | undefined][] = [
    [A, "title: Auth\n"],
    [B, undefined],
    [C, ""],
    [D, "line 1\nline 2 with a newline at the end\n\n"],
  ];
  const output = batchOutput(objects);

  test.each([1, 2, 3, 7, 41, 64, output.length])("the same blobs whatever the chunk size (%i)", (size) => {
    expect(readInChunks(output, size)).toEqual({
      blobs: [
        [A, "title: Auth\n"],
        [C, ""],
        [D, "line 1\nline 2 with a newline at the end\n\n"],
      ],
      tooLarge: [],
      complete: true,
    });
  });

  test("blobs over the limit are skipped, their size reported, the next ones still read", () => {
    const big = "x".repeat(1000);
    const result = readInChunks(
      batchOutput([
        [A, big],
        [B, "small"],
      ]),
      100,
      999,
    );
    expect(result.tooLarge).toEqual([[A, 1000]]);
    expect(result.blobs).toEqual([[B, "small"]]);
    expect(result.complete).toBe(true);
  });

  test("output that stops inside a blob is not complete", () => {
    const cut = output.subarray(0, output.length - 5);
    expect(readInChunks(cut, 16).complete).toBe(false);
  });

  test("a large blob arriving in 64 KiB chunks is handed out whole", () => {
    const size = 8 * 1024 * 1024;
    const big = Buffer.concat([
      Buffer.from(`${A} blob ${size}\n`),
      Buffer.alloc(size, 0x61),
      Buffer.from("\n"),
    ]);
    let received = 0;
    const reader = new CatFileOutputReader({ onBlob: (_id, bytes) => (received = bytes.length) });
    for (let at = 0; at < big.length; at += 65536) reader.push(big.subarray(at, at + 65536));
    expect(received).toBe(size);
  });
});
