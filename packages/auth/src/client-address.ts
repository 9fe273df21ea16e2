import { authEnv } from "./env";

/**
 * The client's address for per-address limits, from `x-forwarded-for`. Every hop appends the address it
 * received the request from, so the list is read from the right: the last entry is the peer that
 * connected to the portal, and each trusted proxy in front of it (TRUSTED_PROXY_COUNT) moves the client
 * one entry to the left. Entries further left are whatever the client sent and are never trusted.
 * The portal's own server appends the socket address (patches/next@16.4.6.patch: Next.js itself only
 * fills the header when it is absent), so without trusted proxies a client's own header is ignored.
 */
export function clientAddress(headers: Headers, trustedProxies: number = authEnv.TRUSTED_PROXY_COUNT): string | null {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  // Fewer entries than trusted proxies: the request bypassed a proxy; the leftmost is the best evidence.
  return hops[Math.max(hops.length - 1 - trustedProxies, 0)] ?? null;
}
