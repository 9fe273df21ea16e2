import { schema } from "@clusterwerk/db";
import { createCluster, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import { defaultFactorWeights, type FactorWeights } from "@clusterwerk/scoring/matching";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type MatchMember, matchMember, profileIn } from "../test/cooperation-fixtures";
import { failure } from "../test/failure";
import { callerFor, setUpWorld } from "../test/world";

const ctx = setUpWorld();

const sensorText = {
  type: "TO" as const,
  title: "Vibration sensors for predictive maintenance",
  summary: "Our IoT sensors detect bearing wear in machine tools early; we offer them with data analytics for maintenance.",
};
/** Partnership type counts most: the candidate with the sought partnership but half the topic overtakes the other. */
const partnershipHeavy: FactorWeights = { topic: 0.1, text: 0.3, partnership: 0.4, geography: 0.1, actors: 0.05, reciprocity: 0.05 };
/** Preferences only: topic and text count nothing, so only the subject-first rule keeps the subject ahead. */
const preferencesOnly: FactorWeights = { topic: 0, text: 0, partnership: 0.5, geography: 0.3, actors: 0.1, reciprocity: 0.1 };

type Caller = Awaited<ReturnType<typeof callerFor>>;

/**
 * Cluster S: a member asks for IoT sensors (TR, technical cooperation). Three offers of other members of S:
 * `topic` shares tag and NACE code but seeks distribution; `partnership` shares the tag, not the NACE code, and
 * seeks technical cooperation; `elsewhere` is about water technology (only the NACE code in common) and seeks
 * technical cooperation. Under the defaults `topic` leads `partnership` (DOMAIN.md §5.3).
 */
