import { type Database, schema } from "@clusterwerk/db";
import {
  type NeedCategory,
  needCategories,
  type NeedHorizon,
  needHorizons,
  type NeedStatus,
  type NeedVisibility,
} from "@clusterwerk/scoring/domain";
import { organisations as smartIndustriesMembers } from "../data/organisations";
import { people } from "../data/people";
import { needCatalogue } from "./need-catalogue";

const CLUSTER = "smart-industries";
const DAY = 86_400_000;

/** Categories the current campaign asks (the previous one asked all 13, so the trend has both sides). */
const currentCategories: NeedCategory[] = [
  "innovation-rd",
  "digitalisation",
  "sustainability",
  "qualification",
  "skilled-workers",
  "funding",
  "internationalisation",
  "networking",
  "regulation",
];

/** Demo organisations whose contact persons sign in: they have not answered the current campaign yet, so they can. */
const answerLater = new Set(
  people.flatMap((p) => p.roles.flatMap((role) => (role.kind === "member" && role.cluster === CLUSTER ? [role.organisation] : []))),
);

/** A small deterministic generator (mulberry32): the same demo on every seed. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Picks by cumulative weights, e.g. [["open", 0.65], ["addressed", 0.35]]. */
function weighted<T>(random: () => number, options: readonly (readonly [T, number])[]): T {
  let roll = random();
  for (const [value, weight] of options) {
    if (roll < weight) return value;
    roll -= weight;
  }
  const last = options[options.length - 1];
  if (!last) throw new Error("no options");
  return last[0];
}

const importanceWeights = [
  [1, 0.08],
  [2, 0.17],
  [3, 0.3],
  [4, 0.27],
  [5, 0.18],
] as const;
const visibilityWeights: readonly (readonly [NeedVisibility, number])[] = [
  ["management", 0.45],
  ["cluster-members", 0.35],
  ["partner-clusters", 0.2],
];

const day = (at: Date) => at.toISOString().slice(0, 10);

interface Context {
  tx: Database;
  clusterId: string;
  managerId: string | null;
  contactOf: Map<string, string>;
  random: () => number;
  /** Counts generated needs, so categories cycle through all 13 (5 and 13 are coprime). */
  counter: { value: number };
}

/** Inserts one need with its status history: opened at `createdAt`, moved once later when its status is not open. */
async function insertNeed(
  ctx: Context,
  params: {
    organisationId: string;
    slug: string;
    campaignId: string | null;
    categories: readonly NeedCategory[];
    createdAt: Date;
    status: NeedStatus;
    now: Date;
  },
) {
  const { random } = ctx;
  const category = params.categories[(ctx.counter.value * 5) % params.categories.length] ?? "digitalisation";
  const entries = needCatalogue[category];
  const entry = entries[ctx.counter.value % entries.length] ?? entries[0];
  ctx.counter.value += 1;
  if (!entry) throw new Error(`no catalogue entry for ${category}`);
  const horizon: NeedHorizon = needHorizons[Math.floor(random() * needHorizons.length)] ?? "now";
  const createdBy = ctx.contactOf.get(params.slug) ?? null;
  const movedAt = new Date(Math.min(params.now.getTime(), params.createdAt.getTime() + Math.floor(5 + random() * 60) * DAY));
  const [need] = await ctx.tx
    .insert(schema.needs)
    .values({
      clusterId: ctx.clusterId,
      organisationId: params.organisationId,
      campaignId: params.campaignId,
      category,
      title: entry.title,
      description: entry.description,
      importance: weighted(random, importanceWeights),
      horizon,
      status: params.status,
      visibility: weighted(random, visibilityWeights),
      createdBy,
      createdAt: params.createdAt,
      updatedAt: params.status === "open" ? params.createdAt : movedAt,
    })
    .returning({ id: schema.needs.id });
  if (!need) throw new Error("need insert returned nothing");
  const history: (typeof schema.needStatusChanges.$inferInsert)[] = [
    { needId: need.id, fromStatus: null, toStatus: "open", changedBy: createdBy, at: params.createdAt },
  ];
  if (params.status !== "open") {
    // The management moves a need on; the organisation itself withdraws it.
    const by = params.status === "withdrawn" ? createdBy : ctx.managerId;
    history.push({ needId: need.id, fromStatus: "open", toStatus: params.status, changedBy: by, at: movedAt });
  }
  await ctx.tx.insert(schema.needStatusChanges).values(history);
}

