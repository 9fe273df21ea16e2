import { fastArray, isPlainDateString, isRecord } from "../../validation/fast-parse";
import { fastIndicatorValues } from "./indicator-values-fast";
import { fastLabelAward, fastListOrEmpty } from "./label-input-fast";
import { type ParsedPeersCommandInput, repeatedReferences } from "./peers-input-schema";

type Cluster = ParsedPeersCommandInput["cluster"];
type ReferenceEntry = ParsedPeersCommandInput["reference"][number];

function fastCluster(input: unknown): Cluster | undefined {
  if (!isRecord(input)) return undefined;
  const { id, country, sector } = input;
  if (typeof id !== "string" || typeof country !== "string" || typeof sector !== "string") return undefined;
  const values = fastIndicatorValues(input.values);
  return values && { id, country, sector, values };
}

// Written out rather than spread from `fastCluster`: an object spread per entry cost more than all the checks.
function fastReferenceEntry(input: unknown): ReferenceEntry | undefined {
  if (!isRecord(input)) return undefined;
  const { id, country, sector, benchmarkDate } = input;
  if (typeof id !== "string" || typeof country !== "string" || typeof sector !== "string" || !isPlainDateString(benchmarkDate)) {
    return undefined;
  }
  const values = fastIndicatorValues(input.values);
  const labels = fastListOrEmpty(input.labels, (value) => fastArray(value, fastLabelAward));
  return values && labels && { id, country, sector, values, benchmarkDate, labels };
}

/**
 * `peersInputSchema`'s output for a plainly valid `peers` input, otherwise `undefined` (the schema words
 * the error). A fraction of zod's time on 1,300 reference clusters (issue 10, item 8).
 */
export function fastParsePeersInput(input: unknown): ParsedPeersCommandInput | undefined {
  if (!isRecord(input) || !isPlainDateString(input.asOf)) return undefined;
  const cluster = fastCluster(input.cluster);
  const reference = fastArray(input.reference, fastReferenceEntry);
  if (!cluster || !reference || repeatedReferences(reference).length > 0) return undefined;
  return { asOf: input.asOf, cluster, reference };
}
