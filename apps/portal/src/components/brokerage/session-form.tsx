"use client";

import { BROKERAGE_SLOT_MINUTES, BROKERAGE_TABLES_MAX, brokerageSessionFields } from "@clusterwerk/validators/brokerage";
import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";
import { FormField } from "../forms/form-field";

interface SessionInitial {
  startsAt: string;
  endsAt: string;
  slotMinutes: number;
  tables: number;
  requestDeadline: string | null;
}

/** The organiser's B2B session (DOMAIN.md §5.5): times in the event's zone, slot length, tables, request deadline. */
export function SessionForm({ eventId, initial }: { eventId: string; initial: SessionInitial }) {
  const t = useTranslations("brokerage");
  const trpc = useTRPC();
  const router = useRouter();
  const fields = useFieldErrors(brokerageSessionFields, (name) => t(`fields.${name}`));
  const save = useMutation(
    trpc.brokerage.saveSession.mutationOptions({ onError: fields.showServerErrors, onSuccess: () => router.refresh() }),
  );
  return (
    <form
      noValidate
      className="grid gap-4 md:grid-cols-3"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const deadline = formText(form, "requestDeadline").trim();
        const raw = {
          eventId,
          startsAt: formText(form, "startsAt"),
          endsAt: formText(form, "endsAt"),
          slotMinutes: Number(formText(form, "slotMinutes")),
          tables: Number(formText(form, "tables")),
          requestDeadline: deadline === "" ? null : deadline,
        };
        save.reset();
        const parsed = brokerageSessionFields.safeParse(raw);
        if (!fields.check(raw) || !parsed.success) return;
        save.mutate(parsed.data);
      }}
    >
      <div className="md:col-span-3">
        {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
        {save.isSuccess ? (
          <Notice tone="success" testId="session-saved">
            {t("sessionSaved")}
          </Notice>
        ) : null}
      </div>
      <FormField fields={fields} name="startsAt" type="datetime-local" defaultValue={initial.startsAt} required />
      <FormField fields={fields} name="endsAt" type="datetime-local" defaultValue={initial.endsAt} required />
      <FormField
        fields={fields}
        name="requestDeadline"
        type="datetime-local"
        hint={t("fields.requestDeadlineHint")}
        defaultValue={initial.requestDeadline ?? ""}
      />
      <FormField
        fields={fields}
        name="slotMinutes"
        type="number"
        min={BROKERAGE_SLOT_MINUTES.min}
        max={BROKERAGE_SLOT_MINUTES.max}
        defaultValue={initial.slotMinutes}
        required
      />
      <FormField fields={fields} name="tables" type="number" min={1} max={BROKERAGE_TABLES_MAX} defaultValue={initial.tables} required />
      <div className="flex items-end">
        <Button type="submit" busy={save.isPending}>
          {t("saveSession")}
        </Button>
      </div>
    </form>
  );
}
