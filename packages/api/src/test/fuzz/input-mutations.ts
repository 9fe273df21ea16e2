import fc from "fast-check";
import { hostileNumbers, hostileStrings, pollutingKeys, pollutingValue, wrongTypes } from "./hostile-values";
import { RepeatFirst, type Slot } from "./schema-slots";

type Path = readonly (string | number)[];

/** One change to a procedure's valid input; a fuzz run applies one to three of them. */
export type Mutation =
  | { op: "set"; path: Path; value: unknown }
  | { op: "delete"; path: Path }
  | { op: "extraKey"; path: Path; key: string; value: unknown }
  | { op: "swapIds"; paths: Path[] }
  | { op: "whole"; value: unknown };

/** What the mutations of one procedure are drawn from. */
export interface MutationSource {
  slots: readonly Slot[];
  /** The matrix row's valid input on the caller's own tenant. */
  own: unknown;
  /** The same call on the other tenant's records (tenant-scoped rows only). */
  other: unknown;
  /** Ids of the other tenant that any id field may be swapped to (its cluster and organisation). */
  otherTenantIds: readonly string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A well-formed id no record has. */
const UNKNOWN_ID = "3f1e6a52-7c1d-4b7e-9a55-0d7b1c2e4f60";

export function valueAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Paths where the row's own and other input hold different ids: swapped, they ask for the other tenant's records. */
function idPaths(source: MutationSource): Path[] {
  return source.slots
    .map((slot) => slot.path)
    .filter((path) => {
      const own = valueAt(source.own, path);
      const other = valueAt(source.other, path);
      return typeof own === "string" && typeof other === "string" && UUID.test(own) && UUID.test(other) && own !== other;
    });
}

/** Ids to put where the own input holds an id: the other tenant's, one nobody has, the own id in capitals. */
function idValues(source: MutationSource, path: Path): unknown[] {
  const own = valueAt(source.own, path);
  if (typeof own !== "string" || !UUID.test(own)) return [];
  return [valueAt(source.other, path), ...source.otherTenantIds, UNKNOWN_ID, own.toUpperCase()].filter((id) => id !== undefined);
}

/** Days and wall-clock times at the ends of what the database's `date` and `timestamptz` take, and ones that do not exist. */
const dayEdges = ["0000-01-01", "0001-01-01", "9999-12-31", "2026-02-29", "2028-02-29", "+275760-09-13"];
const timeEdges = ["0000-01-01T09:00", "0001-01-01T00:00", "9999-12-31T23:59", "2030-03-31T02:30", "2030-10-27T02:30", "2030-05-01T24:00"];

/** Values shaped like the own input's value, where the schema says only "a string": ids for an id, edge days for a day. */
function valuesLike(source: MutationSource, path: Path): unknown[] {
  const own = valueAt(source.own, path);
  if (typeof own !== "string") return [];
  if (/^\d{4}-\d{2}-\d{2}$/.test(own)) return dayEdges;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(own)) return timeEdges;
  return idValues(source, path);
}

const pick = <T>(values: readonly T[]) => (values.length > 0 ? [fc.constantFrom(...values)] : []);

/** The fast-check arbitrary of one fuzz run's mutations, drawn from the schema's slots and the matrix row's inputs. */
export function mutationsOf(source: MutationSource): fc.Arbitrary<Mutation[]> {
  const swappable = idPaths(source);
  const set = fc
    .constantFrom(...source.slots)
    .chain((slot) =>
      fc
        .oneof(
          ...pick(slot.edges).map((arbitrary) => ({ weight: 3, arbitrary })),
          ...pick(valuesLike(source, slot.path)).map((arbitrary) => ({ weight: 3, arbitrary })),
          { weight: 2, arbitrary: fc.constantFrom(...hostileStrings) },
          { weight: 1, arbitrary: fc.constantFrom(...hostileNumbers) },
          { weight: 1, arbitrary: fc.integer({ min: 0, max: wrongTypes().length - 1 }).map((index) => wrongTypes()[index]) },
        )
        .map((value): Mutation => ({ op: "set", path: slot.path, value })),
    );
  const mutation = fc.oneof(
    { weight: 6, arbitrary: set },
    { weight: 1, arbitrary: fc.constantFrom(...source.slots).map((slot): Mutation => ({ op: "delete", path: slot.path })) },
    {
      weight: 1,
      arbitrary: fc
        .record({ slot: fc.constantFrom(...source.slots), key: fc.constantFrom(...pollutingKeys, "extra", "isAdmin") })
        .map(({ slot, key }): Mutation => ({ op: "extraKey", path: slot.path, key, value: pollutingValue() })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom<unknown>(
          ...hostileStrings.slice(0, 5),
          ...hostileNumbers.slice(0, 3),
          ...(source.other === undefined ? [] : [source.other]),
        )
        .map((value): Mutation => ({ op: "whole", value })),
    },
  );
  const general = fc.array(mutation, { minLength: 1, maxLength: 3 });
  // Another tenant's ids alone, in an otherwise valid input, so the call gets past validation to the tenancy checks.
  const idSlots = source.slots.filter((slot) => idValues(source, slot.path).length > 0);
  if (idSlots.length === 0) return general;
  const tenancy = fc.oneof(
    ...(swappable.length > 0 ? [fc.subarray(swappable, { minLength: 1 }).map((paths): Mutation => ({ op: "swapIds", paths }))] : []),
    fc
      .constantFrom(...idSlots)
      .chain((slot) => fc.constantFrom(...idValues(source, slot.path)).map((value): Mutation => ({ op: "set", path: slot.path, value }))),
  );
  return fc.oneof({ weight: 3, arbitrary: general }, { weight: 2, arbitrary: tenancy.map((one) => [one]) });
}

/** The own input with the mutations applied (a fresh copy; the row's input is left as it is). */
export function applyMutations(source: MutationSource, mutations: readonly Mutation[]): unknown {
  let input: unknown = structuredClone(source.own);
  for (const mutation of mutations) {
    if (mutation.op === "whole") input = mutation.value;
    else if (mutation.op === "swapIds") for (const path of mutation.paths) input = setAt(input, path, valueAt(source.other, path));
    else if (mutation.op === "delete") input = setAt(input, mutation.path, undefined, true);
    else if (mutation.op === "extraKey") input = setAt(input, [...mutation.path, mutation.key], mutation.value);
    else input = setAt(input, mutation.path, materialise(mutation.value, valueAt(source.own, mutation.path)));
  }
  return input;
}

function materialise(value: unknown, current: unknown): unknown {
  if (!(value instanceof RepeatFirst)) return value;
  const first: unknown = Array.isArray(current) && current.length > 0 ? current[0] : UNKNOWN_ID;
  return Array.from({ length: value.times }, () => structuredClone(first));
}

/** Sets (or deletes) the value at `path`, making objects and arrays on the way; keys like `__proto__` become own keys. */
function setAt(root: unknown, path: Path, value: unknown, remove = false): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  const fresh: Record<string | number, unknown> = typeof key === "number" ? ([] as unknown as Record<number, unknown>) : {};
  const container = typeof root === "object" && root !== null ? (root as Record<string | number, unknown>) : fresh;
  if (remove && rest.length === 0) {
    Reflect.deleteProperty(container, key);
    return container;
  }
  const next = setAt(Object.hasOwn(container, key) ? container[key] : undefined, rest, value, remove);
  Object.defineProperty(container, key, { value: next, enumerable: true, writable: true, configurable: true });
  return container;
}
