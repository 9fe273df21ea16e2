import { z } from "zod";
import { email, id, password, requiredText, token } from "./fields";
import { validationMessages as m } from "./messages";
import { text } from "./text";

export const signInInput = z.object({ email, password: text().min(1, m.required).max(200, m.tooLong) });
export const requestPasswordResetInput = z.object({ email });
export const resetPasswordInput = z.object({ token, password });
export const changePasswordInput = z.object({ currentPassword: text().min(1, m.required).max(200, m.tooLong), password });
export const invitationTokenInput = z.object({ token });
export const acceptInvitationInput = z.object({ token, name: requiredText(120), password });
export const createInvitationInput = z.object({
  clusterId: id,
  organisationId: id,
  email,
  name: requiredText(120),
});
