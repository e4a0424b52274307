// Shortlist (with an override reason where RV3 allows it), reject, publish, unpublish, reply:
// only what the API lists in Review.availableActions; which failed checks need an override comes
// from Review.checkDetails. A shortlist the API blocks shows its reason instead of a button.
// Each sends the version the drawer loaded (expectedVersion): someone else's change is not undone.
import { Alert, Button, Stack } from '@mui/material';
import { useState, type ComponentProps } from 'react';
import { useRecordContext, type RaRecord } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { ActionButton } from '../common/ActionButton';
import { actionsOf } from '../common/actions';
import { useDomainAction } from '../common/useDomainAction';
import { checkLabel, overridableFailures } from './checks';
import { PublishDialog } from './PublishDialog';

type Open = null | 'shortlist' | 'reject' | 'publish' | 'unpublish' | 'reply';

/** The drawer's review (getOne selects every field), including what the publish dialog reads. */
type Review = RaRecord & ComponentProps<typeof PublishDialog>['review'];

export function ReviewActions() {
  const record = useRecordContext<Review>();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const shortlist = useDomainAction('shortlistReview', { inForm: true, success: 'Shortlisted: ready to publish', onSuccess: close });
  const reject = useDomainAction('rejectReview', { inForm: true, success: 'Rejected', onSuccess: close });
  const publish = useDomainAction('publishReview', { inForm: true, success: 'Published: live on the chosen platforms', onSuccess: close });
  const unpublish = useDomainAction('unpublishReview', { inForm: true, success: 'Taken down from every platform', onSuccess: close });
  const reply = useDomainAction('replyToReview', { inForm: true, success: 'Reply saved', onSuccess: close });
  const actions = actionsOf(record);
  if (!record || actions.list.length === 0) return null;
  const reviewId = String(record.id);
  const shortlistAction = actions.find('SHORTLIST');
  const publishAction = actions.find('PUBLISH');
  const unpublishAction = actions.find('UNPUBLISH');
  const rejectAction = actions.find('REJECT');
  const replyAction = actions.find('REPLY');
  const overridable = overridableFailures(record);
  const live = (record.publications ?? []).some((p: { unpublishedAt?: string | null }) => !p.unpublishedAt);

  return (
    <Stack spacing={1}>
      {shortlistAction && !shortlistAction.enabled && <Alert severity="info">{shortlistAction.reason}</Alert>}
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
        {shortlistAction?.enabled && (
          <Button variant="contained" onClick={() => (overridable.length ? setOpen('shortlist') : shortlist.mutate({ reviewId, expectedVersion: record.version }))} disabled={shortlist.isPending}>
            {overridable.length ? 'Shortlist with override' : 'Shortlist'}
          </Button>
        )}
        {publishAction && (
          <ActionButton available={publishAction} variant="contained" color="success" onClick={() => setOpen('publish')}>
            {live ? 'Publish to more platforms' : 'Publish'}
          </ActionButton>
        )}
        {unpublishAction && (
          <ActionButton available={unpublishAction} variant="outlined" color="warning" onClick={() => setOpen('unpublish')}>
            Unpublish everywhere
          </ActionButton>
        )}
        {rejectAction && (
          <ActionButton available={rejectAction} variant="outlined" color="error" onClick={() => setOpen('reject')}>
            Reject
          </ActionButton>
        )}
        {replyAction && (
          <ActionButton available={replyAction} variant="text" onClick={() => setOpen('reply')}>
            {record.reply ? 'Edit reply' : 'Reply'}
          </ActionButton>
        )}
      </Stack>

      <ActionDialog
        open={open === 'shortlist'}
        title="Shortlist with override"
        description={`Fails: ${overridable.map((c) => `${checkLabel(c.check)} (${c.hint})`).join('; ')}. Marketing may override these with a reason, which stays on the review.`}
        fields={[{ name: 'overrideReason', label: 'Why it is still a good testimonial', kind: 'multiline' }]}
        confirmLabel="Shortlist"
        pending={shortlist.isPending}
        error={shortlist.error}
        onClose={close}
        onConfirm={(v) => shortlist.mutate({ reviewId, overrideReason: v.overrideReason.trim(), expectedVersion: record.version })}
      />
      <ActionDialog
        open={open === 'reject'}
        title="Reject review"
        description="The review moves to the Rejected tab with your reason. It can be shortlisted from there again later; its checks then run again."
        fields={[{ name: 'reason', label: 'Reason', kind: 'multiline' }]}
        confirmLabel="Reject"
        danger
        pending={reject.isPending}
        error={reject.error}
        onClose={close}
        onConfirm={(v) => reject.mutate({ reviewId, reason: v.reason.trim(), expectedVersion: record.version })}
      />
      <ActionDialog
        open={open === 'unpublish'}
        title="Unpublish everywhere"
        description="Takes the testimonial down from every platform where it is live and puts the review back on the Shortlisted tab; the publications and your reason stay in its history. To take it down from one platform only, use Take down beside that platform under Publications."
        fields={[{ name: 'reason', label: 'Reason', kind: 'multiline' }]}
        confirmLabel="Unpublish"
        danger
        pending={unpublish.isPending}
        error={unpublish.error}
        onClose={close}
        onConfirm={(v) => unpublish.mutate({ reviewId, reason: v.reason.trim(), expectedVersion: record.version })}
      />
      <ActionDialog
        open={open === 'reply'}
        title="Reply to the review"
        description="Stored on the review as the brand's reply."
        fields={[{ name: 'text', label: 'Reply', kind: 'multiline', initial: record.reply ?? '' }]}
        confirmLabel="Save reply"
        pending={reply.isPending}
        error={reply.error}
        onClose={close}
        onConfirm={(v) => reply.mutate({ reviewId, text: v.text.trim(), expectedVersion: record.version })}
      />
      {open === 'publish' && (
        <PublishDialog
          review={record}
          pending={publish.isPending}
          error={publish.error}
          onClose={close}
          onPublish={({ platforms, creative }) => publish.mutate({ reviewId, platforms, creative, expectedVersion: record.version })}
        />
      )}
    </Stack>
  );
}
