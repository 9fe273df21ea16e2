import { publicLink, sendMail } from "@clusterwerk/auth/mail";
import { createPasswordResetToken, createToken, type Database, findUserByEmail, findUserById, recordAudit } from "@clusterwerk/db";

/**
 * After a reset request has been answered (account.requestPasswordReset): a link for an account that
 * exists and is not disabled, nothing otherwise.
 */
export async function mailResetLink(db: Database, email: string): Promise<void> {
  const user = await findUserByEmail(db, email);
  if (!user || user.disabledAt) return;
  const { token, tokenHash } = createToken();
  await createPasswordResetToken(db, user.id, tokenHash);
  await sendMail(db, {
    to: user.email,
    subject: "Clusterwerk: Passwort zurücksetzen / reset your password",
    text: `Neues Passwort setzen / set a new password (60 min):\n${publicLink(`/reset-password/${token}`)}`,
  });
  await recordAudit(db, { actorUserId: null, action: "password-reset.requested", entity: "user", entityId: user.id });
}

/** Tells a person that their password was changed (OWASP ASVS 4.0.3 V2.2.3), so a change they did not make does not go unnoticed. */
export async function mailPasswordChanged(db: Database, userId: string): Promise<void> {
  const user = await findUserById(db, userId);
  if (!user) return;
  await sendMail(db, {
    to: user.email,
    subject: "Clusterwerk: Passwort geändert / password changed",
    text:
      "Das Passwort Ihres Clusterwerk-Kontos wurde soeben geändert. Waren Sie das nicht, setzen Sie es über " +
      "„Passwort vergessen?“ neu und informieren Sie die Plattform-Administration.\n\n" +
      "The password of your Clusterwerk account has just been changed. If this was not you, reset it with " +
      `"Forgot your password?" and tell the platform's administrators.\n${publicLink("/sign-in")}`,
  });
}
