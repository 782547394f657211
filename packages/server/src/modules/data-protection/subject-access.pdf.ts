import { loadPdfKit } from '../life-story-book/life-story-book.pdf';
import type { Row, SubjectAccessDocument } from './subject-access.document';

/** The sections of the readable copy, in the order a care leaver would read them. */
const SECTIONS: [key: keyof SubjectAccessDocument, heading: string][] = [
  ['legalStatuses', 'Legal status'],
  ['placements', 'Where you lived (placements)'],
  ['brothersAndSisters', 'Brothers and sisters'],
  ['networkMembers', 'Family and people in your network'],
  ['plans', 'Forever Plans (every version)'],
  ['meetings', 'Meetings and reviews'],
  ['views', 'Your views and the replies'],
  ['messages', 'Messages'],
  ['lifeStoryItems', 'Life story'],
  ['advocacyReferrals', 'Advocacy'],
  ['matchingRecords', 'Matching'],
  ['healthOutcomes', 'Health checks and outcomes, each year'],
  ['leavingCare', 'Leaving care: pathway plan, personal adviser, after 18'],
  ['careLeaverBirthdays', 'Care leaver birthdays (17 to 21)'],
  ['missingEpisodes', 'Times you were missing or away from where you lived'],
  ['socialWorkerEpisodes', 'Your social workers, and why they changed'],
  ['deprivationOfLibertyOrders', 'Court orders that limited your freedom (deprivation of liberty)'],
  ['iroEscalations', 'IRO escalations'],
  ['alerts', 'Alerts on the record when this was made'],
  ['previousSubjectAccessExports', 'Earlier copies of this record'],
  ['auditTrail', 'Who looked at or changed your file'],
];

const label = (key: string) => {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/Id$/, '').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * A readable copy of the subject access document: every field of every
 * record, with people's names in place of their ids. Standard PDF fonts, A4.
 */
export function renderSubjectAccessPdf(doc: SubjectAccessDocument): Promise<Buffer> {
  const PDFDocument = loadPdfKit();
  const pdf = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Subject access export', Creator: 'Forever Planning' } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const names = new Map(doc.people.map((p) => [p.id, p.name]));
  const text = (value: unknown): string => {
    if (value === null || value === undefined || value === '') return '';
    if (typeof value === 'string') return names.get(value) ?? value;
    if (Array.isArray(value)) return value.map(text).filter(Boolean).join(', ');
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  };
  const fields = (row: Row, indent: number) => {
    for (const [key, value] of Object.entries(row)) {
      if (key === 'id' || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
      if (Array.isArray(value) && typeof value[0] === 'object') {
        pdf.font('Helvetica-Bold').fontSize(10).text(label(key), 56 + indent);
        for (const sub of value as Row[]) {
          fields(sub, indent + 16);
          pdf.moveDown(0.3);
        }
        continue;
      }
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        pdf.font('Helvetica-Bold').fontSize(10).text(label(key), 56 + indent);
        fields(value as Row, indent + 16);
        continue;
      }
      pdf.font('Helvetica-Bold').fontSize(10).text(`${label(key)}: `, 56 + indent, undefined, { continued: true });
      pdf.font('Helvetica').text(text(value));
    }
  };

  const c = doc.child;
  const name = [c.legalFirstName, c.legalLastName].filter(Boolean).join(' ');
  pdf.font('Helvetica-Bold').fontSize(24).text('Everything we hold about you');
  pdf.moveDown(0.5).fontSize(18).text(name);
  pdf.moveDown(0.5).font('Helvetica').fontSize(11);
  pdf.text(`${doc.council.name}. Made on ${doc.producedAt.slice(0, 10)} by ${doc.producedBy.name} (head of service).`);
  pdf.text(`Why it was made: ${doc.reason}`);
  if (doc.retention) pdf.text(`This record is kept until ${doc.retention.keepUntil} (${retentionRuleText(doc.retention.rule)}).`);
  pdf.moveDown();
  pdf.font('Helvetica-Bold').fontSize(16).text('About you').moveDown(0.3);
  fields(doc.child, 0);
  pdf.moveDown().font('Helvetica-Bold').fontSize(16).text('Your team').moveDown(0.3);
  fields({ team: doc.allocation.team, socialWorker: doc.allocation.socialWorkerId, iro: doc.allocation.iroId, history: doc.allocation.history }, 0);
  if (doc.caseFacts) {
    pdf.moveDown().font('Helvetica-Bold').fontSize(16).text('Case facts').moveDown(0.3);
    fields(doc.caseFacts, 0);
  }
  for (const [key, heading] of SECTIONS) {
    const rows = doc[key] as Row[];
    pdf.addPage().font('Helvetica-Bold').fontSize(16).text(heading).moveDown(0.3);
    if (rows.length === 0) pdf.font('Helvetica').fontSize(10).text('Nothing recorded.');
    for (const row of rows) {
      fields(row, 0);
      pdf.moveDown(0.6);
    }
  }
  pdf.end();
  return done;
}

export function retentionRuleText(rule: string): string {
  switch (rule) {
    case 'ADOPTION_ORDER':
      return 'adoption records: kept from the adoption order';
    case 'PLACED_FOR_ADOPTION':
      return 'adoption records: kept from the placement for adoption';
    default:
      return "children looked after: kept until the child's birthday set by the council";
  }
}
