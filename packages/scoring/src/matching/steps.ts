/**
 * Work that pauses between steps: a generator that yields after each unit (a profile, a document), so a
 * server can answer requests between them instead of blocking its event loop for the whole build (the
 * portal's match index, `runSliced` in @clusterwerk/api), while the command, tests and benches run it
 * through at once with `runSteps`. The engine stays pure: when to pause is the caller's business.
 */
export type Steps<T> = Generator<void, T, undefined>;

/** Runs `steps` to the end without pausing and returns what they compute. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
