// Reads `git cat-file --batch` output as it arrives, in time and memory linear in its size:
// each blob is copied once into a buffer of its own size (or, when it arrives whole, not
// copied at all), never re-joined with what came before. Re-joining the pending bytes for
// every chunk made one large blob cost the square of its size (docs/history.md).

export interface CatFileHandlers {
  onBlob(id: string, bytes: Uint8Array): void;
  /** A blob over `maxBytes`: its size only; its bytes are skipped, never held. */
  onTooLarge?(id: string, size: number): void;
  maxBytes?: number;
}

type State =
  | { kind: "header"; parts: Buffer[] }
  | { kind: "body"; id: string; bytes: Buffer; filled: number }
  | { kind: "skip"; left: number }
  | { kind: "newline" };

/** Feed it chunks in order (`push`); it calls the handlers once per object. */
export class CatFileOutputReader {
  private state: State = { kind: "header", parts: [] };

  constructor(private readonly handlers: CatFileHandlers) {}

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      const state = this.state;
      if (state.kind === "header") at = this.readHeader(state, chunk, at);
      else if (state.kind === "body") at = this.readBody(state, chunk, at);
      else if (state.kind === "skip") {
        const taken = Math.min(state.left, chunk.length - at);
        state.left -= taken;
        at += taken;
        if (state.left === 0) this.state = { kind: "header", parts: [] };
      } else {
        at++;
        this.state = { kind: "header", parts: [] };
      }
    }
  }

  /** Whether the output ended between objects (not inside one). */
  get complete(): boolean {
    return this.state.kind === "header" && this.state.parts.length === 0;
  }

  private readHeader(state: { parts: Buffer[] }, chunk: Buffer, at: number): number {
    const lineEnd = chunk.indexOf(10, at);
    if (lineEnd === -1) {
      state.parts.push(chunk.subarray(at));
      return chunk.length;
    }
    state.parts.push(chunk.subarray(at, lineEnd));
    // Headers are short (`<id> <type> <size>`): joining their parts costs nothing.
    const [id = "", type = "", sizeText = ""] = Buffer.concat(state.parts).toString("latin1").split(" ");
    const size = Number(sizeText);
    if (type === "missing" || type === "ambiguous" || !Number.isSafeInteger(size)) {
      this.state = { kind: "header", parts: [] };
    } else if (this.handlers.maxBytes !== undefined && size > this.handlers.maxBytes) {
      this.handlers.onTooLarge?.(id, size);
      this.state = { kind: "skip", left: size + 1 };
    } else if (chunk.length - (lineEnd + 1) >= size) {
      // The whole blob is in this chunk: hand out a view of it, no copy.
      this.handlers.onBlob(id, chunk.subarray(lineEnd + 1, lineEnd + 1 + size));
      this.state = { kind: "newline" };
      return lineEnd + 1 + size;
    } else {
      this.state = { kind: "body", id, bytes: Buffer.allocUnsafe(size), filled: 0 };
    }
    return lineEnd + 1;
  }

  private readBody(state: { id: string; bytes: Buffer; filled: number }, chunk: Buffer, at: number): number {
    const taken = Math.min(state.bytes.length - state.filled, chunk.length - at);
    chunk.copy(state.bytes, state.filled, at, at + taken);
    state.filled += taken;
    if (state.filled === state.bytes.length) {
      this.handlers.onBlob(state.id, state.bytes);
      this.state = { kind: "newline" };
    }
    return at + taken;
  }
}
