import { describe, expect, it } from "vitest";
import { isBreachedPassword } from "./password-policy";

describe("the offline breached-password check (OWASP ASVS 4.0.3 V2.1.7)", () => {
  it("finds listed passwords whatever their case", () => {
    expect(isBreachedPassword("1q2w3e4r5t6y")).toBe(true);
    expect(isBreachedPassword("QwertyUiop")).toBe(true);
  });

  it("finds a listed password stretched with digits and punctuation at its end", () => {
    expect(isBreachedPassword("Sunshine2026!!")).toBe(true);
    expect(isBreachedPassword("password123456")).toBe(true);
  });

  it("lets an uncommon passphrase through, and the demo and test passwords", () => {
    for (const password of ["plum-orbit-ledger-42", "Clusterwerk-Demo-2026", "E2e-Passwort-2026", "Sicheres-Passwort-42"]) {
      expect(isBreachedPassword(password)).toBe(false);
    }
  });
});
