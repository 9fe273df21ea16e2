/**
 * Namespaces every page sends to the browser: the header's switchers and the error boundary use them.
 * Each `ClientMessages` adds them to its own, since a nested provider replaces its parent's messages.
 */
export const rootClientNamespaces = ["nav", "errors"] as const;

type Messages = Record<string, unknown>;

/** The messages under `namespaces` ("needs", or a nested one such as "cooperation.weights"); an unknown one throws. */
export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  const picked: Messages = {};
  // A namespace inside another listed one comes with it (and must not be written into the shared catalogue).
  const covered = (namespace: string) => namespaces.some((other) => namespace.startsWith(`${other}.`));
  for (const namespace of namespaces.filter((namespace) => !covered(namespace))) {
    const keys = namespace.split(".");
    let source: unknown = messages;
    let target = picked;
    keys.forEach((key, index) => {
      source = typeof source === "object" && source !== null ? (source as Messages)[key] : undefined;
      if (source === undefined) throw new Error(`no messages under "${namespace}"`);
      if (index === keys.length - 1) target[key] = source;
      else target = (target[key] ??= {}) as Messages;
    });
  }
  return picked;
}
