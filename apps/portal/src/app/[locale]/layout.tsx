import "../globals.css";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteHeader } from "~/components/site-header";
import { ClientMessages } from "~/i18n/client-messages";
import { routing } from "~/i18n/routing";
import { TRPCReactProvider } from "~/trpc/react";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // Every page is rendered per request: its scripts carry that request's CSP nonce (src/proxy.ts).
  await connection();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "nav" });
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skip")}
        </a>
        {/* Only what the header and the error boundary need; pages add their own (src/i18n/client-messages.tsx). */}
        <ClientMessages namespaces={[]}>
          <TRPCReactProvider>
            <SiteHeader />
            <main id="main" className="mx-auto max-w-6xl px-4 py-8">
              {children}
            </main>
          </TRPCReactProvider>
        </ClientMessages>
      </body>
    </html>
  );
}
