"use client";

import { memberCategories } from "@clusterwerk/scoring/domain";
import { SEARCH_TERM_MAX_LENGTH } from "@clusterwerk/validators/list";
import { addExistingMemberInput, addNewMemberInput } from "@clusterwerk/validators/memberships";
import { ORGANISATION_NAME_MAX_LENGTH } from "@clusterwerk/validators/organisation";
import { Button, EmptyState, Notice, SelectField, TextField } from "@clusterwerk/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { formText, formTexts } from "~/lib/form-data";
import { TaxonomyPicker } from "../forms/taxonomy-picker";
import { useFieldErrors } from "../use-field-errors";
import { MembershipTermsFields, readTerms } from "./membership-terms-fields";

type Mode = "new" | "existing";

/**
 * Adding a member: a new organisation (name, category, place, employees, NACE codes, technologies) or one already on the platform,
 * found by name or city. Either way the manager sets the membership's terms; an existing organisation's
 * shared profile stays its contact persons' (only the membership is created).
 */
export function AddMemberForm({ clusterId, slug, today }: { clusterId: string; slug: string; today: string }) {
  const t = useTranslations("members");
  const tcat = useTranslations("categories");
  const trpc = useTRPC();
  const router = useRouter();
  const [mode, setMode] = useState<Mode>("new");
  const [term, setTerm] = useState("");
  const newFields = useFieldErrors(addNewMemberInput);
  const existingFields = useFieldErrors(addExistingMemberInput);
  const fields = mode === "new" ? newFields : existingFields;
  const candidates = useQuery(trpc.membership.searchOrganisations.queryOptions({ clusterId, search: term }, { enabled: term.length > 0 }));
  const done = () => router.push(`/c/${slug}/manage/members`);
  const addNew = useMutation(trpc.membership.addNew.mutationOptions({ onError: newFields.showServerErrors, onSuccess: done }));
  const addExisting = useMutation(
    trpc.membership.addExisting.mutationOptions({ onError: existingFields.showServerErrors, onSuccess: done }),
  );
  const employeesOf = (text: string) => (text.trim() === "" ? null : Number(text));

  return (
    <div className="space-y-4">
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-2 text-sm font-medium text-slate-800">{t("add.mode")}</legend>
        {(["new", "existing"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm text-slate-800">
            <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} className="h-4 w-4" />
            {t(`add.modes.${value}`)}
          </label>
        ))}
      </fieldset>

      {mode === "existing" ? (
        <form
          role="search"
          className="flex flex-wrap items-end gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            setTerm(formText(new FormData(event.currentTarget), "q").trim());
          }}
        >
          <div className="min-w-60 flex-1">
            <TextField
              id="add-search"
              name="q"
              type="search"
              label={t("add.search")}
              hint={t("add.searchHint")}
              maxLength={SEARCH_TERM_MAX_LENGTH}
            />
          </div>
          <Button type="submit" variant="secondary">
            {t("add.searchButton")}
          </Button>
        </form>
      ) : null}

      <form
        noValidate
        className="grid gap-4 md:grid-cols-2"
        data-testid="add-member-form"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const terms = readTerms(form);
          if (mode === "existing") {
            const values = { organisationId: formText(form, "organisationId"), ...terms };
            if (existingFields.check(values)) addExisting.mutate({ clusterId, ...values });
            return;
          }
          const values = {
            clusterId,
            name: formText(form, "name"),
            category: formText(form, "category"),
            city: formText(form, "city"),
            postalCode: formText(form, "postalCode"),
            country: formText(form, "country"),
            employees: employeesOf(formText(form, "employees")),
            nace: formTexts(form, "nace"),
            technologyTags: formTexts(form, "technologyTags"),
            ...terms,
          };
          const parsed = addNewMemberInput.safeParse(values);
          if (newFields.check(values) && parsed.success) addNew.mutate({ clusterId, ...parsed.data });
        }}
      >
        {mode === "new" ? (
          <>
            <TextField
              id="add-name"
              name="name"
              label={t("name")}
              maxLength={ORGANISATION_NAME_MAX_LENGTH}
              error={fields.errorFor("name")}
              required
            />
            <SelectField
              id="add-category"
              name="category"
              label={t("category")}
              defaultValue=""
              error={fields.errorFor("category")}
              hint={t("add.categoryHint")}
            >
              <option value="" disabled>
                {t("add.chooseCategory")}
              </option>
              {memberCategories.map((category) => (
                <option key={category} value={category}>
                  {tcat(category)}
                </option>
              ))}
            </SelectField>
            <TextField id="add-city" name="city" label={t("city")} error={fields.errorFor("city")} required />
            <TextField id="add-postalCode" name="postalCode" label={t("postalCode")} error={fields.errorFor("postalCode")} />
            <TextField
              id="add-country"
              name="country"
              label={t("country")}
              hint={t("add.countryHint")}
              defaultValue="DE"
              maxLength={2}
              error={fields.errorFor("country")}
              required
            />
            <TextField
              id="add-employees"
              name="employees"
              type="number"
              min={0}
              step={1}
              label={t("employees")}
              error={fields.errorFor("employees")}
            />
            <TaxonomyPicker id="add-nace" name="nace" taxonomy="nace" label={t("nace")} defaultValue={[]} error={fields.errorFor("nace")} />
            <TaxonomyPicker
              id="add-technologyTags"
              name="technologyTags"
              taxonomy="technology"
              label={t("technologyTags")}
              defaultValue={[]}
              error={fields.errorFor("technologyTags")}
            />
          </>
        ) : (
          <fieldset
            className="space-y-2 md:col-span-2"
            aria-describedby={fields.hasError("organisationId") ? "add-organisation-error" : undefined}
          >
            <legend className="text-sm font-medium text-slate-800">{t("add.found")}</legend>
            {term === "" ? (
              <p className="text-sm text-slate-700">{t("add.searchFirst")}</p>
            ) : candidates.data && candidates.data.length === 0 ? (
              <EmptyState title={t("add.noneFound")} />
            ) : (
              <ul className="space-y-1" data-testid="organisation-candidates">
                {(candidates.data ?? []).map((organisation) => (
                  <li key={organisation.id}>
                    <label className="flex items-center gap-2 text-sm text-slate-800">
                      <input type="radio" name="organisationId" value={organisation.id} className="h-4 w-4" />
                      <span>
                        {organisation.name} · {tcat(organisation.category)} · {organisation.city} ({organisation.country})
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
            {fields.hasError("organisationId") ? (
              <p id="add-organisation-error" className="text-sm text-red-700">
                {t("add.chooseOrganisation")}
              </p>
            ) : null}
            <p className="text-xs text-slate-600">{t("add.sharedProfile")}</p>
          </fieldset>
        )}
        <MembershipTermsFields
          idPrefix="add"
          defaults={{ status: "active", joinedOn: today, agreementSigned: false, paysFee: false, contributesActively: false }}
          errorFor={fields.errorFor}
        />
        <div className="flex flex-wrap items-center gap-3 md:col-span-2">
          <Button type="submit" busy={addNew.isPending || addExisting.isPending}>
            {t("add.submit")}
          </Button>
          {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
        </div>
      </form>
    </div>
  );
}
