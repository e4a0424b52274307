import {
  DateInput,
  NullableBooleanInput,
  NumberInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
} from 'react-admin';
import { enumChoices } from '../schema';

const RATINGS = [5, 4, 3, 2, 1].map((r) => ({ id: r, name: '★'.repeat(r) }));

// Status is not here: the tabs above the list set it.
export const reviewFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Text, author or id" />,
  <SelectArrayInput key="source" source="source" choices={enumChoices('ReviewSource')} alwaysOn sx={{ minWidth: 180 }} />,
  // One rating at a time: ra-data-graphql-simple would squash a list for the Int field to its first value.
  <SelectInput key="rating" source="rating" choices={RATINGS} alwaysOn />,
  <NullableBooleanInput key="checksPassed" source="checksPassed" label="All checks pass" alwaysOn />,
  <NumberInput key="sentimentMin" source="sentimentMin" label="Sentiment ≥ (−1…1)" step={0.1} />,
  <NumberInput key="sentimentMax" source="sentimentMax" label="Sentiment ≤ (−1…1)" step={0.1} />,
  <DateInput key="postedFrom" source="postedFrom" label="Posted from" />,
  <DateInput key="postedTo" source="postedTo" label="Posted before" />,
  <NullableBooleanInput key="genuine" source="genuine" />,
  <NullableBooleanInput key="positiveSentiment" source="positiveSentiment" label="Positive sentiment" />,
  <NullableBooleanInput key="clearValue" source="clearValue" label="Clear value" />,
  <NullableBooleanInput key="mentionsBrand" source="mentionsBrand" label="Mentions brand" />,
  <NullableBooleanInput key="relevantDevice" source="relevantDevice" label="Relevant device" />,
  <NullableBooleanInput key="replied" source="replied" />,
];
