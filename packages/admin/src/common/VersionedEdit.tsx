// An edit page that saves with the version it loaded (expectedVersion): when someone else changed
// the record meanwhile, the API refuses with CONFLICT naming them, and the page says so above the
// form, with the person's input still in it, instead of silently overwriting the other change.
// Reload re-reads the record (the form then shows the other person's values).
import { useState, type ReactNode } from 'react';
import { Edit, useNotify, useRefresh, type EditProps, type RaRecord } from 'react-admin';
import { isStaleVersion } from '../dataProvider/errors';
import { ConflictAlert } from './ConflictNotice';

export function VersionedEdit({
  children,
  transform,
  mutationMeta,
  ...props
}: Omit<EditProps, 'mutationMode' | 'mutationOptions' | 'transform' | 'children'> & {
  children: ReactNode;
  transform?: (data: RaRecord) => RaRecord;
  /** The update's meta (its sparseFields: what the mutation reads back). */
  mutationMeta?: Record<string, unknown>;
}) {
  const notify = useNotify();
  const refresh = useRefresh();
  const [conflict, setConflict] = useState<string | null>(null);
  return (
    <Edit
      {...props}
      mutationMode="pessimistic"
      transform={(data: RaRecord, options?: { previousData?: RaRecord }) => ({
        ...(transform ? transform(data) : data),
        expectedVersion: options?.previousData?.version ?? data.version,
      })}
      mutationOptions={{
        meta: mutationMeta,
        onError: (error: unknown) => {
          if (isStaleVersion(error)) {
            setConflict(error instanceof Error ? error.message : String(error));
            return;
          }
          setConflict(null);
          // Field errors land under their fields (the form reads error.body.errors); the rest is a toast.
          const body = (error as { body?: { errors?: Record<string, unknown> } }).body;
          if (!body?.errors || Object.keys(body.errors).length === 0) {
            notify(error instanceof Error ? error.message : 'cx.edit.not_saved', { type: 'error', multiLine: true });
          }
        },
      }}
    >
      <>
        {conflict && (
          <ConflictAlert
            variant="standard"
            message={conflict}
            onReload={() => {
              setConflict(null);
              refresh();
            }}
          />
        )}
        {children}
      </>
    </Edit>
  );
}
