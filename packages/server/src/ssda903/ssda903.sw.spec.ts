import { goodChild, placement } from './ssda903.fixture';
import { collectionYear, type Ssda903Child, type Ssda903SocialWorkerEpisode } from './ssda903.record';
import { buildReturn, SSDA903_FILES } from './ssda903.return';
import { SW_RULES, swEpisodesInYear, swRulesFor } from './ssda903.sw';
import { validateChild } from './ssda903.validation';

const sw = (startDate: string, endDate: string | null = null, fields: Partial<Ssda903SocialWorkerEpisode> = {}): Ssda903SocialWorkerEpisode => ({
  swId: 'SW123456', startDate, endDate, reason: 'FCONTA', ...fields,
});
const codes = (child: Ssda903Child, year: number) => validateChild(child, collectionYear(year)).map((i) => i.code).filter((c) => c.startsWith('SW'));
const withSw = (...episodes: Ssda903SocialWorkerEpisode[]) => goodChild({ socialWorkerEpisodes: episodes });
/** Looked after from 1 May 2023 (so 2023/24 has the start of care), moving on 15 September 2024. */
const since2023 = (...episodes: Ssda903SocialWorkerEpisode[]) =>
  goodChild({
    dateLookedAfter: '2023-05-01',
    placements: [placement({ id: 'a', startDate: '2023-05-01', endDate: '2024-09-15', reasonForChange: 'CARPL' }), placement({ id: 'b', type: 'LONG_TERM_FOSTER', startDate: '2024-09-15' })],
    legalStatuses: [{ status: 'FULL_CARE_ORDER', startDate: '2023-05-01', endDate: null }],
    reviews: [],
    socialWorkerEpisodes: episodes,
  });
/** Left care on 1 February 2025 (to live with family, E13). */
const leftCare = (...episodes: Ssda903SocialWorkerEpisode[]) =>
  goodChild({
    dateCeasedLookedAfter: '2025-02-01',
    placements: [placement({ id: 'a', startDate: '2024-05-01', endDate: '2024-09-15', reasonForChange: 'CARPL' }), placement({ id: 'b', startDate: '2024-09-15', endDate: '2025-02-01', endReason: 'E13' })],
    socialWorkerEpisodes: episodes,
  });

