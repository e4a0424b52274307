// Shortlist (with an override reason where RV3 allows it), reject, publish, unpublish, reply:
// only what the API lists in Review.availableActions; which failed checks need an override comes
// from Review.checkDetails. A shortlist the API blocks shows its reason instead of a button.
// Each sends the version the drawer has (expectedVersion): someone else's change is not undone,
// it is refused inside the action's dialog with a Reload (DomainActionButton).
import { Alert, Stack } from '@mui/material';
import { required, TextInput, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
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
  const translate = useTranslate();
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
              label={translate('cx.reviews.shortlist.override')}
              variant="contained"
              description={translate('cx.reviews.shortlist.override_description', {
                checks: overridable.map((c) => `${checkLabel(c.check, translate)} (${c.hint})`).join('; '),
              })}
              confirmLabel={translate('cx.reviews.shortlist.label')}
              success={translate('cx.reviews.shortlist.success')}
              toVariables={(v, r) => ({ ...ids(r), overrideReason: trimmed(v.overrideReason) })}
            >
              <TextInput source="overrideReason" label="cx.reviews.shortlist.override_reason" multiline minRows={3} validate={required()} fullWidth />
            </DomainActionButton>
          ) : (
            <DomainActionButton
              action={shortlist}
              method="shortlistReview"
              label={translate('cx.reviews.shortlist.label')}
              pendingLabel={translate('cx.reviews.shortlist.pending')}
              variant="contained"
              success={translate('cx.reviews.shortlist.success')}
              toVariables={(_, r) => ids(r)}
            />
          ))}
        <PublishButton review={record} />
        <DomainActionButton
          action="UNPUBLISH"
          method="unpublishReview"
          label={translate('cx.reviews.unpublish.label')}
          variant="outlined"
          color="warning"
          description={translate('cx.reviews.unpublish.description')}
          confirmLabel={translate('cx.reviews.unpublish.confirm')}
          danger
          success={translate('cx.reviews.unpublish.success')}
          toVariables={(v, r) => ({ ...ids(r), reason: trimmed(v.reason) })}
        >
          <TextInput source="reason" label="cx.reviews.reason" multiline minRows={3} validate={required()} fullWidth />
        </DomainActionButton>
        <DomainActionButton
          action="REJECT"
          method="rejectReview"
          label={translate('cx.reviews.reject.label')}
          variant="outlined"
          color="error"
          title={translate('cx.reviews.reject.title')}
          description={translate('cx.reviews.reject.description')}
          danger
          success={translate('cx.reviews.reject.success')}
          toVariables={(v, r) => ({ ...ids(r), reason: trimmed(v.reason) })}
        >
          <TextInput source="reason" label="cx.reviews.reason" multiline minRows={3} validate={required()} fullWidth />
        </DomainActionButton>
        <DomainActionButton
          action="REPLY"
          method="replyToReview"
          label={translate(record.reply ? 'cx.reviews.reply.edit' : 'cx.reviews.reply.label')}
          variant="text"
          title={translate('cx.reviews.reply.title')}
          description={translate('cx.reviews.reply.description')}
          confirmLabel={translate('cx.reviews.reply.confirm')}
          defaultValues={(r) => ({ text: r.reply ?? '' })}
          success={translate('cx.reviews.reply.success')}
          toVariables={(v, r) => ({ ...ids(r), text: trimmed(v.text) })}
        >
          <TextInput source="text" label="cx.reviews.reply.text" multiline minRows={3} validate={required()} fullWidth />
        </DomainActionButton>
      </Stack>
    </Stack>
  );
}
