import { Graph, layout } from '@dagrejs/dagre';
import type { GenogramSex, NetworkRelationshipKind } from './vocabulary';

/**
 * The genogram: a family tree drawn the way practitioners draw one. People
 * are placed in generations (grandparents above parents above the child), a
 * couple is joined by a line below them (solid when married, dashed when
 * partners, struck once when separated and twice when divorced), and their
 * children hang from the middle of that line. Deaths are crossed through; the
 * child has a double outline; who the child lives with is marked.
 *
 * The layout (order within a generation, positions) is dagre's layered
 * layout: people on even ranks, each couple's join on the rank between them
 * and their children. Shared by the professional portal (SVG) and the life
 * story book (PDF), so both draw the same tree.
 */

/** The child whose genogram it is: the id used for them in lines. */
export const GENOGRAM_CHILD_ID = 'child';

export interface GenogramPerson {
  id: string;
  name: string;
  /** How they are related to the child, in words. */
  relationship: string;
  sex: GenogramSex | null;
  deceased: boolean;
  livesWithChild: boolean;
  /** A brother or sister whose parents are not drawn: placed in the child's generation, with no line to a parent. */
  sameGenerationAsChild?: boolean;
}

export interface GenogramLine {
  kind: NetworkRelationshipKind;
  fromId: string;
  /** Null: the child. */
  toId: string | null;
}

export interface PlacedPerson extends GenogramPerson {
  isChild: boolean;
  /** Centre of the symbol. */
  x: number;
  y: number;
  /** 0 the child's, -1 parents', -2 grandparents', 1 the child's children. */
  generation: number;
}

export interface PlacedCouple {
  aId: string;
  bId: string;
  /** Null when two people are parents of the same person but no couple is recorded. */
  kind: NetworkRelationshipKind | null;
  /** The line joining them runs at `y` from x1 to x2; children hang from `midX`. */
  x1: number;
  x2: number;
  y: number;
  midX: number;
}

export interface PlacedDescent {
  /** The parent or couple the line comes from, at its foot. */
  fromX: number;
  fromY: number;
  /** The top of the child's symbol. */
  toX: number;
  toY: number;
  childId: string;
}

export interface GenogramLayout {
  people: PlacedPerson[];
  couples: PlacedCouple[];
  descents: PlacedDescent[];
  width: number;
  height: number;
}

export const GENOGRAM_SIZES = { symbol: 40, nodeWidth: 140, nodeHeight: 84, margin: 20 };

