"use client";

import { BROKERAGE_WINDOWS_MAX, brokerageAvailabilityInput } from "@clusterwerk/validators/brokerage";
import { Button, Notice, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";

type Window = { startsAt: string; endsAt: string };

/**
 * A participant's availability windows (wall-clock times in the event's zone). No window = the whole
 * session. A window outside the session is refused by the server with its message; nothing changes.
 */
export function AvailabilityForm({ eventId, initial, session }: { eventId: string; initial: readonly Window[]; session: Window }) {
  const t = useTranslations("brokerage");
  const trpc = useTRPC();
  const router = useRouter();
  const fields = useFieldErrors(brokerageAvailabilityInput);
  const [rows, setRows] = useState(Math.max(1, initial.length));
  const save = useMutation(
    trpc.brokerage.setAvailability.mutationOptions({ onError: fields.showServerErrors, onSuccess: () => router.refresh() }),
  );
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const windows = Array.from({ length: rows }, (_, i) => ({
          startsAt: formText(form, `startsAt-${i}`),
          endsAt: formText(form, `endsAt-${i}`),
        })).filter((w) => w.startsAt !== "" || w.endsAt !== "");
        const raw = { eventId, windows };
        save.reset();
        const parsed = brokerageAvailabilityInput.safeParse(raw);
        if (!fields.check(raw) || !parsed.success) return;
        save.mutate(parsed.data);
      }}
    >
      {fields.formError ? (
        <Notice tone="error" testId="availability-error">
          {fields.formError}
        </Notice>
      ) : null}
      {fields.errorFor("windows") ? <Notice tone="error">{fields.errorFor("windows")}</Notice> : null}
      {save.isSuccess ? (
        <Notice tone="success" testId="availability-saved">
          {t("availabilitySaved")}
        </Notice>
      ) : null}
      <p className="text-sm text-slate-700">{t("availabilityHint")}</p>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="grid gap-3 md:grid-cols-2">
          <TextField
            id={`startsAt-${i}`}
            name={`startsAt-${i}`}
            type="datetime-local"
            label={t("windowFrom", { n: i + 1 })}
            defaultValue={initial[i]?.startsAt ?? (i === 0 && initial.length === 0 ? session.startsAt : "")}
          />
          <TextField
            id={`endsAt-${i}`}
            name={`endsAt-${i}`}
            type="datetime-local"
            label={t("windowTo", { n: i + 1 })}
            defaultValue={initial[i]?.endsAt ?? (i === 0 && initial.length === 0 ? session.endsAt : "")}
          />
        </div>
      ))}
      <div className="flex flex-wrap gap-3">
        {rows < BROKERAGE_WINDOWS_MAX ? (
          <Button type="button" variant="secondary" onClick={() => setRows(rows + 1)}>
            {t("addWindow")}
          </Button>
        ) : null}
        <Button type="submit" busy={save.isPending}>
          {t("saveAvailability")}
        </Button>
      </div>
    </form>
  );
}
