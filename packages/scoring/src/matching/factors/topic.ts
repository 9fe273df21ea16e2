// Parents are asked for in every pair comparison; the vocabulary of tags and codes is small.
const parents = new Map<string, string | null>();

/**
 * Parent of a technology tag or NACE code: `a/b` → `a`; a NACE division `C28` → its section `C`;
 * a bare field or section has none.
 */
export function topicParent(item: string): string | null {
  const known = parents.get(item);
  if (known !== undefined) return known;
  const slash = item.lastIndexOf("/");
  const parent = slash > 0 ? item.slice(0, slash) : /^[A-U]\d{2}$/.test(item) ? item.charAt(0) : null;
  parents.set(item, parent);
  return parent;
}

/** A NACE code (section letter, optionally a two-digit division); every other item is a technology tag. */
export function isNaceCode(item: string): boolean {
  return /^[A-U](\d{2})?$/.test(item);
}

/**
 * Whether the two profiles share a technology tag, also through parent and child (a tag's relatives are
 * tags). NACE codes say what an organisation does — M72 is every research institute — not what a
 * profile is about, so they do not count here (DOMAIN.md §5.3, subject first).
 */
export function sharesTechnologyTag(a: readonly string[], b: readonly string[]): boolean {
  const tags = b.filter((item) => !isNaceCode(item));
  return a.some((item) => !isNaceCode(item) && topicCredit(item, tags) > 0);
}

/** c(x, Y): 1 if x ∈ Y, 0.5 if x's parent or a child of x is in Y, else 0. */
export function topicCredit(item: string, others: readonly string[]): number {
  if (others.includes(item)) return 1;
  const parent = topicParent(item);
  if (parent !== null && others.includes(parent)) return 0.5;
  return others.some((other) => topicParent(other) === item) ? 0.5 : 0;
}

/**
 * The `topic` factor over the union of tags and NACE codes (each side without duplicates):
 * T = (Σ_{a∈A} c(a, B) + Σ_{b∈B} c(b, A)) / (|A| + |B|); 0 if both are empty.
 */
export function topicSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 0;
  let credit = 0;
  for (const item of a) credit += topicCredit(item, b);
  for (const item of b) credit += topicCredit(item, a);
  return credit / (a.length + b.length);
}

/** Tags and codes of either side that earned credit, sorted: the explanation's `matchedTags`. */
export function matchedTopicItems(a: readonly string[], b: readonly string[]): string[] {
  const matched = new Set<string>();
  for (const item of a) if (topicCredit(item, b) > 0) matched.add(item);
  for (const item of b) if (topicCredit(item, a) > 0) matched.add(item);
  return [...matched].sort();
}
