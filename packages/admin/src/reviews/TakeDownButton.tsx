// Take a testimonial down from one platform (unpublishReview with that platform), offered by the
// publication's own availableActions: the review stays live wherever else it is published.
import { required, TextInput } from 'react-admin';
import type { AvailableAction } from '../common/actions';
import { DomainActionButton } from '../common/DomainActionButton';
import { humanize } from '../schema';

interface Props {
  reviewId: string;
  platform: string;
  /** The publication's UNPUBLISH entry (Publication.availableActions). */
  available: AvailableAction;
}

export function TakeDownButton({ reviewId, platform, available }: Props) {
  const where = humanize(platform);
  return (
    <DomainActionButton
      action={available}
      method="unpublishReview"
      label="Take down"
      aria-label={`Take down from ${where}`}
      size="small"
      color="warning"
      title={`Take down from ${where}`}
      description={`It stops showing on ${where} now; wherever else it is live stays as it is. The publication and your reason stay in the review's history, and it can be published here again.`}
      danger
      success={`Taken down from ${where}`}
      // In the review's drawer the record is the review: its version guards against a change made since.
      toVariables={(v, record) => ({ reviewId, reason: String(v.reason).trim(), platforms: [platform], expectedVersion: record.version ?? null })}
    >
      <TextInput source="reason" label="Reason" multiline minRows={3} validate={required()} fullWidth />
    </DomainActionButton>
  );
}
