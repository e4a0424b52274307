// Publish a shortlisted review: pick platforms, adjust the creative (display name, excerpt of
// the customer's own words) and see it as it will appear. The starting creative and the excerpt's
// limit are the API's own (Review.defaultCreative), so the preview is what gets published.
import {
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  Grid,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { enumChoices } from '../schema';

export interface PublishInput {
  platforms: string[];
  creative: { displayName?: string; excerpt?: string } | null;
}

interface Props {
  review: {
    rating: number;
    defaultCreative: { displayName: string; excerpt: string; maxExcerptLength: number };
    publications?: { platform: string; unpublishedAt?: string | null }[];
  };
  pending: boolean;
  onClose: () => void;
  onPublish: (input: PublishInput) => void;
}

export function CreativePreview({ displayName, excerpt, rating }: { displayName: string; excerpt: string; rating: number }) {
  return (
    <Card variant="outlined" sx={{ bgcolor: 'grey.50' }} data-testid="creative-preview">
      <CardContent>
        <Typography sx={{ color: '#f5a623', fontSize: 22, letterSpacing: 2 }} aria-label={`${rating} stars`}>
          {'★'.repeat(rating)}
          <Box component="span" sx={{ color: 'grey.300' }}>
            {'★'.repeat(5 - rating)}
          </Box>
        </Typography>
        <Typography variant="body1" sx={{ fontStyle: 'italic', my: 1 }}>
          “{excerpt}”
        </Typography>
        <Typography variant="subtitle2">— {displayName}</Typography>
      </CardContent>
    </Card>
  );
}

export function PublishDialog({ review, pending, onClose, onPublish }: Props) {
  const live = new Set((review.publications ?? []).filter((p) => !p.unpublishedAt).map((p) => p.platform));
  const [platforms, setPlatforms] = useState<string[]>([]);
  const defaults = review.defaultCreative;
  const [displayName, setDisplayName] = useState(defaults.displayName);
  const [excerpt, setExcerpt] = useState(defaults.excerpt);
  // Characters as the API counts them (code points, not UTF-16 units).
  const length = [...excerpt].length;
  const tooLong = length > defaults.maxExcerptLength;
  const toggle = (p: string) => setPlatforms((ps) => (ps.includes(p) ? ps.filter((x) => x !== p) : [...ps, p]));
  const publish = () => {
    // Send only what was changed: unchanged, the API publishes its own defaults, shown here.
    const creative: PublishInput['creative'] = {};
    if (displayName.trim() !== defaults.displayName) creative.displayName = displayName.trim();
    if (excerpt.trim() !== defaults.excerpt) creative.excerpt = excerpt.trim();
    onPublish({ platforms, creative: Object.keys(creative).length ? creative : null });
  };
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>Publish testimonial</DialogTitle>
      <DialogContent>
        <Grid container spacing={3}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Typography variant="subtitle2">Platforms</Typography>
            <FormGroup>
              {enumChoices('PublishPlatform').map((p) => (
                <FormControlLabel
                  key={p.id}
                  control={<Checkbox checked={platforms.includes(p.id)} onChange={() => toggle(p.id)} name={p.id} />}
                  label={live.has(p.id) ? `${p.name} (live)` : p.name}
                />
              ))}
            </FormGroup>
            <TextField label="Display name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} fullWidth margin="normal" helperText="First name and last initial by default." />
            <TextField
              label="Excerpt"
              value={excerpt}
              onChange={(e) => setExcerpt(e.target.value)}
              fullWidth
              multiline
              minRows={4}
              margin="normal"
              error={tooLong}
              helperText={`${length}/${defaults.maxExcerptLength} characters of the customer's own words; mark left-out parts with “…”.`}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Typography variant="subtitle2" gutterBottom>
              Preview
            </Typography>
            <CreativePreview displayName={displayName} excerpt={excerpt} rating={review.rating} />
          </Grid>
        </Grid>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={pending || platforms.length === 0 || tooLong || !excerpt.trim() || !displayName.trim()} onClick={publish}>
          Publish to {platforms.length || 'no'} platform{platforms.length === 1 ? '' : 's'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
