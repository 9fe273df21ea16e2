"use client";

import { memberCategories, needCategories, needCategoryLabels, serviceFormats, serviceStatuses } from "@clusterwerk/scoring/domain";
import { SERVICE_TITLE_MAX_LENGTH, serviceFields, type ServiceFieldsInput } from "@clusterwerk/validators";
import { Button, Notice, SelectField, TextAreaField, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";
import { CheckboxGroup } from "./checkbox-group";

/** An optional number field: empty is null, anything else a number (the schema says what is wrong with it). */
function optionalNumber(form: FormData, name: string): number | null {
  const value = formText(form, name).trim().replace(",", ".");
  return value === "" ? null : Number(value);
}

function valuesOf(form: FormData): ServiceFieldsInput {
  return {
    title: formText(form, "title"),
    description: formText(form, "description"),
    needCategories: form.getAll("needCategories").map(String) as ServiceFieldsInput["needCategories"],
    format: formText(form, "format") as ServiceFieldsInput["format"],
    targetCategories: form.getAll("targetCategories").map(String) as ServiceFieldsInput["targetCategories"],
    capacity: optionalNumber(form, "capacity"),
    price: optionalNumber(form, "price") ?? 0,
    cost: optionalNumber(form, "cost"),
    status: formText(form, "status") as ServiceFieldsInput["status"],
    startsOn: formText(form, "startsOn"),
    endsOn: formText(form, "endsOn"),
  };
}

/** Creates a service (without `serviceId`) or edits one; the same schema as the procedure checks first. */
export function ServiceForm({
  clusterId,
  clusterSlug,
  serviceId,
  initial,
}: {
  clusterId: string;
  clusterSlug: string;
  serviceId?: string;
  initial?: ServiceFieldsInput;
}) {
  const t = useTranslations("services");
  const locale = useLocale() === "en" ? "en" : "de";
  const trpc = useTRPC();
  const router = useRouter();
  const fields = useFieldErrors(serviceFields);
  const create = useMutation(
    trpc.service.create.mutationOptions({
      onError: fields.showServerErrors,
      onSuccess: ({ id }) => router.push(`/c/${clusterSlug}/manage/services/${id}`),
    }),
  );
  const update = useMutation(trpc.service.update.mutationOptions({ onError: fields.showServerErrors, onSuccess: () => router.refresh() }));
  const busy = create.isPending || update.isPending;
  return (
    <form
      noValidate
      className="grid gap-4 md:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const values = valuesOf(new FormData(event.currentTarget));
        update.reset();
        if (!fields.check(values)) return;
        if (serviceId) update.mutate({ serviceId, ...values });
        else create.mutate({ clusterId, ...values });
      }}
    >
      <div className="md:col-span-2">
        {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
        {update.isSuccess ? (
          <Notice tone="success" testId="service-saved">
            {t("saved")}
          </Notice>
        ) : null}
      </div>
      <div className="md:col-span-2">
        <TextField
          id="title"
          name="title"
          label={t("fields.title")}
          defaultValue={initial?.title}
          maxLength={SERVICE_TITLE_MAX_LENGTH}
          error={fields.errorFor("title")}
          required
        />
      </div>
      <div className="md:col-span-2">
        <TextAreaField
          id="description"
          name="description"
          label={t("fields.description")}
          defaultValue={initial?.description ?? ""}
          rows={3}
          error={fields.errorFor("description")}
        />
      </div>
      <div className="md:col-span-2">
        <CheckboxGroup
          name="needCategories"
          legend={t("fields.needCategories")}
          options={needCategories.map((value) => ({ value, label: needCategoryLabels[value][locale] }))}
          checked={initial?.needCategories ?? []}
          error={fields.errorFor("needCategories")}
        />
      </div>
      <SelectField
        id="format"
        name="format"
        label={t("fields.format")}
        defaultValue={initial?.format ?? "workshop"}
        error={fields.errorFor("format")}
      >
        {serviceFormats.map((value) => (
          <option key={value} value={value}>
            {t(`formats.${value}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="status"
        name="status"
        label={t("fields.status")}
        defaultValue={initial?.status ?? "idea"}
        error={fields.errorFor("status")}
      >
        {serviceStatuses.map((value) => (
          <option key={value} value={value}>
            {t(`statuses.${value}`)}
          </option>
        ))}
      </SelectField>
      <div className="md:col-span-2">
        <CheckboxGroup
          name="targetCategories"
          legend={t("fields.targetCategories")}
          options={memberCategories.map((value) => ({ value, label: t(`memberCategories.${value}`) }))}
          checked={initial?.targetCategories ?? []}
          error={fields.errorFor("targetCategories")}
        />
      </div>
      <TextField
        id="capacity"
        name="capacity"
        type="number"
        min={0}
        step={1}
        label={t("fields.capacity")}
        hint={t("fields.capacityHint")}
        defaultValue={initial?.capacity ?? ""}
        error={fields.errorFor("capacity")}
      />
      <TextField
        id="price"
        name="price"
        type="number"
        min={0}
        step={0.01}
        label={t("fields.price")}
        defaultValue={initial?.price ?? 0}
        error={fields.errorFor("price")}
      />
      <TextField
        id="cost"
        name="cost"
        type="number"
        min={0}
        step={0.01}
        label={t("fields.cost")}
        hint={t("fields.costHint")}
        defaultValue={initial?.cost ?? ""}
        error={fields.errorFor("cost")}
      />
      <div />
      <TextField
        id="startsOn"
        name="startsOn"
        type="date"
        label={t("fields.startsOn")}
        defaultValue={initial?.startsOn ?? ""}
        error={fields.errorFor("startsOn")}
      />
      <TextField
        id="endsOn"
        name="endsOn"
        type="date"
        label={t("fields.endsOn")}
        defaultValue={initial?.endsOn ?? ""}
        error={fields.errorFor("endsOn")}
      />
      <div className="md:col-span-2">
        <Button type="submit" busy={busy}>
          {serviceId ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
