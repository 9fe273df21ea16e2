import { SEARCH_TERM_MAX_LENGTH } from "@clusterwerk/validators";
import { Badge, Card, DataTable, EmptyState, ListFilters, PageHeader } from "@clusterwerk/ui";
import NextLink from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDataTableLabels } from "~/components/data-table-labels";
import { Link } from "~/i18n/navigation";
import { LIST_PAGE_SIZE, listHref, readListParams, type SearchParams } from "~/lib/list-params";
import { api } from "~/trpc/server";

/** Assessors only (the group's layout): finalised benchmarkings to award labels on, waiting Gold awards first. */
export default async function AssessorLabelsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: SearchParams;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { search, cursor } = readListParams(await searchParams);
  const [t, labels, caller] = await Promise.all([getTranslations("labels"), getDataTableLabels(), api()]);
  const page = await caller.label.work({ search: search || undefined, cursor, limit: LIST_PAGE_SIZE });
  return (
    <div>
      <PageHeader title={t("work.title")} description={t("work.lead")} />
      <Card>
        <ListFilters
          search={{ label: t("work.search"), value: search, maxLength: SEARCH_TERM_MAX_LENGTH, placeholder: t("work.searchPlaceholder") }}
          applyLabel={t("work.apply")}
        />
        <DataTable
          caption={t("work.title")}
          captionHidden
          rows={page.items}
          rowKey={(row) => row.id}
          page={{ cursor, nextCursor: page.nextCursor, total: page.total, limit: LIST_PAGE_SIZE }}
          href={listHref(locale, "/assessor/labels", { q: search || undefined })}
          labels={labels}
          linkComponent={NextLink}
          bodyTestId="label-work-rows"
          empty={<EmptyState title={t("work.empty")}>{t("work.emptyHint")}</EmptyState>}
          columns={[
            {
              id: "cluster",
              header: t("work.cluster"),
              rowHeader: true,
              cell: (row) => (
                <Link href={`/assessor/labels/${row.id}`} className="font-medium text-brand-800 hover:underline">
                  {row.clusterName}
                </Link>
              ),
            },
            { id: "date", header: t("work.benchmarkDate"), cell: (row) => row.benchmarkDate },
            {
              id: "allowed",
              header: t("work.allowed"),
              cell: (row) =>
                row.allowedLevels.length === 0 ? t("work.none") : row.allowedLevels.map((level) => t(`levels.${level}`)).join(", "),
            },
            {
              id: "awards",
              header: t("work.awards"),
              cell: (row) => (
                <span className="flex flex-wrap gap-1">
                  {row.awards.length === 0 ? t("work.none") : null}
                  {row.awards.map((award) => (
                    <Badge key={`${award.level}-${award.status}`} tone={award.status === "awarded" ? "green" : "amber"}>
                      {t(`levels.${award.level}`)}
                      {award.status === "awaiting_confirmation" ? ` – ${t("work.waiting")}` : ""}
                    </Badge>
                  ))}
                </span>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
