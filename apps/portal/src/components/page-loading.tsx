import { getTranslations } from "next-intl/server";

/** The skeleton shown while a page of a route group renders on the server. */
export async function PageLoading() {
  const t = await getTranslations("nav");
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-3">
      <span className="sr-only">{t("loading")}</span>
      <div className="h-8 w-1/3 rounded bg-slate-200" />
      <div className="h-4 w-2/3 rounded bg-slate-200" />
      <div className="h-40 rounded bg-slate-200" />
    </div>
  );
}
