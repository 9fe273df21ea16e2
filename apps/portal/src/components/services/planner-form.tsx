"use client";

import { needCategoryLabels } from "@clusterwerk/scoring/domain";
import { servicePlanInput } from "@clusterwerk/validators/services";
import { Button, Card, Notice, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";
import { useValidationText } from "../use-validation-text";

export interface PlanCandidate {
  id: string;
  title: string;
  status: string;
  cost: number | null;
  openNeeds: number;
}

function amount(form: FormData, name: string): number {
  const value = formText(form, name).trim().replace(",", ".");
  return value === "" ? Number.NaN : Number(value);
}

/**
 * The service planner: tick candidates, keep or override their cost, enter a budget, run. Field errors
 * (a negative budget or cost) come from the procedure's own schema, checked before anything is sent.
 */
export function PlannerForm({ clusterId, candidates }: { clusterId: string; candidates: PlanCandidate[] }) {
  const t = useTranslations("services.planner");
  const locale = useLocale() === "en" ? "en" : "de";
  const format = useFormatter();
  const validation = useValidationText();
  const serverErrorText = useServerErrorText();
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const plan = useMutation(trpc.service.plan.mutationOptions());
  const markPlanned = useMutation(trpc.service.markPlanned.mutationOptions({ onSuccess: () => router.refresh() }));
  const euro = (value: number) => format.number(value, { style: "currency", currency: "EUR" });

  return (
    <div className="space-y-6">
      <Card title={t("inputTitle")}>
        <form
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            const chosen = candidates.filter((candidate) => form.get(`use-${candidate.id}`) === "on");
            const values = {
              clusterId,
              budget: amount(form, "budget"),
              candidates: chosen.map((candidate) => ({ serviceId: candidate.id, cost: amount(form, `cost-${candidate.id}`) })),
            };
            const parsed = servicePlanInput.safeParse(values);
            const found: Record<string, string | undefined> = {};
            for (const issue of parsed.success ? [] : parsed.error.issues) {
              const [field, index, key] = issue.path;
              const candidate = typeof index === "number" ? chosen[index] : undefined;
              const name = field === "candidates" && candidate && key === "cost" ? `cost-${candidate.id}` : String(field);
              found[name] ??= issue.message;
            }
            setErrors(found);
            markPlanned.reset();
            if (parsed.success) plan.mutate(values);
          }}
        >
          <div className="max-w-xs">
            <TextField
              id="budget"
              name="budget"
              type="number"
              min={0}
              step={0.01}
              label={t("budget")}
              error={validation(errors.budget)}
              required
            />
          </div>
          <fieldset aria-describedby={errors.candidates ? "candidates-error" : undefined}>
            <legend className="text-sm font-medium text-slate-800">{t("candidates")}</legend>
            {errors.candidates ? (
              <p id="candidates-error" className="text-sm text-red-700" data-field-error="candidates">
                {validation(errors.candidates)}
              </p>
            ) : null}
            <table className="mt-2 w-full text-sm">
              <thead>
                <tr className="text-left text-slate-700">
                  <th scope="col" className="py-1 pr-2">
                    {t("use")}
                  </th>
                  <th scope="col" className="py-1 pr-2">
                    {t("service")}
                  </th>
                  <th scope="col" className="py-1 pr-2">
                    {t("openNeeds")}
                  </th>
                  <th scope="col" className="py-1">
                    {t("cost")}
                  </th>
                </tr>
              </thead>
              <tbody data-testid="plan-candidates">
                {candidates.map((candidate) => (
                  <tr key={candidate.id} className="border-t border-slate-200 align-top">
                    <td className="py-2 pr-2">
                      <input
                        type="checkbox"
                        id={`use-${candidate.id}`}
                        name={`use-${candidate.id}`}
                        defaultChecked
                        aria-label={t("useService", { title: candidate.title })}
                      />
                    </td>
                    <th scope="row" className="py-2 pr-2 text-left font-medium">
                      <label htmlFor={`use-${candidate.id}`}>{candidate.title}</label>
                    </th>
                    <td className="py-2 pr-2">{candidate.openNeeds}</td>
                    <td className="py-2">
                      <TextField
                        id={`cost-${candidate.id}`}
                        name={`cost-${candidate.id}`}
                        type="number"
                        min={0}
                        step={0.01}
                        label={t("costOf", { title: candidate.title })}
                        defaultValue={candidate.cost ?? ""}
                        error={validation(errors[`cost-${candidate.id}`])}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </fieldset>
          <Button type="submit" busy={plan.isPending}>
            {t("run")}
          </Button>
          {plan.error ? <Notice tone="error">{serverErrorText(plan.error.message)}</Notice> : null}
        </form>
      </Card>

      {plan.data ? (
        <Card title={t("resultTitle")}>
          <div className="space-y-4" data-testid="plan-result">
            <p className="text-sm text-slate-800">{t(`methods.${plan.data.method}`)}</p>
            <dl className="grid gap-2 text-sm sm:grid-cols-3">
              <div>
                <dt className="text-slate-700">{t("planCost")}</dt>
                <dd className="text-lg font-semibold" data-testid="plan-cost">
                  {t("costOfBudget", { cost: euro(plan.data.cost), budget: euro(plan.data.budget) })}
                </dd>
              </div>
              <div>
                <dt className="text-slate-700">{t("covered")}</dt>
                <dd className="text-lg font-semibold" data-testid="plan-covered">
                  {t("coveredOfTotal", { covered: plan.data.coveredImportance, total: plan.data.totalImportance })}
                </dd>
              </div>
              <div>
                <dt className="text-slate-700">{t("selectedCount")}</dt>
                <dd className="text-lg font-semibold">{plan.data.selected.length}</dd>
              </div>
            </dl>
            <section>
              <h3 className="text-sm font-semibold text-slate-900">{t("selected")}</h3>
              {plan.data.selected.length === 0 ? (
                <p className="text-sm text-slate-700">{t("nothingSelected")}</p>
              ) : (
                <ul className="list-disc pl-5 text-sm" data-testid="plan-selected">
                  {plan.data.selected.map((service) => (
                    <li key={service.id}>
                      {service.title} – {euro(service.cost)}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section>
              <h3 className="text-sm font-semibold text-slate-900">{t("uncovered")}</h3>
              {plan.data.uncovered.length === 0 ? (
                <p className="text-sm text-slate-700">{t("allCovered")}</p>
              ) : (
                <ul className="list-disc pl-5 text-sm" data-testid="plan-uncovered">
                  {plan.data.uncovered.map((need) => (
                    <li key={need.id}>
                      {need.title} ({need.organisationName}, {needCategoryLabels[need.category][locale]},{" "}
                      {t("importance", { value: need.importance })})
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {plan.data.selected.some((service) => service.status === "idea") ? (
              <div className="flex flex-wrap items-center gap-3">
                <Button
                  variant="secondary"
                  busy={markPlanned.isPending}
                  onClick={() => markPlanned.mutate({ clusterId, serviceIds: plan.data.selected.map((service) => service.id) })}
                >
                  {t("markPlanned")}
                </Button>
                {markPlanned.isSuccess ? (
                  <Notice tone="success" testId="marked-planned">
                    {t("markedPlanned", { count: markPlanned.data.planned })}
                  </Notice>
                ) : null}
              </div>
            ) : null}
          </div>
        </Card>
      ) : null}
    </div>
  );
}
