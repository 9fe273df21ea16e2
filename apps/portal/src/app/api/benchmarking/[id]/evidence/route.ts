import { refuseCrossSite } from "@clusterwerk/api";
import { EVIDENCE_MAX_BYTES } from "@clusterwerk/scoring/domain";
import { errorMessages, indicatorIdInput, validationMessages as m } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { api } from "~/trpc/server";

const statusOf: Partial<Record<TRPCError["code"], number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
  CONFLICT: 409,
};

const json = (status: number, body: Record<string, string>) => Response.json(body, { status });
const tooLarge = () => json(413, { validation: m.evidenceTooLarge });

/**
 * Reads the body up to `limit` bytes; null as soon as it goes beyond, without reading the rest (the
 * stream is cancelled), so a 50 MB upload is refused after 10 MB at most.
 */
async function readLimited(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Evidence upload (issue 10): the raw file as the body, `?indicatorId=&filename=`. A route handler and not
 * a tRPC call with base64, because the limit must hold before the body is read: a declared length over
 * 10 MB is refused at once, and the stream is cut off after 10 MB otherwise (base64 in JSON would be
 * parsed whole, a third larger, before any check). The procedure checks role, status, size and content.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const { id } = await params;
  const url = new URL(request.url);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > EVIDENCE_MAX_BYTES) return tooLarge();
  if (!request.body) return json(400, { validation: m.evidenceEmpty });
  const indicatorId = indicatorIdInput.safeParse(url.searchParams.get("indicatorId"));
  if (!indicatorId.success) return json(400, { validation: m.invalidChoice });
  const content = await readLimited(request.body, EVIDENCE_MAX_BYTES);
  if (!content) return tooLarge();
  try {
    const caller = await api();
    const stored = await caller.benchmarking.addEvidence({
      benchmarkingId: id,
      indicatorId: indicatorId.data,
      filename: url.searchParams.get("filename") ?? "",
      content,
    });
    return json(201, { id: stored.id });
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.cause instanceof ZodError) return json(400, { validation: error.cause.issues[0]?.message ?? m.invalid });
    return json(statusOf[error.code] ?? 500, { error: error.message in errorMessages ? error.message : errorMessages.internal });
  }
}
