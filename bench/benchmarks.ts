import { scoringBenchmark } from "./scoring";
import { benchmarkReportBenchmark } from "./benchmark-report";
import { cooperationMatchesBenchmark } from "./cooperation-matches";
import { brokerageDayBenchmark } from "./brokerage-day";
import type { Benchmark } from "./lib/figure";
import { matchingBenchmark } from "./matching";
import { membersBenchmark } from "./members";
import { needsBenchmark } from "./needs";
import { needsAnalysisPageBenchmark } from "./needs-analysis-page";
import { pagesBenchmark } from "./pages";
import { labelsBenchmark } from "./labels";
import { prospectsBenchmark } from "./prospects";
import { schedulingBenchmark } from "./scheduling";
import { scoringValidationBenchmark } from "./scoring-validation";

/** Every benchmark by name; `pnpm bench <name>` runs one. Each lives in its own file beside this one. */
export const benchmarks: Benchmark[] = [
  schedulingBenchmark,
  brokerageDayBenchmark,
  scoringBenchmark,
  scoringValidationBenchmark,
  matchingBenchmark,
  pagesBenchmark,
  needsBenchmark,
  needsAnalysisPageBenchmark,
  membersBenchmark,
  prospectsBenchmark,
  labelsBenchmark,
  benchmarkReportBenchmark,
  cooperationMatchesBenchmark,
];
