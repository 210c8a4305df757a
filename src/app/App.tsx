import { useEffect } from 'react';
import { LangSwitch } from './components/LangSwitch';
import { ScriptToggle } from './components/ScriptToggle';
import { TabBar } from './components/TabBar';
import { ReaderView } from './features/reader/ReaderView';
import { Sidebar } from './features/sidebar/Sidebar';
import { TablesView } from './features/tables/TablesView';
import { useKeyboardShortcuts } from './hooks/useKeyboardShortcuts';
import { useT } from './hooks/useT';
import { useUrlState } from './hooks/useUrlState';
import { useStore } from './store';

export function App() {
  const loadCorpus = useStore((s) => s.loadCorpus);
  const uiLang = useStore((s) => s.uiLang);
  const tab = useStore((s) => s.tab);
  useEffect(() => {
    void loadCorpus();
  }, [loadCorpus]);
  useEffect(() => {
    document.documentElement.lang = uiLang === 'zh' ? 'zh-Hans' : 'en';
  }, [uiLang]);
  useUrlState();

  return (
    <div className="app">
      <KeyboardShortcuts />
      <AppHeader />
      <Drawer />
      <main className="main" id="view" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        <MainView />
      </main>
    </div>
  );
}

function KeyboardShortcuts() {
  useKeyboardShortcuts();
  return null;
}

function AppHeader() {
  const t = useT();
  const drawerOpen = useStore((s) => s.drawerOpen);
  const setDrawerOpen = useStore((s) => s.setDrawerOpen);
  return (
    <header className="app-header">
      <button
        type="button"
        className="drawer-toggle"
        aria-expanded={drawerOpen}
        aria-controls="sidebar"
        onClick={() => setDrawerOpen(!drawerOpen)}
        data-testid="drawer-toggle"
      >
        ☰ <span className="visually-hidden">{t('menu')}</span>
      </button>
      <h1>
        <span lang="zh-Hans">清文</span> <span className="app-sub">Qingwen</span>
      </h1>
      <TabBar />
      <div className="header-tools">
        <ScriptToggle />
        <LangSwitch />
      </div>
    </header>
  );
}

function Drawer() {
  const t = useT();
  const open = useStore((s) => s.drawerOpen);
  const setDrawerOpen = useStore((s) => s.setDrawerOpen);
  return (
    <>
      <aside className="sidebar" id="sidebar" aria-label={t('reports')} data-open={open || undefined}>
        <Sidebar />
      </aside>
      {open && <div className="scrim" aria-hidden="true" onClick={() => setDrawerOpen(false)} />}
    </>
  );
}

function MainView() {
  const tab = useStore((s) => s.tab);
  return tab === 'reader' ? <ReaderView /> : <TablesView />;
}
