"use client";

import { useState } from "react";
import type { ZodType } from "zod";
import { type FieldErrors, serverFieldErrors, zodFieldErrors } from "~/lib/field-errors";
import { useValidationText } from "./use-validation-text";

/**
 * The error state every form shares: the same zod schema as the procedure checks the values before
 * sending, the server's field errors replace them after, and each field reads its translated message.
 */
export function useFieldErrors(schema: ZodType) {
  const validation = useValidationText();
  const [errors, setErrors] = useState<FieldErrors>({});
  return {
    /** Shows the schema's messages for `values`; true when there are none. */
    check: (values: unknown): boolean => {
      const found = zodFieldErrors(schema, values);
      setErrors(found ?? {});
      return found === null;
    },
    /** For a mutation's onError: the server's field errors, if it sent any. */
    showServerErrors: (error: unknown) => setErrors(serverFieldErrors(error) ?? {}),
    /** The translated message of a field, or undefined. */
    errorFor: (field: string) => validation(errors[field]),
    hasError: (field: string) => Boolean(errors[field]),
    hasErrors: Object.values(errors).some(Boolean),
  };
}
