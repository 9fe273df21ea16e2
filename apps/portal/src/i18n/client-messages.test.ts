import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import de from "../../messages/de.json";
import { buildNamespaceGraph, covers } from "./client-namespace-graph";
import { pickMessages, rootClientNamespaces } from "./pick-messages";

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const graph = buildNamespaceGraph(srcDir, rootClientNamespaces);
const appDir = path.join(srcDir, "app");

describe("messages sent to the browser", () => {
  it("the analysis reads every useTranslations and ClientMessages (literal namespaces only)", () => {
    expect(graph.problems).toEqual([]);
  });

  it("every route file's client components find their namespaces in the locale layout's provider", () => {
    const missing = graph.files
      .filter((file) => file.startsWith(appDir))
      .map((file) => ({ file, lacking: [...graph.needs(file)].filter((namespace) => !covers(rootClientNamespaces, namespace)) }))
      .filter(({ lacking }) => lacking.length > 0)
      .map(
        ({ file, lacking }) =>
          `${path.relative(srcDir, file)}: wrap its client components in <ClientMessages namespaces={${JSON.stringify(lacking)}}>`,
      );
    expect(missing).toEqual([]);
  });

  it("every ClientMessages lists what the client components inside it need", () => {
    const missing = graph.providers.flatMap(({ file, line, lists, inside }) =>
      [...inside].filter((namespace) => !covers(lists, namespace)).map((namespace) => `${file}:${line} lacks "${namespace}"`),
    );
    expect(missing).toEqual([]);
  });

  it("every ClientMessages lists nothing that no client component inside it needs", () => {
    const unused = graph.providers.flatMap(({ file, line, lists, inside }) =>
      lists
        .filter((namespace) => !covers(rootClientNamespaces, namespace) && ![...inside].some((required) => covers([namespace], required)))
        .map((namespace) => `${file}:${line} sends "${namespace}" unused`),
    );
    expect(unused).toEqual([]);
  });

  it("every listed namespace exists", () => {
    for (const { lists } of graph.providers) expect(() => pickMessages(de, lists)).not.toThrow();
  });

  it("pickMessages keeps nested namespaces in place and a namespace inside a listed one comes with it", () => {
    const messages = { a: { b: { c: "1" }, d: "2" }, e: "3" };
    expect(pickMessages(messages, ["a.b"])).toEqual({ a: { b: { c: "1" } } });
    expect(pickMessages(messages, ["a.b", "a"])).toEqual({ a: messages.a });
    expect(() => pickMessages(messages, ["a.x"])).toThrow('no messages under "a.x"');
  });
});
