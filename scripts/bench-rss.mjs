// Runs a node program (a script and its arguments, or -e CODE) in this process and,
// at exit, writes this process's peak resident memory (KB) to stderr, so the
// benchmark can read a whole process's peak memory with nothing but node.
process.on('exit', () => {
  process.stderr.write(`\nswapfacts-bench-rss=${process.resourceUsage().maxRSS}\n`);
});
const [first, ...rest] = process.argv.slice(2);
if (first === '-e') {
  // node -e 0: nothing to run
} else {
  process.argv = [process.argv[0], first, ...rest];
  await import(new URL(first, `file://${process.cwd()}/`).href);
}
