#!/usr/bin/env node
// Node 20 cannot run .ts by itself: register tsx in-process, then run the TypeScript entry point.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
