// Shortlist (with an override reason where RV3 allows it), reject, publish, unpublish, reply:
// only what the API lists in Review.availableActions; which failed checks need an override comes
// from Review.checkDetails. A shortlist the API blocks shows its reason instead of a button.
// Each sends the version the drawer has (expectedVersion): someone else's change is not undone,
// it is refused inside the action's dialog with a Reload (DomainActionButton).
import { Alert, Stack } from '@mui/material';
import { required, TextInput, useRecordContext, type RaRecord } from 'react-admin';
import { actionsOf } from '../common/actions';
import { DomainActionButton } from '../common/DomainActionButton';
import { checkLabel, overridableFailures } from './checks';
import { PublishButton, type PublishableReview } from './PublishDialog';

/** The drawer's review (getOne selects every field), including what the publish dialog reads. */
type Review = RaRecord & PublishableReview & { reply?: string | null };

/** The review and the version the drawer has of it, read when the action is sent (after a Reload, the new one). */
const ids = (record: RaRecord) => ({ reviewId: String(record.id), expectedVersion: (record.version as number | undefined) ?? null });
const trimmed = (value: unknown) => String(value ?? '').trim();

export function ReviewActions() {
  const record = useRecordContext<Review>();
  const actions = actionsOf(record);
  if (!record || actions.list.length === 0) return null;
  const shortlist = actions.find('SHORTLIST');
  const overridable = overridableFailures(record);

  return (
    <Stack spacing={1}>
      {shortlist && !shortlist.enabled && <Alert severity="info">{shortlist.reason}</Alert>}
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
        {shortlist?.enabled &&
          (overridable.length ? (
            <DomainActionButton
              action={shortlist}
              method="shortlistReview"
              label="Shortlist with override"
              variant="contained"
              description={`Fails: ${overridable.map((c) => `${checkLabel(c.check)} (${c.hint})`).join('; ')}. Marketing may override these with a reason, which stays on the review.`}
              confirmLabel="Shortlist"
              success="Shortlisted: ready to publish"
              toVariables={(v, r) => ({ ...ids(r), overrideReason: trimmed(v.overrideReason) })}
            >
              <TextInput source="overrideReason" label="Why it is still a good testimonial" multiline minRows={3} validate={required()} fullWidth />
            </DomainActionButton>
          ) : (
            <DomainActionButton
              action={shortlist}
              method="shortlistReview"
              label="Shortlist"
              pendingLabel="Shortlisting…"
              variant="contained"
              success="Shortlisted: ready to publish"
              toVariables={(_, r) => ids(r)}
            />
          ))}
        <PublishButton review={record} />
        <DomainActionButton
          action="UNPUBLISH"
          method="unpublishReview"
          label="Unpublish everywhere"
          variant="outlined"
          color="warning"
          description="Takes the testimonial down from every platform where it is live and puts the review back on the Shortlisted tab; the publications and your reason stay in its history. To take it down from one platform only, use Take down beside that platform under Publications."
          confirmLabel="Unpublish"
          danger
          success="Taken down from every platform"
          toVariables={(v, r) => ({ ...ids(r), reason: trimmed(v.reason) })}
        >
          <TextInput source="reason" label="Reason" multiline minRows={3} validate={required()} fullWidth />
        </DomainActionButton>
        <DomainActionButton
          action="REJECT"
          method="rejectReview"
          label="Reject"
          variant="outlined"
          color="error"
          title="Reject review"
          description="The review moves to the Rejected tab with your reason. It can be shortlisted from there again later; its checks then run again."
          danger
          success="Rejected"
          toVariables={(v, r) => ({ ...ids(r), reason: trimmed(v.reason) })}
        >
          <TextInput source="reason" label="Reason" multiline minRows={3} validate={required()} fullWidth />
        </DomainActionButton>
        <DomainActionButton
          action="REPLY"
          method="replyToReview"
          label={record.reply ? 'Edit reply' : 'Reply'}
          variant="text"
          title="Reply to the review"
          description="Stored on the review as the brand's reply."
          confirmLabel="Save reply"
          defaultValues={(r) => ({ text: r.reply ?? '' })}
          success="Reply saved"
          toVariables={(v, r) => ({ ...ids(r), text: trimmed(v.text) })}
        >
          <TextInput source="text" label="Reply" multiline minRows={3} validate={required()} fullWidth />
        </DomainActionButton>
      </Stack>
    </Stack>
  );
}
