import {
  DateInput,
  NullableBooleanInput,
  NumberInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  type TranslateFunction,
} from 'react-admin';
import { enumChoices } from '../schema';

const RATINGS = [5, 4, 3, 2, 1].map((r) => ({ id: r, name: '★'.repeat(r) }));

// Status is not here: the tabs above the list set it. The inputs' labels are the resource's
// fields (resources.Review.fields.<source>).
export const reviewFilters = (translate: TranslateFunction) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={translate('cx.reviews.search')} />,
  <SelectArrayInput key="source" source="source" choices={enumChoices('ReviewSource')} alwaysOn sx={{ minWidth: 180 }} />,
  // One rating at a time: ra-data-graphql-simple would squash a list for the Int field to its first value.
  <SelectInput key="rating" source="rating" choices={RATINGS} alwaysOn />,
  <NullableBooleanInput key="checksPassed" source="checksPassed" alwaysOn />,
  <NumberInput key="sentimentMin" source="sentimentMin" step={0.1} />,
  <NumberInput key="sentimentMax" source="sentimentMax" step={0.1} />,
  <DateInput key="postedFrom" source="postedFrom" />,
  <DateInput key="postedTo" source="postedTo" />,
  <NullableBooleanInput key="genuine" source="genuine" />,
  <NullableBooleanInput key="positiveSentiment" source="positiveSentiment" />,
  <NullableBooleanInput key="clearValue" source="clearValue" />,
  <NullableBooleanInput key="mentionsBrand" source="mentionsBrand" />,
  <NullableBooleanInput key="relevantDevice" source="relevantDevice" />,
  <NullableBooleanInput key="replied" source="replied" />,
];
