// What a command may touch of the outside world, passed in so tests and the CLI agree.
export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: { isTTY?: boolean; columns?: number };
}

export function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    stdout: process.stdout,
  };
}
