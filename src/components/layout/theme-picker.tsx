import { useEffect, useState } from 'react';
import { messages } from '../../messages';

type Theme = 'system' | 'light' | 'dark';
const KEY = 'china-ai-dashboard:theme';

function readTheme(): Theme {
  try {
    const v = window.localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

/** Light, dark, or the system's choice; the stylesheet does the rest through color-scheme. */
export function ThemePicker() {
  const [theme, setTheme] = useState<Theme>(readTheme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
    try {
      if (theme === 'system') window.localStorage.removeItem(KEY);
      else window.localStorage.setItem(KEY, theme);
    } catch {
      // Storage may be blocked; the choice still holds for this page.
    }
  }, [theme]);
  const m = messages.common.theme;
  return (
    <label className="theme-picker">
      <span className="theme-picker__label">{m.label}</span>
      <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        <option value="system">{m.system}</option>
        <option value="light">{m.light}</option>
        <option value="dark">{m.dark}</option>
      </select>
    </label>
  );
}
