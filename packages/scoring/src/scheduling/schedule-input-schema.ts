import { z } from "zod";

const id = z.string({ error: "expected a string" }).min(1, { error: "expected a non-empty id" });

/** The `schedule` input of SCORING-CLI.md; rules across fields are checked by `findEventIssue`. */
export const scheduleInputSchema = z.object({
  slots: z.array(id, { error: "expected an array of slot names" }),
  tables: z
    .number({ error: "expected a whole number of at least 1" })
    .int({ error: "expected a whole number of at least 1" })
    .min(1, { error: "expected a whole number of at least 1" }),
  participants: z.array(
    z.object({
      id,
      available: z.array(id, { error: "expected an array of slot names" }),
    }),
    { error: "expected an array of participants" },
  ),
  meetings: z.array(
    z.object({
      id,
      a: id,
      b: id,
      mutual: z.boolean({ error: "expected true or false" }).default(false),
      locked: id.nullish(),
    }),
    { error: "expected an array of meetings" },
  ),
});

export type ScheduleInput = z.output<typeof scheduleInputSchema>;
