import { EmptyState } from "@clusterwerk/ui";
import { getFormatter, getTranslations } from "next-intl/server";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ConfirmationButtons } from "./forms/confirmation-buttons";

/** The most invitations shown at once; confirming or declining brings the next ones up. */
const SHOWN = 50;

/**
 * Invitations of new contact persons that await confirmation (docs/DOMAIN.md §1): of one organisation for its
 * contact persons, or of all organisations for the platform admin (no `organisationId`).
 */
export async function ContactPersonConfirmations({ organisationId }: { organisationId?: string }) {
  const [t, format, caller] = await Promise.all([getTranslations("confirmations"), getFormatter(), api()]);
  const page = await guarded(() =>
    organisationId
      ? caller.invitation.confirmations({ organisationId, limit: SHOWN })
      : caller.invitation.confirmationQueue({ limit: SHOWN }),
  );
  return (
    <section aria-labelledby="confirmations-title" className="space-y-3">
      <h2 id="confirmations-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("lead")}</p>
      {page.items.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="divide-y divide-slate-200" data-testid="confirmations">
          {page.items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm" data-testid="confirmation">
              <div>
                <p className="font-medium">
                  {item.name ?? item.email} ({item.email})
                </p>
                <p className="text-slate-700">
                  {t("detail", {
                    organisation: item.organisationName ?? "–",
                    cluster: item.clusterName,
                    inviter: item.invitedByName ?? item.invitedByEmail ?? "–",
                    date: format.dateTime(item.createdAt, { dateStyle: "medium" }),
                  })}
                </p>
              </div>
              <ConfirmationButtons invitationId={item.id} email={item.email} />
            </li>
          ))}
        </ul>
      )}
      {page.total > page.items.length ? (
        <p className="text-sm text-slate-600">{t("more", { count: page.total - page.items.length })}</p>
      ) : null}
    </section>
  );
}
