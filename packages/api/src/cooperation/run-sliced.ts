import { performance } from "node:perf_hooks";
import { type Steps } from "@clusterwerk/scoring/matching";

/**
 * How long engine work may hold the event loop before it lets waiting requests in. A full match index
 * build takes 160–280 ms of CPU over 5,000 profiles and, with two portals and PostgreSQL sharing 2 cores,
 * blocked an instance for 300–600 ms at a time every few seconds: the load run's read p95 was that wait
 * (issue 12). In 5 ms slices a request waits at most one slice for the build.
 */
export const SLICE_MS = 5;

/** Runs `steps` in slices of about `sliceMs`, giving the event loop a turn (`setImmediate`) between them. */
export async function runSliced<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
