import type { PartnershipType, ProfileLanguage, ProfileReach, ProfileType } from "@clusterwerk/scoring/domain";
import { getTranslations } from "next-intl/server";

/** The fields of a profile as its reader sees them; the texts stay in the language they were written in (`lang`). */
export async function ProfileDetails({
  profile,
}: {
  profile: {
    type: ProfileType;
    language: ProfileLanguage;
    summary: string;
    description: string;
    technologyTags: string[];
    nace: string[];
    partnershipTypes: PartnershipType[];
    reach: ProfileReach;
    validUntil: string;
  };
}) {
  const t = await getTranslations("cooperation");
  const rows: [string, string][] = [
    [t("fields.type"), t(`types.${profile.type}`)],
    [t("fields.language"), t(`languages.${profile.language}`)],
    [t("fields.technologyTags"), profile.technologyTags.join(", ")],
    [t("fields.nace"), profile.nace.join(", ") || "–"],
    [t("fields.partnershipTypes"), profile.partnershipTypes.map((type) => t(`partnershipTypes.${type}`)).join(", ") || "–"],
    [t("fields.reach"), t(`reaches.${profile.reach}`)],
    [t("fields.validUntil"), profile.validUntil],
  ];
  return (
    <div className="space-y-4" data-testid="profile-details">
      <div lang={profile.language}>
        <p className="text-slate-900">{profile.summary}</p>
        {profile.description ? <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{profile.description}</p> : null}
      </div>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-800">{label}</dt>
            <dd className="text-slate-700">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
