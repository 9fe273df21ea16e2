import { Card, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ResetPasswordForm } from "~/components/forms/reset-password-form";
import { ClientMessages } from "~/i18n/client-messages";

export default async function ResetPasswordPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("reset");
  return (
    <ClientMessages namespaces={["reset", "serverErrors", "validation"]}>
      <div className="mx-auto max-w-md">
        <PageHeader title={t("title")} />
        <Card>
          <ResetPasswordForm token={token} />
        </Card>
      </div>
    </ClientMessages>
  );
}
