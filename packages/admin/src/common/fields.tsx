// Small display helpers shared by the resources.
import { Box, Chip, Stack, Typography, type SxProps, type Theme } from '@mui/material';
import { NumberField, useRecordContext, useTranslate, type NumberFieldProps } from 'react-admin';
import { humanize } from '../schema';
import { formatDay, formatWhen, NUMBER_LOCALE, RUPEES } from './format';

/** An enum value as a chip: "PICKUP_SCHEDULED" → "Pickup scheduled". */
export function EnumChipField({ source }: { source: string; label?: string }) {
  const record = useRecordContext();
  const value: unknown = record?.[source];
  return typeof value === 'string' ? <Chip size="small" label={humanize(value)} /> : null;
}

export { RUPEES };

/**
 * A rating as stars, read out as "4 stars" (or "No rating" without one) wherever it is shown.
 * outOf: the missing stars too, greyed ("★★★★☆" as a public review shows it); gold: in the
 * public reviews' colour.
 */
export function Stars({ rating, outOf, gold }: { rating: number | null | undefined; outOf?: number; gold?: boolean }) {
  const translate = useTranslate();
  return (
    <Box
      component="span"
      role="img"
      aria-label={rating ? translate('cx.stars', { smart_count: rating }) : translate('cx.no_rating')}
      sx={{ whiteSpace: 'nowrap', color: gold ? '#f5a623' : undefined }}
    >
      {rating ? '★'.repeat(rating) : outOf ? '' : '—'}
      {outOf && outOf > (rating ?? 0) && (
        <Box component="span" sx={{ color: 'grey.300' }}>
          {'★'.repeat(outOf - (rating ?? 0))}
        </Box>
      )}
    </Box>
  );
}

/** Prices are whole rupees in the API: "₹1,25,000" (common/format.ts). */
export const RupeeField = (props: NumberFieldProps) => <NumberField locales={NUMBER_LOCALE} options={RUPEES} {...props} />;

interface InstantFieldProps {
  source: string;
  label?: string;
  /** Shown when the record has no value (a message key or plain text). */
  emptyText?: string;
  sx?: SxProps<Theme>;
}

function InstantField({ source, emptyText = '', sx, format }: InstantFieldProps & { format: (v: string) => string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  // "order.completedAt": a nested source, as react-admin's own fields read it.
  const value: unknown = source.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), record);
  const text = typeof value === 'string' && value ? format(value) : emptyText && translate(emptyText, { _: emptyText });
  return (
    <Typography component="span" variant="body2" sx={sx}>
      {text}
    </Typography>
  );
}

/** A date and time in India, as everywhere in the panel: "24 Nov 2026, 11:33 am" (common/format.ts). */
export const WhenField = (props: InstantFieldProps) => <InstantField {...props} format={(v) => formatWhen(v)} />;

/** The India day of an instant: "24 Nov 2026". */
export const DayField = (props: InstantFieldProps) => <InstantField {...props} format={(v) => formatDay(v)} />;

/** A list of enum values as chips: ["HIGH_VALUE"] → "High value". */
export function EnumChipsField({ source }: { source: string; label?: string }) {
  const record = useRecordContext();
  const values: unknown = record?.[source];
  if (!Array.isArray(values)) return null;
  return (
    <Stack direction="row" spacing={0.5} flexWrap="wrap" useFlexGap>
      {values.map((v) => (
        <Chip key={String(v)} size="small" variant="outlined" label={humanize(String(v))} />
      ))}
    </Stack>
  );
}
