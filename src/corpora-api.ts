// Bundle entry for scripts (benchmark, header check): the corpus reader and the
// extractor in one file, so scripts load no TypeScript.
export { parseReutersSgml, type ReutersStory } from './corpora/reuters21578.js';
export { checkHeaders, expectedDatelinePlace } from './corpora/header-check.js';
export { extract } from './extract.js';
