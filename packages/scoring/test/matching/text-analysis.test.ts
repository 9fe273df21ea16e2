import { describe, expect, it } from "vitest";
import { conceptLexicon, createTextAnalyzer, detectLanguage } from "../../src/matching";
import { createCompoundSplitter } from "../../src/matching/text/compound-splitter";
import { sharedConceptMatcher } from "../../src/matching/text/concept-matcher";

const analyze = createTextAnalyzer();
const termsOf = (text: string): string[] => analyze(text).terms.map((entry) => entry.term);

describe("text analysis", () => {
  it("detects German and English from language-specific stop words and umlauts", () => {
    expect(analyze("Wir suchen einen Partner für die Entwicklung von Sensoren").language).toBe("de");
    expect(analyze("We are looking for a partner to develop sensors with us").language).toBe("en");
    expect(detectLanguage(["größe", "sensor"])).toBe("de");
  });

  it("removes stop words and profile boilerplate of both languages", () => {
    expect(termsOf("Wir suchen einen Partner für die")).toEqual([]);
    expect(termsOf("We are looking for partners and we offer")).toEqual([]);
  });

  it("stems inflected words so singular and plural meet", () => {
    expect(termsOf("Getriebe")).toEqual(termsOf("Getrieben"));
    expect(termsOf("gearboxes")).toEqual(termsOf("gearbox"));
  });

  it("splits German compounds into known parts: Sensordatenanalyse → sensor + data analytics", () => {
    const split = createCompoundSplitter(["sensor", "daten", "analyse", "datenanalyse", "schwingung"]);
    expect(split("sensordatenanalyse")).toEqual(["sensor", "datenanalyse"]);
    expect(split("schwingungsdaten")).toEqual(["schwingung", "daten"]);
    expect(split("unbekanntwort")).toBeNull();
    expect(termsOf("Sensordatenanalyse")).toEqual(
      termsOf("sensor data analytics").filter((term) => ["c:sensor", "c:data-analytics"].includes(term)),
    );
  });

  it("maps German and English words and phrases of the term list to the same concept", () => {
    expect(termsOf("vorausschauende Wartung")).toContain("c:predictive-maintenance");
    expect(termsOf("predictive maintenance")).toContain("c:predictive-maintenance");
    expect(termsOf("Wasserstoff")).toEqual(termsOf("hydrogen"));
    expect(termsOf("Kreislaufwirtschaft")).toEqual(termsOf("circular economy").slice(0, 1));
    expect(termsOf("3D-Druck")).toContain("c:additive-manufacturing");
    expect(termsOf("3D printing")).toContain("c:additive-manufacturing");
  });

  it("keeps surfaces as written, the whole compound for its parts", () => {
    expect(analyze("Sensordatenanalyse").terms.map((entry) => entry.surface)).toEqual(["Sensordatenanalyse", "Sensordatenanalyse"]);
  });

  it("ships a bilingual term list of at least 150 concepts with unique ids and no stem clashes", () => {
    expect(conceptLexicon.length).toBeGreaterThanOrEqual(150);
    expect(new Set(conceptLexicon.map(([id]) => id)).size).toBe(conceptLexicon.length);
    expect(conceptLexicon.every(([, en, de]) => en.length > 0 && de.length > 0)).toBe(true);
    expect(sharedConceptMatcher().clashes).toEqual([]);
  });
});
