/** The authorization matrix: every procedure's row (entry.ts says what a row means), by area. */
import { type MatrixEntry } from "./entry";
import { foundationRows } from "./foundation";
import { needsServicesEventsRows } from "./needs-services-events";
import { membersRegionRows } from "./members-region";
import { benchmarkingLabelsRows } from "./benchmarking-labels";
import { cooperationBrokerageRows } from "./cooperation-brokerage";
import { dataRightsRows } from "./data-rights";

export const matrixRows: Record<string, MatrixEntry> = {
  ...foundationRows,
  ...needsServicesEventsRows,
  ...membersRegionRows,
  ...benchmarkingLabelsRows,
  ...cooperationBrokerageRows,
  ...dataRightsRows,
};
