// M7 (SOP 003 §3): a completed order's payment receipt. "Open PDF" follows the signed link the API
// gives (read when the page opens: a fresh link each time); "Send again" asks the channel and
// calls resendReceipt, whose refusals (no e-mail address, no WhatsApp, opted out) come back as
// the API words them, a field error under the channel.
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import SendIcon from '@mui/icons-material/Send';
import { Button, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Labeled, required, SelectInput, useDataProvider, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { can } from '../access';
import { DomainActionButton } from '../common/DomainActionButton';
import type { CxDataProvider } from '../dataProvider';

const CHANNELS = ['WHATSAPP', 'EMAIL'] as const;

export function OrderReceipt() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<CxDataProvider>();
  const { permissions } = usePermissions<string[]>();
  const orderId = record ? String(record.id) : '';
  const offered = record?.status === 'COMPLETED' && can(permissions, 'receipt');
  const { data: receipt, isPending } = useQuery({
    queryKey: ['receipt', orderId, record?.paymentReference],
    queryFn: () => dataProvider.receipt({ orderId }),
    enabled: offered,
  });
  if (!offered) return null;

  return (
    <Labeled label="cx.orders.receipt.title">
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap data-testid="order-receipt">
        <Button
          variant="outlined"
          size="small"
          startIcon={<PictureAsPdfIcon />}
          component="a"
          href={receipt?.url}
          target="_blank"
          rel="noopener noreferrer"
          disabled={isPending || !receipt}
          title={receipt ? translate('cx.orders.receipt.open_title', { number: receipt.number }) : undefined}
        >
          {translate('cx.orders.receipt.open')}
        </Button>
        {can(permissions, 'resendReceipt') && (
          <DomainActionButton
            method="resendReceipt"
            label={translate('cx.orders.receipt.send')}
            icon={<SendIcon />}
            variant="outlined"
            size="small"
            title={translate('cx.orders.receipt.send_title')}
            description={translate('cx.orders.receipt.send_description')}
            confirmLabel={translate('cx.orders.receipt.send_confirm')}
            defaultValues={(r) => ({ channel: r.customer?.hasWhatsapp === false ? 'EMAIL' : 'WHATSAPP' })}
            success={translate('cx.orders.receipt.sent')}
            toVariables={(v) => ({ orderId, channel: String(v.channel) })}
          >
            <SelectInput
              source="channel"
              label="cx.orders.receipt.channel"
              choices={CHANNELS.map((id) => ({ id, name: translate(`cx.orders.receipt.channels.${id}`) }))}
              validate={required()}
              fullWidth
            />
          </DomainActionButton>
        )}
      </Stack>
    </Labeled>
  );
}
