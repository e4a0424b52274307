// Approve and Reject on a PROPOSED request, for whoever may call approveMoney / rejectMoney
// (FINANCE, ADMIN). A request carries no availableActions: who may not decide this one (its
// proposer, M3) is the API's to say, and its refusal (MONEY_SELF_APPROVAL) stays in the dialog.
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import { Stack } from '@mui/material';
import { required, TextInput, usePermissions, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { can } from '../access';
import type { AvailableAction } from '../common/actions';
import { DomainActionButton } from '../common/DomainActionButton';
import { formatRupees } from '../common/format';
import { humanizeMid } from '../schema';

const OFFERED: AvailableAction = { action: 'DECIDE', enabled: true };
const note = (v: unknown) => String(v ?? '').trim();
const ids = (r: RaRecord) => ({ id: String(r.id), expectedVersion: r.version as number | undefined });

export function MoneyDecisionButtons() {
  const r = useRecordContext();
  const { permissions } = usePermissions<string[]>();
  const translate = useTranslate();
  if (!r || r.status !== 'PROPOSED') return null;
  const what = { amount: formatRupees(r.amount), kind: humanizeMid(r.kind) };
  return (
    <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap data-testid="money-actions">
      {can(permissions, 'approveMoney') && (
        <DomainActionButton
          action={OFFERED}
          method="approveMoney"
          label={translate('cx.money.approve.label')}
          icon={<CheckCircleIcon />}
          variant="contained"
          color="success"
          title={translate('cx.money.approve.title', what)}
          description={translate('cx.money.approve.description')}
          success={translate('cx.money.approve.success')}
          refusalInDialog
          toVariables={(v, rec) => ({ ...ids(rec), note: note(v.note) || null })}
        >
          <TextInput source="note" label="cx.money.approve.note" multiline minRows={2} fullWidth />
        </DomainActionButton>
      )}
      {can(permissions, 'rejectMoney') && (
        <DomainActionButton
          action={OFFERED}
          method="rejectMoney"
          label={translate('cx.money.reject.label')}
          icon={<CancelIcon />}
          variant="outlined"
          color="error"
          danger
          title={translate('cx.money.reject.title', what)}
          description={translate('cx.money.reject.description')}
          success={translate('cx.money.reject.success')}
          refusalInDialog
          toVariables={(v, rec) => ({ ...ids(rec), note: note(v.note) })}
        >
          <TextInput source="note" label="cx.money.reject.note" multiline minRows={2} validate={required()} fullWidth />
        </DomainActionButton>
      )}
    </Stack>
  );
}
