// Every story gets the chosen language (a `lang` around it, as a portal page has) and the chosen
// theme (the theme file's custom properties on :root, as a portal links it).
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../packages/elements/dist/custom-elements.json';
import defaultTheme from '../packages/elements/src/themes/default.css?inline';
import highContrastTheme from '../packages/elements/src/themes/high-contrast.css?inline';

setCustomElementsManifest(manifest);

const THEMES: Record<string, string> = {
  default: defaultTheme,
  'high-contrast': highContrastTheme,
};

function applyTheme(theme: string): void {
  let style = document.getElementById('hoso-theme');
  if (!style) {
    style = document.createElement('style');
    style.id = 'hoso-theme';
    document.head.append(style);
  }
  style.textContent = THEMES[theme] ?? defaultTheme;
  // A high-contrast page is dark all over, not only inside the elements.
  document.body.style.background = theme === 'high-contrast' ? '#000000' : '';
}

const withLanguageAndTheme: Decorator = (story, context) => {
  const locale = context.globals['locale'] === 'en' ? 'en' : 'vi';
  applyTheme(String(context.globals['theme'] ?? 'default'));
  return html`<div lang=${locale} style="max-width: 48rem">${story()}</div>`;
};

const preview: Preview = {
  decorators: [withLanguageAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme file linked by the portal',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'vi', theme: 'default' },
  parameters: {
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;
