import { type Database, listTaxonomy } from "@clusterwerk/db";
import { errorMessages, validationMessages as m } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";

/** The codes of a two-level taxonomy: parents (sections, fields) and their children (divisions, topics). */
async function knownCodes(db: Database, parent: "nace-section" | "technology-field", child: "nace-division" | "technology-topic") {
  const [parents, children] = await Promise.all([listTaxonomy(db, parent), listTaxonomy(db, child)]);
  return new Set([...parents, ...children].map((term) => term.code));
}

/**
 * Refuses technology tags and NACE codes that are not in the taxonomy (DOMAIN.md §1.3; admins extend it, so
 * the check reads `taxonomy_terms`). Each message is on its field and index, so the form shows it there.
 */
export async function checkProfileTerms(db: Database, terms: { technologyTags: readonly string[]; nace: readonly string[] }) {
  const [tags, nace] = await Promise.all([
    knownCodes(db, "technology-field", "technology-topic"),
    knownCodes(db, "nace-section", "nace-division"),
  ]);
  const result = z
    .object({
      technologyTags: z.array(z.string().refine((code) => tags.has(code), m.unknownTag)),
      nace: z.array(z.string().refine((code) => nace.has(code), m.unknownTag)),
    })
    .safeParse(terms);
  if (!result.success) throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.invalidInput, cause: result.error });
}
