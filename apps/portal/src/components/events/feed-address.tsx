"use client";

import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";

/** The personal calendar feed address with copy, and a new address (after confirmation) that stops the old one. */
export function FeedAddress({ feedUrl }: { feedUrl: string | null }) {
  const t = useTranslations("events");
  const trpc = useTRPC();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [copied, setCopied] = useState(false);
  const renew = useMutation(
    trpc.event.renewFeed.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        router.refresh();
      },
    }),
  );
  if (!feedUrl) {
    return (
      <Button busy={renew.isPending} onClick={() => renew.mutate()}>
        {t("feedCreate")}
      </Button>
    );
  }
  return (
    <div className="space-y-3">
      <label htmlFor="feed-url" className="block text-sm font-medium text-slate-800">
        {t("feedAddress")}
      </label>
      <input
        id="feed-url"
        readOnly
        value={feedUrl}
        className="block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm"
      />
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="secondary"
          onClick={() => {
            void navigator.clipboard.writeText(feedUrl).then(() => setCopied(true));
          }}
        >
          {t("feedCopy")}
        </Button>
        {confirming ? (
          <span role="group" className="flex flex-wrap items-center gap-2 text-sm">
            <span>{t("feedRenewConfirm")}</span>
            <Button variant="danger" busy={renew.isPending} onClick={() => renew.mutate()}>
              {t("feedRenew")}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t("keep")}
            </Button>
          </span>
        ) : (
          <Button variant="ghost" onClick={() => setConfirming(true)}>
            {t("feedRenew")}
          </Button>
        )}
      </div>
      {copied ? <Notice tone="success">{t("feedCopied")}</Notice> : null}
    </div>
  );
}
