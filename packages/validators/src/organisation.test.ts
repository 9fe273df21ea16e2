import { describe, expect, it } from "vitest";
import { validationMessages as m } from "./messages";
import { organisationProfile } from "./organisation";

const valid = {
  name: "Rheinsensor GmbH",
  category: "sme",
  employees: 40,
  street: "",
  postalCode: "68159",
  city: "Mannheim",
  country: "de",
  lat: 49.49,
  lon: 8.47,
  nace: ["c28", "J"],
  technologyTags: ["Digitalisation/IoT-Sensors"],
  website: "https://rheinsensor.example",
  description: "",
};

function firstIssue(change: object) {
  const result = organisationProfile.safeParse({ ...valid, ...change });
  return result.success ? null : { path: result.error.issues[0]?.path, message: result.error.issues[0]?.message };
}

describe("organisation profile schema", () => {
  it("normalises codes, country and empty texts", () => {
    expect(organisationProfile.parse(valid)).toMatchObject({
      country: "DE",
      nace: ["C28", "J"],
      technologyTags: ["digitalisation/iot-sensors"],
      street: null,
      description: null,
    });
  });

  it.each([
    ["a non-number employee count", { employees: Number.NaN }, ["employees"], m.outOfRange],
    ["a fractional employee count", { employees: 2.5 }, ["employees"], m.outOfRange],
    ["an empty name", { name: " " }, ["name"], m.required],
    ["a name over 160 characters", { name: "x".repeat(161) }, ["name"], m.tooLong],
    ["an unknown category", { category: "startup" }, ["category"], m.invalidChoice],
    ["a three-letter country", { country: "DEU" }, ["country"], m.invalidCountry],
    ["a website without scheme", { website: "rheinsensor.example" }, ["website"], m.invalidUrl],
    ["a NACE division with one digit", { nace: ["C2"] }, ["nace", 0], m.invalidNace],
    ["a NACE division outside its section (C99)", { nace: ["C99"] }, ["nace", 0], m.unknownTag],
    ["a NACE number that is no division (A50)", { nace: ["A50"] }, ["nace", 0], m.unknownTag],
    ["a tag with spaces", { technologyTags: ["iot sensors"] }, ["technologyTags", 0], m.invalidTag],
    ["a latitude out of range", { lat: 91 }, ["lat"], m.outOfRange],
    ["a latitude without a longitude", { lon: null }, ["lon"], m.outOfRange],
  ])("rejects %s with a message key on the field", (_label, change, path, message) => {
    expect(firstIssue(change)).toEqual({ path, message });
  });
});
