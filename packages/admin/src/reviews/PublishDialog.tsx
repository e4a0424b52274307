// Publish a shortlisted review: pick platforms, adjust the creative (display name, excerpt of
// the customer's own words) and see it as it will appear. The starting creative and the excerpt's
// limit are the API's own (Review.defaultCreative), so the preview is what gets published. On
// DomainActionButton's <Form>: the API's refusal of the creative lands under its input, and a
// change made to the review meanwhile is refused inside the dialog, with Reload.
import { Card, CardContent, Grid, Typography } from '@mui/material';
import { CheckboxGroupInput, FormDataConsumer, required, TextInput, useTranslate, type RaRecord } from 'react-admin';
import { DomainActionButton, type ActionValues } from '../common/DomainActionButton';
import { Stars } from '../common/fields';
import { enumChoices } from '../schema';

/** What the publish dialog reads of the drawer's review. */
export interface PublishableReview {
  rating: number;
  defaultCreative: { displayName: string; excerpt: string; maxExcerptLength: number };
  publications?: { platform: string; unpublishedAt?: string | null }[];
}

export function CreativePreview({ displayName, excerpt, rating }: { displayName: string; excerpt: string; rating: number }) {
  return (
    <Card variant="outlined" sx={{ bgcolor: 'grey.50' }} data-testid="creative-preview">
      <CardContent>
        <Typography sx={{ fontSize: 22, letterSpacing: 2 }}>
          <Stars rating={rating} outOf={5} gold />
        </Typography>
        <Typography variant="body1" sx={{ fontStyle: 'italic', my: 1 }}>
          “{excerpt}”
        </Typography>
        <Typography variant="subtitle2">— {displayName}</Typography>
      </CardContent>
    </Card>
  );
}

// Characters as the API counts them (code points, not UTF-16 units).
const chars = (text: unknown) => [...String(text ?? '')].length;

/** The publishReview input from the dialog: only what was changed of the creative; unchanged, the API publishes its own defaults, shown here. */
function toPublishInput(values: ActionValues, review: RaRecord) {
  const defaults = (review as RaRecord & PublishableReview).defaultCreative;
  const creative: { displayName?: string; excerpt?: string } = {};
  const displayName = String(values.creative?.displayName ?? '').trim();
  const excerpt = String(values.creative?.excerpt ?? '').trim();
  if (displayName !== defaults.displayName) creative.displayName = displayName;
  if (excerpt !== defaults.excerpt) creative.excerpt = excerpt;
  return {
    reviewId: String(review.id),
    platforms: values.platforms as string[],
    creative: Object.keys(creative).length ? creative : null,
    expectedVersion: review.version ?? null,
  };
}

export function PublishButton({ review }: { review: PublishableReview }) {
  const live = new Set((review.publications ?? []).filter((p) => !p.unpublishedAt).map((p) => p.platform));
  const defaults = review.defaultCreative;
  const translate = useTranslate();
  return (
    <DomainActionButton
      action="PUBLISH"
      method="publishReview"
      label={translate(live.size ? 'cx.reviews.publish.more' : 'cx.reviews.publish.label')}
      variant="contained"
      color="success"
      title={translate('cx.reviews.publish.title')}
      dialogMaxWidth="md"
      defaultValues={{ platforms: [], creative: { displayName: defaults.displayName, excerpt: defaults.excerpt } }}
      confirmLabel={
        <FormDataConsumer>
          {({ formData }) => {
            const n = (formData.platforms as string[] | undefined)?.length ?? 0;
            return n ? translate('cx.reviews.publish.confirm', { smart_count: n }) : translate('cx.reviews.publish.confirm_none');
          }}
        </FormDataConsumer>
      }
      success={translate('cx.reviews.publish.success')}
      toVariables={toPublishInput}
    >
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 6 }}>
          <CheckboxGroupInput
            source="platforms"
            label="cx.reviews.publish.platforms"
            choices={enumChoices('PublishPlatform').map((p) => ({ ...p, name: live.has(p.id) ? translate('cx.reviews.publish.live', { name: p.name }) : p.name }))}
            row={false}
            validate={required()}
          />
          <TextInput source="creative.displayName" label="cx.reviews.publish.display_name" validate={required()} fullWidth helperText="cx.reviews.publish.display_name_help" />
          <TextInput
            source="creative.excerpt"
            label="cx.reviews.publish.excerpt"
            validate={required()}
            fullWidth
            multiline
            minRows={4}
            helperText={
              <FormDataConsumer>
                {({ formData }) =>
                  translate('cx.reviews.publish.excerpt_help', { count: chars(formData.creative?.excerpt), max: defaults.maxExcerptLength })
                }
              </FormDataConsumer>
            }
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="subtitle2" gutterBottom>
            {translate('cx.reviews.publish.preview')}
          </Typography>
          <FormDataConsumer>
            {({ formData }) => (
              <CreativePreview displayName={formData.creative?.displayName ?? ''} excerpt={formData.creative?.excerpt ?? ''} rating={review.rating} />
            )}
          </FormDataConsumer>
        </Grid>
      </Grid>
    </DomainActionButton>
  );
}
