import type { IndicatorValues } from "../indicator-types";
import type { LabelAward } from "../label-input";

/** The cluster a peer report is made for. */
export interface PeerCluster {
  id: string;
  country: string;
  sector: string;
  values: IndicatorValues;
}

/** One finalised benchmarking of the reference database; a cluster id may have several. */
export interface ReferenceBenchmarking extends PeerCluster {
  benchmarkDate: string;
  labels: readonly LabelAward[];
}

/** Everything `peers` compares (SCORING-CLI.md); `asOf` is the benchmarking's date. */
export interface PeerReportInput {
  asOf: string;
  cluster: PeerCluster;
  reference: readonly ReferenceBenchmarking[];
}