/**
 * The needs demo of Smart Industries (DOMAIN.md §2): needs of every category registered by its active
 * members over the last year, a closed campaign of a year ago that asked all 13 categories and a current
 * one that asks nine, both with answers, so the register, the campaigns and the analysis with its trend
 * show real data on first start. Deterministic: the same `now` gives the same rows.
 */
export async function seedDemoNeeds(
  tx: Database,
  params: {
    clusterIds: ReadonlyMap<string, string>;
    organisationIds: ReadonlyMap<string, string>;
    userIds: ReadonlyMap<string, string>;
    now: Date;
  },
): Promise<{ needs: number; campaigns: number }> {
  const clusterId = params.clusterIds.get(CLUSTER);
  if (!clusterId) throw new Error(`demo cluster ${CLUSTER} missing`);
  const managerEmail = people.find((p) => p.roles.some((role) => role.kind === "manager" && role.cluster === CLUSTER))?.email;
  const contactOf = new Map(
    people.flatMap((p) =>
      p.roles.flatMap((role) => {
        const userId = params.userIds.get(p.email);
        return role.kind === "member" && role.cluster === CLUSTER && userId ? [[role.organisation, userId] as const] : [];
      }),
    ),
  );
  const managerId = managerEmail ? (params.userIds.get(managerEmail) ?? null) : null;
  const ctx: Context = { tx, clusterId, managerId, contactOf, random: generator(20_260_315), counter: { value: 0 } };
  const { now } = params;
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
  const active = smartIndustriesMembers.flatMap((o) => {
    const organisationId = params.organisationIds.get(o.slug);
    return o.membership.status === "active" && organisationId ? [{ slug: o.slug, organisationId }] : [];
  });
  let needs = 0;

  // Needs registered in the register, outside any campaign: about one in two members, one or two each.
  for (const [index, member] of active.entries()) {
    if (index % 2 === 1) continue;
    for (let n = 0; n < 1 + (index % 3 === 0 ? 1 : 0); n++) {
      const status = weighted<NeedStatus>(ctx.random, [
        ["open", 0.65],
        ["in-progress", 0.15],
        ["addressed", 0.12],
        ["withdrawn", 0.08],
      ]);
      await insertNeed(ctx, {
        ...member,
        campaignId: null,
        categories: needCategories,
        createdAt: at(10 + Math.floor(ctx.random() * 300)),
        status,
        now,
      });
      needs += 1;
    }
  }

  const campaigns = [
    { title: "Bedarfsumfrage 2025", opensDaysAgo: 400, closesDaysAgo: 370, categories: [...needCategories], answerRate: 0.55 },
    { title: "Bedarfsumfrage 2026", opensDaysAgo: 14, closesDaysAgo: -16, categories: currentCategories, answerRate: 0.45 },
  ];
  for (const campaign of campaigns) {
    const [row] = await tx
      .insert(schema.campaigns)
      .values({
        clusterId,
        title: campaign.title,
        opensOn: day(at(campaign.opensDaysAgo)),
        closesOn: day(at(campaign.closesDaysAgo)),
        categories: campaign.categories,
        createdBy: managerId,
        createdAt: at(campaign.opensDaysAgo + 7),
      })
      .returning({ id: schema.campaigns.id });
    if (!row) throw new Error("campaign insert returned nothing");
    const current = campaign.closesDaysAgo < 0;
    const lastDayAgo = Math.max(campaign.closesDaysAgo, 0);
    const invitees = [];
    for (const member of active) {
      const answers = !(current && answerLater.has(member.slug)) && ctx.random() < campaign.answerRate;
      const respondedAt = answers ? at(lastDayAgo + Math.floor(ctx.random() * (campaign.opensDaysAgo - lastDayAgo))) : null;
      invitees.push({
        campaignId: row.id,
        organisationId: member.organisationId,
        respondedAt,
        remindedAt: !answers && ctx.random() < 0.5 ? at(lastDayAgo + 3) : null,
      });
      if (!respondedAt) continue;
      const count = 1 + Math.floor(ctx.random() * 2);
      for (let n = 0; n < count; n++) {
        const status = current
          ? weighted<NeedStatus>(ctx.random, [
              ["open", 0.85],
              ["in-progress", 0.15],
            ])
          : weighted<NeedStatus>(ctx.random, [
              ["open", 0.4],
              ["in-progress", 0.25],
              ["addressed", 0.3],
              ["withdrawn", 0.05],
            ]);
        await insertNeed(ctx, { ...member, campaignId: row.id, categories: campaign.categories, createdAt: respondedAt, status, now });
        needs += 1;
      }
    }
    await tx.insert(schema.campaignInvitees).values(invitees);
  }
  return { needs, campaigns: campaigns.length };
}
