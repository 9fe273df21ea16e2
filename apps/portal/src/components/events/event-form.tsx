"use client";

import { eventKinds, needCategories, needCategoryLabels } from "@clusterwerk/scoring/domain";
import {
  DEFAULT_EVENT_TIME_ZONE,
  EVENT_TITLE_MAX_LENGTH,
  eventFields,
  type EventFieldsInput,
  eventTimeZones,
} from "@clusterwerk/validators/events";
import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";
import { FormField } from "../forms/form-field";

/** The form's raw values; an empty capacity means unlimited (null). The schema checks them all before sending. */
function readForm(form: FormData): Record<string, unknown> {
  const capacity = formText(form, "capacity").trim();
  return {
    kind: formText(form, "kind"),
    title: formText(form, "title"),
    description: formText(form, "description"),
    topicCategories: form.getAll("topicCategories").map(String),
    startsAt: formText(form, "startsAt"),
    endsAt: formText(form, "endsAt"),
    timeZone: formText(form, "timeZone"),
    location: formText(form, "location"),
    onlineUrl: formText(form, "onlineUrl"),
    capacity: capacity === "" ? null : Number(capacity),
  };
}

/**
 * Creating (with `clusterId`) or editing (with `eventId`) an event; times are typed in the event's zone.
 * Every message shows on its field, from the same schema the procedure checks.
 */
/** Saved values as the form starts with them; the zone is any stored IANA name (the select shows the offered ones). */
type InitialValues = Omit<EventFieldsInput, "timeZone"> & { timeZone: string };

export function EventForm(props: { clusterSlug: string; initial?: InitialValues } & ({ clusterId: string } | { eventId: string })) {
  const t = useTranslations("events");
  const locale = useLocale() === "en" ? "en" : "de";
  const trpc = useTRPC();
  const router = useRouter();
  const fields = useFieldErrors(eventFields, (name) => t(`fields.${name}`));
  const create = useMutation(
    trpc.event.create.mutationOptions({
      onError: fields.showServerErrors,
      onSuccess: (created) => router.push(`/c/${props.clusterSlug}/manage/events/${created.id}`),
    }),
  );
  const update = useMutation(trpc.event.update.mutationOptions({ onError: fields.showServerErrors, onSuccess: () => router.refresh() }));
  const initial = props.initial;
  return (
    <form
      noValidate
      className="grid gap-4 md:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const raw = readForm(new FormData(event.currentTarget));
        create.reset();
        update.reset();
        const parsed = eventFields.safeParse(raw);
        if (!fields.check(raw) || !parsed.success) return;
        if ("eventId" in props) update.mutate({ ...parsed.data, eventId: props.eventId });
        else create.mutate({ ...parsed.data, clusterId: props.clusterId });
      }}
    >
      <div className="md:col-span-2">
        {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
        {update.isSuccess ? (
          <Notice tone="success" testId="event-saved">
            {t("saved")}
          </Notice>
        ) : null}
      </div>
      <FormField fields={fields} name="title" maxLength={EVENT_TITLE_MAX_LENGTH} defaultValue={initial?.title} required />
      <FormField fields={fields} name="kind" as="select" defaultValue={initial?.kind ?? "workshop"}>
        {eventKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      </FormField>
      <FormField fields={fields} name="startsAt" type="datetime-local" defaultValue={initial?.startsAt} required />
      <FormField fields={fields} name="endsAt" type="datetime-local" defaultValue={initial?.endsAt} required />
      <FormField fields={fields} name="timeZone" as="select" defaultValue={initial?.timeZone ?? DEFAULT_EVENT_TIME_ZONE}>
        {eventTimeZones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </FormField>
      <FormField
        fields={fields}
        name="capacity"
        type="number"
        inputMode="numeric"
        hint={t("fields.capacityHint")}
        defaultValue={initial?.capacity ?? ""}
      />
      <FormField fields={fields} name="location" defaultValue={initial?.location ?? ""} />
      <FormField fields={fields} name="onlineUrl" type="url" defaultValue={initial?.onlineUrl ?? ""} />
      <div className="md:col-span-2">
        <FormField fields={fields} name="description" as="textarea" rows={4} defaultValue={initial?.description ?? ""} />
      </div>
      <fieldset className="md:col-span-2">
        <legend className="text-sm font-medium text-slate-800">{t("fields.topicCategories")}</legend>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {needCategories.map((category) => (
            <label key={category} className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                name="topicCategories"
                value={category}
                defaultChecked={initial?.topicCategories?.includes(category)}
              />
              {needCategoryLabels[category][locale]}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <Button type="submit" busy={create.isPending || update.isPending}>
          {"eventId" in props ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
