// Weekly ratings & complaints for one vendor from the API's vendorTrend(vendorId, weeks), when
// the bundled schema has it. Its shape is read from the schema: every numeric field becomes a
// series, so the chart follows the API without a rebuild of this file.
import { gql } from '@apollo/client';
import { useQuery } from '@tanstack/react-query';
import { getNamedType, isLeafType, isListType, isNonNullType, isObjectType, type GraphQLOutputType } from 'graphql';
import { Stack, Typography } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import { weekLabel, WeeklyChart, type Series } from '../common/charts';
import type { CxDataProvider } from '../dataProvider';
import { hasQuery, humanize, schema } from '../schema';

const COLORS = ['#1976d2', '#2e7d32', '#ed6c02', '#9c27b0', '#0288d1'];

function trendShape() {
  if (!hasQuery('vendorTrend')) return null;
  const field = schema.getQueryType()!.getFields().vendorTrend;
  let t: GraphQLOutputType = field.type;
  if (isNonNullType(t)) t = t.ofType;
  if (!isListType(t)) return null;
  const item = getNamedType(t);
  if (!isObjectType(item)) return null;
  const fields = Object.values(item.getFields()).filter((f) => isLeafType(getNamedType(f.type)));
  const dateField = fields.find((f) => getNamedType(f.type).name === 'DateTime');
  const numeric = fields.filter((f) => ['Int', 'Float'].includes(getNamedType(f.type).name));
  if (!dateField || numeric.length === 0) return null;
  const document = gql(`query VendorTrend($vendorId: ID!, $weeks: Int) { vendorTrend(vendorId: $vendorId, weeks: $weeks) { ${fields.map((f) => f.name).join(' ')} } }`);
  // Ratings (floats) and counts (ints) have different scales: one chart each.
  const series = (type: string): Series[] =>
    numeric
      .filter((f) => getNamedType(f.type).name === type)
      .map((f, i) => ({
        key: f.name,
        label: humanize(f.name.replace(/([A-Z])/g, '_$1').toUpperCase()),
        // Complaints are bad news: always red.
        color: /complaint/i.test(f.name) ? '#d32f2f' : COLORS[i % COLORS.length],
      }));
  return { document, dateKey: dateField.name, ratings: series('Float'), counts: series('Int') };
}

const SHAPE = trendShape();

export function VendorTrend({ vendorId }: { vendorId: string }) {
  const dataProvider = useDataProvider<CxDataProvider>();
  const translate = useTranslate();
  const { data, error, isPending } = useQuery({
    queryKey: ['vendorTrend', vendorId],
    queryFn: () => dataProvider.rawQuery<{ vendorTrend: Record<string, unknown>[] }>({ document: SHAPE!.document, variables: { vendorId, weeks: 12 } }),
    enabled: SHAPE !== null,
  });
  if (!SHAPE) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('cx.vendors.trend.unavailable')}
      </Typography>
    );
  }
  if (error) return <Typography color="error">{error.message}</Typography>;
  if (isPending) return <Typography variant="body2">{translate('cx.vendors.trend.loading')}</Typography>;
  const rows = data?.vendorTrend ?? [];
  const x = (r: Record<string, unknown>) => weekLabel(String(r[SHAPE.dateKey]));
  return (
    <Stack spacing={3}>
      {SHAPE.ratings.length > 0 && <WeeklyChart kind="line" title={translate('cx.vendors.trend.ratings')} rows={rows} x={x} series={SHAPE.ratings} yMin={1} yMax={5} />}
      {SHAPE.counts.length > 0 && <WeeklyChart kind="bar" title={translate('cx.vendors.trend.counts')} rows={rows} x={x} series={SHAPE.counts} integer format={(v) => String(Math.round(v))} />}
    </Stack>
  );
}
