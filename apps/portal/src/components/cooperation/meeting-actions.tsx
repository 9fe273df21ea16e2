"use client";

import { type CooperationMeetingStatus, partnershipTypes } from "@clusterwerk/scoring/domain";
import { AGREEMENT_NOTE_MAX_LENGTH, meetingAgreementFields } from "@clusterwerk/validators/cooperation-meetings";
import { Button, Notice, SelectField, TextAreaField, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";

export interface MeetingActionState {
  id: string;
  status: CooperationMeetingStatus;
  /** True when the caller's organisation was asked (only it answers). */
  incoming: boolean;
  /** The proposed times as the reader reads them, in order (the answer names one by its position). */
  timeLabels: string[];
  /** The accepted time has passed, so an outcome may be recorded (§5.4). */
  due: boolean;
  hasAgreement: boolean;
  today: string;
}

/**
 * What one side can do with a meeting now (DOMAIN.md §5.4): the asked side accepts at a chosen time or
 * declines (after confirmation); after the time either side records held or no-show; on a held meeting
 * either side records the partnership agreement.
 */
export function MeetingActions({ scope, meeting }: { scope: { clusterId: string; organisationId: string }; meeting: MeetingActionState }) {
  const t = useTranslations("cooperation.meetings");
  const tc = useTranslations("cooperation");
  const trpc = useTRPC();
  const router = useRouter();
  const [confirmDecline, setConfirmDecline] = useState(false);
  const [timeIndex, setTimeIndex] = useState(0);
  const fields = useFieldErrors(meetingAgreementFields);
  const options = { onError: fields.showServerErrors, onSuccess: () => router.refresh() };
  const respond = useMutation(trpc.cooperationMeeting.respond.mutationOptions(options));
  const outcome = useMutation(trpc.cooperationMeeting.recordOutcome.mutationOptions(options));
  const agreement = useMutation(trpc.cooperationMeeting.recordAgreement.mutationOptions(options));
  const base = { ...scope, meetingId: meeting.id };
  const id = (name: string) => `meeting-${meeting.id}-${name}`;
  return (
    <div className="space-y-2" data-testid="meeting-actions">
      {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
      {meeting.status === "requested" && meeting.incoming ? (
        <div className="flex flex-wrap items-end gap-2">
          <SelectField
            id={id("time")}
            label={t("chooseTime")}
            value={timeIndex}
            onChange={(event) => setTimeIndex(Number(event.target.value))}
          >
            {meeting.timeLabels.map((label, index) => (
              <option key={label} value={index}>
                {label}
              </option>
            ))}
          </SelectField>
          <Button busy={respond.isPending} onClick={() => respond.mutate({ ...base, accept: true, timeIndex })}>
            {t("accept")}
          </Button>
          {confirmDecline ? (
            <>
              <span className="self-center text-sm text-slate-800">{t("declineConfirm")}</span>
              <Button variant="danger" busy={respond.isPending} onClick={() => respond.mutate({ ...base, accept: false })}>
                {t("declineYes")}
              </Button>
              <Button variant="secondary" onClick={() => setConfirmDecline(false)}>
                {t("cancel")}
              </Button>
            </>
          ) : (
            <Button variant="secondary" onClick={() => setConfirmDecline(true)}>
              {t("decline")}
            </Button>
          )}
        </div>
      ) : null}
      {meeting.status === "requested" && !meeting.incoming ? <p className="text-sm text-slate-700">{t("waiting")}</p> : null}
      {meeting.status === "accepted" && !meeting.due ? <p className="text-sm text-slate-700">{t("upcoming")}</p> : null}
      {meeting.status === "accepted" && meeting.due ? (
        <div className="flex flex-wrap gap-2">
          <Button busy={outcome.isPending} onClick={() => outcome.mutate({ ...base, outcome: "held" })}>
            {t("markHeld")}
          </Button>
          <Button variant="secondary" busy={outcome.isPending} onClick={() => outcome.mutate({ ...base, outcome: "no-show" })}>
            {t("markNoShow")}
          </Button>
        </div>
      ) : null}
      {meeting.status === "held" && !meeting.hasAgreement ? (
        <form
          noValidate
          className="grid gap-2 sm:grid-cols-2"
          data-testid="agreement-form"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            const values = {
              meetingId: meeting.id,
              type: formText(form, "type"),
              date: formText(form, "date"),
              note: formText(form, "note"),
            };
            const parsed = meetingAgreementFields.safeParse(values);
            if (!fields.check(values) || !parsed.success) return;
            agreement.mutate({ ...scope, ...values, type: parsed.data.type });
          }}
        >
          <SelectField id={id("type")} name="type" label={t("agreementType")} defaultValue="" error={fields.errorFor("type")}>
            <option value="">{t("chooseType")}</option>
            {partnershipTypes.map((type) => (
              <option key={type} value={type}>
                {tc(`partnershipTypes.${type}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id={id("date")}
            name="date"
            type="date"
            label={t("agreementDate")}
            defaultValue={meeting.today}
            error={fields.errorFor("date")}
          />
          <TextAreaField
            id={id("note")}
            name="note"
            label={t("agreementNote")}
            rows={2}
            maxLength={AGREEMENT_NOTE_MAX_LENGTH}
            error={fields.errorFor("note")}
            className="sm:col-span-2"
          />
          <div>
            <Button type="submit" busy={agreement.isPending}>
              {t("recordAgreement")}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
