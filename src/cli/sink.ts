// Where output goes: stdout, or --out FILE written atomically (a temp file beside
// it, renamed into place only when the run completes), so an interrupted run
// never leaves a half-written file.
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Sink {
  write(s: string): Promise<void>;
  /** complete: rename into place */
  commit(): void;
  /** interrupted or failed: remove the temp file */
  abort(): void;
}

export function stdoutSink(stdout: NodeJS.WritableStream): Sink {
  return {
    write: (s) =>
      new Promise((resolve) => {
        if (s === '' || stdout.write(s)) resolve();
        else stdout.once('drain', () => resolve());
      }),
    commit() {},
    abort() {},
  };
}

export function fileSink(path: string): Sink {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w');
  let open = true;
  const cleanup = () => {
    if (!open) return;
    open = false;
    closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
  };
  const onSignal = (sig: NodeJS.Signals) => {
    cleanup();
    process.kill(process.pid, sig);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const detach = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  return {
    async write(s) {
      if (s) writeSync(fd, s);
    },
    commit() {
      if (!open) return;
      open = false;
      closeSync(fd);
      renameSync(tmp, path);
      detach();
    },
    abort() {
      cleanup();
      detach();
    },
  };
}
