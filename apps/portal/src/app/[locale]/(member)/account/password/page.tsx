import { Card, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChangePasswordForm } from "~/components/forms/change-password-form";
import { ClientMessages } from "~/i18n/client-messages";

/** Any signed-in person: changes their own password (the layout requires a session; the procedure checks the current password). */
export default async function ChangePasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("changePassword");
  return (
    <ClientMessages namespaces={["changePassword", "serverErrors", "validation"]}>
      <div className="mx-auto max-w-md">
        <PageHeader title={t("title")} description={t("lead")} />
        <Card>
          <ChangePasswordForm />
        </Card>
      </div>
    </ClientMessages>
  );
}
