import base from "@clusterwerk/eslint-config";
import { boundaries } from "@clusterwerk/eslint-config/boundaries";

export default [
  ...base,
  ...boundaries("bench"),
  // The page benchmark hands its environment on to the server it starts; it reads nothing from it.
  { files: ["pages.ts"], rules: { "no-restricted-properties": "off" } },
  // The load and fault scripts' settings, and the environment they hand on to the processes they start.
  { files: ["env.ts"], rules: { "no-restricted-properties": "off" } },
];
