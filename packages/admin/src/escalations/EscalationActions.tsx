// The SOP 001 §7 steps as buttons: log first contact, categorize (routes to a team), assign,
// resolve; only those the API lists in Escalation.availableActions. A step the API blocks for now
// (resolve before E3's contact and category) is disabled, with the API's reason (ActionButton).
// Each step sends the version the page has, so it never silently undoes someone else's change.
// Who has the escalation is on the page (Assignee); these are only the steps.
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import CategoryIcon from '@mui/icons-material/Category';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import PhoneInTalkIcon from '@mui/icons-material/PhoneInTalk';
import { MenuItem, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { required, SelectInput, TextInput, useDataProvider, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { DomainActionButton } from '../common/DomainActionButton';
import type { CxDataProvider } from '../dataProvider';
import { ProposeMoneyButton } from '../money/ProposeMoneyButton';
import { enumChoices } from '../schema';
import { AssignToMeButton } from './AssignToMeButton';

const ids = (record: RaRecord) => ({ escalationId: String(record.id), expectedVersion: record.version as number | undefined });

/** The people who work this escalation's team, from the API (it knows the team rules); asked for when the dialog opens. */
function AssigneeInput({ source, escalationId }: { source: string; escalationId: string }) {
  const dataProvider = useDataProvider<CxDataProvider>();
  const { data: users, isPending } = useQuery({
    queryKey: ['assignableUsers', escalationId],
    queryFn: () => dataProvider.assignableUsers({ escalationId }),
  });
  return (
    <SelectInput
      source={source}
      label="cx.escalations.agent"
      choices={(users ?? []).map((u) => ({ id: String(u.id), name: u.name }))}
      isPending={isPending}
      emptyText="cx.escalations.nobody"
      fullWidth
    />
  );
}

interface ReplyTemplate { id: string; name: string; source: string; body: string }

/**
 * K8: the API's templates for this escalation, filled in with the customer's name and order;
 * choosing one puts its words in the summary, to send or adapt. Not a form field itself.
 */
function TemplatePicker({ templates, target }: { templates: ReplyTemplate[]; target: string }) {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const [chosen, setChosen] = useState('');
  if (templates.length === 0) return null;
  const template = templates.find((t) => t.id === chosen);
  return (
    <TextField
      select
      fullWidth
      size="small"
      label={translate('cx.escalations.log_contact.template')}
      value={chosen}
      onChange={(e) => {
        const t = templates.find((x) => x.id === e.target.value);
        setChosen(e.target.value);
        if (t) setValue(target, t.body, { shouldDirty: true, shouldValidate: true });
      }}
      helperText={template ? translate('cx.escalations.log_contact.template_source', { source: template.source }) : translate('cx.escalations.log_contact.template_help')}
      sx={{ mb: 2 }}
    >
      {templates.map((t) => (
        <MenuItem key={t.id} value={t.id}>
          {t.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

export function EscalationActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
      <DomainActionButton
        action="LOG_CONTACT"
        method="logEscalationContact"
        label={translate('cx.escalations.log_contact.label')}
        icon={<PhoneInTalkIcon />}
        variant="contained"
        title={translate('cx.escalations.log_contact.title')}
        description={translate('cx.escalations.log_contact.description')}
        defaultValues={{ channel: 'CALL' }}
        success={translate('cx.escalations.log_contact.success')}
        toVariables={(v, r) => ({ ...ids(r), channel: String(v.channel), summary: String(v.summary).trim() })}
      >
        <SelectInput source="channel" label="cx.escalations.log_contact.channel" choices={enumChoices('Channel')} validate={required()} fullWidth />
        <TemplatePicker templates={record.replyTemplates ?? []} target="summary" />
        <TextInput source="summary" label="cx.escalations.log_contact.summary" multiline minRows={3} validate={required()} fullWidth />
      </DomainActionButton>
      <DomainActionButton
        action="CATEGORIZE"
        method="categorizeEscalation"
        label={translate('cx.escalations.categorize.label')}
        icon={<CategoryIcon />}
        variant="outlined"
        title={translate('cx.escalations.categorize.title')}
        description={translate('cx.escalations.categorize.description')}
        confirmLabel={translate('cx.escalations.categorize.confirm')}
        defaultValues={(r) => ({ category: r.category ?? '' })}
        success={translate('cx.escalations.categorize.success')}
        toVariables={(v, r) => ({ ...ids(r), category: String(v.category) })}
      >
        <SelectInput source="category" label="resources.Escalation.fields.category" choices={enumChoices('EscalationCategory')} validate={required()} fullWidth />
      </DomainActionButton>
      <DomainActionButton
        action="RESOLVE"
        method="resolveEscalation"
        label={translate('cx.escalations.resolve.label')}
        icon={<CheckCircleIcon />}
        variant="outlined"
        color="success"
        title={translate('cx.escalations.resolve.title')}
        description={translate('cx.escalations.resolve.description')}
        success={translate('cx.escalations.resolve.success')}
        toVariables={(v, r) => ({ ...ids(r), resolution: String(v.resolution).trim() })}
      >
        <TextInput source="resolution" label="cx.escalations.resolve.resolution" multiline minRows={3} validate={required()} fullWidth />
      </DomainActionButton>
      <DomainActionButton
        action="ASSIGN"
        method="assignEscalation"
        label={translate('cx.escalations.assign.label')}
        icon={<AssignmentIndIcon />}
        variant="text"
        title={translate('cx.escalations.assign.title')}
        defaultValues={(r) => ({ userId: r.assignee?.id ?? '' })}
        success={translate('cx.escalations.assign.success')}
        toVariables={(v, r) => ({ ...ids(r), userId: v.userId ? String(v.userId) : null })}
      >
        <AssigneeInput source="userId" escalationId={String(record.id)} />
      </DomainActionButton>
      <AssignToMeButton />
      {/* M1–M5: goodwill or a refund while talking to the customer; the policy or FINANCE decides. */}
      <ProposeMoneyButton orderId={record.order?.id} escalationId={String(record.id)} />
    </Stack>
  );
}
