import { useMemo } from 'react';
import {
  GENOGRAM_CHILD_ID, GENOGRAM_SIZES, generationName, genogramLinesOf, layoutGenogram,
  type GenogramLine, type GenogramPerson, type PlacedCouple, type PlacedPerson,
} from '@forever-planning/shared';
import type { ChildRecordSectionsQuery } from '../gql/graphql';
import { SIBLING_RELATIONSHIP_LABELS } from './record-labels';
import { say } from '../i18n/i18n';

/** SVG text anchored at its middle (an attribute value, not words). */
const CENTRED = 'middle';

type Child = NonNullable<ChildRecordSectionsQuery['child']>;

const CARER_ID = 'carer';
const half = GENOGRAM_SIZES.symbol / 2;
const shorten = (s: string, n = 20) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The people and lines of the child's genogram, from the record (the current carer stands in when nobody is marked as living with the child). */
export function genogramOf(child: Child, carerName: string | null): { people: GenogramPerson[]; lines: GenogramLine[] } {
  const people: GenogramPerson[] = child.familyNetwork.map((m) => ({
    id: m.id, name: m.name, relationship: m.relationship, sex: m.sex ?? null, deceased: m.deceased, livesWithChild: m.livesWithChild,
  }));
  if (carerName && !people.some((p) => p.livesWithChild)) {
    people.push({ id: CARER_ID, name: carerName, relationship: say('record.genogram.carerNow'), sex: null, deceased: false, livesWithChild: true });
  }
  const lines: GenogramLine[] = child.familyRelationships.map((r) => ({ kind: r.kind, fromId: r.fromMemberId, toId: r.toMemberId ?? null }));
  // Brothers and sisters linked on the record (children the council looks after) stand in the child's
  // generation; a full brother or sister hangs from the child's parents. One already in the family
  // network under the same first name is not drawn twice.
  const parents = lines.filter((l) => l.kind === 'PARENT' && l.toId === null).map((l) => l.fromId);
  const inNetwork = (firstName: string) => people.some((p) => p.name.split(' ')[0].toLowerCase() === firstName.toLowerCase() && /brother|sister|sibling/i.test(p.relationship));
  for (const link of child.brothersAndSisters) {
    if (inNetwork(link.child.firstName)) continue;
    const id = `sibling:${link.child.id}`;
    const full = link.relationship === 'FULL' && parents.length > 0;
    people.push({
      id,
      name: link.child.firstName,
      relationship: say('record.genogram.brotherOrSister', { relationship: SIBLING_RELATIONSHIP_LABELS[link.relationship].toLowerCase(), livingTogether: link.livingTogether ? say('record.genogram.livingTogether') : '' }),
      sex: null,
      deceased: false,
      livesWithChild: false,
      sameGenerationAsChild: !full,
    });
    if (full) lines.push(...parents.map((fromId) => ({ kind: 'PARENT' as const, fromId, toId: id })));
  }
  return { people, lines };
}

/** One person in words: what a screen reader says on the drawing, and what the list says. */
export function describePerson(p: PlacedPerson, childName: string, people: GenogramPerson[], lines: GenogramLine[]): string {
  const parts = [p.isChild ? say('record.genogram.theChild', { name: p.name }) : `${p.name}, ${p.relationship}`];
  if (p.deceased) parts.push(say('record.genogram.hasDied'));
  if (p.livesWithChild) parts.push(say('record.genogram.livesWithThem', { childName }));
  parts.push(...genogramLinesOf(p.id, [{ id: GENOGRAM_CHILD_ID, name: childName }, ...people], lines, childName));
  return parts.join('. ');
}

function Symbol({ p }: { p: PlacedPerson }) {
  const cls = p.isChild ? 'fp-genogram__child' : 'fp-genogram__person';
  const shape = (grow: number, extra = '') => {
    const r = half + grow;
    if (p.sex === 'MALE') return <rect className={`${cls} ${extra}`} x={p.x - r} y={p.y - r} width={2 * r} height={2 * r} />;
    if (p.sex === 'FEMALE') return <circle className={`${cls} ${extra}`} cx={p.x} cy={p.y} r={r} />;
    return <polygon className={`${cls} ${extra}`} points={`${p.x},${p.y - r} ${p.x + r},${p.y} ${p.x},${p.y + r} ${p.x - r},${p.y}`} />;
  };
  return (
    <>
      {p.livesWithChild && <rect className="fp-genogram__household" x={p.x - 62} y={p.y - half - 8} width={124} height={GENOGRAM_SIZES.nodeHeight + 6} rx={10} />}
      {p.isChild && shape(5, 'fp-genogram__outer')}
      {shape(0)}
      {p.deceased && (
        <>
          <line className="fp-genogram__cross" x1={p.x - half} y1={p.y - half} x2={p.x + half} y2={p.y + half} />
          <line className="fp-genogram__cross" x1={p.x + half} y1={p.y - half} x2={p.x - half} y2={p.y + half} />
        </>
      )}
      <text className="fp-genogram__label fp-genogram__label--name" x={p.x} y={p.y + half + 16} textAnchor={CENTRED}>
        {shorten(p.name)}
      </text>
      <text className="fp-genogram__label" x={p.x} y={p.y + half + 32} textAnchor={CENTRED}>
        {shorten(p.livesWithChild ? say('record.genogram.livesWith', { relationship: p.relationship }) : p.relationship)}
      </text>
    </>
  );
}

