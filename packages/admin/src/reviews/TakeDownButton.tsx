// Take a testimonial down from one platform (unpublishReview with that platform), offered by the
// publication's own availableActions: the review stays live wherever else it is published.
import { required, TextInput, useTranslate } from 'react-admin';
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
  const translate = useTranslate();
  return (
    <DomainActionButton
      action={available}
      method="unpublishReview"
      label={translate('cx.reviews.take_down.label')}
      aria-label={translate('cx.reviews.take_down.title', { where })}
      size="small"
      color="warning"
      title={translate('cx.reviews.take_down.title', { where })}
      description={translate('cx.reviews.take_down.description', { where })}
      danger
      success={translate('cx.reviews.take_down.success', { where })}
      // In the review's drawer the record is the review: its version guards against a change made since.
      toVariables={(v, record) => ({ reviewId, reason: String(v.reason).trim(), platforms: [platform], expectedVersion: record.version ?? null })}
    >
      <TextInput source="reason" label="cx.reviews.reason" multiline minRows={3} validate={required()} fullWidth />
    </DomainActionButton>
  );
}
