"use client";

import { organisationLocation } from "@clusterwerk/validators/prospects";
import { Button, Notice, SelectField, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";

const number = (text: string) => (text.trim() === "" ? Number.NaN : Number(text.replace(",", ".")));

/** A manager corrects a member's location (issue 9: correctable on the map) with latitude and longitude in degrees. */
export function LocationForm({
  clusterId,
  members,
}: {
  clusterId: string;
  members: { organisationId: string; name: string; lat: number | null; lon: number | null }[];
}) {
  const t = useTranslations("reach");
  const trpc = useTRPC();
  const router = useRouter();
  const fields = useFieldErrors(organisationLocation);
  const [selected, setSelected] = useState(members[0]?.organisationId ?? "");
  const current = members.find((member) => member.organisationId === selected);
  const save = useMutation(trpc.reach.setLocation.mutationOptions({ onError: fields.showServerErrors, onSuccess: () => router.refresh() }));
  return (
    <form
      noValidate
      className="grid gap-4 md:grid-cols-4"
      data-testid="location-form"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const values = { organisationId: selected, lat: number(formText(form, "lat")), lon: number(formText(form, "lon")) };
        save.reset();
        if (fields.check(values)) save.mutate({ clusterId, ...values });
      }}
    >
      <div className="md:col-span-4">
        {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
        {save.isSuccess ? <Notice tone="success">{t("locationSaved", { name: save.data.name })}</Notice> : null}
      </div>
      <SelectField
        id="location-organisation"
        label={t("organisation")}
        value={selected}
        onChange={(event) => setSelected(event.target.value)}
      >
        {members.map((member) => (
          <option key={member.organisationId} value={member.organisationId}>
            {member.name}
          </option>
        ))}
      </SelectField>
      <TextField
        key={`lat-${selected}`}
        id="location-lat"
        name="lat"
        inputMode="decimal"
        label={t("lat")}
        defaultValue={current?.lat ?? ""}
        error={fields.errorFor("lat")}
      />
      <TextField
        key={`lon-${selected}`}
        id="location-lon"
        name="lon"
        inputMode="decimal"
        label={t("lon")}
        defaultValue={current?.lon ?? ""}
        error={fields.errorFor("lon")}
      />
      <div className="flex items-end">
        <Button type="submit" busy={save.isPending}>
          {t("saveLocation")}
        </Button>
      </div>
    </form>
  );
}