const COUPLE_KINDS: NetworkRelationshipKind[] = ['PARTNERS', 'MARRIED', 'SEPARATED', 'DIVORCED'];
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function layoutGenogram(child: { name: string }, members: GenogramPerson[], lines: GenogramLine[]): GenogramLayout {
  const people: GenogramPerson[] = [
    { id: GENOGRAM_CHILD_ID, name: child.name, relationship: 'This child', sex: null, deceased: false, livesWithChild: false },
    ...members.filter((m) => m.id !== GENOGRAM_CHILD_ID),
  ];
  const known = new Set(people.map((p) => p.id));
  const target = (l: GenogramLine) => l.toId ?? GENOGRAM_CHILD_ID;
  const valid = lines.filter((l) => known.has(l.fromId) && known.has(target(l)) && l.fromId !== target(l));

  // Couples: recorded ones, and any two parents of the same person.
  const couples = new Map<string, { aId: string; bId: string; kind: NetworkRelationshipKind | null }>();
  for (const l of valid) {
    if (COUPLE_KINDS.includes(l.kind)) couples.set(pairKey(l.fromId, target(l)), { aId: l.fromId, bId: target(l), kind: l.kind });
  }
  const parentsOf = new Map<string, string[]>();
  for (const l of valid) {
    if (l.kind !== 'PARENT') continue;
    const list = parentsOf.get(target(l)) ?? [];
    if (!list.includes(l.fromId)) list.push(l.fromId);
    parentsOf.set(target(l), list);
  }
  for (const parents of parentsOf.values()) {
    if (parents.length === 2 && !couples.has(pairKey(parents[0], parents[1]))) couples.set(pairKey(parents[0], parents[1]), { aId: parents[0], bId: parents[1], kind: null });
  }

  const g = new Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 18, marginx: GENOGRAM_SIZES.margin, marginy: GENOGRAM_SIZES.margin });
  g.setDefaultEdgeLabel(() => ({}));
  for (const p of people) g.setNode(p.id, { width: GENOGRAM_SIZES.nodeWidth, height: GENOGRAM_SIZES.nodeHeight });
  for (const [key, c] of couples) {
    g.setNode(`u:${key}`, { width: 1, height: 1 });
    g.setEdge(c.aId, `u:${key}`, { minlen: 1, weight: 2 });
    g.setEdge(c.bId, `u:${key}`, { minlen: 1, weight: 2 });
  }
  const descentFrom = new Map<string, string>();
  for (const [childId, parents] of parentsOf) {
    const couple = parents.length >= 2 ? couples.get(pairKey(parents[0], parents[1])) : undefined;
    if (couple) {
      const from = `u:${pairKey(couple.aId, couple.bId)}`;
      g.setEdge(from, childId, { minlen: 1 });
      descentFrom.set(childId, from);
    } else {
      g.setEdge(parents[0], childId, { minlen: 2 });
      descentFrom.set(childId, parents[0]);
    }
  }
  // A brother or sister with no parent drawn keeps the child's generation: an edge
  // from where the child hangs (or from nothing, when the child hangs from nobody)
  // that places them without drawing a line.
  const childFrom = descentFrom.get(GENOGRAM_CHILD_ID);
  for (const p of people) {
    if (!p.sameGenerationAsChild || parentsOf.has(p.id) || !childFrom) continue;
    g.setEdge(childFrom, p.id, { minlen: childFrom.startsWith('u:') ? 1 : 2, weight: 0 });
  }
  layout(g);

  const node = (id: string) => g.node(id) as { x: number; y: number };
  const rankHeight = (GENOGRAM_SIZES.nodeHeight + 1) / 2 + 18;
  const childY = node(GENOGRAM_CHILD_ID).y;
  const placed: PlacedPerson[] = people.map((p) => {
    const { x, y } = node(p.id);
    return { ...p, isChild: p.id === GENOGRAM_CHILD_ID, x, y, generation: Math.round((y - childY) / (2 * rankHeight)) };
  });
  const half = GENOGRAM_SIZES.symbol / 2;
  const placedCouples: PlacedCouple[] = [...couples].map(([key, c]) => {
    const a = node(c.aId);
    const b = node(c.bId);
    const u = node(`u:${key}`);
    const y = Math.max(a.y, b.y) + half + 12;
    return { aId: c.aId, bId: c.bId, kind: c.kind, x1: Math.min(a.x, b.x), x2: Math.max(a.x, b.x), y, midX: Math.max(Math.min(u.x, Math.max(a.x, b.x)), Math.min(a.x, b.x)) };
  });
  const descents: PlacedDescent[] = [...descentFrom].map(([childId, from]) => {
    const to = node(childId);
    const couple = placedCouples.find((c) => `u:${pairKey(c.aId, c.bId)}` === from);
    const start = couple ? { x: couple.midX, y: couple.y } : { x: node(from).x, y: node(from).y + half };
    return { fromX: start.x, fromY: start.y, toX: to.x, toY: to.y - half, childId };
  });
  const graph = g.graph() as { width?: number; height?: number };
  return { people: placed, couples: placedCouples, descents, width: Math.ceil(graph.width ?? 0), height: Math.ceil(graph.height ?? 0) };
}

/** A generation in words, for the list beside the drawing and the book. */
export function generationName(generation: number): string {
  if (generation <= -3) return 'Great-grandparents’ generation';
  if (generation === -2) return 'Grandparents’ generation';
  if (generation === -1) return 'Parents’ generation';
  if (generation === 0) return 'The child’s generation';
  return 'The child’s children';
}

/** "Married to Sam", "Parent of Amira": one person's lines on the tree, in words. */
export function genogramLinesOf(id: string, people: { id: string; name: string }[], lines: GenogramLine[], childName: string): string[] {
  const nameOf = (pid: string | null) => (pid === null || pid === GENOGRAM_CHILD_ID ? childName : (people.find((p) => p.id === pid)?.name ?? ''));
  const couple: Record<NetworkRelationshipKind, string> = { PARENT: '', PARTNERS: 'Partner of', MARRIED: 'Married to', SEPARATED: 'Separated from', DIVORCED: 'Divorced from' };
  const words: string[] = [];
  for (const l of lines) {
    const to = l.toId ?? GENOGRAM_CHILD_ID;
    if (l.kind === 'PARENT') {
      if (l.fromId === id) words.push(`Parent of ${nameOf(to)}`);
      else if (to === id) words.push(`Child of ${nameOf(l.fromId)}`);
    } else if (l.fromId === id) words.push(`${couple[l.kind]} ${nameOf(to)}`);
    else if (to === id) words.push(`${couple[l.kind]} ${nameOf(l.fromId)}`);
  }
  return words;
}
