import { PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReferenceImport } from "~/components/reference-import/reference-import";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/** The reference database of DOMAIN.md §6.2 for label staff: how many rows it holds, and the CSV import (issue 10 item 4). */
export default async function ReferenceDatabasePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, caller] = await Promise.all([getTranslations("referenceImport"), api()]);
  const summary = await guarded(() => caller.referenceBenchmarking.summary());
  return (
    <ClientMessages namespaces={["referenceImport", "serverErrors", "validation"]}>
      <div>
        <PageHeader title={t("title")} description={t("lead", { total: summary.total, demo: summary.demo })} />
        <ReferenceImport />
      </div>
    </ClientMessages>
  );
}
