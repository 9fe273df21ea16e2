"use client";

import { memberCategories, needCategories, needCategoryLabels, serviceFormats, serviceStatuses } from "@clusterwerk/scoring/domain";
import { SERVICE_TITLE_MAX_LENGTH, serviceFields, type ServiceFieldsInput } from "@clusterwerk/validators/services";
import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";
import { FormField } from "../forms/form-field";
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
  version,
}: {
  clusterId: string;
  clusterSlug: string;
  serviceId?: string;
  initial?: ServiceFieldsInput;
  /**
   * The stored service's version (its `updatedAt`): a change elsewhere (retiring it) remounts the fields
   * with the new values, so a later save cannot undo it. The form element is keyed, not this component,
   * so the "saved" notice of this form's own save survives the refresh that follows it.
   */
  version?: string;
}) {
  const t = useTranslations("services");
  const locale = useLocale() === "en" ? "en" : "de";
  const trpc = useTRPC();
  const router = useRouter();
  const fields = useFieldErrors(serviceFields, (name) => t(`fields.${name}`));
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
      key={version}
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
        <FormField fields={fields} name="title" defaultValue={initial?.title} maxLength={SERVICE_TITLE_MAX_LENGTH} required />
      </div>
      <div className="md:col-span-2">
        <FormField fields={fields} name="description" as="textarea" defaultValue={initial?.description ?? ""} rows={3} />
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
      <FormField fields={fields} name="format" as="select" defaultValue={initial?.format ?? "workshop"}>
        {serviceFormats.map((value) => (
          <option key={value} value={value}>
            {t(`formats.${value}`)}
          </option>
        ))}
      </FormField>
      <FormField fields={fields} name="status" as="select" defaultValue={initial?.status ?? "idea"}>
        {serviceStatuses.map((value) => (
          <option key={value} value={value}>
            {t(`statuses.${value}`)}
          </option>
        ))}
      </FormField>
      <div className="md:col-span-2">
        <CheckboxGroup
          name="targetCategories"
          legend={t("fields.targetCategories")}
          options={memberCategories.map((value) => ({ value, label: t(`memberCategories.${value}`) }))}
          checked={initial?.targetCategories ?? []}
          error={fields.errorFor("targetCategories")}
        />
      </div>
      <FormField
        fields={fields}
        name="capacity"
        type="number"
        min={0}
        step={1}
        hint={t("fields.capacityHint")}
        defaultValue={initial?.capacity ?? ""}
      />
      <FormField fields={fields} name="price" type="number" min={0} step={0.01} defaultValue={initial?.price ?? 0} />
      <FormField
        fields={fields}
        name="cost"
        type="number"
        min={0}
        step={0.01}
        hint={t("fields.costHint")}
        defaultValue={initial?.cost ?? ""}
      />
      <div />
      <FormField fields={fields} name="startsOn" type="date" defaultValue={initial?.startsOn ?? ""} />
      <FormField fields={fields} name="endsOn" type="date" defaultValue={initial?.endsOn ?? ""} />
      <div className="md:col-span-2">
        <Button type="submit" busy={busy}>
          {serviceId ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
