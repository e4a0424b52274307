// A domain mutation (custom data-provider method) through react-admin's useMutation: the API's
// rule text becomes a notification, and on success the page's queries refetch. A refusal because
// someone changed the record since it was loaded offers to reload it.
import { useMutation } from '@tanstack/react-query';
import { createElement } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { CxDataProvider } from '../dataProvider';
import { fieldErrorsOf, isStaleVersion } from '../dataProvider/errors';
import { ConflictNotice } from './ConflictNotice';
import type { DomainMethods } from '../dataProvider/domain';

export type MethodName = { [K in keyof DomainMethods]: DomainMethods[K] extends (v: never) => Promise<unknown> ? K : never }[keyof DomainMethods];

export function useDomainAction<K extends MethodName>(
  method: K,
  options: {
    success?: string;
    onSuccess?: (result: Awaited<ReturnType<DomainMethods[K]>>) => void;
    /** false: onSuccess puts the result in react-admin's cache itself (a list that would drop the row on refetch). */
    refresh?: boolean;
    /** true: the action's dialog (DomainActionDialog) shows the API's field errors under its inputs, so they are not also a toast. */
    inForm?: boolean;
    /** true: the action's dialog (DomainActionButton) shows a stale-version conflict itself, with its Reload, so it is not also a toast. */
    conflictInForm?: boolean;
    /** true: the action's dialog shows every refusal itself (a maker-checker refusal beside the note), so none is a toast. */
    refusalInForm?: boolean;
  } = {},
) {
  const dataProvider = useDataProvider<CxDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const mutation = useMutation<Awaited<ReturnType<DomainMethods[K]>>, Error, Parameters<DomainMethods[K]>[0]>({
    mutationFn: (variables) => (dataProvider[method] as (v: unknown) => Promise<Awaited<ReturnType<DomainMethods[K]>>>)(variables),
    onSuccess: (result) => {
      if (options.success) notify(options.success, { type: 'success' });
      options.onSuccess?.(result);
      if (options.refresh !== false) refresh();
    },
    onError: (error) =>
      options.refusalInForm || (options.inForm && fieldErrorsOf(error)) || (options.conflictInForm && isStaleVersion(error))
        ? undefined
        : isStaleVersion(error)
        ? notify(createElement(ConflictNotice, { message: error.message }), { type: 'error', autoHideDuration: null })
        : notify(error.message, { type: 'error', multiLine: true }),
  });
  return mutation;
}
