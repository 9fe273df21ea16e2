"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { ACTING_ORGANISATION_COOKIE } from "~/lib/acting-organisation";
import { HeaderSelect } from "./header-select";

/** A year: the choice stays until the person changes it (it only picks among their own roles). */
const COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * For contact persons of several organisations: which one they act for in the members' pages (needs,
 * cooperation, campaigns, services, "my organisation"). Like the cluster switcher, the choice is
 * explicit and switchable; the pages re-render for the chosen organisation.
 */
export function OrganisationSwitcher({ organisations, current }: { organisations: { id: string; name: string }[]; current: string }) {
  const t = useTranslations("nav");
  const router = useRouter();
  if (organisations.length < 2) return null;
  return (
    <HeaderSelect
      label={t("organisationSwitcher")}
      value={current}
      options={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
      onChange={(next) => {
        document.cookie = `${ACTING_ORGANISATION_COOKIE}=${encodeURIComponent(next)}; path=/; max-age=${COOKIE_MAX_AGE_SECONDS}; samesite=lax`;
        router.refresh();
      }}
      testId="organisation-switcher"
    />
  );
}
