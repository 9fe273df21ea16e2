"use client";

import { TextField } from "@clusterwerk/ui";
import { REFERENCE_IMPORT_CHUNK } from "@clusterwerk/validators/reference-benchmarkings";
import { parseReferenceCsv, REFERENCE_CSV_MAX_BYTES } from "@clusterwerk/validators/reference-csv";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { CsvImport } from "../csv-import";

/**
 * The reference database import (issue 10 item 4) for label staff, on the portal's one CSV import:
 * external benchmarking results checked and previewed in the browser, then sent in chunks of 500 to
 * `referenceBenchmarking.importChunk` with their source; a re-import updates by key and duplicates nothing.
 */
export function ReferenceImport() {
  const t = useTranslations("referenceImport");
  const trpc = useTRPC();
  const importChunk = useMutation(trpc.referenceBenchmarking.importChunk.mutationOptions());
  const [source, setSource] = useState("");
  return (
    <CsvImport
      t={(key, values) => t(key as never, values as never)}
      inputId="reference-file"
      maxBytes={REFERENCE_CSV_MAX_BYTES}
      chunkSize={REFERENCE_IMPORT_CHUNK}
      parse={parseReferenceCsv}
      importChunk={(rows) => importChunk.mutateAsync({ source: source.trim() || "CSV import", rows })}
      fieldLabel={(field) => (/^[A-Z]\d$/.test(field) ? field : t(`fields.${field}` as never))}
    >
      <div className="mb-4">
        <TextField
          id="reference-source"
          label={t("source")}
          value={source}
          maxLength={200}
          onChange={(event) => setSource(event.target.value)}
          data-testid="reference-source"
        />
      </div>
    </CsvImport>
  );
}
