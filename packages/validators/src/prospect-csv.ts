import { type CsvFileError, type CsvFormat, type CsvPreview, parseCsvFile } from "./csv-file";
import { prospectImportKey, type ProspectRow, prospectRow, type ProspectRowField } from "./prospects";

/** The largest file the prospect import takes: 10 MB (issue 9), about 50,000 rows of a register extract. */
export const PROSPECT_CSV_MAX_BYTES = 10 * 1024 * 1024;
/** The most rows one file may hold. */
export const PROSPECT_CSV_MAX_ROWS = 100_000;

/**
 * The prospect file (issue 9): the column names the import understands, German and English; `name`, `city`
 * and `country` are required; unknown columns are listed and left out. Keyed by `prospectImportKey`.
 */
const prospectCsvFormat: CsvFormat<ProspectRowField, ProspectRow> = {
  maxBytes: PROSPECT_CSV_MAX_BYTES,
  maxRows: PROSPECT_CSV_MAX_ROWS,
  columnAliases: {
    externalId: ["id", "key", "importid", "externalid", "externeid", "schlüssel", "nummer"],
    name: ["name", "company", "organisation", "organization", "firma", "unternehmen"],
    city: ["city", "town", "ort", "stadt"],
    postalCode: ["postalcode", "postcode", "zip", "zipcode", "plz", "postleitzahl"],
    country: ["country", "land", "countrycode", "ländercode"],
    nace: ["nace", "nacecodes", "nacecode", "wz", "wz2008"],
    technologyTags: ["technologies", "technology", "technologytags", "technologien", "technologie"],
    employees: ["employees", "staff", "beschäftigte", "mitarbeiter", "mitarbeitende"],
    website: ["website", "web", "url", "homepage", "webseite", "internet"],
    lat: ["lat", "latitude", "breitengrad", "breite"],
    lon: ["lon", "lng", "long", "longitude", "längengrad", "länge"],
  },
  requiredColumns: ["name", "city", "country"],
  rowSchema: prospectRow,
  keyOf: prospectImportKey,
  duplicateField: (row) => (row.externalId === null ? "name" : "externalId"),
};

export type ProspectCsvPreview = CsvPreview<ProspectRowField, ProspectRow>;

/**
 * Reads a prospect CSV file (issue 9) for the preview: refuses the whole file when it is larger than
 * 10 MB, not UTF-8, empty, separated by anything but `,` or `;`, or without a header naming name, city
 * and country; otherwise checks every row and returns the good rows and, per bad row, its line, field
 * and message key (`parseCsvFile`).
 */
export function parseProspectCsv(bytes: Uint8Array): ProspectCsvPreview | CsvFileError {
  return parseCsvFile(bytes, prospectCsvFormat);
}
