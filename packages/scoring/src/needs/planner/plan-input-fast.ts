import { fastArray, fastArrayOf, isFiniteNumber, isNonEmptyString, isRecord, isWholeNumber } from "../../validation/fast-parse";
import type { ParsedPlanInput } from "./plan-input-schema";

type Need = ParsedPlanInput["needs"][number];
type Service = ParsedPlanInput["services"][number];

const isAmount = (value: unknown): value is number => isFiniteNumber(value) && value >= 0;

function fastNeed(input: unknown): Need | undefined {
  if (!isRecord(input)) return undefined;
  const { id, importance } = input;
  return isNonEmptyString(id) && isWholeNumber(importance) && importance >= 1 && importance <= 5 ? { id, importance } : undefined;
}

function fastService(input: unknown): Service | undefined {
  if (!isRecord(input)) return undefined;
  const { id, cost } = input;
  const addresses = fastArrayOf(input.addresses, isNonEmptyString);
  return isNonEmptyString(id) && isAmount(cost) && addresses ? { id, cost, addresses } : undefined;
}

/** `planInputSchema`'s output for a plainly valid `plan` input, otherwise `undefined` (the schema words the error). */
export function fastParsePlanInput(input: unknown): ParsedPlanInput | undefined {
  if (!isRecord(input) || !isAmount(input.budget)) return undefined;
  const needs = fastArray(input.needs, fastNeed);
  const services = fastArray(input.services, fastService);
  return needs && services && { budget: input.budget, needs, services };
}
