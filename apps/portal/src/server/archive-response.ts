import "server-only";
import { TRPCError } from "@trpc/server";

const statusOf: Partial<Record<TRPCError["code"], number>> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 404 };

/**
 * A data-rights archive as a download (docs/DATA-RIGHTS.md): the procedure decides who may; its refusal becomes
 * the status code. Never cached: the archive holds personal data.
 */
export async function archiveResponse(load: () => Promise<{ fileName: string; archive: Uint8Array }>): Promise<Response> {
  try {
    const { fileName, archive } = await load();
    return new Response(Buffer.from(archive), {
      headers: {
        "content-type": "application/zip",
        "content-disposition": `attachment; filename="${fileName}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    const status = error instanceof TRPCError ? statusOf[error.code] : undefined;
    if (status) return new Response(null, { status });
    throw error;
  }
}
