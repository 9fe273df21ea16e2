"use client";

import { useTranslations } from "next-intl";

/** Translates a validation message key; unknown keys (zod defaults) fall back to a generic "not valid". */
export function useValidationText() {
  const t = useTranslations("validation");
  return (key: string | undefined): string | undefined => {
    if (!key) return undefined;
    return t.has(key) ? t(key) : t("invalid");
  };
}
