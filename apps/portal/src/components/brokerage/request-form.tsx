"use client";

import { meetingRequestPriorities } from "@clusterwerk/scoring/domain";
import { meetingRequestInput } from "@clusterwerk/validators/brokerage";
import { Button, Notice, SelectField, TextAreaField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";

/** Asks another participant for a 1:1 meeting, with an optional message and a priority. */
export function RequestForm({
  eventId,
  participants,
}: {
  eventId: string;
  participants: readonly { registrationId: string; label: string }[];
}) {
  const t = useTranslations("brokerage");
  const trpc = useTRPC();
  const router = useRouter();
  const fields = useFieldErrors(meetingRequestInput);
  const send = useMutation(trpc.brokerage.request.mutationOptions({ onError: fields.showServerErrors, onSuccess: () => router.refresh() }));
  return (
    <form
      noValidate
      className="grid gap-4 md:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const raw = {
          eventId,
          toRegistrationId: formText(form, "toRegistrationId"),
          message: formText(form, "message"),
          priority: Number(formText(form, "priority")),
        };
        send.reset();
        const parsed = meetingRequestInput.safeParse(raw);
        if (!fields.check(raw) || !parsed.success) return;
        send.mutate(parsed.data);
      }}
    >
      <div className="md:col-span-2">
        {fields.formError ? (
          <Notice tone="error" testId="request-error">
            {fields.formError}
          </Notice>
        ) : null}
        {send.isSuccess ? (
          <Notice tone="success" testId="request-sent">
            {send.data.status === "accepted" ? t("requestMutual") : t("requestSent")}
          </Notice>
        ) : null}
      </div>
      <SelectField id="toRegistrationId" name="toRegistrationId" label={t("requestTo")} error={fields.errorFor("toRegistrationId")}>
        {participants.map((p) => (
          <option key={p.registrationId} value={p.registrationId}>
            {p.label}
          </option>
        ))}
      </SelectField>
      <SelectField id="priority" name="priority" label={t("priority")} defaultValue="2" error={fields.errorFor("priority")}>
        {meetingRequestPriorities.map((p) => (
          <option key={p} value={p}>
            {t(`priorities.${p}`)}
          </option>
        ))}
      </SelectField>
      <div className="md:col-span-2">
        <TextAreaField id="message" name="message" rows={3} label={t("message")} error={fields.errorFor("message")} />
      </div>
      <div>
        <Button type="submit" busy={send.isPending}>
          {t("sendRequest")}
        </Button>
      </div>
    </form>
  );
}

/** Accept or decline a request made to the participant (DOMAIN.md §5.5: only accepted requests are scheduled). */
export function RespondButtons({ eventId, requestId }: { eventId: string; requestId: string }) {
  const t = useTranslations("brokerage");
  const trpc = useTRPC();
  const router = useRouter();
  const respond = useMutation(trpc.brokerage.respond.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <span className="flex gap-2">
      <Button busy={respond.isPending} onClick={() => respond.mutate({ eventId, requestId, accept: true })}>
        {t("accept")}
      </Button>
      <Button variant="secondary" busy={respond.isPending} onClick={() => respond.mutate({ eventId, requestId, accept: false })}>
        {t("decline")}
      </Button>
    </span>
  );
}
