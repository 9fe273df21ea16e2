/** One measured figure as `bench/results.json` stores it (ARCHITECTURE.md, Tests and CI). */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** Human-readable target, e.g. "< 50 ms"; null when the figure is informative only. */
  target: string | null;
  ok: boolean | null;
}

/** A benchmark: measures and returns its figures; printing and saving is the runner's job. */
export interface Benchmark {
  name: string;
  run: () => Promise<Figure[]> | Figure[];
}
