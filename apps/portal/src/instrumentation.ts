/**
 * Next.js calls this once when a server process starts: in the Node.js runtime it starts the scheduled jobs
 * (docs/ARCHITECTURE.md "Scheduled jobs"). Next replaces `process.env.NEXT_RUNTIME` at build time, so the Edge
 * bundle drops the branch and never sees the Node.js-only modules behind it; read through env.ts, it could not.
 */
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- must stay a literal for Next's build-time replacement (above)
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("./server/job-scheduler")).startScheduledJobs();
}
