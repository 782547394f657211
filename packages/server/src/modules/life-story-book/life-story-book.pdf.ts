import type PDFKit from 'pdfkit';
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
