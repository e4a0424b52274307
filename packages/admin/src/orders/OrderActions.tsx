// Lifecycle buttons, payment and vendor assignment: only what the API lists in
// Order.availableActions for this user (ADVANCE_TO_<status>, COMPLETE, ASSIGN_VENDOR).
// finalPrice is asked for at INSPECTED (price after inspection).
import CurrencyRupeeIcon from '@mui/icons-material/CurrencyRupee';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { Stack } from '@mui/material';
import { useState } from 'react';
import { useGetList, useRecordContext } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { ActionButton } from '../common/ActionButton';
import { actionsOf } from '../common/actions';
import { useDomainAction } from '../common/useDomainAction';
import { humanize } from '../schema';

const VERB: Record<string, string> = {
  PICKUP_SCHEDULED: 'Schedule pickup',
  PICKED_UP: 'Mark picked up',
  INSPECTED: 'Record inspection',
  CANCELLED: 'Cancel order',
  RETURNED: 'Return device',
};
const DANGER = ['CANCELLED', 'RETURNED'];
const ADVANCE = 'ADVANCE_TO_';

export function OrderActions() {
  const record = useRecordContext();
  const [open, setOpen] = useState<null | string>(null);
  const close = () => setOpen(null);
  const { data: vendors } = useGetList(
    'Vendor',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' }, filter: { assignable: true }, meta: { sparseFields: ['id', 'name', 'city'] } },
    { enabled: open === 'vendor' },
  );
  const advance = useDomainAction('advanceOrder', { inForm: true, success: 'Order updated', onSuccess: close });
  const assign = useDomainAction('assignVendor', { inForm: true, success: 'Vendor assigned', onSuccess: close });
  const complete = useDomainAction('completeOrder', { inForm: true, success: 'Payment recorded: the customer is asked for feedback', onSuccess: close });
  if (!record) return null;
  const orderId = String(record.id);
  const actions = actionsOf(record);
  const steps = actions.list.filter((a) => a.action.startsWith(ADVANCE)).map((a) => ({ ...a, status: a.action.slice(ADVANCE.length) }));
  const pay = actions.find('COMPLETE');
  const assignVendor = actions.find('ASSIGN_VENDOR');

  return (
    <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap data-testid="order-actions">
      {steps.map(({ status, ...step }) => (
        <ActionButton
          key={status}
          available={step}
          variant={DANGER.includes(status) ? 'outlined' : 'contained'}
          color={DANGER.includes(status) ? 'error' : 'primary'}
          onClick={() => (status === 'INSPECTED' || DANGER.includes(status) ? setOpen(status) : advance.mutate({ orderId, status }))}
          disabled={advance.isPending}
        >
          {VERB[status] ?? humanize(status)}
        </ActionButton>
      ))}
      {pay && (
        <ActionButton available={pay} variant="contained" color="success" startIcon={<CurrencyRupeeIcon />} onClick={() => setOpen('pay')}>
          Complete (payment)
        </ActionButton>
      )}
      {assignVendor && (
        <ActionButton available={assignVendor} variant="outlined" startIcon={<LocalShippingIcon />} onClick={() => setOpen('vendor')}>
          {record.vendor ? 'Change vendor' : 'Assign vendor'}
        </ActionButton>
      )}

      <ActionDialog
        open={open === 'INSPECTED'}
        title="Record inspection"
        description={`Quoted ₹${record.quotedPrice}. Enter the final price if inspection changed it.`}
        fields={[{ name: 'finalPrice', label: 'Final price (₹)', kind: 'number', initial: String(record.quotedPrice) }]}
        confirmLabel="Save inspection"
        pending={advance.isPending}
        error={advance.error}
        onClose={close}
        onConfirm={(v) => advance.mutate({ orderId, status: 'INSPECTED', finalPrice: Number(v.finalPrice) })}
      />
      {DANGER.map((status) => (
        <ActionDialog
          key={status}
          open={open === status}
          title={VERB[status]}
          description={status === 'RETURNED' ? 'The device goes back to the customer.' : 'The order stops here; this cannot be undone.'}
          fields={[]}
          confirmLabel={VERB[status]}
          danger
          pending={advance.isPending}
          error={advance.error}
          onClose={close}
          onConfirm={() => advance.mutate({ orderId, status })}
        />
      ))}
      <ActionDialog
        open={open === 'pay'}
        title="Record payment"
        description="Completing the order asks the customer for feedback and may create a call task."
        fields={[{ name: 'paymentReference', label: 'Payment reference' }]}
        confirmLabel="Complete order"
        pending={complete.isPending}
        error={complete.error}
        onClose={close}
        onConfirm={(v) => complete.mutate({ orderId, paymentReference: v.paymentReference.trim() })}
      />
      <ActionDialog
        open={open === 'vendor'}
        title="Assign a vendor"
        description="Only active vendors take orders."
        fields={[
          {
            name: 'vendorId',
            label: 'Vendor',
            kind: 'select',
            choices: (vendors ?? []).map((v) => ({ id: String(v.id), name: v.city ? `${v.name} (${v.city})` : v.name })),
            initial: record.vendor?.id ?? '',
          },
        ]}
        confirmLabel="Assign"
        pending={assign.isPending}
        error={assign.error}
        onClose={close}
        onConfirm={(v) => assign.mutate({ orderId, vendorId: v.vendorId })}
      />
    </Stack>
  );
}
