"use client";

import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";

/** One workflow step (submit, take under review, finalise) after an explicit confirmation: each step cannot be undone. */
export function BenchmarkingStepButton({ benchmarkingId, step }: { benchmarkingId: string; step: "submit" | "startReview" | "finalise" }) {
  const t = useTranslations("benchmarking");
  const trpc = useTRPC();
  const router = useRouter();
  const serverErrorText = useServerErrorText();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const options = {
    onError: (failure: { message: string }) => setError(failure.message),
    onSuccess: () => {
      setConfirming(false);
      router.refresh();
    },
  };
  const submit = useMutation(trpc.benchmarking.submit.mutationOptions(options));
  const startReview = useMutation(trpc.benchmarking.startReview.mutationOptions(options));
  const finalise = useMutation(trpc.benchmarking.finalise.mutationOptions(options));
  const mutation = { submit, startReview, finalise }[step];
  if (!confirming) {
    return (
      <Button type="button" onClick={() => setConfirming(true)}>
        {t(`steps.${step}`)}
      </Button>
    );
  }
  return (
    <div role="group" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
      <p>{t(`steps.${step}Confirm`)}</p>
      <div className="flex gap-2">
        <Button type="button" busy={mutation.isPending} onClick={() => mutation.mutate({ benchmarkingId })}>
          {t("steps.confirmYes")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
          {t("steps.cancel")}
        </Button>
      </div>
      {error ? <Notice tone="error">{serverErrorText(error)}</Notice> : null}
    </div>
  );
}
