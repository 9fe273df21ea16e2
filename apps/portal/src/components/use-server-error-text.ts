"use client";

import { useTranslations } from "next-intl";

/**
 * Translates a procedure error's message key (`errorMessages` in @clusterwerk/validators, texts under
 * `serverErrors`); anything else (a network failure's text) reads as the generic "something went wrong".
 */
export function useServerErrorText() {
  const t = useTranslations("serverErrors");
  return (key: string | null | undefined): string | undefined => {
    if (!key) return undefined;
    return t.has(key) ? t(key) : t("internal");
  };
}