function CoupleLine({ c, people }: { c: PlacedCouple; people: PlacedPerson[] }) {
  const a = people.find((p) => p.id === c.aId)!;
  const b = people.find((p) => p.id === c.bId)!;
  const dashed = c.kind === 'PARTNERS' || c.kind === null;
  const slashes = c.kind === 'DIVORCED' ? 2 : c.kind === 'SEPARATED' ? 1 : 0;
  const mid = (c.x1 + c.x2) / 2;
  return (
    <g>
      <path
        className={`fp-genogram__line${dashed ? ' fp-genogram__line--dashed' : ''}`}
        d={`M ${a.x} ${a.y + half} V ${c.y} M ${b.x} ${b.y + half} V ${c.y} M ${c.x1} ${c.y} H ${c.x2}`}
      />
      {Array.from({ length: slashes }, (_, i) => (
        <line key={i} className="fp-genogram__line" x1={mid - 4 + i * 8} y1={c.y + 7} x2={mid + 4 + i * 8} y2={c.y - 7} />
      ))}
    </g>
  );
}

/**
 * The child's genogram, drawn from the shared layout (dagre): generations top
 * to bottom, couples joined below, children hanging from their parents'
 * line. Each person can be reached with the Tab key and is read out in words;
 * the list after the drawing says the same for anyone who prefers it.
 */
export function Genogram({ child, carerName }: { child: Child; carerName: string | null }) {
  const { people, lines } = useMemo(() => genogramOf(child, carerName), [child, carerName]);
  const tree = useMemo(() => layoutGenogram({ name: child.displayName }, people, lines), [child.displayName, people, lines]);
  const height = tree.height + 12;
  return (
    <svg className="fp-genogram" viewBox={`0 0 ${tree.width} ${height}`} width={tree.width} height={height} role="group" aria-labelledby="genogram-title">
      <title id="genogram-title">{say('record.genogram.sFamilyTreePress', { displayName: child.displayName })}</title>
      {tree.couples.map((c) => (
        <CoupleLine key={`${c.aId}-${c.bId}`} c={c} people={tree.people} />
      ))}
      {tree.descents.map((d) => {
        const bend = d.toY - 14;
        return <path key={`d-${d.childId}`} className="fp-genogram__line" d={`M ${d.fromX} ${d.fromY} V ${bend} H ${d.toX} V ${d.toY}`} />;
      })}
      {tree.people.map((p) => (
        <g key={p.id} className="fp-genogram__node" tabIndex={0} role="img" aria-label={describePerson(p, child.displayName, people, lines)}>
          <Symbol p={p} />
        </g>
      ))}
    </svg>
  );
}

/** The list alternative: the same people by generation, with their lines in words. */
export function GenogramList({ child, carerName, actions }: { child: Child; carerName: string | null; actions?: (personId: string) => React.ReactNode }) {
  const { people, lines } = useMemo(() => genogramOf(child, carerName), [child, carerName]);
  const tree = useMemo(() => layoutGenogram({ name: child.displayName }, people, lines), [child.displayName, people, lines]);
  const generations = [...new Set(tree.people.map((p) => p.generation))].sort((a, b) => a - b);
  return (
    <div className="fp-genogram-list">
      {generations.map((g) => (
        <section key={g} aria-label={generationName(g)}>
          <h4 className="govuk-heading-s">{generationName(g)}</h4>
          <ul className="govuk-list govuk-list--bullet">
            {tree.people
              .filter((p) => p.generation === g)
              .sort((a, b) => a.x - b.x)
              .map((p) => (
                <li key={p.id}>
                  {describePerson(p, child.displayName, people, lines)}
                  {actions && p.id !== CARER_ID && p.id !== GENOGRAM_CHILD_ID ? <> {actions(p.id)}</> : null}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
