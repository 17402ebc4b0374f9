import { type Appearance, CHOICES, appearanceOf } from '../../reading/appearance';
import { useTabState } from '../../shared/tab-state';
import { useStore } from '../../shared/use-store';

/** The settings section for theme, text size, line width and font. */
export function AppearancePanel() {
  // Follows changes made in other tabs too.
  const state = appearanceOf(useTabState());
  const appearance = useStore(state.current);
  function change<K extends keyof Appearance>(key: K, value: Appearance[K]) {
    state.save({ ...appearance, [key]: value });
  }
  return (
    <section aria-labelledby="appearance-heading" className="settings-section appearance-panel">
      <h2 id="appearance-heading">Appearance</h2>
      {(Object.keys(CHOICES) as (keyof Appearance)[]).map((key) => (
        <fieldset key={key} className="choice-group">
          <legend>{CHOICES[key].legend}</legend>
          {CHOICES[key].options.map((o) => (
            <label key={o.value} className="choice">
              <input
                type="radio"
                name={key}
                value={o.value}
                checked={appearance[key] === o.value}
                onChange={() => change(key, o.value as Appearance[typeof key])}
              />
              {o.label}
            </label>
          ))}
        </fieldset>
      ))}
      <p className="appearance-sample prose">The quick brown fox jumps over the lazy dog: this is how articles will read.</p>
    </section>
  );
}
