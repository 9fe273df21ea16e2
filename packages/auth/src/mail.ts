import { type Database, enqueueMail, type OutgoingMail } from "@clusterwerk/db";
import { createTransport } from "nodemailer";
import { authEnv } from "./env";

/**
 * Sends over SMTP when SMTP_URL is set (and keeps a copy marked sent); otherwise the mail waits in the
 * outbox table, which admins read in the portal, so every flow works offline and tests follow links.
 */
export async function sendMail(db: Database, mail: OutgoingMail): Promise<void> {
  if (!authEnv.SMTP_URL) {
    await enqueueMail(db, mail);
    return;
  }
  await createTransport(authEnv.SMTP_URL).sendMail({ from: authEnv.MAIL_FROM, ...mail });
  // The kept copy drops the links: they carry invitation and reset tokens meant for the recipient only.
  await enqueueMail(db, { ...mail, text: hideLinks(mail.text, "[link sent by mail]") }, new Date());
}

/**
 * A mail's text as an admin may read it in the outbox: links carry invitation, reset and confirmation
 * tokens meant for the recipient only, so whoever reads them could take the account over. Shown only by
 * the development server (`pnpm dev`, NODE_ENV=development), where following them is how flows are tried
 * offline; everywhere else they are replaced.
 */
export function outboxText(text: string, showLinks: boolean = authEnv.OUTBOX_SHOWS_LINKS): string {
  return showLinks ? text : hideLinks(text, "[Link verborgen / link hidden]");
}

function hideLinks(text: string, placeholder: string): string {
  return text.replace(/https?:\/\/\S+/g, placeholder);
}

export function publicLink(path: string): string {
  return new URL(path, authEnv.PUBLIC_URL).toString();
}
