import { useEffect } from 'react';
import { ReportList } from './components/ReportList';
import { ReportView } from './components/ReportView';
import { useStore } from './store';

export function App() {
  const loadCorpus = useStore((s) => s.loadCorpus);
  useEffect(() => {
    void loadCorpus();
  }, [loadCorpus]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>
          清文 <span className="app-sub">Qingwen</span>
        </h1>
      </header>
      <aside className="sidebar" aria-label="Reports">
        <ReportList />
      </aside>
      <main className="main">
        <ReportView />
      </main>
    </div>
  );
}
