// Entry of dist/engine.js: the engine's side of the server (tasks and hovers, with the rules they
// need), bundled apart from dist/server.js so that starting the server only parses the connection.
// The server requires it on the first task or hover, the background worker when it starts; build.mjs
// points `./tasks` and `./hover` of the server's modules here.

export { TASKS, LintCache } from './tasks';
export { hoverFor } from './hover';
