import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * Which message namespaces the browser needs where (read by client-messages.test.ts). A "use client" file
 * needs its own useTranslations namespaces and everything it imports needs. A server file needs what the
 * components it references inside JSX need, except where a reference sits inside `<ClientMessages namespaces={…}>`:
 * there the listed namespaces (plus rootClientNamespaces) must cover it. Server files' own useTranslations
 * calls read the full catalogue on the server and count for nothing.
 */
export interface NamespaceGraph {
  /** Namespaces a file sends up to whatever renders it (for app/ route files: the locale layout's provider). */
  needs: (file: string) => Set<string>;
  /** Every `<ClientMessages>` with what it lists and what the references inside it need. */
  providers: { file: string; line: number; lists: string[]; inside: Set<string> }[];
  /** Things the analysis cannot read: a namespace that is not a string literal, useTranslations() without one. */
  problems: string[];
  files: string[];
}

interface Parsed {
  client: boolean;
  own: string[];
  /** Imported project files with the local names bound to them. */
  imports: { target: string; names: string[] }[];
  source: ts.SourceFile;
}

/** A required namespace is covered by itself or by a namespace that contains it. */
export const covers = (provided: Iterable<string>, required: string) =>
  [...provided].some((namespace) => required === namespace || required.startsWith(`${namespace}.`));

const listFiles = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return listFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });

function resolveImport(srcDir: string, from: string, specifier: string): string | null {
  if (!specifier.startsWith("~/") && !specifier.startsWith(".")) return null;
  const base = specifier.startsWith("~/") ? path.join(srcDir, specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return candidates.find((candidate) => /\.tsx?$/.test(candidate) && safeIsFile(candidate)) ?? null;
}

const safeIsFile = (file: string) => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

const stringList = (node: ts.Expression | undefined): string[] | null => {
  const inner = node && ts.isAsExpression(node) ? node.expression : node;
  if (!inner || !ts.isArrayLiteralExpression(inner)) return null;
  const texts = inner.elements.map((element) => (ts.isStringLiteral(element) ? element.text : null));
  return texts.every((text): text is string => text !== null) ? texts : null;
};

export function buildNamespaceGraph(srcDir: string, rootNamespaces: readonly string[]): NamespaceGraph {
  const files = listFiles(srcDir);
  const problems: string[] = [];
  const parsed = new Map<string, Parsed>();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const first = source.statements[0];
    const client =
      !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use client";
    const own: string[] = [];
    const where = (node: ts.Node) => `${path.relative(srcDir, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "useTranslations") {
        const argument = node.arguments[0];
        if (argument && ts.isStringLiteral(argument)) own.push(argument.text);
        else if (client) problems.push(`${where(node)}: useTranslations needs a literal namespace`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    const imports: Parsed["imports"] = [];
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const target = resolveImport(srcDir, file, statement.moduleSpecifier.text);
      if (!target) continue;
      const names: string[] = [];
      if (clause?.name) names.push(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) names.push(...bindings.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text));
      imports.push({ target, names });
    }
    parsed.set(file, { client, own, imports, source });
  }

  const providers: NamespaceGraph["providers"] = [];
  const memo = new Map<string, Set<string>>();
  const needs = (file: string): Set<string> => {
    const known = memo.get(file);
    if (known) return known;
    const result = new Set<string>();
    memo.set(file, result); // an import cycle reads the partial set instead of recursing forever
    const info = parsed.get(file);
    if (!info) return result;
    if (info.client) {
      for (const namespace of info.own) result.add(namespace);
      for (const { target } of info.imports) for (const namespace of needs(target)) result.add(namespace);
      return result;
    }
    const imported = new Map(info.imports.flatMap(({ target, names }) => names.map((name) => [name, needs(target)] as const)));
    const inside = new Map<ts.JsxElement, Set<string>>();
    // Only references inside JSX render something; a server-side call such as readFilters() renders nothing.
    const visit = (node: ts.Node, inJsx: boolean, provider: ts.JsxElement | null) => {
      const jsx = inJsx || ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node);
      let current = provider;
      if (ts.isJsxElement(node) && node.openingElement.tagName.getText() === "ClientMessages") {
        current = node;
        inside.set(node, new Set());
      }
      const required = jsx && ts.isIdentifier(node) ? imported.get(node.text) : undefined;
      for (const namespace of required ?? []) (current ? inside.get(current) : result)?.add(namespace);
      ts.forEachChild(node, (child) => visit(child, jsx, current));
    };
    visit(info.source, false, null);
    for (const [element, required] of inside) {
      const attribute = element.openingElement.attributes.properties.find(
        (property): property is ts.JsxAttribute => ts.isJsxAttribute(property) && property.name.getText() === "namespaces",
      );
      const initializer = attribute?.initializer;
      const lists = initializer && ts.isJsxExpression(initializer) ? stringList(initializer.expression) : null;
      const line = info.source.getLineAndCharacterOfPosition(element.getStart()).line + 1;
      if (!lists) problems.push(`${path.relative(srcDir, file)}:${line}: ClientMessages needs namespaces={[…]} of string literals`);
      providers.push({ file: path.relative(srcDir, file), line, lists: [...rootNamespaces, ...(lists ?? [])], inside: required });
    }
    return result;
  };
  for (const file of files) needs(file);
  return { needs, providers, problems, files };
}
