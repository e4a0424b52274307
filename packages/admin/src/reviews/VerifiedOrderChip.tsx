// RV2 "Verified order": the review is linked to a COMPLETED order (Review.verifiedOrder, decided by the API).
import VerifiedIcon from '@mui/icons-material/Verified';
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export function VerifiedOrderChip(_: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.verifiedOrder) return null;
  return <Chip size="small" color="success" variant="outlined" icon={<VerifiedIcon />} label={translate('cx.reviews.verified_order')} data-testid="verified-order" />;
}
