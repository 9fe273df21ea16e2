"use client";

import type { CsvFileError, CsvPreview } from "@clusterwerk/validators/csv-file";
import { Button, Card, Notice } from "@clusterwerk/ui";
import { type ReactNode, useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { useServerErrorText } from "./use-server-error-text";
import { useValidationText } from "./use-validation-text";

/** How many rows the preview shows of each kind; the counts name them all. */
const PREVIEW_ROWS = 50;

/** The import's texts (`file`, `fileHint`, `nothingImported`, `previewTitle`, `previewSummary`, … `done`), from its own namespace. */
type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A CSV import as every import of the portal runs it (prospects, issue 9; reference benchmarkings,
 * issue 10): the file is checked in the browser first (size, UTF-8, delimiter, header, every row) and
 * previewed with the errors per row; nothing is written until the person imports, then the good rows go
 * to the server in chunks, which checks them again, with a progress bar. Re-importing the same file
 * changes nothing (import key). `importChunk` sends one chunk and returns its counts, which are summed.
 */
export function CsvImport<Field extends string, Row, Totals extends Record<string, number>>({
  t,
  inputId,
  maxBytes,
  chunkSize,
  parse,
  importChunk,
  fieldLabel,
  children,
  doneLink,
}: {
  t: Translate;
  inputId: string;
  maxBytes: number;
  chunkSize: number;
  parse: (bytes: Uint8Array) => CsvPreview<Field, Row> | CsvFileError;
  importChunk: (cells: Record<Field, string>[]) => Promise<Totals>;
  fieldLabel: (field: Field) => string;
  /** Extra inputs shown above the file (the reference import's source). */
  children?: ReactNode;
  doneLink?: ReactNode;
}) {
  const validation = useValidationText();
  const serverErrorText = useServerErrorText();
  const router = useRouter();
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<CsvPreview<Field, Row> | null>(null);
  const [done, setDone] = useState(0);
  const [totals, setTotals] = useState<Totals | null>(null);
  const [running, setRunning] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);

  async function read(file: File | undefined) {
    setPreview(null);
    setTotals(null);
    setDone(0);
    setFileError(null);
    setServerError(null);
    if (!file) return;
    if (file.size > maxBytes) {
      setFileError("csvTooLarge");
      return;
    }
    const result = parse(new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) setFileError(result.message);
    else setPreview(result);
  }

  async function run(rows: CsvPreview<Field, Row>["rows"]) {
    setRunning(true);
    setServerError(null);
    let sum: Totals | null = null;
    try {
      for (let start = 0; start < rows.length; start += chunkSize) {
        const chunk = rows.slice(start, start + chunkSize).map((row) => row.cells);
        const result = await importChunk(chunk);
        const previous: Totals | null = sum;
        sum =
          previous === null
            ? result
            : (Object.fromEntries(Object.entries(result).map(([key, value]) => [key, value + (previous[key] ?? 0)])) as Totals);
        setDone(start + chunk.length);
      }
      setTotals(sum);
      router.refresh();
    } catch (error) {
      setServerError(error instanceof Error ? error.message : "internal");
    } finally {
      setRunning(false);
    }
  }

  const good = preview?.rows ?? [];
  return (
    <div className="space-y-6">
      <Card>
        {children}
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
          {t("file")}
        </label>
        <p id={`${inputId}-hint`} className="text-sm text-slate-600">
          {t("fileHint")}
        </p>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${inputId}-hint`}
          disabled={running}
          onChange={(event) => void read(event.target.files?.[0])}
          className="mt-2 block text-sm"
          data-testid={inputId}
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
                    <td>{error.field ? fieldLabel(error.field) : "–"}</td>
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
                <label htmlFor={`${inputId}-progress`} className="text-sm">
                  {t("progress", { done, total: good.length })}
                </label>
                <progress id={`${inputId}-progress`} max={good.length} value={done} className="w-48" />
              </div>
            ) : null}
          </div>
          {serverError ? (
            <div className="mt-4">
              <Notice tone="error">{serverErrorText(serverError)}</Notice>
            </div>
          ) : null}
          {totals ? (
            <div className="mt-4">
              <Notice tone="success" testId="import-done">
                {t("done", totals)} {doneLink}
              </Notice>
            </div>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
