"use client";

import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";

/** Run the scheduler (locks kept) and publish the schedule to the participants. */
export function ScheduleActions({ eventId, published }: { eventId: string; published: boolean }) {
  const t = useTranslations("brokerage");
  const trpc = useTRPC();
  const router = useRouter();
  const serverErrorText = useServerErrorText();
  const run = useMutation(trpc.brokerage.run.mutationOptions({ onSuccess: () => router.refresh() }));
  const publish = useMutation(trpc.brokerage.publish.mutationOptions({ onSuccess: () => router.refresh() }));
  const error = run.error ?? publish.error;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button busy={run.isPending} onClick={() => run.mutate({ eventId })}>
        {t("run")}
      </Button>
      <Button variant="secondary" busy={publish.isPending} onClick={() => publish.mutate({ eventId })}>
        {published ? t("republish") : t("publish")}
      </Button>
      {run.data ? (
        <Notice tone="success" testId="run-result">
          {t("runResult", { placed: run.data.placed, unplaced: run.data.unplaced, upperBound: run.data.upperBound })}
        </Notice>
      ) : null}
      {error ? <Notice tone="error">{serverErrorText(error.message)}</Notice> : null}
    </div>
  );
}
