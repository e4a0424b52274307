// What is live on each platform right now, from the public testimonials(platform) query.
import { Box, Card, CardContent, Grid, Typography } from '@mui/material';
import { useQueries } from '@tanstack/react-query';
import { Title, useDataProvider } from 'react-admin';
import type { CxDataProvider } from '../dataProvider';
import { CreativePreview } from '../reviews/PublishDialog';
import { enumChoices } from '../schema';

export function TestimonialsPage() {
  const dataProvider = useDataProvider<CxDataProvider>();
  const platforms = enumChoices('PublishPlatform');
  const results = useQueries({
    queries: platforms.map((p) => ({ queryKey: ['testimonials', p.id], queryFn: () => dataProvider.testimonials({ platform: p.id }) })),
  });
  return (
    <Box sx={{ mt: 2 }} data-testid="testimonials">
      <Title title="What's live" />
      <Grid container spacing={2}>
        {platforms.map((p, i) => {
          const r = results[i];
          return (
            <Grid key={p.id} size={{ xs: 12, md: 6, lg: 4 }}>
              <Card sx={{ height: '100%' }} data-testid={`platform-${p.id}`}>
                <CardContent>
                  <Typography variant="h6" component="h2" gutterBottom>
                    {p.name} {r.data ? `(${r.data.length})` : ''}
                  </Typography>
                  {r.isPending && <Typography variant="body2">Loading…</Typography>}
                  {r.error && <Typography color="error">{r.error.message}</Typography>}
                  {r.data?.length === 0 && (
                    <Typography variant="body2" color="text.secondary">
                      Nothing live here. Publish a shortlisted review from the Reviews page.
                    </Typography>
                  )}
                  {r.data?.map((t) => (
                    <Box key={`${t.displayName}-${t.publishedAt}`} sx={{ mb: 1 }}>
                      <CreativePreview displayName={t.displayName} excerpt={t.excerpt} rating={t.rating} />
                    </Box>
                  ))}
                </CardContent>
              </Card>
            </Grid>
          );
        })}
      </Grid>
    </Box>
  );
}
