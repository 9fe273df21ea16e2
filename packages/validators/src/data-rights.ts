import { z } from "zod";
import { id } from "./fields";
import { pagination, searchTerm } from "./list";
import { validationMessages as m } from "./messages";
import { text } from "./text";

/**
 * Deleting one's account (docs/DATA-RIGHTS.md): the person types their email address as confirmation and gives
 * their current password; the procedure compares both (case-insensitive address).
 */
export const deleteAccountInput = z.object({
  confirmation: text().trim().min(1, m.required).max(254, m.tooLong),
  password: text().min(1, m.required).max(200, m.tooLong),
});

/** The platform admin anonymises an organisation, typing its current name as confirmation. */
export const anonymiseOrganisationInput = z.object({
  organisationId: id,
  confirmation: text().trim().min(1, m.required).max(300, m.tooLong),
});

/** The admin's consent ledger: all organisations, searchable by name. */
export const consentLedgerListInput = z.object({ search: searchTerm, ...pagination });
