import { geocodePlace } from "@clusterwerk/db";

/** A place as the offline geocoder reads it, with the coordinates it may already have (WGS 84 degrees). */
interface Place {
  city: string;
  country: string;
  lat: number | null;
  lon: number | null;
}

/**
 * An organisation without coordinates gets them from its city and country, geocoded offline (issue 9: the
 * profile, a new member and the prospect import locate alike); given coordinates stay, no match leaves none.
 */
export async function located<T extends Place>(place: T): Promise<T> {
  if (place.lat !== null && place.lon !== null) return place;
  const match = await geocodePlace(place);
  return match ? { ...place, lat: match.lat, lon: match.lon } : place;
}
