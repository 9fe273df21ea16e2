"use client";

import { MEETING_PROPOSED_TIMES_MAX } from "@clusterwerk/scoring/domain";
import { MEETING_MESSAGE_MAX_LENGTH, meetingRequestFields } from "@clusterwerk/validators/cooperation-meetings";
import { Button, Notice, TextAreaField, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";

const slots = Array.from({ length: MEETING_PROPOSED_TIMES_MAX }, (_, index) => index);

/**
 * "Request a meeting" on a match (DOMAIN.md §5.4): a message and one to three proposed times (Europe/Berlin
 * wall clock, in the future). Empty time fields are left out; the server's messages show on their fields.
 */
export function MeetingRequestForm({
  scope,
  profileId,
  targetProfileId,
  idPrefix,
}: {
  scope: { clusterId: string; organisationId: string };
  profileId: string;
  targetProfileId: string;
  idPrefix: string;
}) {
  const t = useTranslations("cooperation.meetings");
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const fields = useFieldErrors(meetingRequestFields);
  const request = useMutation(
    trpc.cooperationMeeting.request.mutationOptions({
      onError: fields.showServerErrors,
      onSuccess: () => {
        setSent(true);
        setOpen(false);
        router.refresh();
      },
    }),
  );
  if (sent) return <Notice tone="success">{t("requestSent")}</Notice>;
  if (!open)
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("request")}
      </Button>
    );
  return (
    <form
      noValidate
      className="space-y-3"
      data-testid="meeting-request-form"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const values = {
          profileId,
          targetProfileId,
          message: formText(form, "message"),
          proposedTimes: slots.map((slot) => formText(form, `time${slot}`)).filter((value) => value !== ""),
        };
        const parsed = meetingRequestFields.safeParse(values);
        if (!fields.check(values) || !parsed.success) return;
        request.mutate({ ...scope, ...values });
      }}
    >
      {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
      {fields.errorFor("targetProfileId") ? <Notice tone="error">{fields.errorFor("targetProfileId")}</Notice> : null}
      <TextAreaField
        id={`${idPrefix}-message`}
        name="message"
        label={t("message")}
        rows={3}
        maxLength={MEETING_MESSAGE_MAX_LENGTH}
        error={fields.errorFor("message")}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("proposedTimes")}</legend>
        <p className="text-xs text-slate-700">{t("proposedTimesHint")}</p>
        {fields.errorFor("proposedTimes") ? (
          <p className="text-sm text-red-700" data-testid="proposed-times-error">
            {fields.errorFor("proposedTimes")}
          </p>
        ) : null}
        <div className="grid gap-2 sm:grid-cols-3">
          {slots.map((slot) => (
            <TextField
              key={slot}
              id={`${idPrefix}-time${slot}`}
              name={`time${slot}`}
              type="datetime-local"
              label={t("time", { number: slot + 1 })}
              aria-invalid={fields.hasError("proposedTimes") ? true : undefined}
            />
          ))}
        </div>
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" busy={request.isPending}>
          {t("send")}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
