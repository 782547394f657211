import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Test support shared by both portals' no-fixed-words specs (not exported from
 * the ui package's index, so no page ever bundles it): reads a component with
 * the TypeScript parser and lists the words written straight into it, which a
 * person would read in English whatever their language. Each portal passes its
 * own lists (see FixedWordRules); what counts as readable text, and how JSX and
 * object literals are read, is decided here once.
 */

/** Attributes (and object properties) whose text a person never reads, in both portals. */
export const TECHNICAL_ATTRIBUTES = [
  'className', 'id', 'href', 'to', 'type', 'name', 'variant', 'autoComplete', 'role', 'lang', 'dir', 'htmlFor', 'key', 'inputMode',
  'method', 'rel', 'target', 'accept', 'targetId', 'spellCheck', 'value', 'kind', 'size', 'width', 'height', 'src', 'download', 'encType', 'action',
  'colour', 'loading', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-live', 'aria-current', 'aria-hidden',
];
/** Properties of plain objects that hold words a person reads (a tile, an option, an error...), in both portals. */
export const WORDY_PROPERTIES = ['label', 'hint', 'title', 'heading', 'message', 'text', 'lead', 'legend', 'caption', 'tabTitle', 'description'];
/** `data-` attributes that a person reads: a responsive table shows data-label before each cell on a phone. */
export const READ_DATA_ATTRIBUTES = ['data-label'];
/**
 * Properties that are read only when they hold readable text: a summary list row's
 * `{ key: 'Due by', value }` is its label on the page, while `{ key: 'child', header }`
 * (a column id) or a React key is not. Judged with readable(), not hasWords().
 */
export const READ_WHEN_READABLE = ['key'];

/** A summary list row: an object literal with a `key` (its `value` is read too, though `value` is technical elsewhere, as in options). */
function isSummaryRowValue(node: ts.PropertyAssignment, file: ts.SourceFile): boolean {
  return node.name.getText(file) === 'value' && ts.isObjectLiteralExpression(node.parent) && node.parent.properties.some((p) => p.name?.getText(file) === 'key');
}

export interface FixedWordRules {
  technicalAttributes: ReadonlySet<string>;
  wordyProperties: ReadonlySet<string>;
  /** Properties read only when readable() (see READ_WHEN_READABLE). */
  readWhenReadable?: ReadonlySet<string>;
  /** Also read a summary list row's `value` when readable() (`{ key, value: 'Set (never shown)' }`). */
  rowValues?: boolean;
  /**
   * Also look at string literals outside JSX and outside wordy properties (a returned
   * error, a fallback, a branch, an argument), reporting those readable() and shown;
   * `quietCalls` names the calls whose string arguments are never shown.
   */
  literalsOutsideJsx?: { quietCalls: RegExp };
}

export const hasWords = (text: string) => /\p{L}{2,}/u.test(text);

/** A string a person would read: words with a space, or one capitalised word ("Search", "Team"). Not paths, classes or codes. */
export function readable(text: string): boolean {
  if (!hasWords(text) || /^(\/|https?:|mailto:|tel:|#|\.)/.test(text) || /govuk-|fp-|yp-/.test(text)) return false;
  if (text.trim().split(/\s+/).every((w) => w.includes('\0') || /^[a-z]+([-:.]\w+)+$/.test(w))) return false;
  return (/\s/.test(text) && /\p{Ll}{2,}/u.test(text)) || /^\p{Lu}\p{Ll}+[.:!?]?$/u.test(text);
}

function literalText(node: ts.Node, join = ' '): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(join);
  return null;
}

const isTechnical = (name: string, rules: FixedWordRules) => rules.technicalAttributes.has(name) || /className$/i.test(name);

/** A literal outside JSX that ends up on the page: returned, a fallback, a branch, an argument, a list item or a variable. */
function shownOutsideJsx(node: ts.Node, file: ts.SourceFile, rules: FixedWordRules, quietCalls: RegExp): boolean {
  let child: ts.Node = node;
  let parent = node.parent;
  while (parent && ts.isParenthesizedExpression(parent)) {
    child = parent;
    parent = parent.parent;
  }
  for (let a: ts.Node | undefined = parent; a; a = a.parent) {
    if (ts.isTypeNode(a) || ts.isImportDeclaration(a) || ts.isExportDeclaration(a) || ts.isTaggedTemplateExpression(a) || (ts.isCaseClause(a) && a.expression === child)) return false;
  }
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    const shown = [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.PlusToken, ts.SyntaxKind.EqualsToken];
    return parent.right === child && shown.includes(op);
  }
  if (ts.isConditionalExpression(parent)) return parent.condition !== child;
  if (ts.isArrayLiteralExpression(parent)) return !ts.isPropertyAccessExpression(parent.parent);
  if (ts.isArrowFunction(parent) || ts.isReturnStatement(parent)) return true;
  if (ts.isVariableDeclaration(parent)) return parent.initializer === child;
  if (ts.isPropertyAssignment(parent)) return parent.initializer === child && !isTechnical(parent.name.getText(file), rules);
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) return !quietCalls.test(parent.expression.getText(file));
  return false;
}

