// Small display helpers shared by the resources.
import { Chip } from '@mui/material';
import { NumberField, useRecordContext, type NumberFieldProps } from 'react-admin';
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
