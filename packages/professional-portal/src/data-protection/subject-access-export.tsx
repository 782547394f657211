import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, ErrorSummary, NotificationBanner, SummaryCard, Textarea } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { CreateSubjectAccessExportDocument } from '../gql/graphql';

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
      setError('Say why you are making this export, for example who asked for it and when (at least 10 characters)');
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
    <SummaryCard title="Subject access export">
      <p className="govuk-body">
        Everything Forever Planning holds about {childName}, for them as a care leaver: as a readable PDF and as a JSON file. Check it for other
        people’s information before you share it. Making an export is recorded in the audit trail with your reason.
      </p>
      {made ? (
        <NotificationBanner type="success" heading={`Export made ${formatDayAndTime(made.producedAt)}`}>
          <p className="govuk-body">Reason: {made.reason}</p>
          <ul className="govuk-list">
            <li>
              <a className="govuk-link" href={made.pdfUrl} download>
                Download the PDF<span className="govuk-visually-hidden"> of everything held about {childName}</span>
              </a>
            </li>
            <li>
              <a className="govuk-link" href={made.jsonUrl} download>
                Download the JSON file<span className="govuk-visually-hidden"> of everything held about {childName}</span>
              </a>
            </li>
          </ul>
          <p className="govuk-body-s">These links work for a few minutes and only for you. Make the export again if they have expired.</p>
        </NotificationBanner>
      ) : (
        <form noValidate onSubmit={submit}>
          {error && <ErrorSummary errors={[{ message: error, fieldId: REASON_ID }]} focusKey={submits} />}
          <Textarea
            id={REASON_ID}
            label="Why are you making this export?"
            hint="For example: letter from the care leaver received on 3 March asking for their file."
            value={reason}
            onChange={setReason}
            error={error ?? undefined}
            rows={3}
          />
          <Button type="submit" disabled={loading}>
            Make the export
          </Button>
        </form>
      )}
    </SummaryCard>
  );
}
