// The process's streams and environment, passed in so the CLI runs the same in
// tests as in a shell. Exit codes are part of the contract (README).
export const EXIT = {
  ok: 0,
  /** one or more inputs could not be read or decoded (the others were processed) */
  inputFailed: 1,
  /** bad usage: unknown option, bad value, missing argument */
  usage: 2,
  /** eval: a field fell below its floor */
  belowFloor: 3,
  /** a bug in swapfacts: please report it */
  internal: 70,
} as const;

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
}
