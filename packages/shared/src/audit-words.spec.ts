import { auditEventInWords, valueInWords } from './audit-words';
import { writtenDate } from './dates';

const event = (fields: Partial<Parameters<typeof auditEventInWords>[0]>) => ({ action: 'UPDATE', recordType: 'Plan', parts: [], changes: [], valuesWithheld: false, ...fields });
const names = { actor: 'Sam Worker', child: 'Damian', aboutChild: true };

describe('the audit trail in words', () => {
  it('names the person, the child, the record, the field and the values by their labels', () => {
    const words = auditEventInWords(event({ changes: [{ field: 'primaryOption', before: 'LONG_TERM_FOSTERING', after: 'SPECIAL_GUARDIANSHIP' }] }), names);
    expect(words).toBe('Sam Worker changed Damian’s plan: primary option long-term fostering → special guardianship order');
  });

  it('writes statuses, dates and ids as a person reads them', () => {
    const words = auditEventInWords(
      event({ changes: [{ field: 'status', before: 'PROPOSED', after: 'APPROVED' }, { field: 'approvedAt', before: null, after: '2026-12-03T10:15:00.000Z' }, { field: 'approvedById', before: null, after: '0b7c6a3e-1f5e-4c55-9d51-3f1f7b0f6a11' }] }),
      names,
    );
    expect(words).toBe('Sam Worker changed Damian’s plan: status submitted for approval → approved by team manager; approved empty → 3 December 2026; approved by empty → changed');
    expect(words).not.toMatch(/PROPOSED|APPROVED|0b7c6a3e|2026-12-03/);
  });

  it('says each step of a plan or a meeting in words, from the one list of audit actions', () => {
    expect(auditEventInWords(event({ action: 'RETURN' }), names)).toBe('Sam Worker sent back Damian’s plan');
    expect(auditEventInWords(event({ action: 'SUBMIT' }), names)).toBe('Sam Worker submitted Damian’s plan');
    expect(auditEventInWords(event({ action: 'SIGN_OFF', recordType: 'Meeting' }), names)).toBe('Sam Worker signed off Damian’s meeting');
    expect(auditEventInWords(event({ action: 'UPLOAD_SSDA903', recordType: 'SSDA903_UPLOAD' }), { actor: 'Ada Admin', child: null, aboutChild: false })).toBe(
      'Ada Admin uploaded an SSDA903 return to check',
    );
  });

  it('names only the fields, and "a child", when the reader may not see values or names', () => {
    const words = auditEventInWords(
      event({ changes: [{ field: 'childWishes', before: null, after: null }], valuesWithheld: true }),
      { actor: 'Sam Worker', child: null, aboutChild: true },
    );
    expect(words).toBe('Sam Worker changed a child’s plan: child’s wishes and feelings');
  });

  it('summarises a list read in one line, and says which list a child was seen in', () => {
    expect(auditEventInWords(event({ action: 'READ', recordType: 'ChildList', parts: ['caseload', '24 children'] }), { ...names, child: null, aboutChild: false })).toBe(
      'Sam Worker viewed the list of children (24 children)',
    );
    expect(auditEventInWords(event({ action: 'READ', recordType: 'ChildInList', parts: ['driftList'] }), names)).toBe('Sam Worker saw Damian in the drift list');
  });

  it('says what part of a record was read, and what a new record held', () => {
    expect(auditEventInWords(event({ action: 'READ', recordType: 'Child', parts: ['dateOfBirth', 'legalFirstName'] }), names)).toBe(
      'Sam Worker looked at Damian’s record (date of birth, legal first name)',
    );
    expect(auditEventInWords(event({ action: 'CREATE', recordType: 'Placement', changes: [{ field: 'type', before: null, after: 'FOSTER_CARE' }] }), names)).toBe(
      'Sam Worker added Damian’s placement: type foster care',
    );
  });

  it('quotes text, cut short, and never shows a raw code', () => {
    expect(valueInWords('childWishes', 'I want to stay with my aunt')).toBe('“I want to stay with my aunt”');
    expect(valueInWords('childWishes', 'x'.repeat(200))).toHaveLength(80);
    expect(valueInWords('legalStatus', 'FULL_CARE_ORDER')).toBe('full care order');
    expect(valueInWords('anything', 'SOMETHING_UNKNOWN')).toBe('something unknown');
    expect(valueInWords('uasc', false)).toBe('no');
  });

  it('writes every date one way', () => {
    expect(writtenDate('2026-02-19')).toBe('19 February 2026');
    expect(writtenDate(null)).toBe('');
  });
});
