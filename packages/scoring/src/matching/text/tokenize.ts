/** A word of a text: lower-case form and its place in the original, so surfaces stay "as written". */
export interface Token {
  norm: string;
  start: number;
  end: number;
}

const wordPattern = /[\p{L}\p{N}]+/gu;
// Punctuation that ends a phrase; a hyphen or space does not ("3D-Druck", "digital twin").
const phraseBreak = /[.,;:!?()[\]{}"„“”/|\n]/;
const digit = /\p{N}/u;

/**
 * Splits a text into segments (phrases cannot cross a segment) of word tokens. Hyphenated words
 * become separate tokens in one segment, so "IoT-Sensoren" matches "IoT sensors". A point between
 * two digits ("Industrie 4.0") does not break the segment.
 */
export function tokenize(text: string): Token[][] {
  const segments: Token[][] = [];
  let current: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    const betweenDigits = gap === "." && digit.test(text.charAt(previousEnd - 1)) && digit.test(match[0].charAt(0));
    if (current.length > 0 && phraseBreak.test(gap) && !betweenDigits) {
      segments.push(current);
      current = [];
    }
    current.push({ norm: match[0].toLowerCase(), start, end: start + match[0].length });
    previousEnd = start + match[0].length;
  }
  if (current.length > 0) segments.push(current);
  return segments;
}
