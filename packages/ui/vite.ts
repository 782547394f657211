import path from 'node:path';
import type { Alias, Plugin } from 'vite';

const uiSource = path.resolve(__dirname, 'src');

/** Both portals consume the ui package as source: `@forever-planning/ui` and `@forever-planning/ui/<file>`. */
export const uiAliases: Alias[] = [
  { find: /^@forever-planning\/ui$/, replacement: path.join(uiSource, 'index.ts') },
  { find: /^@forever-planning\/ui\/(.*)$/, replacement: `${uiSource}/$1` },
];

/**
 * govuk-frontend's compiled CSS points at GDS Transport fonts and the crown under
 * /assets/. GDS Transport is licensed for GOV.UK services only, and a council
 * service is not one, so drop its @font-face rules and fall back to Arial (what
 * the Design System itself uses off GOV.UK): no font requests at all.
 */
export function govukFrontendCss(): Plugin {
  return {
    name: 'forever-planning:govuk-frontend-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/govuk-frontend\.min\.css(\?.*)?$/.test(id)) return null;
      return {
        code: code
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
