import { describe, expect, it } from "vitest";
import { parseReferenceCsv, REFERENCE_CSV_MAX_BYTES, type ReferenceCsvPreview } from "./reference-csv";

const bytes = (content: string) => new TextEncoder().encode(content);
const preview = (content: string): ReferenceCsvPreview => {
  const result = parseReferenceCsv(bytes(content));
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result;
};
const header = "key,name,country,sector,date,S1,S3,M2,M8,label,valid_from,valid_until";

describe("reference benchmarking CSV import (issue 10 item 4): refused files import nothing", () => {
  it("refuses a file over 5 MB", () => {
    expect(parseReferenceCsv(new Uint8Array(REFERENCE_CSV_MAX_BYTES + 1).fill(0x41))).toEqual({ ok: false, message: "csvTooLarge" });
  });
  it("refuses invalid UTF-8, a wrong delimiter and a missing header", () => {
    expect(
      parseReferenceCsv(Uint8Array.from([...bytes("key,name,country,sector,date\nk,M"), 0xfc, ...bytes(",DE,ICT,2025-01-01\n")])),
    ).toEqual({
      ok: false,
      message: "csvInvalidEncoding",
    });
    expect(parseReferenceCsv(bytes("key\tname\tcountry\tsector\tdate\n"))).toEqual({ ok: false, message: "csvWrongDelimiter" });
    expect(parseReferenceCsv(bytes("k1,Cluster,DE,ICT,2025-01-01\n"))).toEqual({ ok: false, message: "csvMissingHeader" });
  });
});

describe("reference benchmarking CSV import: rows", () => {
  it("reads values by indicator id, German decimals, yes/no and a Gold label", () => {
    const result = preview(`${header}\nk1,Alpha,de,ICT,2025-03-01,52,"61,5",1.5,ja,gold,2025-01-01,2027-01-01\n`);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.row).toEqual({
      importKey: "k1",
      clusterName: "Alpha",
      country: "DE",
      sectorField: "ICT",
      benchmarkDate: "2025-03-01",
      values: { S1: 52, S3: 61.5, M2: 1.5, M8: true },
      labels: [{ level: "gold", validFrom: "2025-01-01", validUntil: "2027-01-01" }],
    });
  });

  it("names the line, field and message of a bad row and keeps the good ones (semicolons, German sector names)", () => {
    const result = preview(
      [
        "key;name;country;sector;date;S3",
        "k1;Alpha;DE;IKT;2025-03-01;140",
        "k2;Beta;DE;Raumfahrt;2025-03-01;50",
        "k3;Gamma;DE;Produktion und Maschinenbau;2025-02-30;50",
        "k4;Delta;DE;ICT;2025-03-01;50",
        "k4;Delta again;DE;ICT;2025-03-01;50",
      ].join("\n"),
    );
    expect(result.delimiter).toBe(";");
    expect(result.errors).toEqual([
      { line: 2, field: "S3", message: "outOfRange" },
      { line: 3, field: "sectorField", message: "invalidChoice" },
      { line: 4, field: "benchmarkDate", message: "invalidDate" },
      { line: 6, field: "importKey", message: "csvDuplicateRow" },
    ]);
    expect(result.rows.map((row) => row.key)).toEqual(["k4"]);
  });

  it("a label needs its validity dates", () => {
    const result = preview(`${header}\nk1,Alpha,DE,ICT,2025-03-01,,,,,silver,2025-01-01,\n`);
    expect(result.errors).toEqual([{ line: 2, field: "labelValidUntil", message: "required" }]);
  });
});
