// V8 optimises a function once it has used up its "interrupt budget" of executed bytecode. Both the
// CLI and the server run a large engine (a dozen rules, their word lists, twitter-text) over short
// posts, and with V8's default budget hundreds of engine functions that run only a few thousand times
// are optimised — compiling them costs more than the optimised code saves.
//
// - CLI: each thread lints a few thousand posts. About nine times the default budget leaves the
//   lukewarm functions to the baseline compiler and still optimises the hot ones: the cold first
//   5,000 posts of the bench corpus take about 15 % less CPU, the steady state is unchanged.
// - Server: fewer optimised functions is less compiled code and less compiler memory — with 100 open
//   posts about 6 MB less resident memory — and fewer optimisation jobs competing with a keystroke's
//   lint (the 1 KB keystroke's p99 fell from about 5 ms to about 3 ms); opening a 1 MB post, whose
//   hot loops are optimised either way, takes as long as before.
// Budgets from 67,584 (the default) to 2.4 million were measured, with inlining and Maglev variants;
// 600,000 was best for the CLI within noise (BENCHMARKS.md). The flag is process-wide, so it holds
// for worker threads too; it must be set before any engine code runs.

import * as v8 from 'node:v8';

export function raiseInterruptBudget(): void {
  v8.setFlagsFromString('--interrupt-budget=600000');
}
