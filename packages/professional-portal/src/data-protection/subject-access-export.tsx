import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, ErrorSummary, NotificationBanner, SummaryCard, Textarea } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { CreateSubjectAccessExportDocument } from '../gql/graphql';
import { say } from '../i18n/i18n';

const REASON_ID = 'subject-access-reason';

/**
 * Head of service only: everything held about the child, for them as a care
 * leaver. Asks why (kept with the export and in the audit trail), then offers
 * the PDF and the JSON through links that work for a few minutes, for this
 * person only.
 */
export function SubjectAccessExport({ childId, childName }: { childId: string; childName: string }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submits, setSubmits] = useState(0);
  const [create, { data, loading }] = useMutation(CreateSubjectAccessExportDocument);
  const made = data?.createSubjectAccessExport;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmits((n) => n + 1);
    if (reason.trim().length < 10) {
      setError(say('dataProtection.subjectAccessExport.sayWhyYouAre'));
      return;
    }
    setError(null);
    try {
      await create({ variables: { input: { childId, reason: reason.trim() } } });
    } catch (err) {
      setError(apiError(err).message);
    }
  };

  return (
    <SummaryCard title={say('dataProtection.subjectAccessExport.subjectAccessExport')}>
      <p className="govuk-body">
        {say('dataProtection.subjectAccessExport.everythingForeverPlanningHolds', { childName })}
      </p>
      {made ? (
        <NotificationBanner type="success" heading={say('dataProtection.subjectAccessExport.exportMade', { producedAt: formatDayAndTime(made.producedAt) })}>
          <p className="govuk-body">{say('dataProtection.subjectAccessExport.reason', { reason: made.reason })}</p>
          <ul className="govuk-list">
            <li>
              <a className="govuk-link" href={made.pdfUrl} download>
                {say('dataProtection.subjectAccessExport.downloadThePdf')}<span className="govuk-visually-hidden">{' '}{say('dataProtection.subjectAccessExport.ofEverythingHeldAbout', { childName })}</span>
              </a>
            </li>
            <li>
              <a className="govuk-link" href={made.jsonUrl} download>
                {say('dataProtection.subjectAccessExport.downloadTheJsonFile')}<span className="govuk-visually-hidden">{' '}{say('dataProtection.subjectAccessExport.ofEverythingHeldAbout', { childName })}</span>
              </a>
            </li>
          </ul>
          <p className="govuk-body-s">{say('dataProtection.subjectAccessExport.theseLinksWorkFor')}</p>
        </NotificationBanner>
      ) : (
        <form noValidate onSubmit={submit}>
          {error && <ErrorSummary errors={[{ message: error, fieldId: REASON_ID }]} focusKey={submits} />}
          <Textarea
            id={REASON_ID}
            label={say('dataProtection.subjectAccessExport.whyAreYouMaking')}
            hint={say('dataProtection.subjectAccessExport.forExampleLetterFrom')}
            value={reason}
            onChange={setReason}
            error={error ?? undefined}
            rows={3}
          />
          <Button type="submit" disabled={loading}>
            {say('dataProtection.subjectAccessExport.makeTheExport')}
          </Button>
        </form>
      )}
    </SummaryCard>
  );
}
