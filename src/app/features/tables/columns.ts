/** A table column as the views describe it: how to show a row, sort it, and export it. */
import type { ReactNode } from 'react';
import type { ExportValue } from './exportRows';

export interface TableColumn<R> {
  id: string;
  header: string;
  size: number;
  /** Takes the width left over (the long text column), never narrower than `size`. */
  grow?: boolean;
  /** A sample value whose type tells TanStack which direction to sort first (numbers: descending). */
  sortValue?: (row: R) => string | number | null;
  sortable: boolean;
  cell(row: R): ReactNode;
  /** The value as exported, in the script shown. */
  exportValue(row: R): ExportValue;
  /** Further exported columns that are not shown (a report's id next to its title, which is not unique). */
  exportAlso?: ReadonlyArray<{ id: string; header: string; value(row: R): ExportValue }>;
}
