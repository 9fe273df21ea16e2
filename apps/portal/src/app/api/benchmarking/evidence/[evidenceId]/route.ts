import { TRPCError } from "@trpc/server";
import { api } from "~/trpc/server";

const statusOf: Partial<Record<TRPCError["code"], number>> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 404 };

/** Downloads an evidence file: the procedure decides who may (the cluster's managers; assessors once submitted). */
export async function GET(_request: Request, { params }: { params: Promise<{ evidenceId: string }> }) {
  const { evidenceId } = await params;
  try {
    const file = await (await api()).benchmarking.evidenceFile({ evidenceId });
    return new Response(Buffer.from(file.content), {
      headers: {
        "content-type": file.mediaType,
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        "x-content-type-options": "nosniff",
        // Members' evidence is confidential: no shared or browser cache keeps a copy.
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    const status = error instanceof TRPCError ? statusOf[error.code] : undefined;
    if (status) return new Response(null, { status });
    throw error;
  }
}
