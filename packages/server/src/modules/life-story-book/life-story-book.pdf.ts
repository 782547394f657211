import type PDFKit from 'pdfkit';
import {
  GENOGRAM_CHILD_ID, GENOGRAM_SIZES, generationName, genogramLinesOf, layoutGenogram, type GenogramLine, type GenogramPerson,
} from '@forever-planning/shared';
import { lazyModule } from '../../common/lazy-module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const loadPdfKit = lazyModule(() => require('pdfkit') as typeof PDFKit);

export type BookEdition = 'child' | 'worker';

export interface BookItem {
  title: string;
  occurredOn: string | null;
  words: string | null;
  byChild: boolean;
  /** The worker's edition marks each item with who may see it. */
  audienceNote: string | null;
  /** A JPEG of the item's photo, when it has one. */
  photo: Buffer | null;
  documentName: string | null;
}

export interface BookContent {
  edition: BookEdition;
  name: string;
  cover: Buffer | null;
  items: BookItem[];
  madeOn: string;
  /** The genogram, drawn on its own page after the cover (the worker's edition). */
  familyTree?: { people: GenogramPerson[]; lines: GenogramLine[] } | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/**
 * The printable life story book: a cover with the child's name and picture,
 * then one page per item in date order, a chapter heading at each new year.
 * Standard PDF fonts (no font files), A4.
 */
export function renderBook(book: BookContent): Promise<Buffer> {
  const PDFDocument = loadPdfKit();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${book.name}'s life story`, Creator: 'Forever Planning' },
    autoFirstPage: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 112;

  // The cover.
  doc.moveDown(4).font('Helvetica-Bold').fontSize(32).text(`${book.name}'s life story`, { align: 'center' });
  if (book.cover) {
    doc.moveDown(2);
    doc.image(book.cover, 56 + width / 2 - 150, doc.y, { fit: [300, 300], align: 'center' });
    doc.y += 310;
  }
  doc.moveDown(2).font('Helvetica').fontSize(12).text(
    book.edition === 'worker' ? `Worker's edition: every item, marked with who may see it. Made on ${longDate(book.madeOn)}.` : `Made on ${longDate(book.madeOn)}.`,
    { align: 'center' },
  );

  if (book.familyTree && book.familyTree.people.length > 0) drawFamilyTree(doc, book.name, book.familyTree, width);

  let chapter: string | null = null;
  for (const item of book.items) {
    doc.addPage();
    const year = item.occurredOn ? item.occurredOn.slice(0, 4) : 'Other memories';
    if (year !== chapter) {
      chapter = year;
      doc.font('Helvetica-Bold').fontSize(22).fillColor('#1d70b8').text(chapter).fillColor('black').moveDown(0.5);
    }
    doc.font('Helvetica-Bold').fontSize(18).text(item.title);
    if (item.occurredOn) doc.font('Helvetica').fontSize(11).fillColor('#505a5f').text(longDate(item.occurredOn)).fillColor('black');
    if (item.audienceNote) doc.font('Helvetica-Oblique').fontSize(10).fillColor('#d4351c').text(item.audienceNote).fillColor('black');
    doc.moveDown(0.5);
    if (item.photo) {
      doc.image(item.photo, { fit: [width, 380], align: 'center' });
      doc.moveDown(0.5);
    }
    if (item.documentName) doc.font('Helvetica-Oblique').fontSize(11).text(`Document: ${item.documentName} (open it in Forever Planning)`).moveDown(0.5);
    if (item.words) {
      if (item.byChild) doc.font('Helvetica-Bold').fontSize(11).text('In my own words');
      doc.font('Helvetica').fontSize(12).text(item.words, { width });
    }
  }
  doc.end();
  return done;
}

/**
 * The genogram on its own page: the same layout as the portal's drawing
 * (shared, dagre), scaled to the page, then the same people in words by
 * generation for anyone who reads the list rather than the picture.
 */
function drawFamilyTree(doc: PDFKit.PDFDocument, name: string, tree: { people: GenogramPerson[]; lines: GenogramLine[] }, width: number): void {
  doc.addPage();
  doc.font('Helvetica-Bold').fontSize(22).fillColor('#1d70b8').text('Family tree').fillColor('black').moveDown(0.5);
  const placed = layoutGenogram({ name }, tree.people, tree.lines);
  const scale = Math.min(1, width / Math.max(placed.width, 1), 420 / Math.max(placed.height, 1));
  const left = 56 + (width - placed.width * scale) / 2;
  const top = doc.y;
  const X = (x: number) => left + x * scale;
  const Y = (y: number) => top + y * scale;
  const half = (GENOGRAM_SIZES.symbol / 2) * scale;
  doc.save().lineWidth(1.5).strokeColor('#505a5f');
  for (const c of placed.couples) {
    const a = placed.people.find((p) => p.id === c.aId)!;
    const b = placed.people.find((p) => p.id === c.bId)!;
    if (c.kind === 'PARTNERS' || c.kind === null) doc.dash(4, { space: 3 });
    doc.moveTo(X(a.x), Y(a.y) + half).lineTo(X(a.x), Y(c.y)).lineTo(X(b.x), Y(c.y)).lineTo(X(b.x), Y(b.y) + half).stroke().undash();
    const mid = X((c.x1 + c.x2) / 2);
    const strokes = c.kind === 'DIVORCED' ? 2 : c.kind === 'SEPARATED' ? 1 : 0;
    for (let i = 0; i < strokes; i++) doc.moveTo(mid - 3 + i * 6, Y(c.y) + 5).lineTo(mid + 3 + i * 6, Y(c.y) - 5).stroke();
  }
  for (const d of placed.descents) {
    doc.moveTo(X(d.fromX), Y(d.fromY)).lineTo(X(d.fromX), Y(d.toY) - 10 * scale).lineTo(X(d.toX), Y(d.toY) - 10 * scale).lineTo(X(d.toX), Y(d.toY)).stroke();
  }
  doc.restore();
  for (const p of placed.people) {
    const x = X(p.x);
    const y = Y(p.y);
    doc.save().lineWidth(p.isChild ? 2.5 : 1.5).strokeColor(p.isChild ? '#1d70b8' : '#0b0c0c');
    const shape = (r: number) => {
      if (p.sex === 'MALE') doc.rect(x - r, y - r, 2 * r, 2 * r);
      else if (p.sex === 'FEMALE') doc.circle(x, y, r);
      else doc.polygon([x, y - r], [x + r, y], [x, y + r], [x - r, y]);
      doc.stroke();
    };
    shape(half);
    if (p.isChild) shape(half + 4 * scale);
    if (p.deceased) doc.moveTo(x - half, y - half).lineTo(x + half, y + half).moveTo(x + half, y - half).lineTo(x - half, y + half).stroke();
    if (p.livesWithChild) doc.dash(3, { space: 2 }).strokeColor('#00703c').roundedRect(x - 60 * scale, y - half - 6 * scale, 120 * scale, (GENOGRAM_SIZES.nodeHeight + 6) * scale, 6).stroke().undash();
    doc.restore();
    doc.font('Helvetica-Bold').fontSize(Math.max(6, 9 * scale)).text(p.name, x - 65 * scale, y + half + 3, { width: 130 * scale, align: 'center', lineBreak: false, ellipsis: true });
    doc.font('Helvetica').fontSize(Math.max(6, 8 * scale)).text(p.isChild ? 'Me' : p.relationship, x - 65 * scale, y + half + 3 + 11 * scale, { width: 130 * scale, align: 'center', lineBreak: false, ellipsis: true });
  }
  doc.x = 56;
  doc.y = top + placed.height * scale + 16;
  const everyone = [{ id: GENOGRAM_CHILD_ID, name }, ...tree.people];
  for (const g of [...new Set(placed.people.map((p) => p.generation))].sort((a, b) => a - b)) {
    doc.font('Helvetica-Bold').fontSize(12).text(generationName(g), { width });
    for (const p of placed.people.filter((q) => q.generation === g).sort((a, b) => a.x - b.x)) {
      const words = [p.isChild ? `${p.name} (me)` : `${p.name}, ${p.relationship}`];
      if (p.deceased) words.push('has died');
      if (p.livesWithChild) words.push(`${name} lives with them`);
      words.push(...genogramLinesOf(p.id, everyone, tree.lines, name));
      doc.font('Helvetica').fontSize(10).text(`• ${words.join('. ')}`, { width });
    }
    doc.moveDown(0.3);
  }
}
