import { z } from "zod";
import { plainDateSchema } from "../../dates/plain-date-schema";
import { indicatorValuesSchema } from "./indicator-values-schema";
import { labelAwardSchema } from "./label-input-schema";

const text = (what: string) => z.string({ error: `expected ${what}` });

const clusterFields = {
  id: text("a cluster id"),
  country: text("a country code"),
  sector: text("a sector field"),
  values: indicatorValuesSchema,
};

const clusterSchema = z.object(clusterFields, { error: "expected a cluster with id, country, sector and values" });

const referenceSchema = z.object(
  {
    ...clusterFields,
    benchmarkDate: plainDateSchema,
    labels: z.array(labelAwardSchema, { error: "expected a list of labels" }).default([]),
  },
  { error: "expected a reference benchmarking with id, country, sector, benchmarkDate and values" },
);

/** One entry of a cluster on a date that an earlier entry (`first`) already holds: the latest entry would be ambiguous. */
export interface RepeatedReference {
  index: number;
  first: number;
  id: string;
  benchmarkDate: string;
}

export function repeatedReferences(reference: readonly { id: string; benchmarkDate: string }[]): RepeatedReference[] {
  // Index by id, then by date: a joined key would cost a string per entry (the fast path runs this on every input).
  const seen = new Map<string, Map<string, number>>();
  const repeated: RepeatedReference[] = [];
  reference.forEach(({ id, benchmarkDate }, index) => {
    const dates = seen.get(id) ?? new Map<string, number>();
    const first = dates.get(benchmarkDate);
    if (first !== undefined) repeated.push({ index, first, id, benchmarkDate });
    else seen.set(id, dates.set(benchmarkDate, index));
  });
  return repeated;
}

/**
 * Input of `peers` (SCORING-CLI.md). Two entries of one cluster id on the same date are invalid: the
 * latest entry of a cluster would be ambiguous.
 */
export const peersInputSchema = z
  .object(
    {
      asOf: plainDateSchema,
      cluster: clusterSchema,
      reference: z.array(referenceSchema, { error: "expected a list of reference benchmarkings" }),
    },
    { error: "expected an object with asOf, cluster and reference" },
  )
  .superRefine((input, ctx) => {
    for (const { index, first, id, benchmarkDate } of repeatedReferences(input.reference)) {
      ctx.addIssue({
        code: "custom",
        path: ["reference", index, "benchmarkDate"],
        message: `cluster ${id} has another benchmarking (reference.${first}) on ${benchmarkDate}`,
      });
    }
  });
export type PeersCommandInput = z.input<typeof peersInputSchema>;
export type ParsedPeersCommandInput = z.output<typeof peersInputSchema>;
