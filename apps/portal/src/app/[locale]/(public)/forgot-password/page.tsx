import { Card, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForgotPasswordForm } from "~/components/forms/forgot-password-form";
import { ClientMessages } from "~/i18n/client-messages";

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("reset");
  return (
    <ClientMessages namespaces={["reset", "serverErrors", "validation"]}>
      <div className="mx-auto max-w-md">
        <PageHeader title={t("requestTitle")} />
        <Card>
          <ForgotPasswordForm />
        </Card>
      </div>
    </ClientMessages>
  );
}
