// V8 flags for the engine's work, set before any engine code runs. They are process-wide, so they
// hold for worker threads too.
//
// Interrupt budget (CLI and server). V8 optimises a function once it has used up its "interrupt
// budget" of executed bytecode. Both the CLI and the server run a large engine (a dozen rules, their
// word lists, twitter-text) over short posts, and with V8's default budget hundreds of engine
// functions that run only a few thousand times are optimised — compiling them costs more than the
// optimised code saves.
// - CLI: each thread lints a few thousand posts. About nine times the default budget leaves the
//   lukewarm functions to the baseline compiler and still optimises the hot ones: the cold first
//   5,000 posts of the bench corpus take about 15 % less CPU, the steady state is unchanged.
// - Server: fewer optimised functions is less compiled code and less compiler memory — with 100 open
//   posts about 6 MB less resident memory — and fewer optimisation jobs competing with a keystroke's
//   lint (the 1 KB keystroke's p99 fell from about 5 ms to about 3 ms); opening a 1 MB post, whose
//   hot loops are optimised either way, takes as long as before.
// Budgets from 67,584 (the default) to 2.4 million were measured, with inlining and Maglev variants;
// 600,000 was best for the CLI within noise (BENCHMARKS.md).
//
// Batch linting (CLI only), measured on the bench corpus, alternating runs of the whole CLI:
// - `--no-regexp-tier-up`: an expression is compiled to machine code on its first use, not first
//   interpreted and compiled again on its second. The engine's expressions (word lists, twitter-text's
//   URL patterns) run thousands of times in a run, so the interpreted first pass is work thrown
//   away: about 90 ms less wall time for 10,000 posts.
// - `--no-concurrent-recompilation`: worker threads started after this compile optimised code on
//   their own thread instead of handing it to V8's background threads. On a machine whose cores the
//   lint threads already fill, the background compiles only compete with them: about 90 ms less.
// - `--max-inlined-bytecode-size-cumulative=460` (half the default) and `--no-turbo-loop-peeling`:
//   each thread compiles its hot functions itself, about 300 ms of optimising per thread, and the
//   largest (the lint loop, the token extraction, X's counting) took 20–35 ms each, mostly for code
//   inlined into them. Inlining half as much and not peeling loops compiles faster than the code
//   runs slower: about 40–50 ms less wall time in paired runs (a quarter of the default inlining was
//   slower than the default).
// `--single-threaded` (which would also take the garbage collector's helpers) crashes V8 when set
// after start-up, and the flags cannot go on node's command line of an npm bin.

import * as v8 from 'node:v8';

/** Both the CLI and the server. */
export function raiseInterruptBudget(): void {
  v8.setFlagsFromString('--interrupt-budget=600000');
}

/** The CLI, which lints many posts in a row on every core. */
export function tuneForBatchLinting(): void {
  v8.setFlagsFromString('--no-regexp-tier-up');
  v8.setFlagsFromString('--no-concurrent-recompilation');
  v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=460');
  v8.setFlagsFromString('--no-turbo-loop-peeling');
}
