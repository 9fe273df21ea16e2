/** A person as lists show them: name and organisation. */
export function personLabel(name: string | null, organisation: string | null): string {
  return organisation ? `${name ?? "–"} (${organisation})` : (name ?? "–");
}

/** A meeting as lists show it: both people with their organisations. */
export function meetingLabel(m: {
  aName: string | null;
  aOrganisation: string | null;
  bName: string | null;
  bOrganisation: string | null;
}): string {
  return `${personLabel(m.aName, m.aOrganisation)} – ${personLabel(m.bName, m.bOrganisation)}`;
}
