"use client";

import { commitmentCriteriaKeys, settableMembershipStatuses } from "@clusterwerk/validators/memberships";
import { SelectField, TextField } from "@clusterwerk/ui";
import { useTranslations } from "next-intl";
import { formText } from "~/lib/form-data";

export interface TermsDefaults {
  status: "applicant" | "active";
  joinedOn: string;
  agreementSigned: boolean;
  paysFee: boolean;
  contributesActively: boolean;
}

/** Reads the terms fields of a form rendered with `MembershipTermsFields`. */
export function readTerms(form: FormData) {
  const status = settableMembershipStatuses.find((value) => value === form.get("status")) ?? "applicant";
  return {
    status,
    joinedOn: formText(form, "joinedOn"),
    agreementSigned: form.get("agreementSigned") === "on",
    paysFee: form.get("paysFee") === "on",
    contributesActively: form.get("contributesActively") === "on",
  };
}

/** Status, joining day and the three commitment criteria (a committed member meets at least one, DOMAIN.md §1). */
export function MembershipTermsFields({
  idPrefix,
  defaults,
  errorFor,
}: {
  idPrefix: string;
  defaults: TermsDefaults;
  errorFor: (field: string) => string | undefined;
}) {
  const t = useTranslations("members");
  return (
    <>
      <SelectField id={`${idPrefix}-status`} name="status" label={t("status")} defaultValue={defaults.status} error={errorFor("status")}>
        {settableMembershipStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`statuses.${status}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${idPrefix}-joinedOn`}
        name="joinedOn"
        type="date"
        label={t("joinedOn")}
        hint={t("joinedOnHint")}
        defaultValue={defaults.joinedOn}
        error={errorFor("joinedOn")}
        required
      />
      <fieldset className="space-y-2 md:col-span-2">
        <legend className="text-sm font-medium text-slate-800">{t("criteria.legend")}</legend>
        <p className="text-xs text-slate-600">{t("criteria.hint")}</p>
        {commitmentCriteriaKeys.map((key) => (
          <label key={key} className="flex items-start gap-2 text-sm text-slate-800">
            <input type="checkbox" name={key} defaultChecked={defaults[key]} className="mt-0.5 h-4 w-4" />
            <span>{t(`criteria.${key}`)}</span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
