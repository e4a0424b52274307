import { Typography, type TypographyProps } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatNumber } from '../common/format';

/** How each scorecard figure reads: scores to one decimal, counts whole; alarms turn red when above 0. */
export const SCORECARD_FIGURES: Record<string, { digits: number; alarm?: boolean }> = {
  compositeScore: { digits: 1 },
  avgOverall: { digits: 1 },
  avgBehaviour: { digits: 1 },
  avgProfessionalism: { digits: 1 },
  avgTimeliness: { digits: 1 },
  ratingsCount: { digits: 0 },
  ordersCompleted: { digits: 0 },
  complaintsLast30Days: { digits: 0, alarm: true },
  slaViolationsLast30Days: { digits: 0, alarm: true },
};

/** One figure of the record's scorecard, the same in the vendor list and on the vendor page. */
export function ScorecardFigure({ name, ...props }: { name: string } & Omit<TypographyProps, 'children'>) {
  const record = useRecordContext();
  const v: unknown = record?.scorecard?.[name];
  const { digits, alarm } = SCORECARD_FIGURES[name] ?? { digits: 1 };
  const red = alarm && typeof v === 'number' && v > 0;
  return (
    <Typography {...props} sx={{ fontVariantNumeric: 'tabular-nums', ...(red && { color: 'error.main', fontWeight: 600 }), ...props.sx }}>
      {formatNumber(typeof v === 'number' ? v : null, { digits })}
    </Typography>
  );
}
