import { describe, expect, it } from "vitest";
import { splitCsvRecords } from "./csv-file";
import { parseProspectCsv, PROSPECT_CSV_MAX_BYTES, type ProspectCsvPreview } from "./prospect-csv";
import { prospectImportKey } from "./prospects";

const bytes = (content: string) => new TextEncoder().encode(content);
const preview = (content: string): ProspectCsvPreview => {
  const result = parseProspectCsv(bytes(content));
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result;
};

const header = "id,name,city,postal_code,country,nace,employees,website";

describe("prospect CSV import: refused files import nothing", () => {
  it("refuses a file over 10 MB", () => {
    const big = new Uint8Array(PROSPECT_CSV_MAX_BYTES + 1).fill(0x41);
    expect(parseProspectCsv(big)).toEqual({ ok: false, message: "csvTooLarge" });
  });

  it("takes a file of exactly 10 MB", () => {
    const head = bytes(`${header}\n1,A,Mannheim,68159,DE,C28,10,a.de\n`);
    const exact = new Uint8Array(PROSPECT_CSV_MAX_BYTES).fill(0x0a);
    exact.set(head);
    expect(parseProspectCsv(exact).ok).toBe(true);
  });

  it("refuses invalid UTF-8 (a Latin-1 umlaut)", () => {
    const latin1 = Uint8Array.from([...bytes("name,city,country\nM"), 0xfc, ...bytes("ller GmbH,Mannheim,DE\n")]);
    expect(parseProspectCsv(latin1)).toEqual({ ok: false, message: "csvInvalidEncoding" });
  });

  it("refuses a tab- or pipe-separated file as the wrong delimiter", () => {
    expect(parseProspectCsv(bytes("name\tcity\tcountry\nA\tMannheim\tDE\n"))).toEqual({ ok: false, message: "csvWrongDelimiter" });
    expect(parseProspectCsv(bytes("name|city|country\nA|Mannheim|DE\n"))).toEqual({ ok: false, message: "csvWrongDelimiter" });
  });

  it("refuses a file without a header naming name, city and country", () => {
    expect(parseProspectCsv(bytes("Acme GmbH,Mannheim,DE\nBeta AG,Heidelberg,DE\n"))).toEqual({ ok: false, message: "csvMissingHeader" });
    expect(parseProspectCsv(bytes("name,city\nAcme,Mannheim\n"))).toEqual({ ok: false, message: "csvMissingHeader" });
  });

  it("refuses an empty file, a repeated column and an unclosed quote", () => {
    expect(parseProspectCsv(bytes("\uFEFF \n"))).toEqual({ ok: false, message: "csvEmpty" });
    expect(parseProspectCsv(bytes("name,city,country,Firma\nA,B,DE,C\n"))).toEqual({ ok: false, message: "csvDuplicateColumn" });
    expect(parseProspectCsv(bytes('name,city,country\n"A,B,DE\n'))).toEqual({ ok: false, message: "csvUnterminatedQuote" });
  });
});

describe("prospect CSV import: reading rows", () => {
  it("detects the semicolon (German Excel) and German column names, with a byte order mark", () => {
    const result = preview("\uFEFFFirma;Ort;PLZ;Land;WZ;Beschäftigte\nRheinTech GmbH;Mannheim;68159;de;28.41;1.200\n");
    expect(result.delimiter).toBe(";");
    expect(result.rows[0]?.row).toMatchObject({
      name: "RheinTech GmbH",
      postalCode: "68159",
      country: "DE",
      nace: ["C28"],
      employees: 1200,
    });
  });

  it("reads quoted fields with separators, doubled quotes and line breaks", () => {
    expect(splitCsvRecords('a,"b,c","say ""hi""","x\ny"\r\nz', ",")).toEqual([
      { line: 1, fields: ["a", "b,c", 'say "hi"', "x\ny"] },
      { line: 3, fields: ["z"] },
    ]);
  });

  it("lists each bad row with its line, field and message key, and keeps the good rows", () => {
    const result = preview(
      [
        header,
        "1,Good GmbH,Mannheim,68159,DE,C28,120,good.de",
        "2,,Mannheim,68159,DE,C28,10,",
        "3,Bad Country,Mannheim,68159,Germany,C28,10,",
        "4,Bad Nace,Mannheim,68159,DE,X99,10,",
        "5,Short row,Mannheim",
        "1,Same id again,Heidelberg,69117,DE,,,",
      ].join("\n"),
    );
    expect(result.total).toBe(6);
    expect(result.rows.map((row) => row.line)).toEqual([2]);
    expect(result.rows[0]?.row.website).toBe("https://good.de");
    expect(result.errors).toEqual([
      { line: 3, field: "name", message: "required" },
      { line: 4, field: "country", message: "invalidCountry" },
      { line: 5, field: "nace", message: "invalidNace" },
      { line: 6, field: null, message: "csvColumnCount" },
      { line: 7, field: "externalId", message: "csvDuplicateRow" },
    ]);
  });

  it("keeps a formula cell such as =HYPERLINK(…) as plain text", () => {
    const result = preview('name,city,country\n"=HYPERLINK(""http://evil.example"",""click"")",Mannheim,DE\n');
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.row.name).toBe('=HYPERLINK("http://evil.example","click")');
  });

  it("lists unknown columns as ignored", () => {
    expect(preview("name,city,country,Umsatz\nA,Mannheim,DE,12\n").ignoredColumns).toEqual(["Umsatz"]);
  });
});

describe("prospect import key", () => {
  it("is the list's own id when given", () => {
    expect(prospectImportKey({ externalId: "HRB 123", name: "A", postalCode: null, country: "DE" })).toBe("id:HRB 123");
  });

  it("is otherwise the normalised name with postal code and country", () => {
    const a = prospectImportKey({ externalId: null, name: "RheinTech  GmbH", postalCode: "68 159", country: "DE" });
    const b = prospectImportKey({ externalId: null, name: "rheintech gmbh", postalCode: "68159", country: "DE" });
    expect(a).toBe(b);
    expect(prospectImportKey({ externalId: null, name: "RheinTech GmbH", postalCode: "68159", country: "AT" })).not.toBe(a);
  });
});
