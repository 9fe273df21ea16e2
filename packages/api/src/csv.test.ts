import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvHeaders, csvLine, csvStream, toCsv } from "./csv";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const bytes: number[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.push(...value);
  }
  return Uint8Array.from(bytes);
}

describe("CSV writer", () => {
  it("formula injection: cells starting with = + - @ tab or CR get a leading single quote", () => {
    expect(csvCell('=HYPERLINK("http://evil.example")')).toBe('"\'=HYPERLINK(""http://evil.example"")"');
    expect(csvCell("+49 621 1234")).toBe("'+49 621 1234");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1:A2)")).toBe("'@SUM(A1:A2)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe('"\'\r=1"');
  });

  it("formula injection: a character of that set later in the text and numbers stay as they are", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("E-Mail")).toBe("E-Mail");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(2.5)).toBe("2.5");
  });

  it("RFC 4180: separators, quotes and line breaks are quoted, quotes doubled", () => {
    expect(csvCell("Müller, Schmidt & Co.")).toBe('"Müller, Schmidt & Co."');
    expect(csvCell('the "best" need')).toBe('"the ""best"" need"');
    expect(csvCell("line 1\nline 2")).toBe('"line 1\nline 2"');
    expect(csvLine(["a", 1, null, undefined, true])).toBe("a,1,,,true\r\n");
  });

  it("dates are ISO 8601, non-finite numbers empty", () => {
    expect(csvCell(new Date("2026-03-01T10:00:00Z"))).toBe("2026-03-01T10:00:00.000Z");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("a file starts with the UTF-8 byte order mark and the header row", () => {
    const text = toCsv(["Kategorie", "Bedarf"], [["Digitalisierung", 12]]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.slice(1)).toBe("Kategorie,Bedarf\r\nDigitalisierung,12\r\n");
  });

  it("the stream yields exactly the bytes of the whole file, BOM as EF BB BF, across chunks", async () => {
    const rows = Array.from({ length: 7 }, (_, i) => [`Bedürfnis ${i}`, i, "=1+1"]);
    const bytes = await readAll(csvStream(["Titel", "Wichtigkeit", "Notiz"], rows, 3));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(toCsv(["Titel", "Wichtigkeit", "Notiz"], rows));
  });

  it("an export without rows still has its header", async () => {
    const bytes = await readAll(csvStream(["a", "b"], []));
    expect(new TextDecoder().decode(bytes)).toBe("a,b\r\n");
  });

  it("the download's file name is reduced to safe characters", () => {
    expect(csvHeaders('needs "x"/ä.csv')["content-disposition"]).toBe('attachment; filename="needs__x___.csv"');
  });
});
