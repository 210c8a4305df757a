import { useEffect, useRef } from 'react';
import { LangSwitch } from './components/LangSwitch';
import { ScriptToggle } from './components/ScriptToggle';
import { TabBar } from './components/TabBar';
import { ReaderView } from './features/reader/ReaderView';
import { Sidebar } from './features/sidebar/Sidebar';
import { TablesView } from './features/tables/TablesView';
import { useFocusTrap } from './hooks/useFocusTrap';
import { useKeyboardShortcuts } from './hooks/useKeyboardShortcuts';
import { NARROW, useMediaQuery } from './hooks/useMediaQuery';
import { useT } from './hooks/useT';
import { useUrlState } from './hooks/useUrlState';
import { useStore } from './store';

export function App() {
  const loadCorpus = useStore((s) => s.loadCorpus);
  const uiLang = useStore((s) => s.uiLang);
  const tab = useStore((s) => s.tab);
  const drawerModal = useDrawerModal();
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
      <main className="main" id="view" role="tabpanel" aria-labelledby={`tab-${tab}`} inert={drawerModal}>
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
        id="drawer-toggle"
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

/** On narrow screens an open drawer is modal: it holds the focus and the reader behind is inert. */
function useDrawerModal(): boolean {
  const open = useStore((s) => s.drawerOpen);
  return useMediaQuery(NARROW) && open;
}

const drawerToggle = () => document.getElementById('drawer-toggle');

function Drawer() {
  const t = useT();
  const open = useStore((s) => s.drawerOpen);
  const setDrawerOpen = useStore((s) => s.setDrawerOpen);
  const modal = useDrawerModal();
  const ref = useRef<HTMLElement>(null);
  useFocusTrap(ref, modal, drawerToggle);
  return (
    <>
      <aside ref={ref} className="sidebar" id="sidebar" aria-label={t('reports')} data-open={open || undefined}>
        {modal && (
          <button
            type="button"
            className="drawer-close"
            onClick={() => setDrawerOpen(false)}
            data-testid="drawer-close"
          >
            <span aria-hidden="true">✕</span> {t('close')}
          </button>
        )}
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
