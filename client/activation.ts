// How long the extension's activation took, as the extension measures it itself: running the
// bundle's module code (build.mjs puts a timestamp before and after it), and `activate` until its
// promise resolves. Parsing the bundle comes before its first statement and is not included, nor is
// what VS Code does between loading the module and calling `activate`; VS Code's own figure
// (Developer: Show Running Extensions) includes both.
// The extension tests read it through the API and hand it to the benchmark.

/** Set by the first and the last line of dist/extension.js; undefined when running unbundled. */
declare const POSTLINT_BUNDLE_STARTED: number | undefined;
declare const POSTLINT_BUNDLE_LOADED: number | undefined;

export interface ActivationTiming {
  /** Running the bundle's module code (the language client library, mostly), in ms. */
  loadMs?: number;
  /** `activate` until its promise resolved, in ms. */
  activateMs: number;
  /** Both together. */
  totalMs: number;
}

export function activationTiming(activateCalledAt: number, activatedAt: number): ActivationTiming {
  const started = typeof POSTLINT_BUNDLE_STARTED === 'number' ? POSTLINT_BUNDLE_STARTED : undefined;
  const loaded = typeof POSTLINT_BUNDLE_LOADED === 'number' ? POSTLINT_BUNDLE_LOADED : undefined;
  const loadMs = started === undefined || loaded === undefined ? undefined : loaded - started;
  const activateMs = activatedAt - activateCalledAt;
  return { ...(loadMs === undefined ? {} : { loadMs }), activateMs, totalMs: (loadMs ?? 0) + activateMs };
}
