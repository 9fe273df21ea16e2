/** Mean earth radius in km, as SCORING-CLI.md fixes it for the haversine distance. */
export const EARTH_RADIUS_KM = 6371;

const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance in km between two points given in degrees (haversine formula). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = radians(lat2 - lat1);
  const dLon = radians(lon2 - lon1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The `geography` factor: 1 within the requester cluster's radius r (km), r / d beyond it. */
export function geographyFactor(distanceKm: number, radiusKm: number): number {
  return distanceKm <= radiusKm ? 1 : radiusKm / distanceKm;
}
