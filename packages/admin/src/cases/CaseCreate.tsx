// K1: a new case from the panel (the customer on the phone, an e-mail copied in): its type and
// channel, what the customer asked, who they are (a customer we know, or a phone and name for a
// new one) and optionally which of their orders. openCase decides the rest (number, team CX, the
// two SLA clocks); its field errors land under their fields.
import { Card, CardContent, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  Form,
  ReferenceInput,
  SaveButton,
  SelectInput,
  TextInput,
  Title,
  required,
  useNotify,
  useRecordFromLocation,
  useRedirect,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { useDomainAction } from '../common/useDomainAction';
import { fieldErrorsOf } from '../dataProvider/errors';
import { enumChoices, humanize } from '../schema';
import { useCaseRules } from './useCaseRules';

type Who = 'existing' | 'new';


const orderText = (o: RaRecord) => `${o.externalRef} · ${o.deviceModel}`;
const customerText = (c: RaRecord) => (c.phone ? `${c.name} · ${c.phone}` : c.name);

function PriorityInput() {
  const translate = useTranslate();
  const type = useWatch({ name: 'type' }) as string | undefined;
  // K2's default, to say which priority an empty choice means (the API's rule and the API applies it).
  const priority = useCaseRules().defaultPriority(type);
  return (
    <SelectInput
      source="priority"
      choices={enumChoices('CasePriority')}
      emptyText="cx.cases.create.priority_default"
      helperText={priority ? translate('cx.cases.create.priority_help', { priority: humanize(priority) }) : undefined}
    />
  );
}

function DeviceSerialInput() {
  const type = useWatch({ name: 'type' }) as string | undefined;
  if (type !== 'PRODUCT_SUPPORT') return null;
  return <TextInput source="deviceSerial" helperText="cx.cases.create.device_serial_help" validate={required()} />;
}

/** An existing customer (search by name or phone) and then, optionally, one of their orders. */
function CustomerInputs({ who, onWho }: { who: Who; onWho: (w: Who) => void }) {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const customerId = useWatch({ name: 'customerId' }) as string | undefined;
  return (
    <Stack spacing={1}>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={who}
        onChange={(_, w: Who | null) => {
          if (!w) return;
          onWho(w);
          setValue('customerId', null);
          setValue('orderId', null);
        }}
        aria-label={translate('cx.cases.create.who')}
      >
        <ToggleButton value="existing">{translate('cx.cases.create.existing_customer')}</ToggleButton>
        <ToggleButton value="new">{translate('cx.cases.create.new_customer')}</ToggleButton>
      </ToggleButtonGroup>
      {who === 'existing' ? (
        <>
          <ReferenceInput source="customerId" reference="Customer" sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput
              label="resources.SupportCase.fields.customer"
              optionText={customerText}
              filterToQuery={(q) => ({ q })}
              validate={required()}
              onChange={() => setValue('orderId', null)}
            />
          </ReferenceInput>
          {customerId && (
            <ReferenceInput source="orderId" reference="Order" filter={{ customerId }} sort={{ field: 'createdAt', order: 'DESC' }}>
              <SelectInput label="resources.SupportCase.fields.order" optionText={orderText} emptyText="cx.cases.create.no_order" />
            </ReferenceInput>
          )}
        </>
      ) : (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextInput source="customerPhone" validate={required()} helperText="cx.cases.create.phone_help" />
          <TextInput source="customerName" validate={required()} />
        </Stack>
      )}
    </Stack>
  );
}

export function CaseCreate() {
  const translate = useTranslate();
  const redirect = useRedirect();
  const notify = useNotify();
  const [who, setWho] = useState<Who>('existing');
  const open = useDomainAction('openCase', { inForm: true, refresh: false });
  // "New case" on a customer's page links here with ?source={"customerId":…} (react-admin's create-with-source).
  const fromLocation = useRecordFromLocation();

  const submit = async (v: Record<string, unknown>) => {
    const str = (x: unknown) => (typeof x === 'string' && x.trim() !== '' ? x.trim() : null);
    try {
      const created = await open.mutateAsync({
        input: {
          type: String(v.type),
          channel: String(v.channel),
          subject: String(v.subject ?? '').trim(),
          description: String(v.description ?? '').trim(),
          priority: str(v.priority),
          deviceSerial: v.type === 'PRODUCT_SUPPORT' ? str(v.deviceSerial) : null,
          ...(who === 'existing'
            ? { customerId: str(v.customerId), orderId: str(v.orderId) }
            : { customerPhone: str(v.customerPhone), customerName: str(v.customerName) }),
        },
      });
      notify('cx.cases.create.opened', { type: 'success', messageArgs: { number: created.number } });
      redirect('show', 'SupportCase', created.id);
      return undefined;
    } catch (error) {
      return fieldErrorsOf(error);
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 760 }}>
      <Title title={translate('resources.SupportCase.page.create')} />
      <CardContent>
        <Form record={{ channel: 'CALL', ...(fromLocation ?? {}) }} onSubmit={submit} noValidate>
          <Stack spacing={1}>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <SelectInput source="type" choices={enumChoices('CaseType')} validate={required()} />
              <SelectInput source="channel" choices={enumChoices('Channel')} validate={required()} helperText="cx.cases.create.channel_help" />
              <PriorityInput />
            </Stack>
            <TextInput source="subject" validate={required()} fullWidth />
            <TextInput source="description" validate={required()} multiline minRows={3} fullWidth helperText="cx.cases.create.description_help" />
            <DeviceSerialInput />
            <Typography variant="subtitle2" component="h2">
              {translate('resources.SupportCase.fields.customer')}
            </Typography>
            <CustomerInputs who={who} onWho={setWho} />
            <Stack direction="row" justifyContent="flex-end">
              <SaveButton label="cx.cases.create.submit" />
            </Stack>
          </Stack>
        </Form>
      </CardContent>
    </Card>
  );
}
