/**
 * The label rules' reasons (packages/scoring `label-reasons.ts`, SCORING-CLI.md `label`) are English
 * sentences, identical to the scoring command's. The portal shows them in the reader's language: each
 * sentence pattern maps to a message key under `labels.reasons` with its parts as parameters; a sentence
 * of no known pattern is shown as it is (`raw`), so nothing is ever hidden.
 */
export interface LabelReasonMessage {
  key: string;
  values: Record<string, string>;
}

const patterns: readonly { key: string; pattern: RegExp; names: readonly string[] }[] = [
  { key: "noBenchmarking", pattern: /^no benchmarking on or before (\S+)$/, names: ["date"] },
  {
    key: "criterion",
    pattern: /^eligibility criterion (\w+) not met: (.+), (at least|at most) (\S+) required$/,
    names: ["id", "value", "bound", "threshold"],
  },
  {
    key: "knockout",
    pattern: /^knock-out (\w+) not met: (.+), (at least|at most) (\S+) required$/,
    names: ["id", "value", "bound", "threshold"],
  },
  { key: "knockoutYes", pattern: /^knock-out (\w+) not met: (.+), yes required$/, names: ["id", "value"] },
  { key: "noPrevious", pattern: /^no previous benchmarking before (\S+)$/, names: ["date"] },
  {
    key: "tooEarly",
    pattern: /^benchmarking of (\S+) is less than (\d+) months after the previous one of (\S+) \(earliest (\S+)\)$/,
    names: ["date", "months", "previous", "limit"],
  },
  {
    key: "tooLate",
    pattern: /^benchmarking of (\S+) is more than (\d+) months after the previous one of (\S+) \(latest (\S+)\)$/,
    names: ["date", "months", "previous", "limit"],
  },
  { key: "noImprovements", pattern: /^no validated improvement areas, (\d+) required$/, names: ["required"] },
  { key: "fewImprovements", pattern: /^only (\d+) validated improvement areas?, (\d+) required$/, names: ["count", "required"] },
  {
    key: "score",
    pattern: /^score (\S+) % below (\S+) % \((\S+) of (\S+) points, (\S+) required\)$/,
    names: ["percent", "requiredPercent", "points", "maxPoints", "requiredPoints"],
  },
  { key: "noAssessors", pattern: /^no assessors named, (\d+) different assessors required$/, names: ["required"] },
  { key: "fewAssessors", pattern: /^only (\d+) different assessors?, (\d+) required$/, names: ["count", "required"] },
];

const germanUnits: readonly [RegExp, string][] = [
  [/^no value$/, "kein Wert"],
  [/^yes$/, "ja"],
  [/^no$/, "nein"],
  [/ years?$/, " Jahre"],
  [/ months?$/, " Monate"],
  [/ days?$/, " Tage"],
  [/ FTE$/, " VZÄ"],
  [/ of (\d+)$/, " von $1"],
];

/** A value or number of a reason in the reader's language: German units and decimal commas. */
export function localiseReasonPart(text: string, locale: string): string {
  if (locale !== "de") return text;
  let result = text;
  for (const [pattern, replacement] of germanUnits) result = result.replace(pattern, replacement);
  return result.replace(/(\d)\.(\d)/g, "$1,$2");
}

/** The message key and parameters of one reason sentence (parts localised), or `raw` with the sentence. */
export function labelReasonMessage(sentence: string, locale: string): LabelReasonMessage {
  for (const { key, pattern, names } of patterns) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const values: Record<string, string> = {};
    names.forEach((name, index) => {
      const part = match[index + 1] ?? "";
      values[name] = name === "bound" ? (part === "at most" ? "atMost" : "atLeast") : localiseReasonPart(part, locale);
    });
    return { key, values };
  }
  return { key: "raw", values: { text: sentence } };
}
