// Package boundaries of docs/ARCHITECTURE.md "Dependencies flow one way", as lint rules: each package's
// eslint.config.js spreads `boundaries("<package>")`, so an import against the direction fails `pnpm test`.

/** What each workspace package may import of ours (a subpath like "scoring/domain" allows only that entry). */
export const allowedImports = {
  scoring: [],
  ui: [],
  validators: ["scoring"],
  db: ["validators", "scoring"],
  auth: ["db", "validators"],
  seed: ["db", "auth", "scoring", "validators"],
  api: ["db", "auth", "scoring", "validators"],
  portal: ["api", "auth", "ui", "validators", "scoring/domain"],
  e2e: ["db", "auth", "seed"],
  bench: ["scoring", "db", "api", "validators", "auth", "seed"],
};

/** The portal's composition root: the files that hand the database to the tRPC context and to the scheduled jobs. */
const portalWiring = ["src/trpc/server.ts", "src/app/api/trpc/**/route.ts", "src/server/job-scheduler.ts"];

function restrictedImports(allowed) {
  const packages = ["eslint-config", ...allowed.filter((entry) => !entry.includes("/"))].join("|");
  const entries = allowed.filter((entry) => entry.includes("/")).map((entry) => `|${entry}$`);
  return [
    "error",
    {
      patterns: [
        {
          regex: `^@clusterwerk/(?!(?:${packages})(?:/|$)${entries.join("")})`,
          message: "Against the dependency direction of docs/ARCHITECTURE.md (tooling/eslint/boundaries.js).",
        },
        {
          group: ["**/packages/**", "**/apps/**"],
          message: "Import another package by its name, not by a path into its folder.",
        },
      ],
    },
  ];
}

/**
 * A client component runs in the browser: it never imports the database or the auth server code, and it takes
 * schemas from the validators subpath of their area (`@clusterwerk/validators/needs`): the barrel would ship zod
 * with every area's schemas to each page with a form.
 */
const clientComponentRule = {
  meta: {
    type: "problem",
    schema: [],
    messages: {
      serverOnly: "A client component must not import {{source}} (server only).",
      validatorsBarrel:
        "A client component imports the validators subpath of its area (e.g. @clusterwerk/validators/needs), not the barrel.",
    },
  },
  create(context) {
    let client = false;
    return {
      Program(program) {
        client = program.body.some((node) => node.type === "ExpressionStatement" && node.directive === "use client");
      },
      ImportDeclaration(node) {
        const source = String(node.source.value);
        if (!client) return;
        if (/^@clusterwerk\/(db|auth)(\/|$)/.test(source)) context.report({ node, messageId: "serverOnly", data: { source } });
        if (source === "@clusterwerk/validators") context.report({ node, messageId: "validatorsBarrel" });
      },
    };
  },
};

export const boundariesPlugin = { rules: { "client-component-imports": clientComponentRule } };

/** The flat-config entries enforcing the boundaries of `packageName`. */
export function boundaries(packageName) {
  const allowed = allowedImports[packageName];
  if (!allowed) throw new Error(`no boundaries for package "${packageName}" in tooling/eslint/boundaries.js`);
  const configs = [
    {
      plugins: { boundaries: boundariesPlugin },
      rules: { "no-restricted-imports": restrictedImports(allowed), "boundaries/client-component-imports": "error" },
    },
  ];
  if (packageName === "portal")
    configs.push({ files: portalWiring, rules: { "no-restricted-imports": restrictedImports([...allowed, "db"]) } });
  return configs;
}
