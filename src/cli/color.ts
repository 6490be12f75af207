// JSON pretty-printing with colour for people at a terminal; plain for pipes.
import { Chalk } from 'chalk';

export type ColorMode = 'auto' | 'always' | 'never';

/** Colour when asked, or on a TTY when NO_COLOR is unset (https://no-color.org). */
export function wantColor(mode: ColorMode, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}

export function colorizeJson(json: string): string {
  const c = new Chalk({ level: 1 });
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
