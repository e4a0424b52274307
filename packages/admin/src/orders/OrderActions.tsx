// Lifecycle buttons, payment, cancelling and vendor assignment: only what the API lists in
// Order.availableActions for this user (ADVANCE_TO_<status>, CANCEL, COMPLETE, ASSIGN_VENDOR).
// finalPrice is asked for at INSPECTED (price after inspection); returning asks first; cancelling
// asks the reason confirmed with the customer, after SOP 002's reschedule offer (RESCHEDULE).
import CurrencyRupeeIcon from '@mui/icons-material/CurrencyRupee';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { Stack, Typography } from '@mui/material';
import { NumberInput, required, SelectInput, TextInput, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { actionsOf } from '../common/actions';
import { DomainActionButton } from '../common/DomainActionButton';
import { formatRupees } from '../common/format';
import { enumChoices, humanize } from '../schema';

// A step's button says its verb: cx.orders.verbs.<status> ("Schedule pickup"), else the status.
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
      label="cx.orders.vendor"
      choices={(vendors ?? []).map((v) => ({ id: String(v.id), name: v.city ? `${v.name} (${v.city})` : v.name }))}
      isPending={isPending}
      validate={required()}
      fullWidth
    />
  );
}

export function OrderActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const orderId = String(record.id);
  const steps = actionsOf(record)
    .list.filter((a) => a.action.startsWith(ADVANCE))
    .map((a) => ({ available: a, status: a.action.slice(ADVANCE.length) }));
  const verb = (status: string) => translate(`cx.orders.verbs.${status}`, { _: humanize(status) });
  // Every reason the API takes, Other last (it asks for a note).
  const reasons = enumChoices('CancellationReason')
    .map((c) => ({ id: c.id, name: translate(`cx.orders.cancel.reasons.${c.id}`, { _: c.name }) }))
    .sort((a, b) => Number(a.id === 'OTHER') - Number(b.id === 'OTHER'));
  const offerReschedule = Boolean(actionsOf(record).find('RESCHEDULE'));

  return (
    <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap data-testid="order-actions">
      {steps.map(({ available, status }) =>
        status === 'INSPECTED' ? (
          <DomainActionButton
            key={status}
            action={available}
            method="advanceOrder"
            label={verb(status)}
            variant="contained"
            description={translate('cx.orders.inspect.description', { price: formatRupees(record.quotedPrice) })}
            confirmLabel={translate('cx.orders.inspect.confirm')}
            defaultValues={(r) => ({ finalPrice: r.quotedPrice })}
            success={translate('cx.orders.updated')}
            toVariables={(v) => ({ orderId, status, finalPrice: Number(v.finalPrice) })}
          >
            <NumberInput source="finalPrice" label="cx.orders.inspect.final_price" validate={required()} fullWidth />
          </DomainActionButton>
        ) : (
          <DomainActionButton
            key={status}
            action={available}
            method="advanceOrder"
            label={verb(status)}
            variant={DANGER.includes(status) ? 'outlined' : 'contained'}
            color={DANGER.includes(status) ? 'error' : 'primary'}
            // Cancelling and returning cannot be taken back: they ask first; the other steps just go.
            confirm={DANGER.includes(status)}
            danger={DANGER.includes(status)}
            description={translate(status === 'RETURNED' ? 'cx.orders.return_description' : 'cx.orders.cancel_description')}
            success={translate('cx.orders.updated')}
            toVariables={() => ({ orderId, status })}
          />
        ),
      )}
      <DomainActionButton
        action="CANCEL"
        method="cancelOrder"
        label={translate('cx.orders.cancel.label')}
        variant="outlined"
        color="error"
        danger
        title={translate('cx.orders.cancel.title')}
        description={translate(offerReschedule ? 'cx.orders.cancel.reschedule_offer' : 'cx.orders.cancel_description')}
        confirmLabel={translate('cx.orders.cancel.confirm')}
        success={translate('cx.orders.cancel.success')}
        toVariables={(v) => ({ orderId, reason: String(v.reason), note: typeof v.note === 'string' && v.note.trim() ? v.note : null })}
      >
        {offerReschedule && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('cx.orders.cancel_description')}
          </Typography>
        )}
        <SelectInput source="reason" label="cx.orders.cancel.reason" choices={reasons} validate={required()} fullWidth />
        <TextInput source="note" label="cx.orders.cancel.note" helperText="cx.orders.cancel.note_help" multiline minRows={2} fullWidth />
      </DomainActionButton>
      <DomainActionButton
        action="COMPLETE"
        method="completeOrder"
        label={translate('cx.orders.complete.label')}
        icon={<CurrencyRupeeIcon />}
        variant="contained"
        color="success"
        title={translate('cx.orders.complete.title')}
        description={translate('cx.orders.complete.description')}
        confirmLabel={translate('cx.orders.complete.confirm')}
        success={translate('cx.orders.complete.success')}
        toVariables={(v) => ({ orderId, paymentReference: String(v.paymentReference).trim() })}
      >
        <TextInput source="paymentReference" label="resources.Order.fields.paymentReference" validate={required()} fullWidth />
      </DomainActionButton>
      <DomainActionButton
        action="ASSIGN_VENDOR"
        method="assignVendor"
        label={translate(record.vendor ? 'cx.orders.assign_vendor.change' : 'cx.orders.assign_vendor.label')}
        icon={<LocalShippingIcon />}
        variant="outlined"
        title={translate('cx.orders.assign_vendor.title')}
        description={translate('cx.orders.assign_vendor.description')}
        confirmLabel={translate('cx.orders.assign_vendor.confirm')}
        defaultValues={(r) => ({ vendorId: r.vendor?.id ?? '' })}
        success={translate('cx.orders.assign_vendor.success')}
        toVariables={(v) => ({ orderId, vendorId: String(v.vendorId) })}
      >
        <VendorInput source="vendorId" />
      </DomainActionButton>
    </Stack>
  );
}
