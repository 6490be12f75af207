// A progress line on stderr: files done, rate, ETA. Only for a person at a terminal.
export interface Progress {
  tick(): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, total: number | null): Progress {
  if (!stream.isTTY) return { tick() {}, done() {} };
  const started = Date.now();
  let n = 0;
  let last = 0;
  const draw = () => {
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? n / secs : 0;
    let line = `${n}${total != null ? `/${total}` : ''} files  ${rate.toFixed(1)}/s`;
    if (total != null && total > 0) {
      const width = 24;
      const filled = Math.round((n / total) * width);
      const eta = rate > 0 ? Math.ceil((total - n) / rate) : 0;
      line = `[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${line}  ETA ${eta}s`;
    }
    stream.write(`\r${line}\u001b[K`);
  };
  return {
    tick() {
      n++;
      const now = Date.now();
      if (now - last > 100) {
        last = now;
        draw();
      }
    },
    done() {
      draw();
      stream.write('\n');
    },
  };
}
