/**
 * The portal's security headers (SECURITY.md, OWASP ASVS 4.0.3 V14.4). Pages get a Content-Security-Policy
 * with a fresh nonce per request from the proxy (src/proxy.ts): Next.js reads the nonce from the request's
 * policy and puts it on every script it renders, so no script runs without it and `'unsafe-inline'` is not
 * needed for scripts. Styles keep `'unsafe-inline'`: React renders `style` attributes (charts, bars), which
 * a nonce cannot cover, and a style cannot run code.
 */
export function pageContentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': a script the nonce admitted may load Next's chunks; hosts and 'self' are then ignored.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** Route handlers (JSON, CSV, PDF, calendars) render nothing that runs: they may load nothing at all. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** A random nonce of 128 bits, base64, new for every page request. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Headers every response carries (next.config.ts). HSTS: browsers use HTTPS only for a year, subdomains
 * included (ignored on plain-HTTP localhost, so development and the e2e run are unaffected).
 */
export const commonSecurityHeaders: readonly { key: string; value: string }[] = [
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
