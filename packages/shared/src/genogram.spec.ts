import { GENOGRAM_CHILD_ID, genogramLinesOf, layoutGenogram, type GenogramLine, type GenogramPerson } from './genogram';

const person = (id: string, name: string, extra: Partial<GenogramPerson> = {}): GenogramPerson => ({
  id, name, relationship: name, sex: null, deceased: false, livesWithChild: false, ...extra,
});

describe('layoutGenogram', () => {
  // Three generations: mum's parents (grandad died), mum and dad (divorced), mum's new partner and the child's half-brother.
  const people = [
    person('gran', 'Gran', { sex: 'FEMALE' }),
    person('grandad', 'Grandad', { sex: 'MALE', deceased: true }),
    person('mum', 'Mum', { sex: 'FEMALE' }),
    person('dad', 'Dad', { sex: 'MALE' }),
    person('steve', 'Steve', { sex: 'MALE' }),
    person('leo', 'Leo', { sex: 'MALE' }),
  ];
  const lines: GenogramLine[] = [
    { kind: 'MARRIED', fromId: 'gran', toId: 'grandad' },
    { kind: 'PARENT', fromId: 'gran', toId: 'mum' },
    { kind: 'PARENT', fromId: 'grandad', toId: 'mum' },
    { kind: 'DIVORCED', fromId: 'mum', toId: 'dad' },
    { kind: 'PARENT', fromId: 'mum', toId: null },
    { kind: 'PARENT', fromId: 'dad', toId: null },
    { kind: 'PARTNERS', fromId: 'mum', toId: 'steve' },
    { kind: 'PARENT', fromId: 'mum', toId: 'leo' },
    { kind: 'PARENT', fromId: 'steve', toId: 'leo' },
  ];
  const tree = layoutGenogram({ name: 'Amira' }, people, lines);
  const at = (id: string) => tree.people.find((p) => p.id === id)!;

  it('puts each person in their generation: grandparents above parents above the child and her half-brother', () => {
    expect(Object.fromEntries(tree.people.map((p) => [p.name, p.generation]))).toEqual({ Amira: 0, Gran: -2, Grandad: -2, Mum: -1, Dad: -1, Steve: -1, Leo: 0 });
    expect(at('gran').y).toBeLessThan(at('mum').y);
    expect(at('mum').y).toBeLessThan(at(GENOGRAM_CHILD_ID).y);
  });

  it('joins each couple with its kind, and hangs children from the couple they were born to', () => {
    expect(tree.couples.map((c) => c.kind).sort()).toEqual(['DIVORCED', 'MARRIED', 'PARTNERS']);
    const divorced = tree.couples.find((c) => c.kind === 'DIVORCED')!;
    const amira = tree.descents.find((d) => d.childId === GENOGRAM_CHILD_ID)!;
    expect(amira.fromX).toBe(divorced.midX);
    expect(amira.fromY).toBe(divorced.y);
    const leo = tree.descents.find((d) => d.childId === 'leo')!;
    expect(leo.fromX).toBe(tree.couples.find((c) => c.kind === 'PARTNERS')!.midX);
  });

  it('keeps a brother or sister whose parents are not drawn in the child’s generation, with no line to anyone', () => {
    const withSister = layoutGenogram({ name: 'Amira' }, [...people, person('sara', 'Sara', { sameGenerationAsChild: true })], lines);
    expect(withSister.people.find((p) => p.id === 'sara')?.generation).toBe(0);
    expect(withSister.descents.map((d) => d.childId)).not.toContain('sara');
    // With nobody drawn above the child, both stand at the top.
    const alone = layoutGenogram({ name: 'Amira' }, [person('sara', 'Sara', { sameGenerationAsChild: true })], []);
    expect(alone.people.map((p) => p.generation)).toEqual([0, 0]);
  });

  it('never places two people on top of each other', () => {
    for (const a of tree.people) for (const b of tree.people) if (a !== b && a.generation === b.generation) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(100);
  });

  it('says each person’s lines in words for the list beside the drawing', () => {
    expect(genogramLinesOf('mum', people, lines, 'Amira')).toEqual(['Child of Gran', 'Child of Grandad', 'Divorced from Dad', 'Parent of Amira', 'Partner of Steve', 'Parent of Leo']);
  });

  it('draws a child with nobody related yet, and ignores lines to people not in the network', () => {
    const alone = layoutGenogram({ name: 'Sam' }, [person('x', 'Aunt Jo')], [{ kind: 'PARENT', fromId: 'gone', toId: null }]);
    expect(alone.people.map((p) => p.name)).toEqual(['Sam', 'Aunt Jo']);
    expect(alone.descents).toEqual([]);
  });
});
