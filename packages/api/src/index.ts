import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root";

export { appRouter, type AppRouter } from "./root";
export { calendarDayOf } from "./calendar-day";
export { csvHeaders, csvStream, toCsv, type CsvValue } from "./csv";
export { loadGrowthPotential } from "./growth-potential";
export { MatchIndexCache, matchIndexCache, termLabels, toMatchData } from "./cooperation/match-index-cache";
export { importProspectChunk } from "./prospect-import";
export { allowedLevelsOf } from "./label-eligibility";
export { sendLabelExpiryReminders } from "./label-reminders";
export { runScheduledJobs, startJobScheduler } from "./jobs/scheduled-jobs";
export { createCallerFactory, createContext, type Context, type Viewer } from "./trpc";
export { handleTrpcRequest, refuseCrossSite } from "./http";
export { backgroundSettled } from "./background";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
