/**
 * The organisation a contact person of several organisations acts for, chosen in the header and kept in
 * this cookie (an organisation id). It only picks among the viewer's own member roles; every procedure
 * checks the role for the pair again, so a forged value changes nothing but the choice.
 */
export const ACTING_ORGANISATION_COOKIE = "acting-organisation";

/** A member role as the picker reads it. */
export interface MemberRoleChoice {
  organisationId: string;
  organisationName: string;
  clusterId: string;
}

/**
 * The role the viewer acts in among `roles` (their member roles, in one cluster or all): the chosen
 * organisation's if they hold one there, else the first by organisation name; null without any.
 */
export function actingRole<R extends MemberRoleChoice>(roles: readonly R[], chosenOrganisationId: string | undefined): R | null {
  const sorted = [...roles].sort((a, b) => a.organisationName.localeCompare(b.organisationName) || a.clusterId.localeCompare(b.clusterId));
  return sorted.find((role) => role.organisationId === chosenOrganisationId) ?? sorted[0] ?? null;
}
