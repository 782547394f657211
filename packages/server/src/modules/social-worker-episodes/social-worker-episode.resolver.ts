import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { registerLoader } from '../../loaders';
import { childReachPositional } from '../../policies/child-reach';
import { ChildType } from '../children/child.type';
import { SocialWorkerEpisodeType } from './social-worker-episode.type';

type Row = { child_id: string; id: string; worker_id: string | null; worker_name: string; swe_number: string | null; placeholder: boolean; start_date: string; end_date: string | null; reason: SocialWorkerEpisodeType['reason'] };

/** A batch of children's allocation histories with the workers' names, in one statement scoped by the actor's reach. */
export const socialWorkerEpisodesLoader = registerLoader('socialWorkerEpisodes', (services, actor) =>
  new DataLoader<string, SocialWorkerEpisodeType[]>(async (childIds) => {
    if (!actor) return childIds.map(() => []);
    const reach = childReachPositional(actor, 'c', 1);
    const rows: Row[] = await services.dataSource.query(
      `SELECT e.child_id, e.id, COALESCE(e.worker_id, p.linked_user_id) AS worker_id,
              COALESCE(u.first_name || ' ' || u.last_name, p.name) AS worker_name,
              COALESCE(u.swe_number, p.swe_number) AS swe_number, (u.id IS NULL) AS placeholder,
              e.start_date::text, e.end_date::text, e.reason
         FROM social_worker_episodes e
         JOIN children c ON c.id = e.child_id
         LEFT JOIN social_worker_placeholders p ON p.id = e.placeholder_id
         LEFT JOIN users u ON u.id = COALESCE(e.worker_id, p.linked_user_id)
        WHERE e.child_id = ANY($1) AND ${reach.sql}
        ORDER BY e.start_date DESC, e.created_at DESC`,
      [[...childIds], ...reach.values],
    );
    const byChild = new Map<string, SocialWorkerEpisodeType[]>();
    for (const r of rows) {
      const list = byChild.get(r.child_id) ?? [];
      list.push({ id: r.id, workerId: r.worker_id, workerName: r.worker_name, sweNumber: r.swe_number, placeholder: r.placeholder, startDate: r.start_date, endDate: r.end_date, reason: r.reason });
      byChild.set(r.child_id, list);
    }
    return childIds.map((id) => byChild.get(id) ?? []);
  }),
);

@Resolver(() => ChildType)
export class SocialWorkerEpisodeChildFields {
  @FieldResolver(() => [SocialWorkerEpisodeType], { description: "The child's social workers over time, latest first, with why each began (allocation history)." })
  async socialWorkerEpisodes(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<SocialWorkerEpisodeType[]> {
    return socialWorkerEpisodesLoader(ctx.loaders).load(child.id);
  }
}
