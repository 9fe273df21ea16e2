import type { RouterOutputs } from "@clusterwerk/api";
import { Badge, DataTable, type DataTableProps, EmptyState } from "@clusterwerk/ui";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDataTableLabels } from "~/components/data-table-labels";
import { consentLabelKeys } from "~/lib/consent-labels";

type LedgerEntry = RouterOutputs["dataRights"]["consentLedger"][number];

/** Who consented to which purpose and when, withdrawals included (docs/DATA-RIGHTS.md, consent ledger). */
export async function ConsentLedgerTable({
  entries,
  caption,
  withOrganisation = false,
  page,
  href,
}: {
  entries: LedgerEntry[];
  caption: string;
  withOrganisation?: boolean;
  page: DataTableProps<LedgerEntry>["page"];
  href: DataTableProps<LedgerEntry>["href"];
}) {
  const [t, torg, format, labels] = await Promise.all([
    getTranslations("dataRights"),
    getTranslations("organisation"),
    getFormatter(),
    getDataTableLabels(),
  ]);
  const who = (entry: LedgerEntry) =>
    entry.changedBy === null
      ? t("platform")
      : entry.changedByAnonymised
        ? t("anonymisedPerson")
        : (entry.changedByName ?? entry.changedByEmail ?? "–");
  return (
    <DataTable
      caption={caption}
      captionHidden
      rows={entries}
      rowKey={(entry) => String(entry.id)}
      page={page}
      href={href}
      labels={labels}
      linkComponent={Link}
      bodyTestId="consent-ledger-rows"
      empty={<EmptyState title={t("ledgerEmpty")} />}
      columns={[
        ...(withOrganisation
          ? [{ id: "organisation", header: t("organisation"), cell: (entry: LedgerEntry) => entry.organisationName }]
          : []),
        { id: "purpose", header: t("purpose"), rowHeader: true, cell: (entry) => torg(consentLabelKeys[entry.purpose]) },
        {
          id: "decision",
          header: t("decision"),
          cell: (entry) => (entry.granted ? <Badge tone="green">{t("granted")}</Badge> : <Badge tone="amber">{t("withdrawn")}</Badge>),
        },
        { id: "by", header: t("by"), cell: who },
        { id: "at", header: t("at"), cell: (entry) => format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" }) },
      ]}
    />
  );
}
