import { FORMER_LOCAL_AUTHORITIES, LOCAL_AUTHORITIES, findLocalAuthority } from './local-authorities';

describe("England's local authorities by both DfE codes", () => {
  it('holds the 153 with children’s services, each number and code once and of the right shape', () => {
    expect(LOCAL_AUTHORITIES).toHaveLength(153);
    const all = LOCAL_AUTHORITIES.flatMap((a) => [a.la, a.ons, ...(a.former ?? [])]);
    expect(new Set(all).size).toBe(all.length);
    for (const a of LOCAL_AUTHORITIES) {
      expect(a.la).toMatch(/^\d{3}$/);
      expect([a.ons, ...(a.former ?? [])].every((c) => /^E(06|08|09|10)\d{6}$/.test(c))).toBe(true);
    }
    // An abolished authority's number is never a current one's; its successors are.
    for (const f of FORMER_LOCAL_AUTHORITIES) {
      expect(findLocalAuthority(f.la)).toBeUndefined();
      for (const s of f.successors) expect(findLocalAuthority(s)).toBeDefined();
    }
  });

  it('finds an authority by its old number, its ONS code or a former ONS code, in any case', () => {
    expect(findLocalAuthority('316')).toMatchObject({ la: '316', ons: 'E09000025', name: 'Newham' });
    expect(findLocalAuthority(' e09000025 ')).toMatchObject({ la: '316' });
    expect(findLocalAuthority('E10000027')).toMatchObject({ la: '933', ons: 'E06000066', name: 'Somerset' });
    expect(findLocalAuthority('E07000001')).toBeUndefined();
    expect(findLocalAuthority('999')).toBeUndefined();
  });
});
