"use client";

import { EVIDENCE_MAX_BYTES } from "@clusterwerk/scoring/domain";
import { Button, Notice } from "@clusterwerk/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { useServerErrorText } from "../use-server-error-text";
import { useValidationText } from "../use-validation-text";

/**
 * Uploads one evidence file for an indicator to the upload route (the raw file as the body, so the server
 * can refuse more than 10 MB before reading it). A file over the limit is refused here already; the server
 * checks size and content again and answers a validation key.
 */
export function EvidenceUploadForm({ benchmarkingId, indicatorId }: { benchmarkingId: string; indicatorId: string }) {
  const t = useTranslations("benchmarking");
  const validation = useValidationText();
  const serverError = useServerErrorText();
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const id = `evidence-${indicatorId}`;
  const upload = async (file: FormDataEntryValue | null) => {
    setDone(false);
    if (!(file instanceof File) || file.size === 0) return setError(validation("evidenceEmpty"));
    if (file.size > EVIDENCE_MAX_BYTES) return setError(validation("evidenceTooLarge"));
    setBusy(true);
    const query = new URLSearchParams({ indicatorId, filename: file.name });
    const response = await fetch(`/api/benchmarking/${benchmarkingId}/evidence?${query.toString()}`, { method: "POST", body: file });
    setBusy(false);
    if (response.ok) {
      setError(undefined);
      setDone(true);
      router.refresh();
      return;
    }
    const body = (await response.json().catch(() => ({}))) as { validation?: string; error?: string };
    setError(body.validation ? validation(body.validation) : serverError(body.error ?? "internal"));
  };
  return (
    <form
      noValidate
      className="space-y-2"
      data-testid={`${id}-form`}
      onSubmit={(event) => {
        event.preventDefault();
        void upload(new FormData(event.currentTarget).get("file"));
      }}
    >
      <label htmlFor={`${id}-file`} className="block text-sm font-medium">
        {t("evidenceFile")}
      </label>
      <input
        id={`${id}-file`}
        name="file"
        type="file"
        accept=".pdf,.png,.jpg,.jpeg,.xlsx,.csv"
        aria-describedby={`${id}-hint`}
        aria-invalid={error ? true : undefined}
        className="block text-sm"
      />
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {t("evidenceHint")}
      </p>
      <Button type="submit" variant="secondary" busy={busy}>
        {t("upload")}
      </Button>
      {error ? (
        <Notice tone="error" testId={`${id}-error`}>
          {error}
        </Notice>
      ) : null}
      {done ? <Notice tone="success">{t("uploaded")}</Notice> : null}
    </form>
  );
}
