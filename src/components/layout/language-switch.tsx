import { useEffect, useRef, useState } from 'react';
import { changeLanguage } from '../../i18n/language';
import { HTML_LANG, LANGS, parseLang, useLang } from '../../lib/locale';
import { messages } from '../../messages';
import { LANGUAGE_NAMES } from '../../messages/language-names';

/** Set when a switch re-renders the tree: the new switch takes the focus back, so the keyboard stays put. */
let refocus = false;

/** English, 简体中文, 日本語: a labelled select, each option's name in its own language. */
export function LanguageSwitch() {
  const lang = useLang();
  const select = useRef<HTMLSelectElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!refocus) return;
    refocus = false;
    select.current?.focus();
  }, []);
  const m = messages.common.language;
  return (
    <div className="language-switch">
      <label className="language-switch__label" htmlFor="language-switch">
        {m.label}
      </label>
      <select
        id="language-switch"
        ref={select}
        value={lang}
        onChange={(e) => {
          const next = parseLang(e.target.value);
          if (!next) return;
          setFailed(false);
          refocus = true;
          changeLanguage(next).catch(() => {
            refocus = false;
            setFailed(true);
          });
        }}
      >
        {LANGS.map((code) => (
          <option key={code} value={code} lang={HTML_LANG[code]}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
      {/* An alert is announced when it appears; there is none otherwise. */}
      {failed && (
        <span role="alert" className="language-switch__error">
          {m.failed}
        </span>
      )}
    </div>
  );
}
