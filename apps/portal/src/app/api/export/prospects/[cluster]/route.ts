import { csvHeaders, csvStream } from "@clusterwerk/api";
import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import { routing } from "~/i18n/routing";
import { api } from "~/trpc/server";

const statusOf: Partial<Record<TRPCError["code"], number>> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 400 };

/**
 * CSV export of a cluster's prospects in `?locale=de|en` through the shared CSV writer, so a cell that
 * was imported as a formula (`=HYPERLINK(…)`) leaves neutralised. Managers of the cluster only (the procedure checks).
 */
export async function GET(request: Request, { params }: { params: Promise<{ cluster: string }> }) {
  const { cluster: slug } = await params;
  const requested = new URL(request.url).searchParams.get("locale");
  const locale = routing.locales.find((value) => value === requested) ?? routing.defaultLocale;
  const [caller, t] = await Promise.all([api(), getTranslations({ locale, namespace: "prospects" })]);
  try {
    const { id: clusterId } = await caller.cluster.profile({ slug });
    const rows = await caller.prospect.export({ clusterId });
    const fields = ["name", "city", "postalCode", "country", "nace", "technologyTags", "employees", "website", "lat", "lon"] as const;
    const header = [...fields.map((field) => t(`import.fields.${field}`)), t("status")];
    const csv = rows.map((row) => [
      row.name,
      row.city,
      row.postalCode,
      row.country,
      row.nace.join(" "),
      row.technologyTags.join(" "),
      row.employees,
      row.website,
      row.lat,
      row.lon,
      t(`statuses.${row.status}`),
    ]);
    const date = new Date().toISOString().slice(0, 10);
    return new Response(csvStream(header, csv), { headers: csvHeaders(`${slug}-prospects-${date}.csv`) });
  } catch (error) {
    const status = error instanceof TRPCError ? statusOf[error.code] : undefined;
    if (status) return new Response(null, { status });
    throw error;
  }
}
