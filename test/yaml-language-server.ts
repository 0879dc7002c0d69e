// The YAML language server (the engine of VS Code's YAML extension, also run by Neovim, Helix and
// Zed) as an editor drives it: a process spoken to in JSON-RPC over stdio, given the workspace
// folder and the `yaml` settings, with documents opened in it. Tests ask it which schemas apply to
// a file and what it reports, so the schemas and associations `roadmap init` writes are checked
// by the real matcher, not a copy of its rules.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

const SERVER = fileURLToPath(
  new URL("../node_modules/yaml-language-server/bin/yaml-language-server", import.meta.url),
);

export interface ServerDiagnostic {
  message: string;
  range: { start: { line: number; character: number } };
}

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

export class YamlLanguageServer {
  private readonly pending = new Map<number, (message: Message) => void>();
  private readonly diagnostics = new Map<string, ServerDiagnostic[]>();
  private nextId = 1;
  private buffer = Buffer.alloc(0);
  private version = 0;

  private constructor(
    private readonly server: ChildProcessWithoutNullStreams,
    private readonly yamlSettings: Record<string, unknown>,
  ) {
    server.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
  }

  /** Starts a server on `workspace` with `yamlSettings` (the `yaml.*` settings, without the prefix). */
  static async start(workspace: string, yamlSettings: Record<string, unknown>): Promise<YamlLanguageServer> {
    const server = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    const client = new YamlLanguageServer(server, yamlSettings);
    const uri = pathToFileURL(workspace).href;
    await client.request("initialize", {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: "workspace" }],
      capabilities: { workspace: { configuration: true } },
    });
    client.notify("initialized", {});
    return client;
  }

  /** Opens a document (as an editor does when a file is shown). */
  open(path: string, text: string): string {
    const uri = pathToFileURL(path).href;
    this.version += 1;
    this.notify("textDocument/didOpen", {
      textDocument: { uri, languageId: "yaml", version: this.version, text },
    });
    return uri;
  }

  /** The titles of the schemas the server applies to an open document. */
  async schemasOf(uri: string): Promise<string[]> {
    const schemas = (await this.request("yaml/get/jsonSchema", uri)) as { name?: string; uri: string }[];
    return schemas.map((schema) => schema.name ?? schema.uri);
  }

  /** The last diagnostics published for a document. */
  diagnosticsOf(uri: string): ServerDiagnostic[] | undefined {
    return this.diagnostics.get(uri);
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.server.once("exit", resolve));
    await this.request("shutdown", null).catch(() => undefined);
    this.notify("exit", null);
    const timer = setTimeout(() => this.server.kill(), 5_000);
    await exited;
    clearTimeout(timer);
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (message) =>
        message.error ? reject(new Error(message.error.message)) : resolve(message.result),
      );
      this.send({ id, method, params });
    });
  }

  private notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
    this.server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.server.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf("\r\n\r\n");
      if (end === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString("utf8")) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.handle(message);
    }
  }

  private handle(message: Message): void {
    if (message.method === undefined && message.id !== undefined) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    } else if (message.method === "textDocument/publishDiagnostics") {
      const params = message.params as { uri: string; diagnostics: ServerDiagnostic[] };
      this.diagnostics.set(params.uri, params.diagnostics);
    } else if (message.id !== undefined) {
      // Requests from the server: its settings (sections yaml, http, [yaml], editor), and
      // registrations and progress, which need only an answer.
      const items = (message.params as { items?: { section?: string }[] } | undefined)?.items;
      const result =
        message.method === "workspace/configuration"
          ? (items ?? []).map((item) => (item.section === "yaml" ? this.yamlSettings : {}))
          : null;
      this.send({ id: message.id, result });
    }
  }
}

/** Polls `probe` until it returns a value `accept` takes, or fails after `timeout` ms. */
export async function waitFor<T>(
  probe: () => Promise<T> | T,
  accept: (value: T) => boolean,
  timeout = 15_000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() - start > timeout) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
