import { haversineKm } from "../matching/factors/geography";
import type { MembershipRow } from "./membership-rows";
import { countText, fromMemberList, percentText } from "./source-sentence";
import { committedMembersOn, percentOf, type ShareFigure } from "./structure-indicators";

/** The cluster office (DOMAIN.md §1: office location in degrees) and its regional radius in km. */
export interface ClusterRegion {
  lat: number;
  lon: number;
  radiusKm: number;
}

/** A place that may lack coordinates (an organisation not geocoded yet). */
export interface Located {
  lat: number | null;
  lon: number | null;
}

/** Distance in km from the office by haversine, or null without coordinates. */
export function distanceFromOffice(place: Located, region: ClusterRegion): number | null {
  return place.lat === null || place.lon === null ? null : haversineKm(region.lat, region.lon, place.lat, place.lon);
}

/** Within the radius: a distance of exactly the radius counts as within. Unknown location: false. */
export function isWithinRadius(place: Located, region: ClusterRegion): boolean {
  const distance = distanceFromOffice(place, region);
  return distance !== null && distance <= region.radiusKm;
}

/**
 * S6: committed members on `asOf` within the regional radius, in percent of all committed members. A
 * member without coordinates cannot be shown to be within, so it counts as outside (it stays in the
 * whole, so missing locations lower the share instead of hiding); the sentence names how many lack one.
 */
export function withinRadiusFigure(
  memberships: readonly MembershipRow[],
  asOf: string,
  region: ClusterRegion,
): ShareFigure & { withoutLocation: number } {
  const committed = committedMembersOn(memberships, asOf);
  const within = committed.filter((member) => isWithinRadius(member, region)).length;
  const withoutLocation = committed.filter((member) => member.lat === null || member.lon === null).length;
  const value = percentOf(within, committed.length);
  const from = fromMemberList(asOf);
  const missing = {
    de: withoutLocation === 0 ? "" : `; ${countText(withoutLocation, "de")} ohne Standort zählen als außerhalb`,
    en: withoutLocation === 0 ? "" : `; ${countText(withoutLocation, "en")} without a location count as outside`,
  };
  return {
    value,
    part: within,
    whole: committed.length,
    withoutLocation,
    source: {
      de: `${percentText(value, "de")} der engagierten Mitglieder im Radius von ${region.radiusKm} km (${countText(within, "de")} von ${countText(committed.length, "de")}${missing.de}), ${from.de}`,
      en: `${percentText(value, "en")} of committed members within ${region.radiusKm} km (${countText(within, "en")} of ${countText(committed.length, "en")}${missing.en}), ${from.en}`,
    },
  };
}
