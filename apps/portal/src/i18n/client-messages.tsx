import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, rootClientNamespaces } from "./pick-messages";

/**
 * Sends the browser only the message namespaces the client components inside use, instead of the whole
 * catalogue (about 90 KB) on every page. Server components keep reading all messages through
 * getTranslations. src/i18n/client-messages.test.ts checks that every client component's
 * useTranslations namespace is sent wherever it is rendered.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickMessages(messages, [...rootClientNamespaces, ...namespaces])}>{children}</NextIntlClientProvider>
  );
}
