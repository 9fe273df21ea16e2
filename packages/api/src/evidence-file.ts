import { createHash } from "node:crypto";
import { EVIDENCE_MAX_BYTES, type EvidenceMediaType } from "@clusterwerk/scoring/domain";
import { validationMessages as m, type ValidationMessage } from "@clusterwerk/validators";

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/** Whether the bytes contain `text` (ASCII) anywhere: an XLSX package names its `xl/` parts in the ZIP directory. */
function containsAscii(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, "latin1");
}

/** Control bytes a text file does not hold: everything below a space except tab, line feed and carriage return, and DEL. */
const isControlByte = (byte: number) => (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f;

/** A CSV is UTF-8 text: no control bytes, and it decodes strictly (an executable or a ZIP fails both). */
function isCsvText(bytes: Uint8Array): boolean {
  if (bytes.some(isControlByte)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Each allowed evidence type with its file name extensions and the check of its content (magic bytes;
 * CSV has none, so it must be plain UTF-8 text). The name and the content must agree, so an executable
 * renamed `.pdf` is refused.
 */
const evidenceTypes: readonly { mediaType: EvidenceMediaType; extensions: readonly string[]; matches: (bytes: Uint8Array) => boolean }[] = [
  { mediaType: "application/pdf", extensions: [".pdf"], matches: (bytes) => startsWith(bytes, ascii("%PDF-")) },
  { mediaType: "image/png", extensions: [".png"], matches: (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mediaType: "image/jpeg", extensions: [".jpg", ".jpeg"], matches: (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]) },
  {
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: [".xlsx"],
    matches: (bytes) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && containsAscii(bytes, "xl/"),
  },
  { mediaType: "text/csv", extensions: [".csv"], matches: isCsvText },
];

export type EvidenceCheck = { ok: true; mediaType: EvidenceMediaType; sha256: string } | { ok: false; message: ValidationMessage };

/** Checks an evidence file by size (1 byte to 10 MB) and by content against its name's type; nothing is trusted from the client. */
export function checkEvidenceFile(filename: string, bytes: Uint8Array): EvidenceCheck {
  if (bytes.byteLength === 0) return { ok: false, message: m.evidenceEmpty };
  if (bytes.byteLength > EVIDENCE_MAX_BYTES) return { ok: false, message: m.evidenceTooLarge };
  const name = filename.toLowerCase();
  const type = evidenceTypes.find((candidate) => candidate.extensions.some((extension) => name.endsWith(extension)));
  if (!type || !type.matches(bytes)) return { ok: false, message: m.evidenceTypeNotAllowed };
  return { ok: true, mediaType: type.mediaType, sha256: createHash("sha256").update(bytes).digest("hex") };
}
