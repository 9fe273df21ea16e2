import { describe, expect, it } from "vitest";
import { apiContentSecurityPolicy, commonSecurityHeaders, createNonce, pageContentSecurityPolicy } from "./security-headers";

const directive = (policy: string, name: string) =>
  policy
    .split("; ")
    .find((entry) => entry.startsWith(`${name} `))
    ?.slice(name.length + 1);

describe("security headers (SECURITY.md V14.4)", () => {
  it("a page's scripts run only with the request's nonce: no 'unsafe-inline' and no 'unsafe-eval' in production", () => {
    const scripts = directive(pageContentSecurityPolicy("bm9uY2U=", false), "script-src");
    expect(scripts).toBe("'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(scripts).not.toContain("unsafe");
  });

  it("the development server alone may eval (React's dev tools need it)", () => {
    expect(directive(pageContentSecurityPolicy("n", true), "script-src")).toContain("'unsafe-eval'");
  });

  it("pages cannot be framed, post forms elsewhere or load plugins", () => {
    const policy = pageContentSecurityPolicy("n", false);
    expect(directive(policy, "frame-ancestors")).toBe("'none'");
    expect(directive(policy, "form-action")).toBe("'self'");
    expect(directive(policy, "object-src")).toBe("'none'");
    expect(directive(policy, "base-uri")).toBe("'self'");
  });

  it("route handlers may load nothing", () => {
    expect(directive(apiContentSecurityPolicy, "default-src")).toBe("'none'");
  });

  it("a nonce is 128 random bits, new every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });

  it("every response asks for HTTPS for a year (HSTS) and refuses framing and sniffing", () => {
    const byName = Object.fromEntries(commonSecurityHeaders.map(({ key, value }) => [key, value]));
    expect(byName["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(byName["X-Frame-Options"]).toBe("DENY");
    expect(byName["X-Content-Type-Options"]).toBe("nosniff");
  });
});
