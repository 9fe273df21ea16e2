import base from "@clusterwerk/eslint-config";
import { boundaries } from "@clusterwerk/eslint-config/boundaries";

export default [
  ...base,
  ...boundaries("e2e"),
  // The run's database address is read in this one place, as env.ts does in the packages.
  { files: ["fixtures/database.ts"], rules: { "no-restricted-properties": "off" } },
];
