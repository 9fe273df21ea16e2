import { getLocale, getTranslations } from "next-intl/server";
import { labelReasonMessage } from "~/lib/label-reasons";

/** Every failed condition of a label, in the reader's language (the rules' sentences, SCORING-CLI.md `label`). */
export async function LabelReasonsList({ reasons, testId }: { reasons: readonly string[]; testId?: string }) {
  const [t, locale] = await Promise.all([getTranslations("labels.reasons"), getLocale()]);
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800" data-testid={testId}>
      {reasons.map((reason) => {
        const { key, values } = labelReasonMessage(reason, locale);
        return (
          <li key={reason} lang={key === "raw" ? "en" : undefined}>
            {t(key, values)}
          </li>
        );
      })}
    </ul>
  );
}
