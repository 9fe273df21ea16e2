import { z } from "zod";
import { memberCategories } from "../domain/member-categories";
import { partnershipTypes, profileReaches, profileTypes } from "../domain/cooperation";
import { factorNames, mergeWeights, WEIGHT_SUM_TOLERANCE, weightSum } from "./weights";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "expected a real calendar date YYYY-MM-DD");

const id = z.string().min(1, "expected a non-empty id");
const latitude = z.number().min(-90, "expected a latitude between -90 and 90").max(90, "expected a latitude between -90 and 90");
const longitude = z.number().min(-180, "expected a longitude between -180 and 180").max(180, "expected a longitude between -180 and 180");
const weight = z.number().min(0, "expected a number between 0 and 1").max(1, "expected a number between 0 and 1");

/** `field/topic` slugs; the parent of `a/b` is `a`, a bare field is allowed. */
// Only emptiness is refused: SCORING-CLI.md lists what is invalid, and the spelling of a slug is not.
const tag = z.string().trim().min(1, "expected a tag slug like field/topic");
/** A NACE Rev. 2 section letter, optionally with a two-digit division (`C28`; the parent is `C`). */
const naceCode = z.string().trim().min(1, "expected a NACE code such as C28 or C");

export const matchClusterSchema = z.object({
  id,
  lat: latitude,
  lon: longitude,
  radiusKm: z.number().nonnegative("expected a radius in km of at least 0").default(150),
  openMatchmaking: z.boolean().default(false),
});

export const matchOrganisationSchema = z.object({
  id,
  cluster: id,
  category: z.enum(memberCategories),
  lat: latitude,
  lon: longitude,
  consent: z.boolean().default(true),
});

export const cooperationProfileSchema = z.object({
  id,
  org: id,
  type: z.enum(profileTypes),
  title: z.string().default(""),
  summary: z.string().default(""),
  description: z.string().default(""),
  tags: z.array(tag).default([]),
  nace: z.array(naceCode).default([]),
  partnerships: z.array(z.enum(partnershipTypes)).default([]),
  reach: z.enum(profileReaches),
  validUntil: isoDate,
});

export const factorWeightsSchema = z.object(
  Object.fromEntries(factorNames.map((name) => [name, weight.optional()])) as Record<
    (typeof factorNames)[number],
    z.ZodOptional<typeof weight>
  >,
);

const matchDataShape = {
  clusters: z.array(matchClusterSchema),
  partnerships: z.array(z.tuple([id, id])).default([]),
  organisations: z.array(matchOrganisationSchema),
  profiles: z.array(cooperationProfileSchema),
};

type Issue = { path: (string | number)[]; message: string };

/** The first reference to an unknown or duplicate id, in document order. */
function firstReferenceIssue(data: z.output<z.ZodObject<typeof matchDataShape>>): Issue | null {
  const clusterIds = new Set<string>();
  for (const [index, cluster] of data.clusters.entries()) {
    if (clusterIds.has(cluster.id)) return { path: ["clusters", index, "id"], message: `duplicate cluster id "${cluster.id}"` };
    clusterIds.add(cluster.id);
  }
  for (const [index, pair] of data.partnerships.entries()) {
    for (const side of [0, 1] as const) {
      if (!clusterIds.has(pair[side])) return { path: ["partnerships", index, side], message: `unknown cluster "${pair[side]}"` };
    }
  }
  const organisationIds = new Set<string>();
  for (const [index, organisation] of data.organisations.entries()) {
    if (organisationIds.has(organisation.id))
      return { path: ["organisations", index, "id"], message: `duplicate organisation id "${organisation.id}"` };
    if (!clusterIds.has(organisation.cluster))
      return { path: ["organisations", index, "cluster"], message: `unknown cluster "${organisation.cluster}"` };
    organisationIds.add(organisation.id);
  }
  const profileIds = new Set<string>();
  for (const [index, profile] of data.profiles.entries()) {
    if (profileIds.has(profile.id)) return { path: ["profiles", index, "id"], message: `duplicate profile id "${profile.id}"` };
    if (!organisationIds.has(profile.org)) return { path: ["profiles", index, "org"], message: `unknown organisation "${profile.org}"` };
    profileIds.add(profile.id);
  }
  return null;
}

/** Clusters, partnerships, organisations and profiles: the data every match request runs on. */
export const matchDataSchema = z.object(matchDataShape).superRefine((data, ctx) => {
  const issue = firstReferenceIssue(data);
  if (issue) ctx.addIssue({ code: "custom", ...issue });
});

/** The `match` command's input (SCORING-CLI.md); also what the portal validates before matching. */
export const matchInputSchema = z
  .object({
    asOf: isoDate,
    for: id,
    limit: z.number().int("expected a whole number").min(1, "expected a whole number of at least 1").default(10),
    weights: factorWeightsSchema.optional(),
    ...matchDataShape,
  })
  .superRefine((input, ctx) => {
    if (!input.profiles.some((profile) => profile.id === input.for)) {
      ctx.addIssue({ code: "custom", path: ["for"], message: `unknown profile "${input.for}"` });
      return;
    }
    const sum = weightSum(mergeWeights(input.weights));
    if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
      ctx.addIssue({
        code: "custom",
        path: ["weights"],
        message: `expected weights that sum to 1 (± ${WEIGHT_SUM_TOLERANCE}) after merging with the defaults, got ${Number(sum.toFixed(6))}`,
      });
      return;
    }
    const issue = firstReferenceIssue(input);
    if (issue) ctx.addIssue({ code: "custom", ...issue });
  });

export type MatchCluster = z.output<typeof matchClusterSchema>;
export type MatchOrganisation = z.output<typeof matchOrganisationSchema>;
export type CooperationProfile = z.output<typeof cooperationProfileSchema>;
/** Validated match data, defaults applied. */
export type MatchData = z.output<typeof matchDataSchema>;
/** What a caller sends to `match` (defaults may be left out). */
export type MatchInput = z.input<typeof matchInputSchema>;
/** A validated `match` input, defaults applied. */
export type MatchRequest = z.output<typeof matchInputSchema>;
