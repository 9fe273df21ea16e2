import { Card, Notice, PageHeader } from "@clusterwerk/ui";
import { TRPCError } from "@trpc/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AcceptInvitationForm } from "~/components/forms/accept-invitation-form";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

const stateMessages = {
  awaitingConfirmation: "tokenAwaitingConfirmation",
  accepted: "tokenAccepted",
  expired: "tokenExpired",
  revoked: "tokenRevoked",
  declined: "tokenDeclined",
} as const;

export default async function InvitationPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("invitation");
  const caller = await api();
  const invitation = await caller.account.invitation({ token }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  });
  return (
    <ClientMessages namespaces={["invitation", "serverErrors", "validation"]}>
      <div className="mx-auto max-w-md">
        <PageHeader title={t("title")} />
        <Card>
          {!invitation ? (
            <Notice tone="error" testId="invitation-invalid">
              {t("tokenInvalid")}
            </Notice>
          ) : invitation.state !== "pending" ? (
            <Notice tone="error" testId="invitation-invalid">
              {t(stateMessages[invitation.state])}
            </Notice>
          ) : (
            <div className="space-y-4">
              <p className="text-slate-700">
                {t("lead", { organisation: invitation.organisationName ?? "–", cluster: invitation.clusterName })}
              </p>
              <AcceptInvitationForm token={token} email={invitation.email} defaultName={invitation.name ?? ""} />
            </div>
          )}
        </Card>
      </div>
    </ClientMessages>
  );
}
