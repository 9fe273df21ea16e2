import { indicatorIds } from "@clusterwerk/scoring/benchmark";
import { type CsvFileError, type CsvFormat, type CsvPreview, parseCsvFile } from "./csv-file";
import { type ReferenceRow, referenceRow, type ReferenceRowField } from "./reference-benchmarkings";

/** The largest reference file: 5 MB, far above ESCA's 1,300 clusters with all 36 indicators (about 0.3 MB). */
export const REFERENCE_CSV_MAX_BYTES = 5 * 1024 * 1024;
/** The most rows one reference file may hold. */
export const REFERENCE_CSV_MAX_ROWS = 20_000;

/**
 * The reference benchmarking file (issue 10, item 4), read by the same machinery as the prospect import:
 * key, cluster name, country, sector field and benchmark date are required; each indicator's column is
 * named by its id (`S1` … `R4`); a label with its validity is optional. Unknown columns are listed and left out.
 */
const referenceCsvFormat: CsvFormat<ReferenceRowField, ReferenceRow> = {
  maxBytes: REFERENCE_CSV_MAX_BYTES,
  maxRows: REFERENCE_CSV_MAX_ROWS,
  columnAliases: {
    importKey: ["key", "importkey", "id", "schlüssel"],
    clusterName: ["name", "cluster", "clustername"],
    country: ["country", "land", "countrycode", "ländercode"],
    sectorField: ["sector", "sectorfield", "branche", "branchenfeld"],
    benchmarkDate: ["date", "benchmarkdate", "datum", "benchmarkdatum"],
    label: ["label", "level", "labelstufe"],
    labelValidFrom: ["labelvalidfrom", "validfrom", "gültigab"],
    labelValidUntil: ["labelvaliduntil", "validuntil", "gültigbis"],
    ...(Object.fromEntries(indicatorIds.map((id) => [id, [id.toLowerCase()]])) as Record<(typeof indicatorIds)[number], string[]>),
  },
  requiredColumns: ["importKey", "clusterName", "country", "sectorField", "benchmarkDate"],
  rowSchema: referenceRow,
  keyOf: (row) => row.importKey,
  duplicateField: () => "importKey",
};

export type ReferenceCsvPreview = CsvPreview<ReferenceRowField, ReferenceRow>;

/** Reads a reference benchmarking file for the preview (`parseCsvFile`): the file refused whole, or good rows and per-row errors. */
export function parseReferenceCsv(bytes: Uint8Array): ReferenceCsvPreview | CsvFileError {
  return parseCsvFile(bytes, referenceCsvFormat);
}
