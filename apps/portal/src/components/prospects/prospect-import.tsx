"use client";

import { parseProspectCsv, PROSPECT_CSV_MAX_BYTES, PROSPECT_IMPORT_CHUNK, type ProspectCsvPreview } from "@clusterwerk/validators";
import { Button, Card, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Link, useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";
import { useValidationText } from "../use-validation-text";

/** How many rows the preview shows of each kind; the counts name them all. */
const PREVIEW_ROWS = 50;

type Totals = {
  inserted: number;
  updated: number;
  unchanged: number;
  notLocated: number;
};

/**
 * The prospect import (issue 9): the file is checked in the browser first (size, UTF-8, delimiter,
 * header, every row) and previewed with the errors per row; nothing is written until the manager imports,
 * then the good rows go to the server in chunks of 500, which checks them again, with a progress bar.
 * Re-importing the same file changes nothing (import key).
 */
export function ProspectImport({ clusterId, listHref }: { clusterId: string; listHref: string }) {
  const t = useTranslations("prospects.import");
  const validation = useValidationText();
  const serverErrorText = useServerErrorText();
  const trpc = useTRPC();
  const router = useRouter();
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ProspectCsvPreview | null>(null);
  const [done, setDone] = useState(0);
  const [totals, setTotals] = useState<Totals | null>(null);
  const [running, setRunning] = useState(false);
  const importChunk = useMutation(trpc.prospect.importChunk.mutationOptions());

  async function read(file: File | undefined) {
    setPreview(null);
    setTotals(null);
    setDone(0);
    setFileError(null);
    importChunk.reset();
    if (!file) return;
    if (file.size > PROSPECT_CSV_MAX_BYTES) {
      setFileError("csvTooLarge");
      return;
    }
    const result = parseProspectCsv(new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) setFileError(result.message);
    else setPreview(result);
  }

  async function run(rows: ProspectCsvPreview["rows"]) {
    setRunning(true);
    const sum: Totals = { inserted: 0, updated: 0, unchanged: 0, notLocated: 0 };
    try {
      for (let start = 0; start < rows.length; start += PROSPECT_IMPORT_CHUNK) {
        const chunk = rows.slice(start, start + PROSPECT_IMPORT_CHUNK).map((row) => row.cells);
        const result = await importChunk.mutateAsync({ clusterId, rows: chunk });
        sum.inserted += result.inserted;
        sum.updated += result.updated;
        sum.unchanged += result.unchanged;
        sum.notLocated += result.notLocated;
        setDone(start + chunk.length);
      }
      setTotals(sum);
      router.refresh();
    } finally {
      setRunning(false);
    }
  }

  const good = preview?.rows ?? [];
  return (
    <div className="space-y-6">
      <Card>
        <label htmlFor="prospect-file" className="block text-sm font-medium text-slate-800">
          {t("file")}
        </label>
        <p id="prospect-file-hint" className="text-sm text-slate-600">
          {t("fileHint")}
        </p>
        <input
          id="prospect-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="prospect-file-hint"
          disabled={running}
          onChange={(event) => void read(event.target.files?.[0])}
          className="mt-2 block text-sm"
          data-testid="prospect-file"
        />
        {fileError ? (
          <div className="mt-4">
            <Notice tone="error" testId="import-file-error">
              {validation(fileError)} {t("nothingImported")}
            </Notice>
          </div>
        ) : null}
      </Card>

      {preview ? (
        <Card>
          <h2 className="text-lg font-semibold">{t("previewTitle")}</h2>
          <p className="text-sm" data-testid="import-summary">
            {t("previewSummary", { total: preview.total, good: good.length, bad: preview.errors.length })}
          </p>
          {preview.ignoredColumns.length > 0 ? (
            <p className="text-sm text-slate-600">{t("ignoredColumns", { columns: preview.ignoredColumns.join(", ") })}</p>
          ) : null}
          {preview.errors.length > 0 ? (
            <table className="mt-4 w-full text-left text-sm" data-testid="import-errors">
              <caption className="text-left font-medium">{t("errorsCaption", { count: preview.errors.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("line")}</th>
                  <th scope="col">{t("field")}</th>
                  <th scope="col">{t("message")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.errors.slice(0, PREVIEW_ROWS).map((error) => (
                  <tr key={`${error.line}-${error.field ?? ""}`} className="border-t border-slate-200">
                    <th scope="row" className="font-normal">
                      {error.line}
                    </th>
                    <td>{error.field ? t(`fields.${error.field}`) : "–"}</td>
                    <td>{validation(error.message)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <Button
              onClick={() => void run(good)}
              busy={running}
              disabled={good.length === 0 || totals !== null}
              data-testid="start-import"
            >
              {t("start", { count: good.length })}
            </Button>
            {running || totals ? (
              <div className="flex items-center gap-2">
                <label htmlFor="import-progress" className="text-sm">
                  {t("progress", { done, total: good.length })}
                </label>
                <progress id="import-progress" max={good.length} value={done} className="w-48" />
              </div>
            ) : null}
          </div>
          {importChunk.error ? (
            <div className="mt-4">
              <Notice tone="error">{serverErrorText(importChunk.error.message)}</Notice>
            </div>
          ) : null}
          {totals ? (
            <div className="mt-4">
              <Notice tone="success" testId="import-done">
                {t("done", totals)}{" "}
                <Link href={listHref} className="font-medium underline">
                  {t("toList")}
                </Link>
              </Notice>
            </div>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
