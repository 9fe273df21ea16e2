import { z } from "zod";

const schema = z.object({
  /** Signs the session JWT; `pnpm start` generates one into .env.local on first start. */
  AUTH_SECRET: z.string().min(16).optional(),
  /** smtp(s)://user:pass@host:port — without it mail goes into the outbox table. */
  SMTP_URL: z.string().url().optional(),
  /** Sender address of mails. */
  MAIL_FROM: z.string().default("Clusterwerk <no-reply@clusterwerk.example>"),
  /** The portal's public base URL, for links in mails. */
  PUBLIC_URL: z.string().url().default("http://localhost:3000"),
  /**
   * Reverse proxies in front of the portal that append to x-forwarded-for (0: clients connect directly).
   * Decides which entry is the client's address for sign-in limits (client-address.ts).
   */
  TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(10).default(0),
  /** The admin outbox shows mail links (live tokens) only on the development server (mail.ts `outboxText`). */
  OUTBOX_SHOWS_LINKS: z.boolean(),
});

export const authEnv = schema.parse({
  AUTH_SECRET: process.env.AUTH_SECRET || undefined,
  SMTP_URL: process.env.SMTP_URL || undefined,
  MAIL_FROM: process.env.MAIL_FROM || undefined,
  PUBLIC_URL: process.env.PUBLIC_URL || process.env.AUTH_URL || undefined,
  TRUSTED_PROXY_COUNT: process.env.TRUSTED_PROXY_COUNT || undefined,
  OUTBOX_SHOWS_LINKS: process.env.NODE_ENV === "development",
});
