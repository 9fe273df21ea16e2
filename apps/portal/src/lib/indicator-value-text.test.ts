import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import deMessages from "../../messages/de.json";
import enMessages from "../../messages/en.json";
import { formatIndicatorValue } from "./indicator-value-text";

const translate = (locale: "de" | "en") => {
  const t = createTranslator({ locale, messages: locale === "de" ? deMessages : enMessages, namespace: "benchmarkReport" });
  return (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
};

describe("indicator values by the catalogue's unit (DOMAIN.md §6.1)", () => {
  it("a yes/no indicator reads ja/nein or yes/no, whether stored as 1/0 (audit log, corrections) or as a boolean", () => {
    const yesNo = { unit: "yes-no" as const, decimals: 0 };
    expect([1, 0, true, false].map((value) => formatIndicatorValue(yesNo, value, translate("de"), "de"))).toEqual([
      "ja",
      "nein",
      "ja",
      "nein",
    ]);
    expect([1, 0].map((value) => formatIndicatorValue(yesNo, value, translate("en"), "en"))).toEqual(["yes", "no"]);
  });

  it("numbers carry the catalogue's decimals and unit, years in singular and plural; a missing value is a dash", () => {
    const de = translate("de");
    expect(formatIndicatorValue({ unit: "fte", decimals: 1 }, 1.8, de, "de")).toBe("1,8 VZÄ");
    expect(formatIndicatorValue({ unit: "years", decimals: 0 }, 1, de, "de")).toBe("1 Jahr");
    expect(formatIndicatorValue({ unit: "years", decimals: 0 }, 11, de, "de")).toBe("11 Jahre");
    expect(formatIndicatorValue({ unit: "percent", decimals: 0 }, 45, translate("en"), "en")).toBe("45 %");
    expect(formatIndicatorValue({ unit: "count", decimals: 0 }, 34, de, "de")).toBe("34");
    expect(formatIndicatorValue({ unit: "count", decimals: 0 }, null, de, "de")).toBe("–");
  });
});
