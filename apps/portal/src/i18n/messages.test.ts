import { errorMessages, validationMessages } from "@clusterwerk/validators";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import de from "../../messages/de.json";
import en from "../../messages/en.json";

/** Every key path of a messages file, e.g. `validation.required`. */
function keyPaths(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]: [string, unknown]) =>
    typeof value === "object" && value !== null ? keyPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("German and English messages", () => {
  it("have exactly the same keys", () => {
    const german = keyPaths(de).sort();
    const english = keyPaths(en).sort();
    expect(
      german.filter((key) => !english.includes(key)),
      "only in de.json",
    ).toEqual([]);
    expect(
      english.filter((key) => !german.includes(key)),
      "only in en.json",
    ).toEqual([]);
  });

  it.each(["de", "en"])("%s.json names no key twice in one object (JSON keeps the last silently; merges make such pairs)", (locale) => {
    const twice: string[] = [];
    const source = readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8");
    const stack: Set<string>[] = [];
    // Strings are matched whole, so braces inside texts (ICU plurals) do not count as objects.
    for (const token of source.matchAll(/"((?:[^"\\]|\\.)*)"(\s*:)?|[{}]/g)) {
      if (token[0] === "{") stack.push(new Set());
      else if (token[0] === "}") stack.pop();
      else if (token[2]) {
        const keys = stack.at(-1);
        const key = token[1] ?? "";
        if (keys?.has(key)) twice.push(key);
        keys?.add(key);
      }
    }
    expect(twice).toEqual([]);
  });

  it.each([
    ["de", de],
    ["en", en],
  ])("%s has a text for every validation and procedure error key", (_locale, messages) => {
    const keys = keyPaths(messages);
    for (const key of Object.values(validationMessages)) expect(keys).toContain(`validation.${key}`);
    for (const key of Object.values(errorMessages)) expect(keys).toContain(`serverErrors.${key}`);
  });

  it.each([
    ["de", de],
    ["en", en],
  ])("%s has no empty text", (_locale, messages) => {
    const texts = (value: unknown): unknown[] =>
      typeof value === "object" && value !== null ? Object.values(value).flatMap(texts) : [value];
    expect(texts(messages).filter((text) => typeof text !== "string" || text.trim() === "")).toEqual([]);
  });
});
