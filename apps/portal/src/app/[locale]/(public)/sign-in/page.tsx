import { Card, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "~/components/forms/sign-in-form";
import { Link, redirect } from "~/i18n/navigation";
import { getViewer } from "~/server/viewer";
import { ClientMessages } from "~/i18n/client-messages";

export default async function SignInPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Signed in already: nothing to do here.
  if (await getViewer()) redirect({ href: "/dashboard", locale });
  const t = await getTranslations("signIn");
  return (
    <ClientMessages namespaces={["serverErrors", "signIn", "validation"]}>
      <div className="mx-auto max-w-md">
        <PageHeader title={t("title")} />
        <Card>
          <SignInForm />
          <p className="mt-4 text-sm">
            <Link href="/forgot-password" className="text-brand-800 underline">
              {t("forgot")}
            </Link>
          </p>
        </Card>
      </div>
    </ClientMessages>
  );
}
