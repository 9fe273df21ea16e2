export interface ResponseRate {
  invited: number;
  /** Invited organisations that answered (answers of organisations not invited do not count). */
  responded: number;
  /** responded / invited; null when nobody was invited. */
  rate: number | null;
}

/** §2 response rate of a campaign: answered / invited organisations, each organisation once. */
export function responseRate(invitedOrganisationIds: readonly string[], respondedOrganisationIds: readonly string[]): ResponseRate {
  const invited = new Set(invitedOrganisationIds);
  const responded = new Set(respondedOrganisationIds.filter((id) => invited.has(id)));
  return { invited: invited.size, responded: responded.size, rate: invited.size === 0 ? null : responded.size / invited.size };
}
