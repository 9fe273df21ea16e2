"use client";

import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";
import { serverMessage } from "~/lib/field-errors";

/** Opt into open matchmaking or out of it, and propose a partnership to another cluster (DOMAIN.md §5.2). */
export function PartnershipControls({
  clusterId,
  openMatchmaking,
  candidates,
}: {
  clusterId: string;
  openMatchmaking: boolean;
  candidates: { id: string; name: string; country: string }[];
}) {
  const t = useTranslations("cooperation.partnerships");
  const trpc = useTRPC();
  const router = useRouter();
  const errorText = useServerErrorText();
  const [error, setError] = useState<string | null>(null);
  const [partner, setPartner] = useState(candidates[0]?.id ?? "");
  const onError = (failure: unknown) => setError(serverMessage(failure) ?? "internal");
  const onSuccess = () => {
    setError(null);
    router.refresh();
  };
  const toggle = useMutation(trpc.clusterPartnership.setOpenMatchmaking.mutationOptions({ onError, onSuccess }));
  const propose = useMutation(trpc.clusterPartnership.propose.mutationOptions({ onError, onSuccess }));
  return (
    <div className="space-y-4">
      {error ? <Notice tone="error">{errorText(error)}</Notice> : null}
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-sm text-slate-800">{openMatchmaking ? t("openOn") : t("openOff")}</span>
        <Button variant="secondary" busy={toggle.isPending} onClick={() => toggle.mutate({ clusterId, open: !openMatchmaking })}>
          {openMatchmaking ? t("optOut") : t("optIn")}
        </Button>
      </div>
      {candidates.length > 0 ? (
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="partner-cluster" className="block text-sm font-medium text-slate-800">
              {t("partner")}
            </label>
            <select
              id="partner-cluster"
              value={partner}
              onChange={(event) => setPartner(event.target.value)}
              className="block rounded-md border border-slate-300 px-3 py-2 text-sm"
            >
              {candidates.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name} ({candidate.country})
                </option>
              ))}
            </select>
          </div>
          <Button busy={propose.isPending} onClick={() => propose.mutate({ clusterId, partnerClusterId: partner })}>
            {t("propose")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/** Accept or decline a partnership proposed to this cluster. */
export function RespondButtons({ partnershipId }: { partnershipId: string }) {
  const t = useTranslations("cooperation.partnerships");
  const trpc = useTRPC();
  const router = useRouter();
  const respond = useMutation(trpc.clusterPartnership.respond.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <>
      <Button busy={respond.isPending} onClick={() => respond.mutate({ partnershipId, accept: true })}>
        {t("accept")}
      </Button>
      <Button variant="secondary" busy={respond.isPending} onClick={() => respond.mutate({ partnershipId, accept: false })}>
        {t("decline")}
      </Button>
    </>
  );
}
