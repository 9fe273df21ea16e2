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
    const seen = new Map<string, number>();
    input.reference.forEach((entry, index) => {
      const key = JSON.stringify([entry.id, entry.benchmarkDate]);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else {
        ctx.addIssue({
          code: "custom",
          path: ["reference", index, "benchmarkDate"],
          message: `cluster ${entry.id} has another benchmarking (reference.${first}) on ${entry.benchmarkDate}`,
        });
      }
    });
  });
export type PeersCommandInput = z.input<typeof peersInputSchema>;
export type ParsedPeersCommandInput = z.output<typeof peersInputSchema>;
