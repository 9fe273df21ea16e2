import type { InvalidCase } from "./golden-case";

const peersInput = (reference: string) =>
  `{"asOf":"2026-06-30","cluster":{"id":"si","country":"DE","sector":"ICT","values":{}},"reference":[${reference}]}`;
const refEntry = (id: string, values = "{}", date = "2025-03-01") =>
  `{"id":"${id}","country":"DE","sector":"ICT","benchmarkDate":"${date}","values":${values}}`;

/** SCORING-CLI Conventions: exit 2, nothing on stdout, one line naming the first offending field. */
export const invalidCases: InvalidCase[] = [
  { name: "empty input", command: "score", raw: "  \n", stderr: "input: empty input, expected a JSON document on standard input" },
  { name: "a share above 100", command: "score", raw: '{"values":{"S3":100.5}}', stderr: "values.S3: expected a number between 0 and 100" },
  { name: "a negative count", command: "score", raw: '{"values":{"S1":-1}}', stderr: "values.S1: expected a number of at least 0" },
  { name: "growth below −100 %", command: "score", raw: '{"values":{"S7":-101}}', stderr: "values.S7: expected a number of at least -100" },
  { name: "a count of 9 above 9", command: "score", raw: '{"values":{"S2":10}}', stderr: "values.S2: expected a number between 0 and 9" },
  { name: "M6 above its scale", command: "score", raw: '{"values":{"M6":4.5}}', stderr: "values.M6: expected a number between 0 and 4" },
  { name: "V3 below its scale", command: "score", raw: '{"values":{"V3":0.9}}', stderr: "values.V3: expected a number between 1 and 5" },
  { name: "a number for a yes/no indicator", command: "score", raw: '{"values":{"M8":1}}', stderr: "values.M8: expected true or false" },
  { name: "a string for a number", command: "score", raw: '{"values":{"S1":"52"}}', stderr: "values.S1: expected a number of at least 0" },
  { name: "an unknown indicator id", command: "score", raw: '{"values":{"S9":1}}', stderr: "values.S9: unknown indicator id" },
  { name: "values missing", command: "score", raw: "{}", stderr: "values: expected an object of indicator values by id" },
  {
    name: "a share out of range in the fourth reference cluster",
    command: "peers",
    raw: peersInput([refEntry("a"), refEntry("b"), refEntry("c"), refEntry("d", '{"S3":101}')].join(",")),
    stderr: "reference.3.values.S3: expected a number between 0 and 100",
  },
  {
    name: "an impossible date",
    command: "peers",
    raw: peersInput(refEntry("a", "{}", "2025-02-29")),
    stderr: "reference.0.benchmarkDate: expected a date YYYY-MM-DD",
  },
  {
    name: "two entries of one cluster on one date",
    command: "peers",
    raw: peersInput([refEntry("a"), refEntry("a")].join(",")),
    stderr: "reference.1.benchmarkDate: cluster a has another benchmarking (reference.0) on 2025-03-01",
  },
  {
    name: "two benchmarkings on one date",
    command: "label",
    raw: '{"asOf":"2026-06-30","benchmarkings":[{"date":"2026-01-01","values":{}},{"date":"2026-01-01","values":{}}]}',
    stderr: "benchmarkings.1.date: another benchmarking (benchmarkings.0) is on 2026-01-01 already",
  },
  {
    name: "an unknown label level",
    command: "label",
    raw: '{"asOf":"2026-06-30","benchmarkings":[],"awards":[{"level":"platinum","validFrom":"2025-01-01","validUntil":"2027-01-01"}]}',
    stderr: "awards.0.level: expected one of bronze, silver, gold",
  },
  {
    name: "an award that ends before it starts",
    command: "label",
    raw: '{"asOf":"2026-06-30","benchmarkings":[],"awards":[{"level":"gold","validFrom":"2025-01-01","validUntil":"2024-01-01"}]}',
    stderr: "awards.0.validUntil: expected a date on or after validFrom",
  },
  {
    name: "a validated improvement that is not a string",
    command: "label",
    raw: '{"asOf":"2026-06-30","benchmarkings":[{"date":"2026-01-01","values":{},"validatedImprovements":["S6",7]}]}',
    stderr: "benchmarkings.0.validatedImprovements.1: expected an indicator id",
  },
  {
    name: "an empty assessor name",
    command: "label",
    raw: '{"asOf":"2026-06-30","benchmarkings":[],"assessors":["a",""]}',
    stderr: "assessors.1: expected an assessor name",
  },
];
