import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { RestoreRefused } from "./refusal";

/**
 * Writes the whole data folder of an embedded database as PGlite's gzipped tarball (`dumpDataDir`). PGlite
 * has no cross-process lock: no portal may have the folder open meanwhile.
 */
export async function backupPglite(dir: string, file: string): Promise<void> {
  if (!isNonEmptyFolder(dir)) throw new Error(`there is no embedded database in ${dir} to back up`);
  const client = new PGlite(dir);
  try {
    // dumpDataDir does not wait for the database to start: called before, it never settles (PGlite 0.5.16).
    await client.waitReady;
    const tarball = await client.dumpDataDir("gzip");
    writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
  } finally {
    await client.close();
  }
}

/**
 * Recreates the data folder from a tarball of `backupPglite` (PGlite's `loadDataDir`); a folder that
 * already holds a database is only replaced with `force`. The tarball is unpacked beside it first, so a
 * backup that does not load leaves the old folder as it was.
 */
export async function restorePglite(dir: string, file: string, force: boolean): Promise<void> {
  if (!existsSync(file)) throw new Error(`the backup ${file} does not exist`);
  if (isNonEmptyFolder(dir) && !force) throw new RestoreRefused(`the embedded database folder ${dir}`);
  const unpacked = `${dir}.restoring`;
  rmSync(unpacked, { recursive: true, force: true });
  const client = new PGlite(unpacked, { loadDataDir: new Blob([readFileSync(file)]) });
  try {
    await client.waitReady;
  } finally {
    await client.close();
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(unpacked, dir);
}

function isNonEmptyFolder(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).length > 0;
}
