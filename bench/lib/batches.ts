/** Writes rows in batches of `size`, one statement each (a statement has at most 65,535 parameters). */
export async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>, size = 500): Promise<void> {
  for (let start = 0; start < rows.length; start += size) await insert(rows.slice(start, start + size));
}
