import { describe, expect, it } from "vitest";
import { callerFor, setUpWorld } from "./world";

const ctx = setUpWorld();

describe("typed test callers", () => {
  it("a persona's caller acts as that persona: the member reads their own organisation", async () => {
    const member = await ctx.as("member");
    const organisation = await member.organisation.get({ organisationId: ctx.world.orgA.id });
    expect(organisation.id).toBe(ctx.world.orgA.id);
  });

  it("a guest's caller has no viewer", async () => {
    const guest = await callerFor(ctx.db, null);
    expect(await guest.account.me()).toBeNull();
  });
});
