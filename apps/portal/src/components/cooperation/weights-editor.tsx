"use client";

import { factorNames, type FactorName, type FactorWeights, matchWeightsFields } from "@clusterwerk/validators/match-weights";
import { Button, Notice, SelectField } from "@clusterwerk/ui";
import { skipToken, useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { serverMessage } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";
import { useServerErrorText } from "../use-server-error-text";
import { WeightsPreview } from "./weights-preview";

type Values = Record<FactorName, string>;

const asValues = (weights: FactorWeights): Values => Object.fromEntries(factorNames.map((name) => [name, String(weights[name])])) as Values;
/** The inputs as numbers; an empty or garbled input is NaN, which the schema refuses on its field. */
const asWeights = (values: Values): FactorWeights =>
  Object.fromEntries(factorNames.map((name) => [name, values[name].trim() === "" ? Number.NaN : Number(values[name])])) as FactorWeights;

/**
 * A cluster's ranking weights (DOMAIN.md §5.3): a slider and a number per factor with its explanation, the sum
 * (it must be 1), "reset to defaults", a preview of one published profile's top 10 under the saved and the
 * proposed weights (computed by the server, nothing saved), and save.
 */
export function WeightsEditor({
  clusterId,
  saved,
  defaults,
  profiles,
}: {
  clusterId: string;
  saved: FactorWeights;
  defaults: FactorWeights;
  profiles: { id: string; title: string; organisationName: string }[];
}) {
  const t = useTranslations("cooperation.weights");
  const tf = useTranslations("cooperation.matches.factors");
  const trpc = useTRPC();
  const router = useRouter();
  const errorText = useServerErrorText();
  const fields = useFieldErrors(matchWeightsFields);
  const [values, setValues] = useState<Values>(asValues(saved));
  const [profileId, setProfileId] = useState(profiles[0]?.id ?? "");
  const [previewOf, setPreviewOf] = useState<(FactorWeights & { profileId: string }) | null>(null);
  const [done, setDone] = useState(false);
  const weights = asWeights(values);
  const sum = factorNames.reduce((total, name) => total + (Number.isFinite(weights[name]) ? weights[name] : 0), 0);
  const preview = useQuery(trpc.matchingWeights.preview.queryOptions(previewOf ? { clusterId, ...previewOf } : skipToken));
  const save = useMutation(
    trpc.matchingWeights.save.mutationOptions({
      onError: fields.showServerErrors,
      onSuccess: () => {
        setDone(true);
        router.refresh();
      },
    }),
  );
  const change = (name: FactorName, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    setDone(false);
  };

  return (
    <div className="space-y-6">
      {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
      {done ? <Notice tone="success">{t("saved")}</Notice> : null}
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-slate-900">{t("editor")}</legend>
        {factorNames.map((name) => (
          <div key={name} className="grid gap-2 sm:grid-cols-[14rem_1fr_7rem] sm:items-center">
            <div>
              <label htmlFor={`weight-${name}`} className="block text-sm font-medium text-slate-800">
                {t("weight", { factor: tf(name) })}
              </label>
              <p className="text-xs text-slate-700">{t(`explanations.${name}`)}</p>
              <p className="text-xs text-slate-600">{t("defaultValue", { value: defaults[name] })}</p>
            </div>
            <input
              type="range"
              min={0}
              max={1}
              step={0.01}
              value={Number.isFinite(weights[name]) ? weights[name] : 0}
              aria-label={t("slider", { factor: tf(name) })}
              onChange={(event) => change(name, event.target.value)}
              className="w-full accent-brand-700"
            />
            <div>
              <input
                id={`weight-${name}`}
                name={name}
                type="number"
                inputMode="decimal"
                min={0}
                max={1}
                step={0.01}
                value={values[name]}
                onChange={(event) => change(name, event.target.value)}
                aria-invalid={fields.hasError(name) ? true : undefined}
                aria-describedby={fields.hasError(name) ? `weight-${name}-error` : undefined}
                className="block w-full rounded-md border border-slate-300 px-2 py-1 text-right text-sm tabular-nums"
              />
              {fields.errorFor(name) ? (
                <p id={`weight-${name}-error`} className="text-sm text-red-700" data-field-error={`weight-${name}`}>
                  {fields.errorFor(name)}
                </p>
              ) : null}
            </div>
          </div>
        ))}
        <p className="text-sm font-medium text-slate-900" data-testid="weights-sum">
          {t("sum", { sum: Math.round(sum * 1000) / 1000 })}
        </p>
        {fields.errorFor("sum") ? (
          <p className="text-sm text-red-700" data-field-error="weights-sum">
            {fields.errorFor("sum")}
          </p>
        ) : null}
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button
          busy={save.isPending}
          onClick={() => {
            if (fields.check(weights)) save.mutate({ clusterId, ...weights });
          }}
        >
          {t("save")}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            setValues(asValues(defaults));
            setDone(false);
          }}
        >
          {t("reset")}
        </Button>
      </div>
      <section className="space-y-3 border-t border-slate-200 pt-4" aria-labelledby="weights-preview-title">
        <h2 id="weights-preview-title" className="text-base font-semibold text-slate-900">
          {t("previewTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("previewLead")}</p>
        {profiles.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noProfiles")}</p>
        ) : (
          <div className="flex flex-wrap items-end gap-3">
            <SelectField id="preview-profile" label={t("profile")} value={profileId} onChange={(event) => setProfileId(event.target.value)}>
              {profiles.map((profile) => (
                <option key={profile.id} value={profile.id}>
                  {profile.title} ({profile.organisationName})
                </option>
              ))}
            </SelectField>
            <Button
              variant="secondary"
              busy={preview.isFetching}
              onClick={() => {
                if (fields.check(weights)) setPreviewOf({ profileId, ...weights });
              }}
            >
              {t("preview")}
            </Button>
          </div>
        )}
        {preview.error ? <Notice tone="error">{errorText(serverMessage(preview.error) ?? "internal")}</Notice> : null}
        {preview.data ? <WeightsPreview preview={preview.data} /> : null}
      </section>
    </div>
  );
}
