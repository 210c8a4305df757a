/** Placeholder: the tables engineer owns this file (issue 6). */
export function TablesView() {
  return <p className="status">Tables are coming soon · 表格即将推出</p>;
}
