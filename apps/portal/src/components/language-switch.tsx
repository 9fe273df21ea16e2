"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "~/i18n/navigation";
import { routing } from "~/i18n/routing";

export function LanguageSwitch() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t("language")} className="flex gap-1 text-sm">
      {routing.locales.map((target) => (
        <Link
          key={target}
          href={pathname}
          locale={target}
          lang={target}
          aria-current={target === locale ? "true" : undefined}
          className={
            target === locale
              ? "rounded px-2 py-1 font-semibold text-brand-900 underline"
              : "rounded px-2 py-1 text-slate-700 hover:bg-slate-100"
          }
        >
          {target.toUpperCase()}
        </Link>
      ))}
    </nav>
  );
}
