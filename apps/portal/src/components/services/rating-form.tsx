"use client";

import { serviceRating } from "@clusterwerk/validators/services";
import { Button, Notice, SelectField, TextAreaField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";

/** Rates a used service 1–5 with an optional comment; shown again with the saved rating, so it can be changed. */
export function RatingForm({
  clusterId,
  organisationId,
  serviceId,
  title,
  rating,
  comment,
}: {
  clusterId: string;
  organisationId: string;
  serviceId: string;
  title: string;
  rating: number | null;
  comment: string | null;
}) {
  const t = useTranslations("services.catalogue");
  const trpc = useTRPC();
  const router = useRouter();
  const fields = useFieldErrors(serviceRating);
  const rate = useMutation(trpc.service.rate.mutationOptions({ onError: fields.showServerErrors, onSuccess: () => router.refresh() }));
  return (
    <form
      noValidate
      aria-label={t("rateTitle", { title })}
      className="grid gap-2 rounded-md border border-slate-200 p-2"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const values = { rating: Number(formText(form, "rating")), comment: formText(form, "comment") };
        rate.reset();
        if (fields.check(values)) rate.mutate({ clusterId, organisationId, serviceId, ...values });
      }}
    >
      {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
      <SelectField
        id={`rating-${serviceId}`}
        name="rating"
        label={t("rating")}
        defaultValue={rating === null ? "" : String(rating)}
        error={fields.errorFor("rating")}
      >
        <option value="" disabled>
          {t("chooseRating")}
        </option>
        {[5, 4, 3, 2, 1].map((value) => (
          <option key={value} value={value}>
            {t("stars", { count: value })}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={`comment-${serviceId}`}
        name="comment"
        label={t("comment")}
        rows={2}
        defaultValue={comment ?? ""}
        error={fields.errorFor("comment")}
      />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="secondary" busy={rate.isPending}>
          {rating === null ? t("rate") : t("changeRating")}
        </Button>
        {rate.isSuccess ? (
          <Notice tone="success" testId="rating-saved">
            {t("rated")}
          </Notice>
        ) : null}
      </div>
    </form>
  );
}
