// Shared flat config: type-aware TypeScript rules plus the house rules of ARCHITECTURE.md.
import js from "@eslint/js";
import drizzle from "eslint-plugin-drizzle";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/*.mjs", "**/*.js", "**/dist/**", "**/.next/**", "**/node_modules/**", "**/*.config.*", "**/drizzle/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true } },
    plugins: { drizzle },
    rules: {
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Environment is read and validated in one place per package (env.ts).
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read the environment through env.ts." }],
      // A delete or update without where wipes a table.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  {
    files: ["**/env.ts", "**/scripts/**", "**/*.config.ts"],
    rules: { "no-restricted-properties": "off" },
  },
);
