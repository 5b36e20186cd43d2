import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:tsunagu-document/';
const RESOLVED = `\0${PREFIX}`;
/** A `graphql(\`…\`)` call of the client preset, with its document text. */
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;
const GQL_IMPORT = /^import \{ graphql \} from '[./]+gql';\n/m;

/**
 * Each operation in its own module, so a page's chunk carries only its own documents. The client
 * preset's `graphql()` looks documents up in one map of every operation's text, which would put
 * all of them (twice) into the first load; this replaces each call with an import of just that
 * document, taken from the generated src/gql/graphql.ts. Types are unchanged: tsc still sees
 * `graphql()`. (What the preset's babel and swc plugins do, for Vite's own transform.)
 */
export function graphqlDocuments(generatedFile: string): Plugin {
  let documents: Map<string, string> | null = null;
  const documentText = (name: string): string => {
    if (!documents) {
      documents = new Map();
      for (const line of readFileSync(generatedFile, 'utf8').split('\n')) {
        const match = /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*>;$/.exec(line);
        if (match) documents.set(match[1], match[2]);
      }
    }
    const text = documents.get(name);
    if (!text) throw new Error(`${name} is not in ${generatedFile}: run npm run codegen`);
    return text;
  };

  return {
    name: 'tsunagu-graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = null;
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const name = id.slice(RESOLVED.length);
      return `export const ${name} = ${documentText(name)};\n`;
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return undefined;
      const imports: string[] = [];
      const replaced = code.replace(CALL, (_call, text: string) => {
        const definition = DEFINITION.exec(text);
        if (!definition) throw new Error(`${id}: a graphql() call without a named operation or fragment`);
        const exported = definition[1] === 'fragment' ? `${definition[2]}FragmentDoc` : `${definition[2]}Document`;
        imports.push(`import { ${exported} as __${exported} } from '${PREFIX}${exported}';`);
        return `__${exported}`;
      });
      return { code: `${imports.join('\n')}\n${replaced.replace(GQL_IMPORT, '')}`, map: null };
    },
  };
}
