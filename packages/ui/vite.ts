import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Alias, Plugin } from 'vite';

const uiSource = path.join(path.dirname(fileURLToPath(import.meta.url)), 'src');

/** Removes every @media block whose query is an old Internet Explorer hack (`\0`), which lightningcss rejects. */
export function withoutIeMediaHacks(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const at = css.indexOf('@media', i);
    if (at < 0) break;
    const open = css.indexOf('{', at);
    if (open < 0) break;
    if (!css.slice(at, open).includes('\\0')) {
      out += css.slice(i, open + 1);
      i = open + 1;
      continue;
    }
    let depth = 1;
    let j = open + 1;
    while (j < css.length && depth > 0) {
      if (css[j] === '{') depth += 1;
      else if (css[j] === '}') depth -= 1;
      j += 1;
    }
    out += css.slice(i, at);
    i = j;
  }
  return out + css.slice(i);
}

/** Both portals consume the ui package as source: `@forever-planning/ui` and `@forever-planning/ui/<file>`. */
export const uiAliases: Alias[] = [
  { find: /^@forever-planning\/ui$/, replacement: path.join(uiSource, 'index.ts') },
  { find: /^@forever-planning\/ui\/(.*)$/, replacement: `${uiSource}/$1` },
];

/**
 * govuk-frontend's compiled CSS points at GDS Transport fonts and the crown under
 * /assets/. GDS Transport is licensed for GOV.UK services only, and a council
 * service is not one, so drop its @font-face rules and fall back to Arial (what
 * the Design System itself uses off GOV.UK): no font requests at all. Old
 * Internet Explorer media hacks go too.
 */
export function govukFrontendCss(): Plugin {
  return {
    name: 'forever-planning:govuk-frontend-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/govuk-frontend\.min\.css(\?.*)?$/.test(id)) return null;
      return {
        code: withoutIeMediaHacks(code)
          .replace(/@font-face\{[^}]*\}/g, '')
          .replace(/"?GDS Transport"?,/g, '')
          .replace(/font-family:"?GDS Transport"?(?=[;}])/g, 'font-family:arial,sans-serif')
          .replace(/url\(\/assets\/images\/govuk-crest\.svg\)/g, 'none')
          .replace(/\/\*# sourceMappingURL=.*\*\//, ''),
        map: null,
      };
    },
  };
}
