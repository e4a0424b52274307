// "Propose money" from a case, an escalation or an order page (M1–M5), for whoever may call
// proposeMoney: the order (and the case or escalation) come from the page, the person picks the
// kind and says why. The policy sets goodwill's amount and approves what it allows; the notice
// says which happened, with a link to the request.
import PaymentsIcon from '@mui/icons-material/Payments';
import { Alert } from '@mui/material';
import { createElement } from 'react';
import { useWatch } from 'react-hook-form';
import {
  BooleanInput,
  Link,
  NumberInput,
  required,
  SelectInput,
  TextInput,
  useCloseNotification,
  useNotify,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { can } from '../access';
import { DomainActionButton } from '../common/DomainActionButton';
import { formatRupees } from '../common/format';
import type { ProposeMoneyMutation } from '../gql/graphql';
import { enumChoices } from '../schema';

/** What CX proposes to a customer or a vendor; reversals and recoveries are FINANCE's (those who decide money). */
const CX_KINDS = ['GOODWILL', 'REFUND', 'VENDOR_EXTRA'];

type Proposed = ProposeMoneyMutation['proposeMoney'];

/** The outcome of a proposal: approved by the policy, or waiting for FINANCE; one click to the request. */
function ProposedNotice({ request }: { request: Proposed }) {
  const translate = useTranslate();
  const close = useCloseNotification();
  const approved = request.status === 'APPROVED';
  return (
    <Alert severity={approved ? 'success' : 'info'} variant="filled" role="status" data-testid="money-proposed">
      {translate(approved ? 'cx.money.propose.approved' : 'cx.money.propose.waiting', { amount: formatRupees(request.amount), rule: request.rule ?? '—' })}{' '}
      <Link to={`/MoneyRequest/${request.id}/show`} onClick={close} sx={{ color: 'inherit', textDecoration: 'underline' }}>
        {translate('cx.money.propose.open')}
      </Link>
    </Alert>
  );
}

/** The amount, except for goodwill (the policy sets it), and for a refund whether the vendor pays it back (M5). */
function KindInputs() {
  const translate = useTranslate();
  const kind = useWatch({ name: 'kind' });
  return (
    <>
      {kind === 'GOODWILL' ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('cx.money.propose.goodwill_amount')}
        </Alert>
      ) : (
        <NumberInput source="amount" label="cx.money.propose.amount" min={1} step={1} validate={required()} fullWidth />
      )}
      {kind === 'REFUND' && <BooleanInput source="recoverFromVendor" label="cx.money.propose.recover_from_vendor" helperText="cx.money.propose.recover_help" />}
    </>
  );
}

export function ProposeMoneyButton({
  orderId,
  caseId,
  escalationId,
  size,
}: {
  orderId: string | null | undefined;
  caseId?: string;
  escalationId?: string;
  size?: 'small' | 'medium';
}) {
  const { permissions } = usePermissions<string[]>();
  const translate = useTranslate();
  const notify = useNotify();
  if (!orderId || !can(permissions, 'proposeMoney')) return null;
  const kinds = enumChoices('MoneyKind').filter((k) => CX_KINDS.includes(k.id) || can(permissions, 'approveMoney'));
  return (
    <DomainActionButton
      method="proposeMoney"
      label={translate('cx.money.propose.label')}
      icon={<PaymentsIcon />}
      variant="outlined"
      size={size}
      title={translate('cx.money.propose.title')}
      description={translate('cx.money.propose.description')}
      confirmLabel={translate('cx.money.propose.confirm')}
      refusalInDialog
      defaultValues={{ kind: 'REFUND', recoverFromVendor: false }}
      toVariables={(v) => ({
        input: {
          orderId,
          caseId: caseId ?? null,
          escalationId: escalationId ?? null,
          kind: String(v.kind),
          amount: v.kind === 'GOODWILL' ? null : Number(v.amount),
          reason: String(v.reason ?? '').trim(),
          recoverFromVendor: v.kind === 'REFUND' ? Boolean(v.recoverFromVendor) : null,
        },
      })}
      onSuccess={(request) => notify(createElement(ProposedNotice, { request }), { autoHideDuration: 20_000 })}
      data-testid="propose-money"
    >
      <SelectInput source="kind" label="cx.money.propose.kind" choices={kinds} validate={required()} fullWidth />
      <KindInputs />
      <TextInput source="reason" label="cx.money.propose.reason" multiline minRows={2} validate={required()} fullWidth />
    </DomainActionButton>
  );
}
