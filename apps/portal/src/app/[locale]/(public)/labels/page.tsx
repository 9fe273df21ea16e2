import { type SectorField, sectorFields } from "@clusterwerk/scoring/domain";
import {
  labelLevels,
  type LabelLevel,
  labelRegistrySortKeys,
  labelRegistryStatuses,
  type LabelRegistryStatus,
  SEARCH_TERM_MAX_LENGTH,
} from "@clusterwerk/validators";
import { Badge, Card, DataTable, EmptyState, ListFilters, PageHeader } from "@clusterwerk/ui";
import NextLink from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDataTableLabels } from "~/components/data-table-labels";
import { Link } from "~/i18n/navigation";
import { firstParam, LIST_PAGE_SIZE, listHref, readListParams, type SearchParams } from "~/lib/list-params";
import { sectorLabel } from "~/lib/sector-label";
import { api } from "~/trpc/server";

const statusTone = { valid: "green", expired: "red", superseded: "slate" } as const;

/** The public registry of labelled clusters (§6.3), no sign-in: filters as URL parameters, the same as `/api/labels`. */
export default async function LabelRegistryPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: SearchParams;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const { search, cursor, sort, direction } = readListParams(query, labelRegistrySortKeys);
  const pick = <T extends string>(values: readonly T[], raw: string | undefined) => values.find((value): value is T => value === raw);
  const level = pick<LabelLevel>(labelLevels, firstParam(query.level));
  const status = pick<LabelRegistryStatus>(labelRegistryStatuses, firstParam(query.status));
  const sectorField = pick<SectorField>(sectorFields, firstParam(query.sector));
  const [t, labels, caller] = await Promise.all([getTranslations("labels"), getDataTableLabels(), api()]);
  const countries = await caller.label.registryCountries();
  const country = pick(countries, firstParam(query.country));
  const page = await caller.label.registry({
    search: search || undefined,
    country,
    sectorField,
    level,
    status,
    cursor,
    limit: LIST_PAGE_SIZE,
    sort,
    direction,
  });
  return (
    <div>
      <PageHeader title={t("registry.title")} description={t("registry.lead")} />
      <Card>
        <ListFilters
          search={{
            label: t("registry.search"),
            value: search,
            maxLength: SEARCH_TERM_MAX_LENGTH,
            placeholder: t("registry.searchPlaceholder"),
          }}
          selects={[
            {
              name: "country",
              label: t("registry.country"),
              value: country,
              allLabel: t("registry.allCountries"),
              options: countries.map((value) => ({ value, label: value })),
            },
            {
              name: "sector",
              label: t("registry.sector"),
              value: sectorField,
              allLabel: t("registry.allSectors"),
              options: sectorFields.map((value) => ({ value, label: sectorLabel(value, locale) })),
            },
            {
              name: "level",
              label: t("registry.level"),
              value: level,
              allLabel: t("registry.allLevels"),
              options: labelLevels.map((value) => ({ value, label: t(`levels.${value}`) })),
            },
            {
              name: "status",
              label: t("registry.status"),
              value: status,
              allLabel: t("registry.allStatuses"),
              options: labelRegistryStatuses.map((value) => ({ value, label: t(`statuses.${value}`) })),
            },
          ]}
          keep={{ sort, direction }}
          applyLabel={t("registry.apply")}
        />
        <p className="mb-2 text-sm text-slate-700" data-testid="registry-count">
          {t("registry.results", { count: page.total })}
        </p>
        <DataTable
          caption={t("registry.title")}
          captionHidden
          rows={page.items}
          rowKey={(row) => row.id}
          page={{ cursor, nextCursor: page.nextCursor, total: page.total, limit: LIST_PAGE_SIZE }}
          sort={{ sort: sort ?? "validFrom", direction: direction ?? (sort ? "asc" : "desc") }}
          href={listHref(locale, "/labels", { q: search || undefined, country, sector: sectorField, level, status })}
          labels={labels}
          linkComponent={NextLink}
          bodyTestId="registry-rows"
          empty={<EmptyState title={t("registry.empty")}>{t("registry.emptyHint")}</EmptyState>}
          columns={[
            {
              id: "cluster",
              header: t("registry.cluster"),
              sortKey: "cluster",
              rowHeader: true,
              cell: (row) => (
                <Link href={`/clusters/${row.clusterSlug}`} className="font-medium text-brand-800 hover:underline">
                  {row.clusterName}
                </Link>
              ),
            },
            { id: "country", header: t("registry.country"), cell: (row) => row.country },
            { id: "sector", header: t("registry.sector"), cell: (row) => sectorLabel(row.sectorField, locale) },
            { id: "level", header: t("registry.level"), sortKey: "level", cell: (row) => t(`levels.${row.level}`) },
            { id: "awardedOn", header: t("registry.awardedOn"), cell: (row) => row.awardedOn },
            { id: "validFrom", header: t("registry.validFrom"), sortKey: "validFrom", cell: (row) => row.validFrom },
            { id: "validUntil", header: t("registry.validUntil"), sortKey: "validUntil", cell: (row) => row.validUntil },
            {
              id: "status",
              header: t("registry.status"),
              cell: (row) => <Badge tone={statusTone[row.status]}>{t(`statuses.${row.status}`)}</Badge>,
            },
            { id: "certificate", header: t("registry.certificate"), cell: (row) => row.certificateNumber ?? "–" },
          ]}
        />
        <p className="mt-3 text-sm text-slate-600">{t("registry.json")}</p>
      </Card>
    </div>
  );
}
