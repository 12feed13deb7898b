// What dist/cli.js loads after it has started the worker threads: the run (main thread) and the
// batch linting (worker threads), with the engine behind them. Bundled apart as dist/cli-engine.js
// (build.mjs), so that dist/cli.js is small and starts the workers before anything large is compiled.

export { run } from './run';
export { serveBatches } from './worker';
