/**
 * Splits German compounds into known parts: "sensordatenanalyse" → sensor, datenanalyse. A part is a
 * known word, optionally followed by a linking or inflection ending ("schwingung|s|daten",
 * "maschine|n|daten"). The split with the fewest parts wins, so a known longer part
 * ("datenanalyse") beats two shorter ones. Returns the parts in their known (base) form, or null
 * when the word is not a compound of known parts.
 */
export type CompoundSplitter = (word: string) => readonly string[] | null;

const endings = ["s", "es", "n", "en", "e", "er", "ern", "ens"];
const minimumPartLength = 3;
const minimumCompoundLength = 7;
const maximumParts = 4;

export function createCompoundSplitter(knownParts: Iterable<string>): CompoundSplitter {
  const known = new Set([...knownParts].filter((part) => part.length >= minimumPartLength));
  const cache = new Map<string, readonly string[] | null>();

  const baseForm = (piece: string): string | null => {
    if (known.has(piece)) return piece;
    for (const ending of endings) {
      const stem = piece.slice(0, piece.length - ending.length);
      if (piece.endsWith(ending) && stem.length >= minimumPartLength && known.has(stem)) return stem;
    }
    return null;
  };

  const split = (word: string): readonly string[] | null => {
    // best[i]: the fewest parts that spell word[0, i), with the parts; filled left to right.
    const best: (readonly string[] | null)[] = [[]];
    for (let end = 1; end <= word.length; end += 1) {
      let winner: readonly string[] | null = null;
      for (let start = 0; start <= end - minimumPartLength; start += 1) {
        const before = best[start];
        if (!before || before.length >= maximumParts) continue;
        const part = baseForm(word.slice(start, end));
        if (part !== null && (winner === null || before.length + 1 < winner.length)) winner = [...before, part];
      }
      best.push(winner);
    }
    const parts = best[word.length];
    return parts && parts.length >= 2 ? parts : null;
  };

  return (word) => {
    if (word.length < minimumCompoundLength) return null;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    const parts = split(word);
    cache.set(word, parts);
    return parts;
  };
}
