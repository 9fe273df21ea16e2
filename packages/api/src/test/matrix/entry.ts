import type { Persona, World } from "../world";

/**
 * Who may call what. `own` builds an input on the caller's own tenant (cluster A / organisation A1);
 * `other`, for tenant-scoped procedures, the same call on cluster B's resource, which an allowed role
 * must get as NOT_FOUND, except the platform-wide personas in `platformWide`, for whom it is no other
 * tenant. A persona not in `allowed` gets UNAUTHORIZED (guest) or FORBIDDEN.
 */
export interface MatrixEntry {
  allowed: readonly Persona[] | "everyone";
  own: (w: World) => unknown;
  other?: (w: World) => unknown;
  platformWide?: readonly Persona[];
  /**
   * For procedures that end the caller's own account: the call is made as a fresh person holding the persona's role
   * (`World.freshPerson`; a guest calls with a fresh role-less person's input), with the input this builds for them.
   */
  asFreshPerson?: (w: World, person: FreshPerson) => unknown;
}

export type FreshPerson = Awaited<ReturnType<World["freshPerson"]>>;

export const everyone = "everyone" as const;
