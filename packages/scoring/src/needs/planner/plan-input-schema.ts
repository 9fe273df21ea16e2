import { z } from "zod";

const id = z.string({ error: "expected a string" }).min(1, { error: "expected a non-empty id" });
const amount = (what: string) =>
  z
    .number({ error: `expected a ${what} of at least 0` })
    .min(0, { error: `expected a ${what} of at least 0` })
    .refine(Number.isFinite, { error: `expected a ${what} of at least 0` });

/** The `plan` input of SCORING-CLI.md; rules across fields are checked by `findPlanIssue`. */
export const planInputSchema = z.object({
  budget: amount("budget"),
  needs: z.array(
    z.object({
      id,
      importance: z
        .number({ error: "expected a whole number between 1 and 5" })
        .int({ error: "expected a whole number between 1 and 5" })
        .min(1, { error: "expected a whole number between 1 and 5" })
        .max(5, { error: "expected a whole number between 1 and 5" }),
    }),
    { error: "expected an array of needs" },
  ),
  services: z.array(
    z.object({
      id,
      cost: amount("cost"),
      addresses: z.array(id, { error: "expected an array of need ids" }),
    }),
    { error: "expected an array of services" },
  ),
});

/** What a caller sends to the planner (`plan` command, portal). */
export type PlanInput = z.input<typeof planInputSchema>;
export type ParsedPlanInput = z.output<typeof planInputSchema>;
