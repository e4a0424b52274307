// K3's reply box: a reply goes to the customer on the chosen channel (through the outbox; CALL
// logs a call), a note (the toggle) stays inside and is never sent. The counter counts against the
// channel's limit; the API checks the same limits (support-case.policy REPLY_MAX) and its field
// errors land under the body. A refusal because the case changed meanwhile stays here with a
// Reload that keeps what was typed. With the API's reply templates (K8) a picker fills the body.
import { Alert, Box, FormControlLabel, MenuItem, Stack, Switch, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Form, SaveButton, SelectInput, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { ConflictAlert } from '../common/ConflictNotice';
import { useDomainAction } from '../common/useDomainAction';
import { fieldErrorsOf, isStaleVersion } from '../dataProvider/errors';
import { enumChoices } from '../schema';
import { useCaseRules } from './useCaseRules';

/** A note's limit is a call summary's (the API's REPLY_MAX for CALL, as any case text). */
const noteLimit = (rules: ReturnType<typeof useCaseRules>) => rules.replyLimit('CALL') ?? 5000;

export type ReplyMode = 'reply' | 'note';

interface Template {
  id: string;
  name: string;
  body: string;
}

function Counter({ mode }: { mode: ReplyMode }) {
  const translate = useTranslate();
  const body = (useWatch({ name: 'body' }) as string | undefined) ?? '';
  const channel = useWatch({ name: 'channel' }) as string | undefined;
  const rules = useCaseRules();
  const limit = mode === 'note' ? noteLimit(rules) : rules.replyLimit(channel) ?? noteLimit(rules);
  const over = body.length > limit;
  return (
    <Typography variant="caption" color={over ? 'error' : 'text.secondary'} data-testid="reply-counter" aria-live="polite">
      {translate('cx.cases.reply.counter', { count: body.length.toLocaleString('en-IN'), limit: limit.toLocaleString('en-IN') })}
    </Typography>
  );
}

/** K8: the API's templates for this case, the customer's name and order already in them. */
function TemplatePicker({ templates }: { templates: Template[] }) {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const [chosen, setChosen] = useState('');
  if (templates.length === 0) return null;
  return (
    <TextField
      select
      size="small"
      label={translate('cx.cases.reply.template')}
      value={chosen}
      onChange={(e) => {
        setChosen(e.target.value);
        const t = templates.find((x) => x.id === e.target.value);
        if (t) setValue('body', t.body, { shouldDirty: true });
      }}
      sx={{ minWidth: 220 }}
    >
      {templates.map((t) => (
        <MenuItem key={t.id} value={t.id}>
          {t.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

function Submit({ mode }: { mode: ReplyMode }) {
  const channel = useWatch({ name: 'channel' }) as string | undefined;
  const label = mode === 'note' ? 'cx.cases.note.save' : channel === 'CALL' ? 'cx.cases.reply.log_call' : 'cx.cases.reply.send';
  return <SaveButton label={label} alwaysEnable />;
}

/** The reply box's text area (MUI's multiline keeps a hidden twin for sizing). */
export const focusReplyBody = () =>
  document.querySelector<HTMLTextAreaElement>('#case-reply textarea:not([aria-hidden="true"])')?.focus();

export function ReplyBox({ mode, onModeChange }: { mode: ReplyMode; onModeChange: (mode: ReplyMode) => void }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  // A new form after each message sent: empty again, on the same channel.
  const [round, setRound] = useState(0);
  const [lastChannel, setLastChannel] = useState<string | null>(null);
  const options = { inForm: true, conflictInForm: true, onSuccess: () => setRound((n) => n + 1) };
  const reply = useDomainAction('replyToCase', { ...options, success: translate('cx.cases.reply.sent') });
  const note = useDomainAction('addCaseNote', { ...options, success: translate('cx.cases.note.saved') });
  const channel = lastChannel ?? record?.channel;
  const rules = useCaseRules();
  // Fixed per round: the page refetching the case (every 30 s) must not empty what is being typed.
  const initial = useMemo(() => ({ channel, body: '' }), [round, channel]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!record) return null;
  const templates: Template[] = record.replyTemplates ?? [];

  const submit = async (values: Record<string, unknown>) => {
    setConflict(null);
    const body = String(values.body ?? '').trim();
    const channel = String(values.channel ?? record.channel);
    // The page's version now (after a Reload, the new one).
    const ids = { caseId: String(record.id), expectedVersion: record.version as number | undefined };
    try {
      if (mode === 'note') await note.mutateAsync({ ...ids, body });
      else {
        setLastChannel(channel);
        await reply.mutateAsync({ ...ids, channel, body });
      }
      return undefined;
    } catch (error) {
      if (isStaleVersion(error)) {
        setConflict((error as Error).message);
        return undefined;
      }
      return fieldErrorsOf(error);
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      await queryClient.invalidateQueries();
      setConflict(null);
    } finally {
      setReloading(false);
    }
  };

  const validateLength = (value: unknown, all: Record<string, unknown>) => {
    const limit = mode === 'note' ? noteLimit(rules) : rules.replyLimit(String(all.channel)) ?? noteLimit(rules);
    return String(value ?? '').length > limit ? translate('cx.cases.reply.too_long', { limit: limit.toLocaleString('en-IN') }) : undefined;
  };
  const validateBody = (value: unknown, all: Record<string, unknown>) =>
    String(value ?? '').trim() === '' ? translate('ra.validation.required') : validateLength(value, all);

  return (
    <Box id="case-reply" component="section" aria-label={translate('cx.cases.reply.region')}>
      {conflict && <ConflictAlert message={conflict} onReload={() => void reload()} reloading={reloading} variant="standard" />}
      <Form key={round} record={initial} onSubmit={submit} noValidate disableInvalidFormNotification>
        <Stack spacing={1}>
          <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap>
            <FormControlLabel
              control={<Switch checked={mode === 'note'} onChange={(e) => onModeChange(e.target.checked ? 'note' : 'reply')} />}
              label={translate('cx.cases.note.toggle')}
            />
            {mode === 'reply' && (
              <SelectInput source="channel" label="cx.cases.reply.channel" choices={enumChoices('Channel')} helperText={false} sx={{ minWidth: 160, m: 0 }} />
            )}
            {mode === 'reply' && <TemplatePicker templates={templates} />}
          </Stack>
          {mode === 'note' && (
            <Alert severity="info" variant="outlined">
              {translate('cx.cases.note.hint')}
            </Alert>
          )}
          <TextInput
            source="body"
            label={mode === 'note' ? 'cx.cases.note.body' : 'cx.cases.reply.body'}
            multiline
            minRows={3}
            fullWidth
            validate={validateBody}
          />
          <Stack direction="row" justifyContent="space-between" alignItems="center">
            <Counter mode={mode} />
            <Submit mode={mode} />
          </Stack>
        </Stack>
      </Form>
    </Box>
  );
}
