// Shortlist (with an override reason where RV3 allows it), reject, publish, unpublish, reply:
// only what the API lists in Review.availableActions; which failed checks need an override comes
// from Review.checkDetails. A shortlist the API blocks shows its reason instead of a button.
// Each sends the version the drawer loaded (expectedVersion): someone else's change is not undone.
import { Alert, Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useRecordContext } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { actionsOf, whyNot } from '../common/actions';
import { useDomainAction } from '../common/useDomainAction';
import { checkLabel, overridableFailures } from './checks';
import { PublishDialog } from './PublishDialog';

type Open = null | 'shortlist' | 'reject' | 'publish' | 'unpublish' | 'reply';

export function ReviewActions() {
  const record = useRecordContext();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const shortlist = useDomainAction('shortlistReview', { success: 'Shortlisted: ready to publish', onSuccess: close });
  const reject = useDomainAction('rejectReview', { success: 'Rejected', onSuccess: close });
  const publish = useDomainAction('publishReview', { success: 'Published: live on the chosen platforms', onSuccess: close });
  const unpublish = useDomainAction('unpublishReview', { success: 'Taken down from every platform', onSuccess: close });
  const reply = useDomainAction('replyToReview', { success: 'Reply saved', onSuccess: close });
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
          <Button variant="contained" color="success" title={whyNot(publishAction)} onClick={() => setOpen('publish')}>
            {live ? 'Publish to more platforms' : 'Publish'}
          </Button>
        )}
        {unpublishAction && (
          <Button variant="outlined" color="warning" title={whyNot(unpublishAction)} onClick={() => setOpen('unpublish')}>
            Unpublish
          </Button>
        )}
        {rejectAction && (
          <Button variant="outlined" color="error" title={whyNot(rejectAction)} onClick={() => setOpen('reject')}>
            Reject
          </Button>
        )}
        {replyAction && (
          <Button variant="text" title={whyNot(replyAction)} onClick={() => setOpen('reply')}>
            {record.reply ? 'Edit reply' : 'Reply'}
          </Button>
        )}
      </Stack>

      <ActionDialog
        open={open === 'shortlist'}
        title="Shortlist with override"
        description={`Fails: ${overridable.map((c) => `${checkLabel(c.check)} (${c.hint})`).join('; ')}. Marketing may override these with a reason, which stays on the review.`}
        fields={[{ name: 'overrideReason', label: 'Why it is still a good testimonial', kind: 'multiline' }]}
        confirmLabel="Shortlist"
        pending={shortlist.isPending}
        onClose={close}
        onConfirm={(v) => shortlist.mutate({ reviewId, overrideReason: v.overrideReason.trim(), expectedVersion: record.version })}
      />
      <ActionDialog
        open={open === 'reject'}
        title="Reject review"
        warning={whyNot(rejectAction)}
        description="The review stays in the inbox with your reason; it can be shortlisted again later."
        fields={[{ name: 'reason', label: 'Reason', kind: 'multiline' }]}
        confirmLabel="Reject"
        danger
        pending={reject.isPending}
        onClose={close}
        onConfirm={(v) => reject.mutate({ reviewId, reason: v.reason.trim(), expectedVersion: record.version })}
      />
      <ActionDialog
        open={open === 'unpublish'}
        title="Unpublish everywhere"
        warning={whyNot(unpublishAction)}
        description="Takes the testimonial down from every platform; the record and your reason stay."
        fields={[{ name: 'reason', label: 'Reason', kind: 'multiline' }]}
        confirmLabel="Unpublish"
        danger
        pending={unpublish.isPending}
        onClose={close}
        onConfirm={(v) => unpublish.mutate({ reviewId, reason: v.reason.trim(), expectedVersion: record.version })}
      />
      <ActionDialog
        open={open === 'reply'}
        title="Reply to the review"
        warning={whyNot(replyAction)}
        description="Stored on the review as the brand's reply."
        fields={[{ name: 'text', label: 'Reply', kind: 'multiline', initial: record.reply ?? '' }]}
        confirmLabel="Save reply"
        pending={reply.isPending}
        onClose={close}
        onConfirm={(v) => reply.mutate({ reviewId, text: v.text.trim(), expectedVersion: record.version })}
      />
      {open === 'publish' && (
        <PublishDialog
          review={record as never}
          pending={publish.isPending}
          onClose={close}
          onPublish={({ platforms, creative }) => publish.mutate({ reviewId, platforms, creative, expectedVersion: record.version })}
        />
      )}
    </Stack>
  );
}
