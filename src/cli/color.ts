// JSON pretty-printing with colour for people at a terminal; plain for pipes.
import type { ChalkInstance } from 'chalk';

/** The colours swapfacts paints with. */
export type Painter = Pick<ChalkInstance, 'blue' | 'bold' | 'dim' | 'green' | 'magenta' | 'red' | 'yellow'>;

const same = (s: string) => s;
const PLAIN: Painter = { blue: same, bold: same, dim: same, green: same, magenta: same, red: same, yellow: same } as unknown as Painter;
let chalk: Painter | undefined;

/**
 * Load chalk, before painting: its import asks the terminal what it can show (and
 * loads Node's terminal code), which a run into a pipe or a file never needs.
 */
export async function loadColor(): Promise<void> {
  if (chalk) return;
  const { Chalk } = await import('chalk');
  chalk = new Chalk({ level: 1 });
}

/** Colours when asked (after loadColor()), or plain text. */
export function painter(color: boolean): Painter {
  if (!color) return PLAIN;
  if (!chalk) throw new Error('colour asked for before loadColor()');
  return chalk;
}

export type ColorMode = 'auto' | 'always' | 'never';

/** Colour when asked, or on a TTY when NO_COLOR is unset (https://no-color.org). */
export function wantColor(mode: ColorMode, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}

export function colorizeJson(json: string): string {
  const c = painter(true);
  // tokens of JSON.stringify output: strings (keys when followed by a colon), numbers, literals
  return json.replace(
    /("(?:[^"\\]|\\.)*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g,
    (m, str: string | undefined, colon: string | undefined, lit: string | undefined, num: string | undefined) => {
      if (str !== undefined) return colon ? c.blue(str) + colon : c.green(str);
      if (lit !== undefined) return c.magenta(lit);
      if (num !== undefined) return c.yellow(num);
      return m;
    },
  );
}
