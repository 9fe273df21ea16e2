import { Card, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForgotPasswordForm } from "~/components/forms/forgot-password-form";

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("reset");
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("requestTitle")} />
      <Card>
        <ForgotPasswordForm />
      </Card>
    </div>
  );
}
