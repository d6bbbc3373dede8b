import { TablePagination } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** The pager under a register's table: 25, 50 or 100 rows a page; a new page size starts again at the first page. */
export function ListPagination({
  total,
  page,
  pageSize,
  onPage,
  onPageSize,
}: {
  total: number;
  page: number;
  pageSize: number;
  onPage(page: number): void;
  onPageSize(size: number): void;
}) {
  const { t } = useTranslation('common');
  return (
    <TablePagination
      component="div"
      count={total}
      page={page}
      onPageChange={(_, p) => onPage(p)}
      rowsPerPage={pageSize}
      rowsPerPageOptions={[25, 50, 100]}
      onRowsPerPageChange={(e) => {
        onPageSize(Number(e.target.value));
        onPage(0);
      }}
      labelRowsPerPage={t('paging.rowsPerPage')}
      labelDisplayedRows={({ from, to, count }) => t('paging.of', { from, to, count })}
    />
  );
}
