// Publish a shortlisted review: pick platforms, adjust the creative (display name, excerpt of
// the customer's own words) and see it as it will appear. The starting creative and the excerpt's
// limit are the API's own (Review.defaultCreative), so the preview is what gets published.
import {
  Alert,
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
import { fieldErrorsOf } from '../dataProvider/errors';

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
  /** The publish action's last error: the API's field errors (creative.displayName, creative.excerpt) land under their fields. */
  error?: unknown;
  onClose: () => void;
  onPublish: (input: PublishInput) => void;
}

const FIELD = { displayName: 'creative.displayName', excerpt: 'creative.excerpt' } as const;

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

export function PublishDialog({ review, pending, error, onClose, onPublish }: Props) {
  // As in ActionDialog: an error from before this opening is not shown; a field's goes once it is edited.
  const [staleError] = useState(() => error);
  const [edited, setEdited] = useState<{ error: unknown; names: string[] }>({ error: undefined, names: [] });
  const fieldErrors = error && error !== staleError ? fieldErrorsOf(error) ?? {} : {};
  const errorOf = (name: string) => (edited.error === error && edited.names.includes(name) ? undefined : fieldErrors[name]);
  const editedField = (name: string) => fieldErrors[name] && setEdited((e) => ({ error, names: e.error === error ? [...e.names, name] : [name] }));
  const otherErrors = Object.entries(fieldErrors).filter(([name]) => !Object.values<string>(FIELD).includes(name)).map(([, m]) => m);
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
        {otherErrors.map((m) => (
          <Alert key={m} severity="error" sx={{ mb: 2 }}>
            {m}
          </Alert>
        ))}
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
            <TextField
              label="Display name"
              value={displayName}
              onChange={(e) => {
                setDisplayName(e.target.value);
                editedField(FIELD.displayName);
              }}
              fullWidth
              margin="normal"
              error={Boolean(errorOf(FIELD.displayName))}
              helperText={errorOf(FIELD.displayName) ?? 'First name and last initial by default.'}
            />
            <TextField
              label="Excerpt"
              value={excerpt}
              onChange={(e) => {
                setExcerpt(e.target.value);
                editedField(FIELD.excerpt);
              }}
              fullWidth
              multiline
              minRows={4}
              margin="normal"
              error={tooLong || Boolean(errorOf(FIELD.excerpt))}
              helperText={errorOf(FIELD.excerpt) ?? `${length}/${defaults.maxExcerptLength} characters of the customer's own words; mark left-out parts with “…”.`}
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
