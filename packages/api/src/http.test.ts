import { outboxText } from "@clusterwerk/auth/mail";
import { findInvitationByToken } from "@clusterwerk/db";
import { mailOutbox } from "@clusterwerk/db/schema";
import { createUser } from "@clusterwerk/db/testing/factories";
import { errorMessages, MAX_BATCH_SIZE } from "@clusterwerk/validators";
import { eq } from "drizzle-orm";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { backgroundSettled } from "./background";
import { handleTrpcRequest } from "./http";
import { LIMITS } from "./limits";
import { failure } from "./test/failure";
import { callAs, setUpWorld } from "./test/world";

const setup = setUpWorld();

/** A batch of `count` calls of `cluster.list` over HTTP, as the portal's client sends it. */
async function batchOf(count: number) {
  const paths = Array.from({ length: count }, () => "cluster.list").join(",");
  const input = Object.fromEntries(Array.from({ length: count }, (_, index) => [index, superjson.serialize({})]));
  const request = new Request(`http://localhost/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`);
  const response = await handleTrpcRequest(request, () => ({ db: setup.db, session: null, ip: null }));
  return { status: response.status, body: await response.json() };
}

describe("tRPC batches over HTTP", () => {
  it(`answers a batch of ${MAX_BATCH_SIZE} procedures`, async () => {
    const { status, body } = await batchOf(MAX_BATCH_SIZE);
    expect(status).toBe(200);
    expect(body).toHaveLength(MAX_BATCH_SIZE);
  });

  it(`refuses a batch of more than ${MAX_BATCH_SIZE} with 400 and the batchTooLarge key, running none of them`, async () => {
    const { status, body } = await batchOf(MAX_BATCH_SIZE + 1);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain(`"message":"${errorMessages.batchTooLarge}"`);
  });
});

describe("the admin outbox outside development", () => {
  it("hides the links of reset mails, which carry another person's live token", async () => {
    const user = await createUser(setup.db, { passwordHash: "unused" });
    await callAs(setup.db, null, "account.requestPasswordReset", { email: user.email });
    await backgroundSettled();
    const [stored] = await setup.db.select().from(mailOutbox).where(eq(mailOutbox.to, user.email));
    expect(stored?.text).toMatch(/\/reset-password\/\S{20,}/);

    const page = (await callAs(setup.db, setup.world.users.admin, "admin.outbox", { limit: 100 })) as {
      items: { to: string; text: string }[];
    };
    const shown = page.items.find((mail) => mail.to === user.email);
    expect(shown?.text).toContain("[Link verborgen / link hidden]");
    expect(shown?.text).not.toMatch(/https?:\/\//);
  });

  it("shows them on the development server only", () => {
    const text = "Neues Passwort: http://localhost:3000/reset-password/abc";
    expect(outboxText(text, true)).toBe(text);
    expect(outboxText(text, false)).toBe("Neues Passwort: [Link verborgen / link hidden]");
  });
});

describe("invitations: limited and living one week", () => {
  it(`invites one address at most ${LIMITS.invitePerEmail.limit} times a day`, async () => {
    const input = { clusterId: setup.world.clusterA.id, organisationId: setup.world.orgA.id, email: "often@test.example", name: "Often" };
    for (let sent = 0; sent < LIMITS.invitePerEmail.limit; sent += 1) {
      await callAs(setup.db, setup.world.users.manager, "invitation.create", input);
    }
    const limited = await failure(callAs(setup.db, setup.world.users.manager, "invitation.create", input));
    expect(limited).toMatchObject({ code: "TOO_MANY_REQUESTS", message: errorMessages.tooManyAttempts });
  });

  it("a link is pending for seven days and expired after", async () => {
    const { token } = await setup.world.invitation();
    const day = 86_400_000;
    expect((await findInvitationByToken(setup.db, token, new Date(Date.now() + 7 * day - 60_000)))?.state).toBe("pending");
    expect((await findInvitationByToken(setup.db, token, new Date(Date.now() + 7 * day + 60_000)))?.state).toBe("expired");
  });
});

describe("cross-site requests", () => {
  const post = (site: string | null) =>
    new Request("http://localhost/api/trpc/account.requestPasswordReset", {
      method: "POST",
      body: JSON.stringify(superjson.serialize({ email: "victim@test.example" })),
      headers: { "content-type": "application/json", ...(site ? { "sec-fetch-site": site } : {}) },
    });
  const send = (site: string | null) => handleTrpcRequest(post(site), () => ({ db: setup.db, session: null, ip: null }));

  it("a mutation a browser sends from another site (or a sibling subdomain) is refused with 403", async () => {
    expect((await send("cross-site")).status).toBe(403);
    expect((await send("same-site")).status).toBe(403);
  });

  it("the portal's own pages and clients without the header are answered", async () => {
    expect((await send("same-origin")).status).toBe(200);
    expect((await send(null)).status).toBe(200);
  });
});
