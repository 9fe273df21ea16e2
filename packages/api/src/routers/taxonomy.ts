import { z } from "zod";
import { type PickableTaxonomy, pickableTaxonomies, taxonomyGroups } from "../taxonomy-terms";
import { createTRPCRouter, protectedProcedure } from "../trpc";

const taxonomies = Object.keys(pickableTaxonomies) as [PickableTaxonomy, ...PickableTaxonomy[]];

/** The taxonomies of DOMAIN.md §1.3 as the profile pickers show them (reference data, the same for every tenant). */
export const taxonomyRouter = createTRPCRouter({
  /** Anyone signed in: NACE sections with their divisions, or technology fields with their topics, in German and English. */
  groups: protectedProcedure
    .input(z.object({ taxonomy: z.enum(taxonomies, "invalidChoice") }))
    .query(({ ctx, input }) => taxonomyGroups(ctx.db, input.taxonomy)),
});
