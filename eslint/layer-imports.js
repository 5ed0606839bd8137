import path from "node:path";

/**
 * An ESLint rule that resolves every relative import against the importing file and refuses it when it lands in a
 * top-level folder the file's layer may not use. It reads the physical file name, so the client <script> blocks of an
 * Astro component (linted as `Page.astro/1_1.ts`) are judged by the component's own folder.
 *
 * Options: `{ root, forbidden }`, the repository root and the folders this file may not import from: a top-level
 * folder (`functions`) or a folder inside one (`shared/adapters`).
 */
export const forbiddenLayer = {
  meta: {
    type: "problem",
    docs: { description: "Forbid imports across the layer boundaries of the repository" },
    schema: [
      {
        type: "object",
        properties: { root: { type: "string" }, forbidden: { type: "array", items: { type: "string" } } },
        required: ["root", "forbidden"],
        additionalProperties: false,
      },
    ],
    messages: {
      forbidden: "This layer must not import from {{folder}}/ (see the layer rules in eslint.config.js); '{{source}}' resolves to {{target}}.",
    },
  },
  create(context) {
    const [{ root, forbidden }] = context.options;
    const fromDir = path.dirname(context.physicalFilename ?? context.filename);

    function check(node, source) {
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const target = path.relative(root, path.resolve(fromDir, source)).split(path.sep).join("/");
      const folder = forbidden.find((prefix) => target === prefix || target.startsWith(`${prefix}/`));
      if (folder) {
        context.report({ node, messageId: "forbidden", data: { folder, source, target } });
      }
    }
    const fromSource = (node) => node.source && check(node.source, node.source.value);

    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === "Literal" && check(node.source, node.source.value),
      TSImportType: (node) => {
        const literal = node.argument?.literal ?? node.argument;
        if (literal?.type === "Literal") check(literal, literal.value);
      },
    };
  },
};

export default { meta: { name: "layers" }, rules: { "forbidden-layer": forbiddenLayer } };
