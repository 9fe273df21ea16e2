import { errorMessages } from "@clusterwerk/validators";
import { type TRPCDefaultErrorShape, TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatError } from "./error-formatter";

/** Formats `error` as tRPC would for `path` (its default shape, stack included), collecting what is logged. */
function format(error: TRPCError, path = "cluster.list") {
  const logged: unknown[][] = [];
  const shape: TRPCDefaultErrorShape = {
    message: error.message,
    code: TRPC_ERROR_CODES_BY_KEY[error.code],
    data: { code: error.code, httpStatus: getHTTPStatusCodeFromError(error), path, stack: error.stack },
  };
  return { result: formatError({ shape, error, path }, (...args) => logged.push(args)), logged };
}

describe("procedure errors answer a message key", () => {
  it("an internal error answers 'internal', without its cause or a stack, and is logged with the path", () => {
    const cause = new Error('Failed query: select * from "clusters" where name ilike $1');
    const { result, logged } = format(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause }));
    expect(result.message).toBe(errorMessages.internal);
    expect(JSON.stringify(result)).not.toMatch(/select|Failed query/);
    expect(result.data).not.toHaveProperty("stack");
    expect(logged).toEqual([["procedure cluster.list failed", cause]]);
  });

  it("a key thrown by a procedure is kept, and nothing is logged", () => {
    const { result, logged } = format(new TRPCError({ code: "NOT_FOUND", message: errorMessages.clusterNotFound }));
    expect(result.message).toBe(errorMessages.clusterNotFound);
    expect(logged).toEqual([]);
  });

  it("an English sentence (tRPC's own errors) becomes the key of its code", () => {
    expect(format(new TRPCError({ code: "NOT_FOUND", message: 'No procedure found on path "x"' })).result.message).toBe(
      errorMessages.notFound,
    );
    expect(format(new TRPCError({ code: "FORBIDDEN", message: "Nope." })).result.message).toBe(errorMessages.forbidden);
    expect(format(new TRPCError({ code: "CONFLICT", message: "Conflict." })).result.message).toBe(errorMessages.internal);
  });

  it("a schema failure answers 'invalidInput' with the field errors as keys", () => {
    const parsed = z.object({ search: z.string().max(1, "tooLong") }).safeParse({ search: "ab" });
    if (parsed.success) throw new Error("expected a failure");
    const { result } = format(new TRPCError({ code: "BAD_REQUEST", cause: parsed.error }));
    expect(result.message).toBe(errorMessages.invalidInput);
    expect(result.data.fieldErrors).toEqual({ search: ["tooLong"] });
  });
});
