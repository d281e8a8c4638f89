/** @jest-environment jsdom */
import { screen } from '@testing-library/dom';

// No import of ./jsdom-styles at the top: the first two tests show that jest.config.js installs it.

function sheet(): CSSStyleSheet {
  const style = document.createElement('style');
  document.head.appendChild(style);
  return style.sheet!;
}

describe('the jsdom style filter of the unit project', () => {
  it('inserts the rules that hide or disable an element and drops the others', () => {
    const css = sheet();
    css.insertRule('.gone{display:none;}');
    css.insertRule('.ghost{visibility:hidden;}');
    css.insertRule('.inert{pointer-events:none;}');
    css.insertRule('@media screen{.narrow{display:none;}}');
    css.insertRule('.red{color:red;}');
    css.insertRule('.pad{padding:4px;margin:2px;}');
    expect(Array.from(css.cssRules, (r) => r.cssText.replace(/\s+/g, ''))).toEqual([
      '@mediascreen{.narrow{display:none;}}',
      '.inert{pointer-events:none;}',
      '.ghost{visibility:hidden;}',
      '.gone{display:none;}',
    ]);
  });

  it('keeps elements hidden by a class hidden for Testing Library', () => {
    sheet().insertRule('.fjseox{display:none;}');
    document.body.innerHTML = '<button class="fjseox">Ẩn</button><button>Hiện</button>';
    expect(screen.queryByRole('button', { name: 'Ẩn' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Hiện' })).toBeTruthy();
    expect(getComputedStyle(screen.getByText('Ẩn')).display).toBe('none');
  });

  it('tells the properties apart by name, not by a word inside another', async () => {
    const { declaresVisibility } = await import('./jsdom-styles');
    expect(declaresVisibility('.a{display:flex;}')).toBe(true);
    expect(declaresVisibility('.a{color:red;opacity:0;}')).toBe(true);
    expect(declaresVisibility('.a[data-x]:hover::after{content:"";}')).toBe(true);
    expect(declaresVisibility('.a{font-display:swap;}')).toBe(false);
    expect(declaresVisibility('.a{transition-property:opacity;}')).toBe(false);
    expect(declaresVisibility('.display{color:red;}')).toBe(false);
  });
});
