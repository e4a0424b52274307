import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** SOP_RULES V4: top 10% by composite, ≥10 ratings in 90 days, no complaint in 30 days (API decides). */
export function TopPerformerBadge() {
  const record = useRecordContext();
  const translate = useTranslate();
  return record?.scorecard?.topPerformer ? (
    <Chip size="small" color="success" icon={<EmojiEventsIcon />} label={translate('cx.vendors.top_performer')} data-testid="top-performer" />
  ) : null;
}
