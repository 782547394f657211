import type { ChildRecordSectionsQuery } from '../gql/graphql';

type Child = NonNullable<ChildRecordSectionsQuery['child']>;

interface Node {
  key: string;
  name: string;
  relation: string;
  x: number;
  y: number;
  kind: 'child' | 'person' | 'carer';
}

const COLUMN = 150;
const ROWS = { family: 50, child: 170, carer: 290 };
const shorten = (s: string, n = 18) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Family above, brothers and sisters beside, the carer below; a line from each to the child. */
function layout(child: Child, carerName: string | null): { nodes: Node[]; width: number } {
  const family = child.familyNetwork;
  const siblings = child.brothersAndSisters;
  const columns = Math.max(family.length, siblings.length + 1, 1);
  const width = columns * COLUMN;
  const spread = (count: number, i: number) => (width / count) * (i + 0.5);
  const nodes: Node[] = family.map((m, i) => ({ key: m.id, name: m.name, relation: m.relationship, x: spread(family.length, i), y: ROWS.family, kind: 'person' }));
  const middle = [{ id: 'child', name: child.displayName, relation: 'This child' }, ...siblings.map((s) => ({ id: s.id, name: s.child.firstName, relation: s.livingTogether ? 'Lives with them' : 'Lives apart' }))];
  middle.forEach((m, i) => nodes.push({ key: m.id, name: m.name, relation: m.relation, x: spread(middle.length, i), y: ROWS.child, kind: i === 0 ? 'child' : 'person' }));
  if (carerName) nodes.push({ key: 'carer', name: carerName, relation: 'Lives with now', x: spread(middle.length, 0), y: ROWS.carer, kind: 'carer' });
  return { nodes, width };
}

/** A genogram-style picture of the child's network; the list beside it says the same in words. */
export function Genogram({ child, carerName }: { child: Child; carerName: string | null }) {
  const { nodes, width } = layout(child, carerName);
  const centre = nodes.find((n) => n.kind === 'child')!;
  return (
    <svg className="fp-genogram" viewBox={`0 0 ${width} 340`} width={width} height={340} role="img" aria-labelledby="genogram-title">
      <title id="genogram-title">{`Diagram of ${child.displayName}’s family and network. The same people are listed below.`}</title>
      {nodes
        .filter((n) => n.kind !== 'child')
        .map((n) => (
          <line key={`line-${n.key}`} className="fp-genogram__line" x1={centre.x} y1={centre.y} x2={n.x} y2={n.y} />
        ))}
      {nodes.map((n) => (
        <g key={n.key}>
          <rect
            className={n.kind === 'child' ? 'fp-genogram__child' : n.kind === 'carer' ? 'fp-genogram__person fp-genogram__carer' : 'fp-genogram__person'}
            x={n.x - 68}
            y={n.y - 28}
            width={136}
            height={56}
            rx={8}
          />
          <text className={n.kind === 'child' ? 'fp-genogram__label fp-genogram__label--child' : 'fp-genogram__label'} x={n.x} y={n.y - 5} textAnchor="middle">
            {shorten(n.name)}
          </text>
          <text className={n.kind === 'child' ? 'fp-genogram__label fp-genogram__label--child' : 'fp-genogram__label'} x={n.x} y={n.y + 15} textAnchor="middle">
            {shorten(n.relation)}
          </text>
        </g>
      ))}
    </svg>
  );
}
