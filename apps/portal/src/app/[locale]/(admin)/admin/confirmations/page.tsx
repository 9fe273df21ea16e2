import { Card, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ContactPersonConfirmations } from "~/components/contact-person-confirmations";
import { requireViewer } from "~/server/guard";
import { ClientMessages } from "~/i18n/client-messages";

/** The platform admin confirms or declines new contact persons, e.g. of a shared organisation that has none yet. */
export default async function ConfirmationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireViewer();
  const t = await getTranslations("confirmations");
  return (
    <ClientMessages namespaces={["confirmations", "serverErrors"]}>
      <div>
        <PageHeader title={t("adminTitle")} />
        <Card>
          <ContactPersonConfirmations />
        </Card>
      </div>
    </ClientMessages>
  );
}
