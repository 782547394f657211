import { Tag } from '@forever-planning/ui';
import { sourceLabel } from '../common/labels';
import type { ApplicationOrder, ChildPlanQuery } from '../gql/graphql';
import { say } from '../i18n/i18n';

type Route = NonNullable<ChildPlanQuery['child']>['whoMayApply'][number];

const ORDER_LABELS: Record<ApplicationOrder, string> = {
  SPECIAL_GUARDIANSHIP: say('plans.whoMayApply.specialGuardianshipOrder'),
  CHILD_ARRANGEMENTS_ORDER: say('plans.whoMayApply.childArrangementsOrder'),
  ADOPTION: say('plans.whoMayApply.adoptionOrder'),
};

/**
 * Decision support on the plan page: for each order, who in the family
 * network (and which carers the child has lived with) may apply now, why,
 * and how the others could. The court decides: the worker checks it with
 * legal advice.
 */
export function WhoMayApply({ routes }: { routes: readonly Route[] }) {
  const anyone = routes.some((r) => r.people.length > 0);
  return (
    <section aria-labelledby="who-may-apply">
      <h2 className="govuk-heading-m" id="who-may-apply">
        {say('plans.whoMayApply.whoMayApplyFor')}
      </h2>
      {!anyone ? (
        <p className="govuk-body">{say('plans.whoMayApply.noFamilyFriendsOr')}</p>
      ) : (
        <>
          <p className="govuk-body">{say('plans.whoMayApply.fromTheFamilyNetwork')}</p>
          {routes.map((route) => (
            <div key={route.order} className="govuk-!-margin-bottom-6">
              <h3 className="govuk-heading-s">{ORDER_LABELS[route.order]}</h3>
              <ul className="govuk-list">
                {route.people.map((p) => (
                  <li key={`${route.order}-${p.name}`} className="govuk-!-margin-bottom-3">
                    <strong>{p.name}</strong> ({p.relationship.trim().toLowerCase()}){' '}
                    {p.eligible ? <Tag colour="green">{say('plans.whoMayApply.mayApply')}</Tag> : <Tag colour="grey">{say('plans.whoMayApply.notNow')}</Tag>}{' '}
                    {p.assessment === 'UNDER_WAY' && <Tag colour="yellow">{say('plans.whoMayApply.carerAssessmentUnderWay')}</Tag>}
                    {(p.reasons.length > 0 || p.otherwise.length > 0) && (
                      <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-1">
                        {p.reasons.map((r) => (
                          <li key={r}>{r}</li>
                        ))}
                        {p.otherwise.map((r) => (
                          <li key={r}>{r}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
              <p className="govuk-body-s fp-secondary-text">
                {say('plans.whoMayApply.source', { law: route.law, source: sourceLabel(route.source), text: route.source.text })}
              </p>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
