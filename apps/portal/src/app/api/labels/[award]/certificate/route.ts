import { id as uuid } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { routing } from "~/i18n/routing";
import { renderLabelCertificate } from "~/server/label-certificate";
import { api } from "~/trpc/server";

const statusOf: Partial<Record<TRPCError["code"], number>> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 400 };

/**
 * The certificate of an award in effect as a PDF, `?locale=de|en`. The procedure checks role and tenancy
 * on the server: assessors, and managers of the award's cluster (others 401/403, another cluster 404).
 */
export async function GET(request: Request, { params }: { params: Promise<{ award: string }> }) {
  const { award: awardId } = await params;
  if (!uuid.safeParse(awardId).success) return new Response(null, { status: 404 });
  const url = new URL(request.url);
  const requested = url.searchParams.get("locale");
  const locale = routing.locales.find((value) => value === requested) ?? routing.defaultLocale;
  try {
    const certificate = await (await api()).label.certificate({ awardId });
    const verifyUrl = new URL(`/${locale}/labels?q=${certificate.certificateNumber}`, url.origin).toString();
    const pdf = await renderLabelCertificate(certificate, locale === "en" ? "en" : "de", verifyUrl);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${certificate.certificateNumber}-${locale}.pdf"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    const status = error instanceof TRPCError ? statusOf[error.code] : undefined;
    if (status) return new Response(null, { status });
    throw error;
  }
}
