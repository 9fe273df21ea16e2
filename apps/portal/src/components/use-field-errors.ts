"use client";

import { useState } from "react";
import type { ZodType } from "zod";
import { type FieldErrors, serverFieldErrors, serverMessage, zodFieldErrors } from "~/lib/field-errors";
import { useServerErrorText } from "./use-server-error-text";
import { useValidationText } from "./use-validation-text";

/**
 * The error state every form shares: the same zod schema as the procedure checks the values before
 * sending, the server's field errors replace them after, and each field reads its translated message.
 * An error on no field (not found, no permission, internal) is the form's `formError`, translated.
 * `labelOf` gives a field's label by its name, for the shared `FormField` (the name itself without it).
 */
export function useFieldErrors(schema: ZodType, labelOf?: (field: string) => string) {
  const validation = useValidationText();
  const serverErrorText = useServerErrorText();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrorKey, setFormErrorKey] = useState<string | null>(null);
  return {
    /** Shows the schema's messages for `values`; true when there are none. */
    check: (values: unknown): boolean => {
      const found = zodFieldErrors(schema, values);
      setErrors(found ?? {});
      setFormErrorKey(null);
      return found === null;
    },
    /** For a mutation's onError: the server's field errors, or else its message for the whole form. */
    showServerErrors: (error: unknown) => {
      const found = serverFieldErrors(error);
      setErrors(found ?? {});
      setFormErrorKey(found ? null : (serverMessage(error) ?? "internal"));
    },
    /** The translated message of an error on no field, or undefined. */
    formError: serverErrorText(formErrorKey),
    /** The label of a field by its name. */
    labelOf: (field: string) => labelOf?.(field) ?? field,
    /** The translated message of a field, or undefined. */
    errorFor: (field: string) => validation(errors[field]),
    hasError: (field: string) => Boolean(errors[field]),
    hasErrors: Object.values(errors).some(Boolean),
  };
}
