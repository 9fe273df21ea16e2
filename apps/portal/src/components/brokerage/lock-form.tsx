"use client";

import { Button, Notice, SelectField, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";

/**
 * Pins a meeting to a slot and, optionally, a table (DOMAIN.md §5.5: re-runs keep it there). Refusals —
 * overlapping locks, a person unavailable then — show the server's message; nothing changes.
 */
export function LockForm(props: {
  eventId: string;
  meetings: readonly { id: string; label: string }[];
  slots: readonly { index: number; label: string }[];
}) {
  const t = useTranslations("brokerage");
  const trpc = useTRPC();
  const router = useRouter();
  const serverErrorText = useServerErrorText();
  const lock = useMutation(trpc.brokerage.lock.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <form
      noValidate
      className="grid gap-4 md:grid-cols-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const table = formText(form, "table").trim();
        lock.mutate({
          eventId: props.eventId,
          meetingId: formText(form, "meetingId"),
          slot: Number(formText(form, "slot")),
          table: table === "" ? null : Number(table),
        });
      }}
    >
      <SelectField id="lock-meeting" name="meetingId" label={t("lockMeeting")}>
        {props.meetings.map((meeting) => (
          <option key={meeting.id} value={meeting.id}>
            {meeting.label}
          </option>
        ))}
      </SelectField>
      <SelectField id="lock-slot" name="slot" label={t("lockSlot")}>
        {props.slots.map((slot) => (
          <option key={slot.index} value={slot.index}>
            {slot.label}
          </option>
        ))}
      </SelectField>
      <TextField id="lock-table" name="table" type="number" min={1} label={t("lockTable")} hint={t("lockTableHint")} />
      <div className="flex items-end">
        <Button type="submit" busy={lock.isPending}>
          {t("lock")}
        </Button>
      </div>
      <div className="md:col-span-4">
        {lock.error ? (
          <Notice tone="error" testId="lock-error">
            {serverErrorText(lock.error.message)}
          </Notice>
        ) : null}
        {lock.isSuccess ? (
          <Notice tone="success" testId="lock-saved">
            {t("locked")}
          </Notice>
        ) : null}
      </div>
    </form>
  );
}

/** Releases a lock; the meeting keeps its place until the next run. */
export function UnlockButton({ eventId, meetingId }: { eventId: string; meetingId: string }) {
  const t = useTranslations("brokerage");
  const trpc = useTRPC();
  const router = useRouter();
  const unlock = useMutation(trpc.brokerage.unlock.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <Button variant="secondary" busy={unlock.isPending} onClick={() => unlock.mutate({ eventId, meetingId })}>
      {t("unlock")}
    </Button>
  );
}
