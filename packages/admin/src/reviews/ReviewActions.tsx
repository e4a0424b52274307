// Shortlist (with an override reason where RV3 allows it), reject, publish, unpublish, reply:
// only the moves the API lists in Review.nextStatuses.
import { Alert, Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useRecordContext } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useCan } from '../common/usePermission';
import { useDomainAction } from '../common/useDomainAction';
import { failedChecks, type Checks } from './checks';
import { PublishDialog } from './PublishDialog';

type Open = null | 'shortlist' | 'reject' | 'publish' | 'unpublish' | 'reply';

export function ReviewActions() {
  const record = useRecordContext();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const may = useCan('reviewActions');
  const shortlist = useDomainAction('shortlistReview', { success: 'Shortlisted: ready to publish', onSuccess: close });
  const reject = useDomainAction('rejectReview', { success: 'Rejected', onSuccess: close });
  const publish = useDomainAction('publishReview', { success: 'Published: live on the chosen platforms', onSuccess: close });
  const unpublish = useDomainAction('unpublishReview', { success: 'Taken down from every platform', onSuccess: close });
  const reply = useDomainAction('replyToReview', { success: 'Reply saved', onSuccess: close });
  if (!record || !may) return null;
  const reviewId = String(record.id);
  const next: string[] = record.nextStatuses ?? [];
  const { hard, overridable } = failedChecks(record.checks as Checks);
  const canShortlist = next.includes('SHORTLISTED') && record.status !== 'PUBLISHED';
  const canUnpublish = record.status === 'PUBLISHED';

  return (
    <Stack spacing={1}>
      {canShortlist && hard.length > 0 && (
        <Alert severity="info">
          Cannot be shortlisted: {hard.map((c) => c.label.toLowerCase()).join(' and ')} never can be overridden.
        </Alert>
      )}
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
        {canShortlist && hard.length === 0 && (
          <Button variant="contained" onClick={() => (overridable.length ? setOpen('shortlist') : shortlist.mutate({ reviewId }))} disabled={shortlist.isPending}>
            {overridable.length ? 'Shortlist with override' : 'Shortlist'}
          </Button>
        )}
        {next.includes('PUBLISHED') && (
          <Button variant="contained" color="success" onClick={() => setOpen('publish')}>
            {record.status === 'PUBLISHED' ? 'Publish to more platforms' : 'Publish'}
          </Button>
        )}
        {canUnpublish && (
          <Button variant="outlined" color="warning" onClick={() => setOpen('unpublish')}>
            Unpublish
          </Button>
        )}
        {next.includes('REJECTED') && (
          <Button variant="outlined" color="error" onClick={() => setOpen('reject')}>
            Reject
          </Button>
        )}
        <Button variant="text" onClick={() => setOpen('reply')}>
          {record.reply ? 'Edit reply' : 'Reply'}
        </Button>
      </Stack>

      <ActionDialog
        open={open === 'shortlist'}
        title="Shortlist with override"
        description={`Fails: ${overridable.map((c) => `${c.label} (${c.hint})`).join('; ')}. Marketing may override these with a reason, which stays on the review.`}
        fields={[{ name: 'overrideReason', label: 'Why it is still a good testimonial', kind: 'multiline' }]}
        confirmLabel="Shortlist"
        pending={shortlist.isPending}
        onClose={close}
        onConfirm={(v) => shortlist.mutate({ reviewId, overrideReason: v.overrideReason.trim() })}
      />
      <ActionDialog
        open={open === 'reject'}
        title="Reject review"
        description="The review stays in the inbox with your reason; it can be shortlisted again later."
        fields={[{ name: 'reason', label: 'Reason', kind: 'multiline' }]}
        confirmLabel="Reject"
        danger
        pending={reject.isPending}
        onClose={close}
        onConfirm={(v) => reject.mutate({ reviewId, reason: v.reason.trim() })}
      />
      <ActionDialog
        open={open === 'unpublish'}
        title="Unpublish everywhere"
        description="Takes the testimonial down from every platform; the record and your reason stay."
        fields={[{ name: 'reason', label: 'Reason', kind: 'multiline' }]}
        confirmLabel="Unpublish"
        danger
        pending={unpublish.isPending}
        onClose={close}
        onConfirm={(v) => unpublish.mutate({ reviewId, reason: v.reason.trim() })}
      />
      <ActionDialog
        open={open === 'reply'}
        title="Reply to the review"
        description="Stored on the review as the brand's reply."
        fields={[{ name: 'text', label: 'Reply', kind: 'multiline', initial: record.reply ?? '' }]}
        confirmLabel="Save reply"
        pending={reply.isPending}
        onClose={close}
        onConfirm={(v) => reply.mutate({ reviewId, text: v.text.trim() })}
      />
      {open === 'publish' && (
        <PublishDialog
          review={record as never}
          pending={publish.isPending}
          onClose={close}
          onPublish={({ platforms, creative }) => publish.mutate({ reviewId, platforms, creative })}
        />
      )}
    </Stack>
  );
}
