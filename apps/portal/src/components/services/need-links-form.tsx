"use client";

import { Badge, Button, EmptyState, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";

export interface LinkableNeed {
  id: string;
  title: string;
  categoryLabel: string;
  importance: number;
  status: string;
  organisationName: string;
  linked: boolean;
}

/** The needs a service addresses: the open needs of its categories, ticked when linked; saving replaces the selection. */
export function NeedLinksForm({ serviceId, needs }: { serviceId: string; needs: LinkableNeed[] }) {
  const t = useTranslations("services");
  const trpc = useTRPC();
  const router = useRouter();
  const serverErrorText = useServerErrorText();
  const save = useMutation(trpc.service.setNeeds.mutationOptions({ onSuccess: () => router.refresh() }));
  if (needs.length === 0) return <EmptyState title={t("links.empty")}>{t("links.emptyHint")}</EmptyState>;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ serviceId, needIds: new FormData(event.currentTarget).getAll("needIds").map(String) });
      }}
    >
      <fieldset>
        <legend className="sr-only">{t("links.legend")}</legend>
        <ul className="divide-y divide-slate-200" data-testid="linkable-needs">
          {needs.map((need) => (
            <li key={need.id} className="py-2">
              <label className="flex items-start gap-3 text-sm">
                <input type="checkbox" name="needIds" value={need.id} defaultChecked={need.linked} className="mt-1" />
                <span>
                  <span className="font-medium text-slate-900">{need.title}</span>
                  <span className="block text-slate-700">
                    {need.organisationName} · {need.categoryLabel} · {t("importance", { value: need.importance })}
                    {need.status !== "open" ? (
                      <>
                        {" "}
                        <Badge tone="amber">{t(`needStatuses.${need.status}`)}</Badge>
                      </>
                    ) : null}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button type="submit" busy={save.isPending}>
          {t("links.save")}
        </Button>
        {save.isSuccess ? (
          <Notice tone="success" testId="links-saved">
            {t("links.saved", { count: save.data.linked })}
          </Notice>
        ) : null}
        {save.error ? <Notice tone="error">{serverErrorText(save.error.message)}</Notice> : null}
      </div>
    </form>
  );
}
