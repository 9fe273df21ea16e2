// Runs the benchmarks, prints each figure, and merges them into bench/results.json.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { cpus } from "node:os";
import { benchmarks } from "./benchmarks";

interface StoredFigure {
  name: string;
  value: number;
  unit: string;
  target: string | null;
  ok: boolean | null;
  machine: string;
  date: string;
}

const resultsPath = new URL("./results.json", import.meta.url);
const wanted = process.argv[2];
const selected = wanted ? benchmarks.filter((b) => b.name === wanted) : benchmarks;
if (selected.length === 0) {
  console.error(`no benchmark named ${wanted ?? ""}; known: ${benchmarks.map((b) => b.name).join(", ")}`);
  process.exit(2);
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, node ${process.version}`;
const date = new Date().toISOString();
const stored: StoredFigure[] = existsSync(resultsPath) ? (JSON.parse(readFileSync(resultsPath, "utf8")) as StoredFigure[]) : [];
const byName = new Map(stored.map((f) => [f.name, f]));

for (const benchmark of selected) {
  console.log(`\n# ${benchmark.name}`);
  for (const figure of await benchmark.run()) {
    const mark = figure.ok === null ? "" : figure.ok ? "  ok" : "  MISSED";
    console.log(`${figure.name}: ${figure.value} ${figure.unit}${figure.target ? ` (target ${figure.target})` : ""}${mark}`);
    byName.set(figure.name, { ...figure, machine, date });
  }
}
writeFileSync(resultsPath, `${JSON.stringify([...byName.values()], null, 2)}\n`);
