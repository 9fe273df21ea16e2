import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { appRouter } from "./root";
import { callAs, type Persona } from "./test/world";
import { ctx } from "./test/matrix/context";
import { everyone } from "./test/matrix/entry";
import { matrixRows as matrix } from "./test/matrix/rows";

const personas: Persona[] = ["guest", "noRole", "member", "manager", "assessor", "admin"];

async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe("authorization matrix", () => {
  it("has an entry for every procedure of the app router", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(procedures.filter((path) => !(path in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((path) => !procedures.includes(path))).toEqual([]);
  });

  for (const [path, entry] of Object.entries(matrix)) {
    for (const persona of personas) {
      const allowed = entry.allowed === everyone || entry.allowed.includes(persona);
      const expected = allowed ? "OK" : persona === "guest" ? "UNAUTHORIZED" : "FORBIDDEN";
      it(`${path} as ${persona} on own tenant → ${expected}`, async () => {
        const fresh = entry.asFreshPerson;
        if (fresh) {
          const person = await ctx.world.freshPerson(persona === "guest" ? "noRole" : persona);
          const caller = persona === "guest" ? null : person.userId;
          expect(await codeOf(callAs(ctx.db, caller, path, await fresh(ctx.world, person)))).toBe(expected);
          return;
        }
        expect(await codeOf(callAs(ctx.db, ctx.world.users[persona], path, await entry.own(ctx.world)))).toBe(expected);
      });
      const other = entry.other;
      if (other && allowed) {
        const onOther = entry.platformWide?.includes(persona) ? "OK" : "NOT_FOUND";
        it(`${path} as ${persona} on another tenant → ${onOther}`, async () => {
          expect(await codeOf(callAs(ctx.db, ctx.world.users[persona], path, await other(ctx.world)))).toBe(onOther);
        });
      }
    }
  }
});
