/** A place of the shipped gazetteer as the geocoder reads it. */
export interface GazetteerPlace {
  name: string;
  altName?: string;
  country: string;
  population: number;
  lat: number;
  lon: number;
}

/** Where a city and country were found: the coordinates and the place that matched, and how. */
export interface GeocodeMatch {
  lat: number;
  lon: number;
  /** The gazetteer's name of the place and its country (`Mannheim, DE`), shown so a manager can check it. */
  place: string;
  /** `exact`: the name as given; `prefix`: the name with a qualifier such as "am Main" (the most populous such place). */
  by: "exact" | "prefix";
}

/** Places by country, then by normalised name; of places with the same name the most populous wins. */
export type PlaceIndex = Map<string, { exact: Map<string, GazetteerPlace>; prefix: Map<string, GazetteerPlace> }>;

/** German names of places the gazetteer names in English (it uses the English exonym for some large cities). */
const exonyms: Record<string, string> = {
  munchen: "munich",
  wien: "vienna",
  genf: "geneva",
  brussel: "brussels",
  prag: "prague",
  mailand: "milan",
  warschau: "warsaw",
  lissabon: "lisbon",
  rom: "rome",
  kopenhagen: "copenhagen",
};

/**
 * A name as the index compares it: lower case, `ß` as `ss`, without diacritics, `St.` as `Sankt`, and
 * parentheses, dots and dashes as spaces ("Frankfurt (Oder)" → "frankfurt oder").
 */
export function placeKey(name: string): string {
  const key = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/\bst\.\s*/g, "sankt ")
    .replace(/[().,'/-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return exonyms[key] ?? key;
}

const firstWord = (key: string) => key.split(" ")[0] ?? key;

function keep(map: Map<string, GazetteerPlace>, key: string, place: GazetteerPlace) {
  const current = map.get(key);
  if (!current || place.population > current.population) map.set(key, place);
}

/** Builds the index once (≈ 135,000 places: a second or so). */
export function buildPlaceIndex(places: Iterable<GazetteerPlace>): PlaceIndex {
  const index: PlaceIndex = new Map();
  for (const place of places) {
    let country = index.get(place.country);
    if (!country) {
      country = { exact: new Map(), prefix: new Map() };
      index.set(place.country, country);
    }
    for (const name of [place.name, place.altName ?? ""].filter(Boolean)) {
      const key = placeKey(name);
      keep(country.exact, key, place);
      keep(country.prefix, firstWord(key), place);
    }
  }
  return index;
}

/**
 * Looks a city up in its country: first the name as given (also with `ae`/`oe`/`ue` read as umlauts),
 * then the first word of it against the first word of the gazetteer's names ("Frankfurt" finds Frankfurt
 * am Main, the most populous Frankfurt). The postal code is not used: the shipped data has none.
 */
export function findPlace(index: PlaceIndex, query: { city: string; country: string }): GeocodeMatch | null {
  const country = index.get(query.country.toUpperCase());
  if (!country) return null;
  const key = placeKey(query.city);
  const spelled = placeKey(query.city.toLowerCase().replace(/ae/g, "ä").replace(/oe/g, "ö").replace(/ue/g, "ü"));
  const result = (place: GazetteerPlace, by: GeocodeMatch["by"]): GeocodeMatch => ({
    lat: place.lat,
    lon: place.lon,
    place: `${place.name}, ${place.country}`,
    by,
  });
  const exact = country.exact.get(key) ?? country.exact.get(spelled);
  if (exact) return result(exact, "exact");
  const prefix = country.prefix.get(firstWord(key)) ?? country.prefix.get(firstWord(spelled));
  return prefix ? result(prefix, "prefix") : null;
}
