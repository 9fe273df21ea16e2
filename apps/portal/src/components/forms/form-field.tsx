"use client";

import { SelectField, TextAreaField, TextField } from "@clusterwerk/ui";
import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

/** What a form's fields read by their name: the translated label and the field's error. */
export interface FieldTexts {
  labelOf: (name: string) => string;
  errorFor: (name: string) => string | undefined;
}

interface Common {
  /** The field's name in the form data and the schema, and its id (errors and hints point at it). */
  name: string;
  /** The form's field state (`useFieldErrors` with the form's labels). */
  fields: FieldTexts;
  /** Instead of the form's label for the name. */
  label?: string;
  hint?: string | undefined;
}
type Omitted = "id" | "name";
type InputProps = Common & { as?: "input" } & Omit<InputHTMLAttributes<HTMLInputElement>, Omitted>;
type TextAreaProps = Common & { as: "textarea" } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Omitted>;
type SelectProps = Common & { as: "select" } & Omit<SelectHTMLAttributes<HTMLSelectElement>, Omitted>;

/**
 * One field of a form, named once: label, control, hint and the field's error, wired by the shared
 * field shell of `@clusterwerk/ui` (aria-describedby, aria-invalid), with the label and error the form's `fields`
 * give for that name. `as` picks the control (an input unless said).
 */
export function FormField(props: InputProps | TextAreaProps | SelectProps) {
  const { name, fields } = props;
  const shell = { id: name, name, label: props.label ?? fields.labelOf(name), error: fields.errorFor(name) };
  if (props.as === "textarea") {
    const { as: _as, fields: _fields, ...control } = props;
    return <TextAreaField {...control} {...shell} />;
  }
  if (props.as === "select") {
    const { as: _as, fields: _fields, ...control } = props;
    return <SelectField {...control} {...shell} />;
  }
  const { as: _as, fields: _fields, ...control } = props;
  return <TextField {...control} {...shell} />;
}
