import { TextField } from "@clusterwerk/ui";

/**
 * A required password input as every account form has it (sign-in, accepting an invitation, resetting, changing
 * the password, deleting the account): `current` asks for the password the account has, `new` for one being set,
 * so password managers fill in or propose the right one. `name` is the field's name in the form data and the
 * schema (`password` unless said); `id` defaults to it.
 */
export function PasswordField({
  purpose,
  name = "password",
  id = name,
  label,
  hint,
  error,
}: {
  purpose: "current" | "new";
  name?: string;
  id?: string;
  label: string;
  hint?: string;
  error: string | undefined;
}) {
  return (
    <TextField
      id={id}
      name={name}
      type="password"
      autoComplete={purpose === "new" ? "new-password" : "current-password"}
      label={label}
      hint={hint}
      error={error}
      required
    />
  );
}
