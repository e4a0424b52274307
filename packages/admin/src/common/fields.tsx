// Small display helpers shared by the resources.
import { Chip, Stack } from '@mui/material';
import { DateField, NumberField, useRecordContext, type DateFieldProps, type NumberFieldProps } from 'react-admin';
import { humanize } from '../schema';

/** An enum value as a chip: "PICKUP_SCHEDULED" → "Pickup scheduled". */
export function EnumChipField({ source }: { source: string; label?: string }) {
  const record = useRecordContext();
  const value: unknown = record?.[source];
  return typeof value === 'string' ? <Chip size="small" label={humanize(value)} /> : null;
}

export const RUPEES: Intl.NumberFormatOptions = { style: 'currency', currency: 'INR', maximumFractionDigits: 0 };

/** Prices are whole rupees in the API. */
export const RupeeField = (props: NumberFieldProps) => <NumberField locales="en-IN" options={RUPEES} {...props} />;

const WHEN: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' };

/** A date and time the Indian way, short enough for a table cell: "24 Nov 2026, 11:33 am". */
export const WhenField = (props: Omit<DateFieldProps, 'showTime' | 'options' | 'locales'>) => (
  <DateField {...props} showTime locales="en-IN" options={WHEN} />
);

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
