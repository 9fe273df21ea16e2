import type { MembershipRow } from "./membership-rows";
import { type ClusterRegion, isWithinRadius, type Located } from "./regional-reach";
import { countText, fromMemberList, percentText } from "./source-sentence";
import { membersOn, percentOf, type ShareFigure } from "./structure-indicators";

/**
 * A prospect as S8 reads it (DOMAIN.md §1: a relevant organisation in the region that is not yet a
 * member). `organisationId` is set once a prospect has been converted into an organisation.
 */
export interface ProspectRow extends Located {
  organisationId?: string | null;
}

/**
 * S8: regional penetration = members / (members + prospects), in percent, on `asOf`. The caller passes
 * the relevant prospects; of those, one counts when it lies within the radius or has no coordinates
 * (it was listed as a regional organisation; leaving it out would flatter the share), and not when its
 * organisation is already a member on `asOf` (a converted prospect is counted once, as a member).
 */
export function regionalPenetrationFigure(
  memberships: readonly MembershipRow[],
  prospects: readonly ProspectRow[],
  asOf: string,
  region: ClusterRegion,
): ShareFigure & { members: number; prospects: number } {
  const members = membersOn(memberships, asOf);
  const memberIds = new Set(members.map((member) => member.organisationId));
  let counted = 0;
  for (const prospect of prospects) {
    if (prospect.organisationId && memberIds.has(prospect.organisationId)) continue;
    if (prospect.lat === null || prospect.lon === null || isWithinRadius(prospect, region)) counted += 1;
  }
  const whole = members.length + counted;
  const value = percentOf(members.length, whole);
  const from = fromMemberList(asOf);
  return {
    value,
    part: members.length,
    whole,
    members: members.length,
    prospects: counted,
    source: {
      de: `${percentText(value, "de")} regionale Durchdringung (${countText(members.length, "de")} Mitglieder, ${countText(counted, "de")} Interessenten in der Region), ${from.de} und der Interessentenliste`,
      en: `${percentText(value, "en")} regional penetration (${countText(members.length, "en")} members, ${countText(counted, "en")} prospects in the region), ${from.en} and the prospect list`,
    },
  };
}
