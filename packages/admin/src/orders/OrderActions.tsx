// Lifecycle buttons, payment and vendor assignment: only what the API lists in
// Order.availableActions for this user (ADVANCE_TO_<status>, COMPLETE, ASSIGN_VENDOR).
// finalPrice is asked for at INSPECTED (price after inspection); cancelling and returning ask first.
import CurrencyRupeeIcon from '@mui/icons-material/CurrencyRupee';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { Stack } from '@mui/material';
import { NumberInput, required, SelectInput, TextInput, useGetList, useRecordContext } from 'react-admin';
import { actionsOf } from '../common/actions';
import { DomainActionButton } from '../common/DomainActionButton';
import { formatRupees } from '../common/format';
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

/** The vendors that take orders now, asked for when the dialog opens. */
function VendorInput({ source }: { source: string }) {
  const { data: vendors, isPending } = useGetList('Vendor', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
    filter: { assignable: true },
    meta: { sparseFields: ['id', 'name', 'city'] },
  });
  return (
    <SelectInput
      source={source}
      label="Vendor"
      choices={(vendors ?? []).map((v) => ({ id: String(v.id), name: v.city ? `${v.name} (${v.city})` : v.name }))}
      isPending={isPending}
      validate={required()}
      fullWidth
    />
  );
}

export function OrderActions() {
  const record = useRecordContext();
  if (!record) return null;
  const orderId = String(record.id);
  const steps = actionsOf(record)
    .list.filter((a) => a.action.startsWith(ADVANCE))
    .map((a) => ({ available: a, status: a.action.slice(ADVANCE.length) }));

  return (
    <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap data-testid="order-actions">
      {steps.map(({ available, status }) =>
        status === 'INSPECTED' ? (
          <DomainActionButton
            key={status}
            action={available}
            method="advanceOrder"
            label={VERB[status]}
            variant="contained"
            description={`Quoted ${formatRupees(record.quotedPrice)}. Enter the final price if inspection changed it.`}
            confirmLabel="Save inspection"
            defaultValues={(r) => ({ finalPrice: r.quotedPrice })}
            success="Order updated"
            toVariables={(v) => ({ orderId, status, finalPrice: Number(v.finalPrice) })}
          >
            <NumberInput source="finalPrice" label="Final price (₹)" validate={required()} fullWidth />
          </DomainActionButton>
        ) : (
          <DomainActionButton
            key={status}
            action={available}
            method="advanceOrder"
            label={VERB[status] ?? humanize(status)}
            variant={DANGER.includes(status) ? 'outlined' : 'contained'}
            color={DANGER.includes(status) ? 'error' : 'primary'}
            // Cancelling and returning cannot be taken back: they ask first; the other steps just go.
            confirm={DANGER.includes(status)}
            danger={DANGER.includes(status)}
            description={status === 'RETURNED' ? 'The device goes back to the customer.' : 'The order stops here; this cannot be undone.'}
            success="Order updated"
            toVariables={() => ({ orderId, status })}
          />
        ),
      )}
      <DomainActionButton
        action="COMPLETE"
        method="completeOrder"
        label="Complete (payment)"
        icon={<CurrencyRupeeIcon />}
        variant="contained"
        color="success"
        title="Record payment"
        description="Completing the order asks the customer for feedback and may create a call task."
        confirmLabel="Complete order"
        success="Payment recorded: the customer is asked for feedback"
        toVariables={(v) => ({ orderId, paymentReference: String(v.paymentReference).trim() })}
      >
        <TextInput source="paymentReference" label="Payment reference" validate={required()} fullWidth />
      </DomainActionButton>
      <DomainActionButton
        action="ASSIGN_VENDOR"
        method="assignVendor"
        label={record.vendor ? 'Change vendor' : 'Assign vendor'}
        icon={<LocalShippingIcon />}
        variant="outlined"
        title="Assign a vendor"
        description="Only active vendors take orders."
        confirmLabel="Assign"
        defaultValues={(r) => ({ vendorId: r.vendor?.id ?? '' })}
        success="Vendor assigned"
        toVariables={(v) => ({ orderId, vendorId: String(v.vendorId) })}
      >
        <VendorInput source="vendorId" />
      </DomainActionButton>
    </Stack>
  );
}
