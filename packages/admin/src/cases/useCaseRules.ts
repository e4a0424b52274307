// The case rules the forms show before the API decides (default priority per type, reply limit per
// channel), read from the API once per session: the panel keeps no copy of them.
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CxDataProvider } from '../dataProvider';

export function useCaseRules() {
  const dataProvider = useDataProvider<CxDataProvider>();
  const { data } = useQuery({ queryKey: ['caseRules'], queryFn: () => dataProvider.caseRules(), staleTime: Infinity });
  return {
    replyLimit: (channel: string | undefined) => data?.replyLimits.find((l) => l.channel === channel)?.max,
    defaultPriority: (type: string | undefined) => data?.typeDefaults.find((d) => d.type === type)?.priority,
  };
}
