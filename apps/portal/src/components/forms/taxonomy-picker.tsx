"use client";

import type { RouterOutputs } from "@clusterwerk/api";
import { Button } from "@clusterwerk/ui";
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";

type Group = RouterOutputs["taxonomy"]["groups"][number];
type Term = Pick<Group, "code" | "labelDe" | "labelEn">;

/** A code as part of an element id (technology slugs hold a slash). */
const idPart = (code: string) => code.replace(/[^A-Za-z0-9-]/g, "-");

/**
 * Picks codes of a taxonomy (DOMAIN.md §1.3): NACE divisions grouped under their sections, or technology
 * topics under their fields; a whole section or field can be picked too. Searchable by code and by German
 * and English name; the groups fold open while searching. The chosen codes go with the form as hidden
 * inputs named `name`, one per code, so the form reads them like any field and the validators check them.
 * Native checkboxes and a search field: keyboard use and screen readers need nothing extra.
 */
export function TaxonomyPicker({
  id,
  name,
  taxonomy,
  label,
  defaultValue,
  error,
}: {
  id: string;
  name: string;
  taxonomy: "nace" | "technology";
  label: string;
  defaultValue: readonly string[];
  error?: string | undefined;
}) {
  const t = useTranslations("taxonomyPicker");
  const locale = useLocale();
  const trpc = useTRPC();
  const groups = useQuery(trpc.taxonomy.groups.queryOptions({ taxonomy }, { staleTime: Number.POSITIVE_INFINITY }));
  const [selected, setSelected] = useState<string[]>([...defaultValue]);
  const [search, setSearch] = useState("");

  const labelOf = (term: Term) => (locale === "en" ? term.labelEn : term.labelDe);
  const terms = new Map((groups.data ?? []).flatMap((group) => [group, ...group.terms].map((term) => [term.code, term] as const)));
  const toggle = (code: string) =>
    setSelected((current) => (current.includes(code) ? current.filter((c) => c !== code) : [...current, code]));
  const needle = search.trim().toLocaleLowerCase(locale);
  const matches = (term: Term) => `${term.code} ${term.labelDe} ${term.labelEn}`.toLocaleLowerCase(locale).includes(needle);
  const visible = (groups.data ?? []).flatMap((group) => {
    if (needle === "" || matches(group)) return [{ group, terms: group.terms }];
    const found = group.terms.filter(matches);
    return found.length > 0 ? [{ group, terms: found }] : [];
  });
  const describedBy = error ? `${id}-error` : `${id}-hint`;

  const checkbox = (term: Term, text: string) => (
    <li key={term.code}>
      <label className="flex items-start gap-2 py-0.5 text-sm text-slate-800">
        <input
          type="checkbox"
          id={`${id}-${idPart(term.code)}`}
          className="mt-0.5 h-4 w-4"
          checked={selected.includes(term.code)}
          onChange={() => toggle(term.code)}
        />
        <span>{text}</span>
      </label>
    </li>
  );

  return (
    <fieldset className="space-y-2" aria-describedby={describedBy} data-testid={`${id}-picker`}>
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      {selected.map((code) => (
        <input key={code} type="hidden" name={name} value={code} />
      ))}
      {selected.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("selected", { label })} data-testid={`${id}-selected`}>
          {selected.map((code) => {
            const term = terms.get(code);
            const text = term ? `${code} ${labelOf(term)}` : code;
            return (
              <li key={code} className="flex items-center gap-1 rounded-full bg-brand-50 py-0.5 pl-3 pr-1 text-sm text-slate-900">
                <span>{text}</span>
                <Button
                  type="button"
                  variant="ghost"
                  className="px-2 py-0.5"
                  aria-label={t("remove", { term: text })}
                  onClick={() => toggle(code)}
                >
                  ×
                </Button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{t("noneSelected")}</p>
      )}
      <div className="space-y-1">
        <label htmlFor={`${id}-search`} className="block text-sm text-slate-800">
          {t(`search.${taxonomy}`)}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          value={search}
          aria-controls={`${id}-options`}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => {
            // Enter in the search field narrows the list; it must not send the whole form.
            if (event.key === "Enter") event.preventDefault();
          }}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:outline-2 focus:outline-brand-700"
        />
      </div>
      <div
        id={`${id}-options`}
        role="group"
        aria-label={t("options", { label })}
        className="max-h-72 overflow-y-auto rounded-md border border-slate-200 bg-white p-2"
      >
        {groups.isPending ? (
          <p className="text-sm text-slate-600">{t("loading")}</p>
        ) : groups.isError ? (
          <p className="text-sm text-red-700">{t("failed")}</p>
        ) : visible.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noMatch")}</p>
        ) : (
          visible.map(({ group, terms: shown }) => {
            const chosen = [group, ...group.terms].filter((term) => selected.includes(term.code)).length;
            return (
              <details key={group.code} open={needle !== "" || undefined} className="py-0.5">
                <summary className="cursor-pointer text-sm font-medium text-slate-900">
                  {group.code} {labelOf(group)}
                  {chosen > 0 ? <span className="ml-1 font-normal text-slate-600">{t("chosen", { count: chosen })}</span> : null}
                </summary>
                <ul className="ml-5 mt-1">
                  {checkbox(group, t(`whole.${taxonomy}`, { label: labelOf(group) }))}
                  {shown.map((term) => checkbox(term, `${term.code} ${labelOf(term)}`))}
                </ul>
              </details>
            );
          })
        )}
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700" data-field-error={id}>
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {t(`hint.${taxonomy}`)}
        </p>
      )}
    </fieldset>
  );
}
