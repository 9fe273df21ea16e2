import type { DataSection } from "@clusterwerk/db";
import { strToU8, zipSync, type Zippable } from "fflate";
import { type CsvValue, toCsv } from "../csv";

/** What every archive explains about itself, in German and English. */
const README = `Clusterwerk – Datenauskunft / data export

Jede Tabelle liegt zweimal vor: als JSON (<name>.json, Werte wie gespeichert) und als CSV (<name>.csv, UTF-8, für
Tabellenprogramme). Zeiten sind UTC (ISO 8601). Was gespeichert ist, was anonymisiert wird und warum: docs/DATA-RIGHTS.md.

Every table is here twice: as JSON (<name>.json, values as stored) and as CSV (<name>.csv, UTF-8, for spreadsheets).
Times are UTC (ISO 8601). What is kept, what is anonymised and why: docs/DATA-RIGHTS.md.
`;

/** A CSV cell: arrays and objects (tags, JSON details) as their JSON text, the rest as the CSV writer takes them. */
function cell(value: unknown): CsvValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  return JSON.stringify(value);
}

/**
 * One zip archive of the sections (GDPR Art. 20: a structured, machine-readable format): `<name>.json` and
 * `<name>.csv` per section, a `manifest.json` (what, about whom, when, rows per table) and a README. Stored
 * uncompressed (level 0): the archive is small and the work stays off the request's CPU budget.
 */
export function dataArchive(
  sections: readonly DataSection[],
  about: { kind: "person" | "organisation"; id: string; createdAt: Date },
): Uint8Array {
  const files: Zippable = { "README.txt": strToU8(README) };
  for (const { name, columns, rows } of sections) {
    files[`${name}.json`] = strToU8(JSON.stringify(rows, null, 2));
    files[`${name}.csv`] = strToU8(
      toCsv(
        columns,
        rows.map((row) => columns.map((column) => cell(row[column]))),
      ),
    );
  }
  const manifest = {
    ...about,
    createdAt: about.createdAt.toISOString(),
    tables: sections.map(({ name, rows }) => ({ name, rows: rows.length })),
  };
  files["manifest.json"] = strToU8(JSON.stringify(manifest, null, 2));
  return zipSync(files, { level: 0, mtime: about.createdAt });
}
