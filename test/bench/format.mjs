// Number formatting for the benchmark's console output and BENCHMARKS.md.

export function fmtSeconds(ms) {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`;
}

export function fmtMs(ms) {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(ms >= 10 ? 1 : 2)} ms`;
}

/** Kilobytes (as /proc and GNU time report them) shown in MB. */
export function fmtMB(kb) {
  return `${(kb / 1024).toFixed(0)} MB`;
}

export function fmtKB(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
}

export function fmtInt(value) {
  return Math.round(value).toLocaleString('en-US');
}