describe('SSDA903 sw_episodes', () => {
  it('writes the DfE columns in order, DD/MM/YYYY, only the episodes open in the year, one still open at 31 March without SW_DEC', () => {
    expect(SSDA903_FILES.sw_episodes).toEqual(['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON']);
    const child = withSw(sw('2024-05-01', '2024-11-03'), sw('2024-11-03', '2025-06-01', { swId: 'SW998877', reason: 'LEFTRL' }));
    expect(buildReturn([child], collectionYear(2025)).sw_episodes).toEqual([
      { CHILD: 'RB104037', DOB: '10/06/2015', SW_ID: 'SW123456', SW_DECOM: '01/05/2024', SW_DEC: '03/11/2024', SW_REASON: 'FCONTA' },
      { CHILD: 'RB104037', DOB: '10/06/2015', SW_ID: 'SW998877', SW_DECOM: '03/11/2024', SW_DEC: '', SW_REASON: 'LEFTRL' },
    ]);
    expect(buildReturn([child], collectionYear(2026)).sw_episodes.map((r) => r.SW_ID)).toEqual(['SW998877']);
    expect(swEpisodesInYear(child.socialWorkerEpisodes, collectionYear(2023))).toEqual([]);
  });

  it('runs the rules of each year as the validator adds and deletes them', () => {
    expect(swRulesFor(2024)).toEqual(['SW01STG1', 'SW02STG1', 'SW03STG1', 'SW06STG2', 'SW07STG2', 'SW08STG2', 'SW09STG2', 'SW10STG2', 'SW12STG2', 'SW13STG1', 'SW14STG2']);
    expect(swRulesFor(2025)).toEqual(['SW01aSTG1', 'SW01bSTG1', 'SW02STG1', 'SW06STG2', 'SW07STG2', 'SW08STG2', 'SW09STG2', 'SW10STG2', 'SW12STG2', 'SW13STG1']);
    expect(swRulesFor(2026)).toEqual([...swRulesFor(2025), 'SW17STG2']);
  });

  // Each rule: a record that passes it and one that fails it, in a year the rule runs.
  const cases: { rule: string; year: number; pass: Ssda903Child; fail: Ssda903Child }[] = [
    { rule: 'SW01STG1', year: 2024, pass: since2023(sw('2023-05-01')), fail: since2023() },
    { rule: 'SW01aSTG1', year: 2025, pass: since2023(sw('2023-03-01', null, { reason: null })), fail: since2023(sw('2023-03-01', null, { swId: null, reason: null })) },
    { rule: 'SW01bSTG1', year: 2025, pass: withSw(sw('2024-05-01')), fail: withSw(sw('2024-05-01', null, { reason: null })) },
    { rule: 'SW02STG1', year: 2025, pass: withSw(sw('2024-05-01', null, { swId: 'XX123' })), fail: withSw(sw('2024-05-01', null, { swId: 'AB123456' })) },
    { rule: 'SW03STG1', year: 2024, pass: since2023(sw('2023-05-01')), fail: since2023(sw('2023-05-01', null, { swId: null })) },
    { rule: 'SW08STG2', year: 2025, pass: withSw(sw('2024-05-01', '2024-08-01'), sw('2024-08-01', null, { reason: 'MANAGE' })), fail: withSw(sw('2024-05-01'), sw('2024-08-01', null, { reason: 'MANAGE' })) },
    { rule: 'SW09STG2', year: 2025, pass: withSw(sw('2024-05-01', '2024-05-02'), sw('2024-05-02', null, { reason: 'MANAGE' })), fail: withSw(sw('2024-05-01', '2024-05-01'), sw('2024-05-01', null, { reason: 'MANAGE' })) },
    { rule: 'SW10STG2', year: 2025, pass: withSw(sw('2024-05-01', '2024-08-01'), sw('2024-08-05', null, { reason: 'MANAGE' })), fail: withSw(sw('2024-05-01', '2024-08-01'), sw('2024-09-01', null, { reason: 'MANAGE' })) },
    { rule: 'SW12STG2', year: 2025, pass: withSw(sw('2024-05-01')), fail: withSw(sw('2024-04-20')) },
    { rule: 'SW12STG2', year: 2025, pass: leftCare(sw('2024-05-01')), fail: leftCare(sw('2024-05-01', '2025-02-10'), sw('2025-02-10', null, { reason: 'TSPROC' })) },
    { rule: 'SW13STG1', year: 2025, pass: withSw(sw('2024-05-01', null, { reason: 'OTHERS' })), fail: withSw(sw('2024-05-01', null, { reason: 'BOSSES' })) },
    { rule: 'SW14STG2', year: 2024, pass: since2023(sw('2023-05-01', '2023-09-01'), sw('2023-09-01', null, { reason: 'ABSENC' })), fail: since2023(sw('2023-05-01'), sw('2023-09-01', null, { reason: 'ABSENC' })) },
    { rule: 'SW17STG2', year: 2026, pass: withSw(sw('2024-05-01')), fail: withSw(sw('2024-05-01', '2025-05-01')) },
  ];
  it.each(cases)('$rule ($year): passes a good record and fails a bad one', ({ rule, year, pass, fail }) => {
    expect(codes(pass, year)).not.toContain(rule);
    expect(codes(fail, year)).toContain(rule);
  });

  // The return is built from the year's episodes, so it never has these; they guard a return read from elsewhere (an import).
  it.each([
    { rule: 'SW06STG2', year: 2025, pass: [sw('2024-05-01')], fail: [sw('2024-05-01', '2024-06-01'), sw('2025-04-02')] },
    { rule: 'SW07STG2', year: 2024, pass: [sw('2023-05-01', '2023-10-01'), sw('2023-10-01')], fail: [sw('2022-01-01', '2023-03-01'), sw('2023-05-01')] },
    { rule: 'SW07STG2', year: 2025, pass: [sw('2023-05-01', '2023-10-01'), sw('2023-10-01')], fail: [sw('2023-05-01', '2025-04-10')] },
  ])('$rule ($year), on the rows as given: passes good rows and fails bad ones', ({ rule, year, pass, fail }) => {
    const run = (rows: Ssda903SocialWorkerEpisode[]) => SW_RULES[rule]({ sw: rows, episodes: [], year: collectionYear(year) }).map((i) => i.code);
    expect(run(pass)).toEqual([]);
    expect(run(fail)).toEqual([rule]);
  });

  it('finds nothing on a record with a complete history, in every year', () => {
    const child = since2023(sw('2023-05-01', '2024-11-03'), sw('2024-11-03', null, { swId: 'SW998877', reason: 'LEFTRL' }));
    for (const year of [2024, 2025, 2026]) expect([year, codes(child, year)]).toEqual([year, []]);
  });
});
