// What is live on each platform right now, from the public testimonials(platform) query. Signed
// in, each testimonial also names its review (Publication.reviewId, for whoever may read reviews)
// and offers a take-down from that platform where its availableActions list UNPUBLISH.
import { Box, Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import { useQueries } from '@tanstack/react-query';
import { Link, Title, useDataProvider, useTranslate } from 'react-admin';
import { actionsOf } from '../common/actions';
import type { CxDataProvider } from '../dataProvider';
import { CreativePreview } from '../reviews/PublishDialog';
import { TakeDownButton } from '../reviews/TakeDownButton';
import { enumChoices } from '../schema';

// The review's drawer over the Published tab, where the review now is.
const reviewLink = (id: string) => `/Review/${id}?filter=${encodeURIComponent(JSON.stringify({ status: 'PUBLISHED' }))}`;

export function TestimonialsPage() {
  const dataProvider = useDataProvider<CxDataProvider>();
  const translate = useTranslate();
  const platforms = enumChoices('PublishPlatform');
  const results = useQueries({
    queries: platforms.map((p) => ({ queryKey: ['testimonials', p.id], queryFn: () => dataProvider.testimonials({ platform: p.id }) })),
  });
  return (
    <Box sx={{ mt: 2 }} data-testid="testimonials">
      <Title title={translate('cx.testimonials.title')} />
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
                  {r.isPending && <Typography variant="body2">{translate('cx.loading')}</Typography>}
                  {r.error && <Typography color="error">{r.error.message}</Typography>}
                  {r.data?.length === 0 && (
                    <Typography variant="body2" color="text.secondary">
                      {translate('cx.testimonials.nothing_live')}
                    </Typography>
                  )}
                  {r.data?.map((t) => {
                    const takeDown = actionsOf(t).find('UNPUBLISH');
                    return (
                      <Box key={t.id} sx={{ mb: 1.5 }} data-testid={`testimonial-${t.id}`}>
                        <CreativePreview displayName={t.displayName} excerpt={t.excerpt} rating={t.rating} />
                        {(t.reviewId || takeDown) && (
                          <Stack direction="row" spacing={1} alignItems="center" justifyContent="space-between" sx={{ mt: 0.5 }}>
                            {t.reviewId ? (
                              <Link to={reviewLink(t.reviewId)} variant="body2" aria-label={translate('cx.testimonials.open_review_by', { name: t.displayName })}>
                                {translate('cx.testimonials.open_review')}
                              </Link>
                            ) : (
                              <span />
                            )}
                            {takeDown && t.reviewId && <TakeDownButton reviewId={t.reviewId} platform={t.platform} available={takeDown} />}
                          </Stack>
                        )}
                      </Box>
                    );
                  })}
                </CardContent>
              </Card>
            </Grid>
          );
        })}
      </Grid>
    </Box>
  );
}
