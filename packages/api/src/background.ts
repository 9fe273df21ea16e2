/** Work a procedure hands off to run after its answer, e.g. mailing a reset link. */
export type Deferred = () => Promise<void>;
export type Defer = (task: Deferred) => void;

const running = new Set<Promise<void>>();

/**
 * The default `defer` of the context: starts the task at once without making the answer wait for it,
 * logs a failure (it has no caller left to answer), and keeps it in a set until it ends, so a test or a
 * shutdown can wait for what is still running (`backgroundSettled`).
 */
export const runInBackground: Defer = (task) => {
  const run: Promise<void> = task()
    .catch((error: unknown) => console.error("background task failed", error))
    .finally(() => running.delete(run));
  running.add(run);
};

/** Resolves once no background task is running (tasks started by running tasks included). */
export async function backgroundSettled(): Promise<void> {
  while (running.size > 0) await Promise.all([...running]);
}
