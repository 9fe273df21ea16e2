"use client";

import { parseProspectCsv, PROSPECT_CSV_MAX_BYTES } from "@clusterwerk/validators/prospect-csv";
import { PROSPECT_IMPORT_CHUNK } from "@clusterwerk/validators/prospects";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { CsvImport } from "../csv-import";

/**
 * The prospect import (issue 9) on the portal's one CSV import (`CsvImport`): checked and previewed in
 * the browser, then sent in chunks of 500 to `prospect.importChunk`; re-importing changes nothing.
 */
export function ProspectImport({ clusterId, listHref }: { clusterId: string; listHref: string }) {
  const t = useTranslations("prospects.import");
  const trpc = useTRPC();
  const importChunk = useMutation(trpc.prospect.importChunk.mutationOptions());
  return (
    <CsvImport
      t={(key, values) => t(key as never, values as never)}
      inputId="prospect-file"
      maxBytes={PROSPECT_CSV_MAX_BYTES}
      chunkSize={PROSPECT_IMPORT_CHUNK}
      parse={parseProspectCsv}
      importChunk={async (rows) => {
        const { inserted, updated, unchanged, notLocated } = await importChunk.mutateAsync({ clusterId, rows });
        return { inserted, updated, unchanged, notLocated };
      }}
      fieldLabel={(field) => t(`fields.${field}`)}
      doneLink={
        <Link href={listHref} className="font-medium underline">
          {t("toList")}
        </Link>
      }
    />
  );
}
