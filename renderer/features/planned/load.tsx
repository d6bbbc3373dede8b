import type { ComponentType } from 'react';

export type PlannedAreaId = 'clients' | 'beds' | 'plans' | 'attendance' | 'careLog' | 'billing' | 'reports';

/** The page of an area that is not built yet: an empty state saying what will be there and how to start. */
export function plannedArea(id: PlannedAreaId): () => Promise<{ default: ComponentType }> {
  return () =>
    import('./PlannedAreaPage').then(({ PlannedAreaPage }) => ({
      default: function PlannedArea() {
        return <PlannedAreaPage areaId={id} />;
      },
    }));
}
