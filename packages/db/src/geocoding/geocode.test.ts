import { describe, expect, it } from "vitest";
import { geocodePlace } from "./geocode";
import { buildPlaceIndex, findPlace, placeKey } from "./place-index";

describe("offline geocoding from city and country (issue 9)", () => {
  it("finds Mannheim, DE in the shipped data, naming the place it matched", { timeout: 60_000 }, async () => {
    const match = await geocodePlace({ city: "Mannheim", country: "DE" });
    expect(match).toMatchObject({ place: "Mannheim, DE", by: "exact" });
    expect(match?.lat).toBeCloseTo(49.489, 2);
    expect(match?.lon).toBeCloseTo(8.467, 2);
  });

  it("finds the place in the given country, not a namesake elsewhere", { timeout: 60_000 }, async () => {
    expect((await geocodePlace({ city: "Heidelberg", country: "de" }))?.lat).toBeCloseTo(49.41, 1);
    expect((await geocodePlace({ city: "München", country: "DE" }))?.place).toBe("Munich, DE");
  });

  it("answers null for a place it does not know", { timeout: 60_000 }, async () => {
    expect(await geocodePlace({ city: "Nowhere-upon-Nothing", country: "DE" })).toBeNull();
    expect(await geocodePlace({ city: "Mannheim", country: "ZZ" })).toBeNull();
  });
});

describe("place index", () => {
  const index = buildPlaceIndex([
    { name: "Frankfurt am Main", country: "DE", population: 650_000, lat: 50.11, lon: 8.68 },
    { name: "Frankfurt (Oder)", country: "DE", population: 51_000, lat: 52.34, lon: 14.55 },
    { name: "Sankt Ingbert", country: "DE", population: 38_000, lat: 49.27, lon: 7.11 },
    { name: "Köln", country: "DE", population: 960_000, lat: 50.93, lon: 6.95 },
  ]);

  it("compares names without case, diacritics and punctuation, St. as Sankt", () => {
    expect(placeKey("Frankfurt (Oder)")).toBe("frankfurt oder");
    expect(findPlace(index, { city: "St. Ingbert", country: "DE" })?.place).toBe("Sankt Ingbert, DE");
    expect(findPlace(index, { city: "KOELN", country: "DE" })?.place).toBe("Köln, DE");
  });

  it("reads a name without its qualifier as the most populous place of that name", () => {
    expect(findPlace(index, { city: "Frankfurt", country: "DE" })).toMatchObject({ place: "Frankfurt am Main, DE", by: "prefix" });
    expect(findPlace(index, { city: "Frankfurt (Oder)", country: "DE" })).toMatchObject({ place: "Frankfurt (Oder), DE", by: "exact" });
  });
});