describe("ranking weights per cluster (DOMAIN.md §5.3)", () => {
  let requester: MatchMember;
  let manager: Caller;
  let otherManager: Caller;
  let clusterId: string;
  let otherClusterId: string;
  let request: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    clusterId = (await createCluster(ctx.db)).id;
    otherClusterId = (await createCluster(ctx.db)).id;
    requester = await matchMember(ctx.db, clusterId);
    const managerUser = await createUser(ctx.db);
    await grantRole(ctx.db, managerUser.id, { kind: "manager", clusterId });
    manager = await callerFor(ctx.db, managerUser.id);
    const otherManagerUser = await createUser(ctx.db);
    await grantRole(ctx.db, otherManagerUser.id, { kind: "manager", clusterId: otherClusterId });
    otherManager = await callerFor(ctx.db, otherManagerUser.id);
    request = await profileIn(ctx.db, requester, { published: true });
    ids.topic = await profileIn(ctx.db, await matchMember(ctx.db, clusterId), {
      published: true,
      ...sensorText,
      partnershipTypes: ["distribution"],
    });
    ids.partnership = await profileIn(ctx.db, await matchMember(ctx.db, clusterId), { published: true, ...sensorText, nace: ["J62"] });
    ids.elsewhere = await profileIn(ctx.db, await matchMember(ctx.db, clusterId), {
      published: true,
      type: "TO",
      title: "Membrane filtration of process water for breweries",
      summary: "We clean process water of breweries and dairies with ceramic membranes and reuse it.",
      technologyTags: ["sustainability/water-technology"],
    });
    ids.draft = await profileIn(ctx.db, requester, { type: "BO" });
    ids.otherCluster = await profileIn(ctx.db, await matchMember(ctx.db, otherClusterId), { published: true });
  });

  const matches = async () => (await requester.caller.matchmaking.matches({ ...requester.scope, profileId: request })).matches;
  const order = async () => (await matches()).map((match) => match.profile);
  const before = (list: string[], first: string | undefined, second: string | undefined) =>
    list.indexOf(first ?? "") < list.indexOf(second ?? "");
  const save = (weights: FactorWeights) => manager.matchingWeights.save({ clusterId, ...weights });
  const auditRows = () => ctx.db.select().from(schema.auditLog).where(eq(schema.auditLog.clusterId, clusterId));

  it("§5.3 a cluster without its own weights ranks with the defaults, untouched by another cluster's weights", async () => {
    await otherManager.matchingWeights.save({ clusterId: otherClusterId, ...partnershipHeavy });
    expect(await manager.matchingWeights.get({ clusterId })).toMatchObject({ weights: defaultFactorWeights, custom: false });
    expect(before(await order(), ids.topic, ids.partnership)).toBe(true);
  });

  it("§5.3 weights a manager saves rank the members' very next matches (read per request, no index rebuild)", async () => {
    await order();
    expect(await save(partnershipHeavy)).toEqual({ weights: partnershipHeavy, custom: true });
    expect(before(await order(), ids.partnership, ids.topic)).toBe(true);
    const first = (await matches())[0];
    expect(first?.contributions.partnership).toBeCloseTo(40, 5);
    expect(await manager.matchingWeights.get({ clusterId })).toMatchObject({ weights: partnershipHeavy, custom: true });
  });

  it("§5.3 subject first with the cluster's weights: a candidate without a shared subject stays below, even scoring higher", async () => {
    await save(preferencesOnly);
    const list = await matches();
    const elsewhere = list.find((match) => match.profile === ids.elsewhere);
    const topic = list.find((match) => match.profile === ids.topic);
    expect(elsewhere?.factors.text).toBeLessThan(0.1);
    expect(elsewhere?.matchedTags.filter((tag) => tag.code.includes("/"))).toEqual([]);
    expect(elsewhere?.score ?? 0).toBeGreaterThan(topic?.score ?? 0);
    const ranked = list.map((match) => match.profile);
    expect(before(ranked, ids.topic, ids.elsewhere)).toBe(true);
    expect(before(ranked, ids.partnership, ids.elsewhere)).toBe(true);
  });

  it("saving the defaults (reset) stores none and the cluster follows the defaults again; every save is audited", async () => {
    const audited = (await auditRows()).length;
    expect(await save(defaultFactorWeights)).toEqual({ weights: defaultFactorWeights, custom: false });
    expect(await ctx.db.select().from(schema.clusterMatchWeights).where(eq(schema.clusterMatchWeights.clusterId, clusterId))).toEqual([]);
    expect(before(await order(), ids.topic, ids.partnership)).toBe(true);
    const rows = await auditRows();
    expect(rows).toHaveLength(audited + 1);
    expect(rows.at(-1)).toMatchObject({ action: "match-weights.saved", details: { previous: preferencesOnly, saved: null } });
  });

  it("preview: the top 10 under the saved and the proposed weights with each move, and nothing is saved", async () => {
    const audited = (await auditRows()).length;
    const preview = await manager.matchingWeights.preview({ clusterId, profileId: request, ...partnershipHeavy });
    const current = preview.current.map((row) => row.profileId);
    const proposed = preview.proposed.map((row) => row.profileId);
    expect(before(current, ids.topic, ids.partnership)).toBe(true);
    expect(before(proposed, ids.partnership, ids.topic)).toBe(true);
    const moved = preview.proposed.find((row) => row.profileId === ids.partnership);
    const wasAt = current.indexOf(ids.partnership ?? "");
    expect(moved?.move).toEqual({ kind: "up", by: wasAt - proposed.indexOf(ids.partnership ?? "") });
    expect(preview.proposed.find((row) => row.profileId === ids.topic)?.move.kind).toBe("down");
    expect(preview.current.every((row) => !row.dropped)).toBe(true);
    expect(await manager.matchingWeights.get({ clusterId })).toMatchObject({ custom: false });
    expect(await auditRows()).toHaveLength(audited);
  });

  it("preview: a profile that is a draft or of another cluster is NOT_FOUND", async () => {
    const draft = await failure(manager.matchingWeights.preview({ clusterId, profileId: ids.draft ?? "", ...partnershipHeavy }));
    const other = await failure(manager.matchingWeights.preview({ clusterId, profileId: ids.otherCluster ?? "", ...partnershipHeavy }));
    expect([draft.code, other.code]).toEqual(["NOT_FOUND", "NOT_FOUND"]);
  });

  it("a weight outside [0, 1] is refused on its field and nothing changes", async () => {
    const audited = (await auditRows()).length;
    const above = await failure(save({ ...defaultFactorWeights, topic: 1.2, text: -0.55 }));
    expect(above).toMatchObject({ code: "BAD_REQUEST", fields: { topic: ["weightOutOfRange"], text: ["weightOutOfRange"] } });
    const preview = await failure(manager.matchingWeights.preview({ clusterId, profileId: request, ...defaultFactorWeights, actors: 2 }));
    expect(preview).toMatchObject({ code: "BAD_REQUEST", field: "actors", fieldMessage: "weightOutOfRange" });
    expect(await manager.matchingWeights.get({ clusterId })).toMatchObject({ weights: defaultFactorWeights, custom: false });
    expect(await auditRows()).toHaveLength(audited);
  });

  it("§5.3 weights that do not sum to 1 (± 0.001) are refused on the sum and nothing changes", async () => {
    const audited = (await auditRows()).length;
    const refused = await failure(save({ ...partnershipHeavy, topic: 0.2 }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", field: "sum", fieldMessage: "weightsSumNotOne" });
    expect(await manager.matchingWeights.get({ clusterId })).toMatchObject({ weights: defaultFactorWeights, custom: false });
    expect(await auditRows()).toHaveLength(audited);
    expect(await save({ ...partnershipHeavy, topic: 0.1005 })).toMatchObject({ custom: true });
  });
});
