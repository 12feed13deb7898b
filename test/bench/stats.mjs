// Small statistics for benchmark samples.

export function median(values) {
  return percentile(values, 50);
}

/**
 * Nearest-rank percentile: the smallest sample that at least p % of the samples do not exceed. With
 * 500 samples p99 is the 495th smallest: a real observed latency, never an interpolation.
 */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  if (p === 50 && sorted.length % 2 === 0) {
    // The usual median of an even count: the mean of the two middle samples.
    const middle = sorted.length / 2;
    return (sorted[middle - 1] + sorted[middle]) / 2;
  }
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function min(values) {
  return values.length === 0 ? NaN : Math.min(...values);
}

export function max(values) {
  return values.length === 0 ? NaN : Math.max(...values);
}

/** Latency summary of one series, in ms. */
export function latencySummary(values) {
  return { count: values.length, p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99), max: max(values) };
}
