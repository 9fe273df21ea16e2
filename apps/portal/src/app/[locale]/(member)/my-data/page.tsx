import { signOut } from "@clusterwerk/auth";
import { Card, Notice, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsentLedgerTable } from "~/components/data-rights/consent-ledger-table";
import { DeleteAccountForm } from "~/components/data-rights/delete-account-form";
import { RequestDeletionButton } from "~/components/data-rights/request-deletion-button";
import { listHref } from "~/lib/list-params";
import { guarded, requireViewer } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

const downloadLink = "inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800";

/**
 * "My data" (docs/DATA-RIGHTS.md): every signed-in person downloads what is held about them and deletes their
 * account; a contact person also downloads their organisation's data, reads its consent ledger and asks for its deletion.
 */
export default async function MyDataPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, viewer, caller] = await Promise.all([getTranslations("dataRights"), requireViewer(), api()]);
  const organisationIds = [...new Set(viewer.roles.flatMap((role) => (role.kind === "member" ? [role.organisationId] : [])))];
  const organisations = await Promise.all(
    organisationIds.map(async (organisationId) => {
      const [organisation, ledger] = await Promise.all([
        guarded(() => caller.organisation.get({ organisationId })),
        guarded(() => caller.dataRights.consentLedger({ organisationId })),
      ]);
      return { organisation, ledger };
    }),
  );
  return (
    <ClientMessages namespaces={["dataRights.deleteAccount", "dataRights.requestDeletion", "serverErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} description={t("lead")} />
        <Card title={t("exportTitle")}>
          <p className="mb-3 text-sm text-slate-700">{t("exportText")}</p>
          <a href="/api/data-export/me" download className={downloadLink} data-testid="export-my-data">
            {t("exportAction")}
          </a>
        </Card>
        {organisations.map(({ organisation, ledger }) => (
          <Card key={organisation.id} title={t("organisationTitle", { name: organisation.name })}>
            <div className="space-y-4">
              <p className="text-sm text-slate-700">{t("organisationExportText")}</p>
              <a href={`/api/data-export/organisation/${organisation.id}`} download className={downloadLink}>
                {t("organisationExportAction")}
              </a>
              <h3 className="pt-2 font-semibold text-slate-900">{t("ledgerTitle")}</h3>
              <ConsentLedgerTable
                entries={ledger}
                caption={t("ledgerTitle")}
                page={{ cursor: 0, nextCursor: null, total: ledger.length, limit: Math.max(ledger.length, 1) }}
                href={listHref(locale, "/my-data", {})}
              />
              <h3 className="pt-2 font-semibold text-slate-900">{t("requestDeletion.title")}</h3>
              <p className="text-sm text-slate-700">{t("requestDeletion.text")}</p>
              {organisation.deletionRequestedAt ? (
                <Notice tone="info">{t("requestDeletion.requested")}</Notice>
              ) : (
                <RequestDeletionButton organisationId={organisation.id} organisationName={organisation.name} />
              )}
            </div>
          </Card>
        ))}
        <Card title={t("deleteAccount.title")}>
          <p className="mb-3 text-sm text-slate-700">{t("deleteAccount.text")}</p>
          <DeleteAccountForm
            onDeleted={async () => {
              "use server";
              await signOut({ redirectTo: `/${locale}/sign-in` });
            }}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
