import { id as uuid } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { routing } from "~/i18n/routing";
import { renderBenchmarkReportPdf } from "~/server/benchmark-report-pdf";
import { api } from "~/trpc/server";

const statusOf: Partial<Record<TRPCError["code"], number>> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 400 };

/**
 * The benchmarking report as a PDF (issue 10 item 5), `?locale=de|en`, made on the server without a
 * browser. The procedure checks role and tenancy: managers of the benchmarking's cluster and assessors
 * (members 403, guests 401, another cluster's benchmarking 404).
 */
export async function GET(request: Request, { params }: { params: Promise<{ benchmarking: string }> }) {
  const { benchmarking: benchmarkingId } = await params;
  if (!uuid.safeParse(benchmarkingId).success) return new Response(null, { status: 404 });
  const requested = new URL(request.url).searchParams.get("locale");
  const locale = routing.locales.find((value) => value === requested) ?? routing.defaultLocale;
  try {
    const report = await (await api()).benchmarkReport.report({ benchmarkingId });
    const pdf = await renderBenchmarkReportPdf(report, locale === "en" ? "en" : "de");
    const fileName = `benchmarking-report-${report.benchmarking.benchmarkDate}-${locale}.pdf`;
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${fileName}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    const status = error instanceof TRPCError ? statusOf[error.code] : undefined;
    if (status) return new Response(null, { status });
    throw error;
  }
}
