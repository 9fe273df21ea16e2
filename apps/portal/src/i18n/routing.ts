import { defineRouting } from "next-intl/routing";

/** German is the default; every URL carries its locale. */
export const routing = defineRouting({ locales: ["de", "en"], defaultLocale: "de" });
export type Locale = (typeof routing.locales)[number];