/** Each fixed word in one file, as `file.tsx:line text` (attributes as name="text", properties as name: text). */
export function fixedWords(fileName: string, source: string, rules: FixedWordRules): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const readWhenReadable = rules.readWhenReadable ?? new Set<string>();
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${path.basename(fileName)}:${line + 1} ${text.trim()}`);
  };
  /** A property whose literal this visitor reports itself, so the general literal pass skips it. */
  const ownProperty = (node: ts.Node) => {
    if (!ts.isPropertyAssignment(node.parent) || node.parent.initializer !== node) return false;
    const name = node.parent.name.getText(file);
    return rules.wordyProperties.has(name) || readWhenReadable.has(name) || (!!rules.rowValues && isSummaryRowValue(node.parent, file));
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(file);
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      const text = value ? literalText(value) : null;
      const quiet = isTechnical(name, rules) || (name.startsWith('data-') && !READ_DATA_ATTRIBUTES.includes(name));
      if (text !== null && !quiet && hasWords(text)) report(node, `${name}="${text}"`);
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      // {'Hello'} and {`Hello ${name}`} between tags, and either side of a ?: or &&.
      const parts = ts.isConditionalExpression(node.expression) ? [node.expression.whenTrue, node.expression.whenFalse] : ts.isBinaryExpression(node.expression) ? [node.expression.right] : [node.expression];
      for (const part of parts) {
        const text = literalText(part);
        if (text !== null && hasWords(text)) report(part, text);
      }
    } else if (ts.isPropertyAssignment(node) && rules.wordyProperties.has(node.name.getText(file))) {
      const text = literalText(node.initializer);
      if (text !== null && hasWords(text)) report(node, `${node.name.getText(file)}: ${text}`);
    } else if (ts.isPropertyAssignment(node) && (readWhenReadable.has(node.name.getText(file)) || (rules.rowValues && isSummaryRowValue(node, file)))) {
      const text = literalText(node.initializer, '\0');
      if (text !== null && readable(text)) report(node, `${node.name.getText(file)}: ${text.replace(/\0/g, '…')}`);
    } else if (rules.literalsOutsideJsx && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && !ts.isJsxAttribute(node.parent) && !ts.isJsxExpression(node.parent)) {
      const text = literalText(node, '\0');
      if (text !== null && !ownProperty(node) && readable(text) && shownOutsideJsx(node, file, rules, rules.literalsOutsideJsx.quietCalls)) report(node, text.replace(/\0/g, '…'));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** A portal folder's own code: .ts and .tsx files, not specs, and not under the folders named in `skip` (generated types, catalogues...). */
export function componentFiles(dir: string, skip: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(entry.name) ? [] : componentFiles(full, skip);
    if (!/\.tsx?$/.test(entry.name) || /\.spec\.tsx?$/.test(entry.name)) return [];
    return [full];
  });
}
