// Library entry: import { extract } from 'swapfacts'.
export { extract, OptionError } from './extract.js';
export type * from './types.js';
