import { describe, expect, it } from "vitest";
import { signInInput } from "./account";
import { email, optionalText, optionalUrl, password, requiredText, token } from "./fields";
import { searchTerm } from "./list";
import { validationMessages as m } from "./messages";
import { organisationProfile } from "./organisation";
import { hasOnlyTextCharacters, text } from "./text";

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : (result.error?.issues.map((issue) => issue.message) ?? []);

describe("text inputs refuse control characters and invalid Unicode", () => {
  it.each([
    ["NUL", "a\u0000b"],
    ["another C0 control (ESC)", "a\u001Bb"],
    ["DEL", "a\u007Fb"],
    ["a lone high surrogate", "a\uD83Db"],
    ["a lone low surrogate", "a\uDE00b"],
    ["a low surrogate before its high one", "\uDE00\uD83D"],
  ])("%s is refused with invalidCharacters", (_name, value) => {
    expect(messagesOf(text().safeParse(value))).toEqual([m.invalidCharacters]);
    expect(messagesOf(text({ multiline: true }).safeParse(value))).toEqual([m.invalidCharacters]);
  });

  it("single-line text refuses tab and line breaks; multi-line text keeps them", () => {
    for (const value of ["a\tb", "a\nb", "a\r\nb"]) {
      expect(hasOnlyTextCharacters(value)).toBe(false);
      expect(hasOnlyTextCharacters(value, { multiline: true })).toBe(true);
    }
  });

  it("letters of any script, emoji (surrogate pairs) and typographic spaces pass", () => {
    for (const value of ["Müller & Söhne", "東京", "Ærø 😀", "a\u00A0b", "ẞ"]) expect(hasOnlyTextCharacters(value)).toBe(true);
  });

  it.each([
    ["requiredText", requiredText(100), "Name\u0000"],
    ["optionalText", optionalText(100), "\u0000"],
    ["email", email, "a\u0000@example.org"],
    ["password", password, "0123456789\u0000"],
    ["token", token, "a".repeat(20) + "\uD800"],
    ["optionalUrl", optionalUrl, "https://example.org/\u0000"],
    ["searchTerm", searchTerm, "sensor\u0000"],
  ])("the shared builder %s refuses a NUL or lone surrogate with invalidCharacters", (_name, schema, value) => {
    expect(messagesOf(schema.safeParse(value))).toContain(m.invalidCharacters);
  });

  it("a NUL in the sign-in password is refused on the field", () => {
    const result = signInInput.safeParse({ email: "a@example.org", password: "pass\u0000word" });
    expect(result.success ? null : result.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["password", m.invalidCharacters],
    ]);
  });

  it("the organisation profile refuses a NUL in every text field and keeps line breaks in the description", () => {
    const valid = {
      name: "Rheinsensor GmbH",
      category: "sme",
      employees: null,
      street: "Hafenstraße 1",
      postalCode: "68159",
      city: "Mannheim",
      country: "DE",
      lat: null,
      lon: null,
      nace: ["C28"],
      technologyTags: ["digitalisation/iot-sensors"],
      website: "https://rheinsensor.example",
      description: "Sensors.\nAnd services.",
    };
    expect(organisationProfile.parse(valid).description).toBe("Sensors.\nAnd services.");
    for (const field of ["name", "street", "postalCode", "city", "country", "website", "description"] as const) {
      const result = organisationProfile.safeParse({ ...valid, [field]: `${valid[field]}\u0000` });
      expect(messagesOf(result), field).toContain(m.invalidCharacters);
    }
    for (const field of ["nace", "technologyTags"] as const) {
      const result = organisationProfile.safeParse({ ...valid, [field]: ["\u0000"] });
      expect(messagesOf(result), field).toContain(m.invalidCharacters);
    }
  });
});
